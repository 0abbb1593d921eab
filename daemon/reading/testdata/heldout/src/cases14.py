# Held-out batch 14: written from inspect-contract.md before the reader was
# run on it, never edited to match the reader's output, by someone who read
# none of the reader's code, ACCURACY.md, BENCH.md or the training corpus's
# cases. Writers unlike batches 1-13 on purpose: an owner in Chicago (.tz)
# told "11am ET ... 10 your time", a logistics analyst in Jakarta ("tomorrow
# at 20:00 my time", the Date header's +0700), a site superintendent with a
# dial-in line, a baker after Thanksgiving, a project-finance VP who said no
# and then found a hole ("Thursday 3:15-3:45 CT"), a Viennese professor's
# bare "17.30" under an Apple Mail date in CET, a Buenos Aires CTO ("25/11 at
# 15:00 (GMT-3)"), a stage manager offering "9:00 GMT" in December or "11:00
# BST" in April, an Osaka product manager in ISO-2022-JP, a remote engineer
# on UTC ("next Friday" written on a Saturday), a joiner who offers Monday or
# Tuesday and then scratches Monday; refusals for an IPO quiet period, a
# separation agreement, weak English, fatigue after fourteen calls;
# deferrals for a gala, a PhD defence, the Australian summer, a new role;
# referrals "knows this cold", "he's who I'd ask", "is who you really
# need", "pass the baton to", an address spelled out against spam bots,
# "I've asked ... to get in touch" (with a compliance contact in a
# disclaimer that is no referral); Spanish, Portuguese and Dutch
# auto-replies. Times in
# expect carry the offset of the zone they were written in; the test
# compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
JKT = ZoneInfo("Asia/Jakarta")
MAD = ZoneInfo("Europe/Madrid")
VIE = ZoneInfo("Europe/Vienna")
BUE = ZoneInfo("America/Argentina/Buenos_Aires")
TYO = ZoneInfo("Asia/Tokyo")
BRU = ZoneInfo("Europe/Brussels")
SAO = ZoneInfo("America/Sao_Paulo")
PER = ZoneInfo("Australia/Perth")
GVA = ZoneInfo("Europe/Zurich")


def ny(*a): return datetime(*a, tzinfo=NY)


# The owner's outreach went out on Friday the 13th; every reply is later.
OUT = ny(2026, 11, 13, 8, 5)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP1252 = ("quoted-printable", "windows-1252")
B64UTF8 = ("base64", "utf-8")
B648859 = ("base64", "iso-8859-1")
JIS = ("7bit", "iso-2022-jp")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


def C(**kw):
    kw.setdefault("outreach_at", OUT)
    return kw


TEAMS_HTML = ('<p>Hi Alex,</p>\n<p>Thanks for reaching out. Either of these works on my side:</p>\n<ul>\n'
              '<li>Tuesday 11/24, 9:00–9:30 AM ET</li>\n<li>Wednesday 11/25, 3:00–3:30 PM ET</li>\n</ul>\n'
              '<p>Whichever you choose, we&#39;ll use this link: '
              '<a href="https://teams.example/l/meetup-join/sterlingcrest-8812">Join the meeting</a></p>\n'
              '<p>Regards,<br>\nYolanda Brickell<br>\nVice President, Treasury Services<br>\nSterling Crest Bank</p>')

BOOKING_HTML = ('<p>Hi Alex,</p>\n<p>Sure! The easiest way is to grab any 30-minute slot on my booking page: '
                '<a href="https://book.example/ines-navarro">book.example/ines-navarro</a>. If nothing there works, '
                'reply with a few times and I&#39;ll squeeze you in.</p>\n'
                '<p>Ines<br>\nInes Navarro | Growth Marketing Lead | Quill Metrics</p>')

QUIET_HTML = ('<p>Dear Alex,</p>\n<p>Thank you for writing. We are in a quiet period ahead of our listing, and counsel '
              'has asked all of us to decline outside conversations, so I&#39;m afraid I have to say no. I hope you find '
              'the conversations you&#39;re looking for.</p>\n'
              '<p>Regards,<br>\nCressida Vane<br>\nVP, Corporate Communications<br>\nOrrin Biosciences</p>\n'
              '<p style="font-size:8pt;color:#777777">CONFIDENTIALITY NOTICE: This message is intended only for the '
              'named recipient. If you received it in error, please notify legal@orrinbio.example and delete it.</p>')

CASES = [
    # ---------------- scheduled ----------------
    # The owner lives in Chicago (.tz); "10 your time" is the same instant
    # as 11am ET, so one entry.
    C(name="h14_gmail_sched_owner_chicago_et_restated", client="gmail", tz="America/Chicago",
      contact=("Ottilie Brandt", "ottilie.brandt@ashcombe.example"), sent=ny(2026, 11, 17, 15, 20),
      sig="Ottilie Brandt\nDirector of Investor Relations\nAshcombe Partners",
      body="Hi Alex,\n\nHappy to help a fellow Badger. Monday the 30th at 11am ET works on my end, which should be 10 "
           "your time if you're still in Chicago. I'll send a Zoom invite once you confirm.\n\nBest,\nOttilie",
      expect=E("Ottilie Brandt", "Ashcombe Partners", "scheduled", times=["2026-11-30T11:00:00-05:00"], kind="video")),
    # Thunderbird keeps the reply's own Date (+0700): "tomorrow" is the 19th
    # in Jakarta and 20:00 is Jakarta time (8am in New York, as she says).
    C(name="h14_thunderbird_sched_jakarta_tomorrow_my_time", client="thunderbird",
      contact=("Rizky Pratama", "rizky.pratama@nusantarakargo.example"), sent=datetime(2026, 11, 18, 7, 30, tzinfo=JKT),
      sig="Rizky Pratama\nHead of Logistics Analytics, Nusantara Kargo", enc=B64UTF8,
      body="Hello Alex,\n\nThank you for reaching out, happy to share what I know. Tomorrow at 20:00 my time would be "
           "good for me — if I calculate correctly that is 8:00 in the morning for you. We can use Zoom, I will send "
           "the link.\n\nSalam hangat,\nRizky",
      expect=E("Rizky Pratama", "Nusantara Kargo", "scheduled", times=["2026-11-19T20:00:00+07:00"], kind="video")),
    # "on site by 8" and "before the crew shows up" are no offers; the
    # dial-in number is in the body, the office number in the signature.
    C(name="h14_outlook_sched_early_start_dial_in", client="outlook",
      contact=("Brooke Vantongeren", "bvantongeren@ridgebackbuilders.example"), sent=ny(2026, 11, 16, 6, 10),
      sig="Brooke Vantongeren\nSenior Superintendent\nRidgeback Builders\nOffice: 617-555-0139", sigdash=False,
      body="Alex,\n\nI'm on site by 8 every day, so if you don't mind an early start, Wednesday December 2nd at 7:15 AM "
           "works. Dial in to my conference line at 857-555-0126 and we'll have 20 minutes tops before the crew shows "
           "up.\n\nThanks,",
      expect=E("Brooke Vantongeren", "Ridgeback Builders", "scheduled", times=["2026-12-02T07:15:00-05:00"], duration=20,
               kind="phone", detail="857-555-0126")),
    C(name="h14_yahoo_sched_after_thanksgiving_bakery", client="yahoo",
      contact=("Gianna Russo", "gianna@fornonuvola.example"), sent=ny(2026, 11, 15, 21, 40),
      sig="Gianna Russo\nOwner, Forno Nuvola",
      body="Hi Alex!\n\nYes, but not until the holiday rush is over. Pies, pies, pies until Thanksgiving. How about "
           "Tuesday, December 1st at 3:30, after the afternoon bake? Come by the shop, 318 Atwells Avenue, and I'll "
           "make you an espresso.\n\nGianna",
      expect=E("Gianna Russo", "Forno Nuvola", "scheduled", times=["2026-12-01T15:30:00-05:00"], kind="in_person",
               detail="318 Atwells Avenue")),
    # A café and a street name without a number: in person, no address.
    C(name="h14_apple_sched_saturday_cafe_terse", client="apple", contact=("Tavita Seumalo", "tavita.s@mail.example"),
      sent=ny(2026, 11, 18, 19, 2),
      body="sat 10am at Café Grumpy on 20th? ill be the one with the greyhound\n\nSent from my iPhone",
      expect=E("Tavita Seumalo", None, "scheduled", times=["2026-11-21T10:00:00-05:00"], kind="in_person")),
    # A no, then (latest message) a window in Central time.
    C(name="h14_gmail_chain_no_then_window_ct", client="gmail",
      contact=("Hollis Trammell", "htrammell@bluebonnetenergy.example"), sent=ny(2026, 11, 17, 18, 2), body="",
      chain=[(ALEX[0], ALEX[1], OUT,
              "Hi Hollis,\n\nI'm a second-year student looking at a move into energy project finance, and your path "
              "stood out to me. Would you have 20 minutes for a call sometime in the next few weeks?\n\nThanks,\nAlex"),
             ("Hollis Trammell", "htrammell@bluebonnetenergy.example", ny(2026, 11, 13, 12, 10),
              "Alex, I'm going to have to say no for now. The month is wall-to-wall with closings. Sorry about "
              "that.\n\nHollis"),
             (ALEX[0], ALEX[1], ny(2026, 11, 13, 12, 40),
              "Totally understood. Thanks for the quick reply, and good luck with the closings!\n\nAlex"),
             ("Hollis Trammell", "htrammell@bluebonnetenergy.example", ny(2026, 11, 17, 18, 2),
              "Alex, a closing slipped, so I've suddenly got a hole in my week: Thursday 3:15-3:45 CT if you still "
              "want it. Call my cell, 512-555-0178.\n\nHollis\n\n-- \nHollis Trammell\nVP, Project Finance\n"
              "Bluebonnet Energy Partners")],
      expect=E("Hollis Trammell", "Bluebonnet Energy Partners", "scheduled",
               times=["2026-11-19T15:15:00-06:00/2026-11-19T15:45:00-06:00"], kind="phone", detail="512-555-0178")),
    # A past career fair and an application deadline are no offers.
    C(name="h14_outlook_sched_recruiter_dates_not_offers", client="outlook",
      contact=("Harriet Osei", "harriet.osei@tallismutual.example"), sent=ny(2026, 11, 16, 11, 45),
      sig="Harriet Osei\nCampus Recruiting Lead\nTallis Mutual", sigdash=False,
      body="Hi Alex,\n\nGreat to hear from you again; I remember our chat at the November 5 career fair. Applications "
           "for the summer analyst class close on December 15, so it's good timing. I can do 30 minutes on Friday, "
           "November 27 at 10:00 AM (the office is quiet the day after Thanksgiving). I'll send a Teams invite.\n\n"
           "Best regards,",
      expect=E("Harriet Osei", "Tallis Mutual", "scheduled", times=["2026-11-27T10:00:00-05:00"], duration=30,
               kind="video")),
    C(name="h14_rfc822_sched_madrid_time_latin1", client="rfc822",
      contact=("Nuria Ibáñez", "nuria.ibanez@solvia-energia.example"), sent=datetime(2026, 11, 16, 18, 30, tzinfo=MAD),
      sig="Nuria Ibáñez\nDirectora de Operaciones, Solvia Energía", enc=QP8859, note="Can you set this up?",
      body="Hola Alex,\n\nThank you for your message, I'm happy to help. Would Thursday the 26th at 17:30 Madrid time "
           "suit you? That should be 11:30 in New York. I know it's Thanksgiving for you, so tell me if you prefer "
           "another day.\n\nUn saludo,\nNuria",
      expect=E("Nuria Ibáñez", "Solvia Energía", "scheduled", times=["2026-11-26T17:30:00+01:00"])),
    # "between 1 and 3pm PT": the pm applies to both ends. The signature's
    # city is no part of the organisation.
    C(name="h14_proton_sched_pt_window_city_sig", client="proton", contact=("Wren Castellanos", "wren@fernleaf.example"),
      sent=ny(2026, 11, 17, 20, 45), sig="Wren Castellanos\nContent Design Lead · Fernleaf · Portland, OR",
      body="Hey Alex,\n\nI'd be glad to. Thursday 12/3, anywhere between 1 and 3pm PT; pick whatever suits and send me "
           "an invite. Google Meet is easiest for me.\n\nWren",
      expect=E("Wren Castellanos", "Fernleaf", "scheduled",
               times=["2026-12-03T13:00:00-08:00/2026-12-03T15:00:00-08:00"], kind="video")),
    # Offers Monday or Tuesday, then takes Monday back in the same message:
    # only Tuesday is still offered.
    C(name="h14_fastmail_sched_scratch_monday", client="fastmail",
      contact=("Lorcan Devereux", "lorcan@devereuxjoinery.example"), sent=ny(2026, 11, 19, 12, 5),
      sig="Lorcan Devereux\nDevereux Joinery",
      body="Alex,\n\nSure. Monday at 11 or Tuesday at 11, your pick. Actually, scratch Monday, I've just remembered the "
           "dentist. Tuesday at 11 it is, then. Ring me on 401-555-0152.\n\nLorcan",
      expect=E("Lorcan Devereux", "Devereux Joinery", "scheduled", times=["2026-11-24T11:00:00-05:00"], kind="phone",
               detail="401-555-0152")),
    # Apple Mail shows the reply's date in Vienna time (CET); the bare
    # "17.30" is read in that zone. "16.45" is when lectures end.
    C(name="h14_applemail_sched_vienna_bare_dotted", client="applemail",
      contact=("Lukas Brandstätter", "lukas.brandstaetter@tuwien.example"), sent=datetime(2026, 11, 18, 21, 15, tzinfo=VIE),
      apple_abbr="CET", tz_display="Europe/Vienna", sig="Lukas Brandstätter\nAssociate Professor, TU Wien",
      body="Dear Alex,\n\nWith pleasure. Would Monday at 17.30 work? My lectures finish at 16.45, so I will be back in "
           "my office by then. I'll send you a Zoom link.\n\nBest regards,\nLukas",
      expect=E("Lukas Brandstätter", "TU Wien", "scheduled", times=["2026-11-23T17:30:00+01:00"], kind="video")),
    # Picks the first of the owner's two proposals by restating it.
    C(name="h14_ccreply_sched_picks_1230_ill_call", client="ccreply",
      contact=("Priyamvada Iyer", "priya.iyer@marrowfieldhealth.example"), sent=ny(2026, 11, 17, 9, 50),
      sig="Priyamvada Iyer\nClinical Informatics Lead, Marrowfield Health",
      body="12:30 on the 19th is perfect. I'll call you; I have your number from the alumni directory.\n\nPriyamvada",
      prior=[(ALEX[0], ALEX[1], ny(2026, 11, 16, 14, 0),
              "Thank you so much, Priyamvada! Would Thursday 11/19 at 12:30pm or Friday 11/20 at 9am work for you?\n\n"
              "Alex\n\nOn Mon, Nov 16, 2026 at 10:12 AM Priyamvada Iyer <priya.iyer@marrowfieldhealth.example> wrote:\n\n"
              "> Of course, glad to. What times are good for you?")],
      owner_reply="Wonderful, thank you! Talk Thursday at 12:30.",
      expect=E("Priyamvada Iyer", "Marrowfield Health", "scheduled", times=["2026-11-19T12:30:00-05:00"], kind="phone")),
    # Written on a Sunday evening: "tomorrow" is Monday the 16th. "my shift
    # starts at 9" is no offer.
    C(name="h14_bccreply_sched_tomorrow_before_shift", client="bccreply",
      contact=("Darnell Whitcombe", "dwhitcombe@metrotransit.example"), sent=ny(2026, 11, 15, 19, 40),
      sig="Darnell Whitcombe\nBus Operations Supervisor, Metro Transit Authority",
      body="Hey Alex,\n\nSure thing. Tomorrow at 8:15am works, before my shift starts at 9. Give me a call at "
           "718-555-0164. 15 minutes should do it.\n\nDarnell",
      owner_reply="Perfect, I'll call you tomorrow at 8:15. Thanks, Darnell!",
      expect=E("Darnell Whitcombe", "Metro Transit Authority", "scheduled", times=["2026-11-16T08:15:00-05:00"],
               duration=15, kind="phone", detail="718-555-0164")),
    C(name="h14_rfc822nested_sched_buenos_aires_gmt_minus_3", client="rfc822nested",
      contact=("Joaquín Ferraro", "jferraro@pampalabs.example"), sent=datetime(2026, 11, 16, 10, 0, tzinfo=BUE),
      sig="Joaquín Ferraro\nCTO, Pampa Labs", enc=B64UTF8, note="Can you set this up?",
      body="Hi Alex,\n\nSure, let's talk. Wednesday 25/11 at 15:00 (GMT-3) works for me, which I think is 1pm in New "
           "York. I'll send a Meet link.\n\nAbrazo,\nJoaquín",
      expect=E("Joaquín Ferraro", "Pampa Labs", "scheduled", times=["2026-11-25T15:00:00-03:00"], kind="video")),
    C(name="h14_gmail_sched_this_friday_noon_half_hour", client="gmail",
      contact=("Tobias Whitlock", "tobias.whitlock@carrawayre.example"), sent=ny(2026, 11, 16, 8, 35),
      sig="Tobias Whitlock | Catastrophe Modeler | Carraway Re",
      body="Hi Alex,\n\nThis Friday at noon? I can give you half an hour. We're at 250 Vesey Street; check in at the "
           "front desk on the ground floor and I'll come down.\n\nTobias",
      expect=E("Tobias Whitlock", "Carraway Re", "scheduled", times=["2026-11-20T12:00:00-05:00"], duration=30,
               kind="in_person", detail="250 Vesey Street")),
    # Outlook on the web, HTML list of two windows; the meeting link is only
    # in the href.
    C(name="h14_outlookweb_sched_html_bullets_teams_href", client="outlookweb",
      contact=("Yolanda Brickell", "ybrickell@sterlingcrestbank.example"), sent=ny(2026, 11, 17, 16, 30), body="",
      html_body=TEAMS_HTML,
      expect=E("Yolanda Brickell", "Sterling Crest Bank", "scheduled",
               times=["2026-11-24T09:00:00-05:00/2026-11-24T09:30:00-05:00",
                      "2026-11-25T15:00:00-05:00/2026-11-25T15:30:00-05:00"],
               kind="video", detail="https://teams.example/l/meetup-join/sterlingcrest-8812")),
    # "a week from Monday (the 30th)" written on Thursday the 19th.
    C(name="h14_fwd2_sched_week_from_monday_eastern", client="fwd2",
      contact=("Cordelia Banerjee", "cbanerjee@larkspurpress.example"), sent=ny(2026, 11, 19, 10, 25),
      sig="Cordelia Banerjee\nManaging Editor, Larkspur Press",
      body="Hi Alex,\n\nHow lovely to get your note. I'm on deadline through next week, but a week from Monday (the "
           "30th) at 4:30 Eastern would suit me nicely. Phone is best: 212-555-0173.\n\nWarmly,\nCordelia",
      expect=E("Cordelia Banerjee", "Larkspur Press", "scheduled", times=["2026-11-30T16:30:00-05:00"], kind="phone",
               detail="212-555-0173")),
    # Two offers: one in December (GMT), one after the UK clocks go forward
    # (BST, 2027). "27 March" is when the run ends.
    C(name="h14_yahoo_sched_london_gmt_or_april_bst", client="yahoo",
      contact=("Imelda Fairweather", "imelda.fairweather@lyricplayhouse.example"), sent=ny(2026, 11, 18, 7, 20),
      sig="Imelda Fairweather\nCompany Stage Manager, The Lyric Playhouse",
      body="Dear Alex,\n\nWhat a nice message. We're in tech rehearsals until the show opens, so I'm thin on the ground, "
           "but my one free morning is Friday 4 December at 9:00 GMT, if that isn't too early for you. Failing that, "
           "the run finishes on 27 March, and I could do Thursday 8 April at 11:00 BST.\n\nAll best,\nImelda",
      expect=E("Imelda Fairweather", "The Lyric Playhouse", "scheduled",
               times=["2026-12-04T09:00:00+00:00", "2027-04-08T11:00:00+01:00"])),
    # Japanese with an English gloss; "6 pm in New York" restates the same
    # instant.
    C(name="h14_thunderbird_sched_osaka_iso2022jp", client="thunderbird",
      contact=("Haruka Mori", "haruka.mori@naniwa-robotics.example"), sent=datetime(2026, 11, 19, 22, 10, tzinfo=TYO),
      sig="Haruka Mori\nProduct Manager, Naniwa Robotics", enc=JIS, note="Can you set this up?",
      body="Alex様\n\nご連絡ありがとうございます。喜んでお話しします。\n"
           "12月1日（火）の朝8時（日本時間）はいかがでしょうか。ニューヨークでは11月30日（月）の午後6時になると思います。\n\n"
           "(In English: how about Tuesday, December 1 at 8:00 am Japan time? That should be Monday, November 30 at "
           "6 pm in New York.)\n\nよろしくお願いいたします。\n森 遥",
      expect=E("Haruka Mori", "Naniwa Robotics", "scheduled", times=["2026-12-01T08:00:00+09:00"])),
    # Points to someone else and offers a time besides: scheduled, with the
    # referral.
    C(name="h14_gmail_sched_and_refers_pacific", client="gmail",
      contact=("Gideon Strand", "gideon.strand@cascadiaair.example"), sent=ny(2026, 11, 18, 13, 10),
      sig="Gideon Strand\nDirector of Network Planning, Cascadia Air",
      body="Hi Alex,\n\nIf I'm honest, Ingrid Solberg (ingrid.solberg@cascadiaair.example) is who you "
           "really need; she runs the analyst team you'd actually be joining and does all the "
           "hiring for it. But I'm glad to do a short call too if it helps: Monday the 23rd at 2:15 Pacific? 20 "
           "minutes or so.\n\nGideon",
      expect=E("Gideon Strand", "Cascadia Air", "scheduled", times=["2026-11-23T14:15:00-08:00"], duration=20,
               refs=[("Ingrid Solberg", "ingrid.solberg@cascadiaair.example")])),
    # The owner's follow-up restates the time in Eastern; only the contact's
    # offer counts (the same instant anyway).
    C(name="h14_outlook_sched_mountain_owner_followup", client="outlook",
      contact=("Rhett Aldana", "raldana@sawtoothseed.example"), sent=ny(2026, 11, 16, 17, 5),
      sig="Rhett Aldana\nPlant Breeding Lead\nSawtooth Seed Co.\nBoise, Idaho", sigdash=False,
      owner_followup="Thank you, Rhett! I've put Tuesday the 8th at 11:30 my time (Eastern) in my calendar and will "
                     "text you my number.",
      body="Alex,\n\nGlad to. Tuesday 12/8 at 9:30 Mountain works for me. I'm in the greenhouse most mornings, so I'll "
           "call you from there; send me your number.\n\nRhett",
      expect=E("Rhett Aldana", "Sawtooth Seed Co.", "scheduled", times=["2026-12-08T09:30:00-07:00"], kind="phone")),
    # "next Friday" written on Saturday the 14th is the 20th.
    C(name="h14_gmail_sched_next_friday_utc_whereby", client="gmail",
      contact=("Leena Mattila", "leena@driftwoodlabs.example"), sent=ny(2026, 11, 14, 9, 55),
      sig="Leena Mattila\nStaff Engineer, Driftwood Labs",
      body="Hi Alex,\n\nWe're fully remote and I keep my calendar in UTC, so: next Friday at 16:00 UTC (11am for you, I "
           "think)? Room link: https://whereby.example/leena-mattila. I've blocked 45 minutes for it.\n\nLeena",
      expect=E("Leena Mattila", "Driftwood Labs", "scheduled", times=["2026-11-20T16:00:00+00:00"], duration=45,
               kind="video", detail="https://whereby.example/leena-mattila")),
    C(name="h14_thunderbird_sched_brussels_cet_window_cp1252", client="thunderbird",
      contact=("Séverine Wauters", "severine.wauters@northseagrid.example"), sent=datetime(2026, 11, 17, 9, 40, tzinfo=BRU),
      sig="Séverine Wauters\nPolicy Advisor, Northsea Grid Alliance", enc=QP1252, note="Can you set this up?",
      body="Dear Alex,\n\nThank you for your kind message. I’d be happy to talk. Wednesday 2 December between 14:00 and "
           "15:30 CET suits me — just pick a half hour in that window and send an invitation.\n\nKind regards,\n"
           "Séverine",
      expect=E("Séverine Wauters", "Northsea Grid Alliance", "scheduled",
               times=["2026-12-02T14:00:00+01:00/2026-12-02T15:30:00+01:00"], duration=30)),

    # ---------------- asks_for_times ----------------
    # A zone and a daily window, but no date: nothing concrete.
    C(name="h14_gmail_asks_gmt_plus_1_ring", client="gmail",
      contact=("Yasmine Ben Salah", "yasmine.bensalah@carthagedata.example"), sent=ny(2026, 11, 16, 5, 30),
      sig="Yasmine Ben Salah\nSenior Data Engineer, Carthage Data",
      body="Hi Alex,\n\nGlad to help. Bear in mind I'm on GMT+1 (Tunis), so please suggest two or three slots between "
           "8 and 11am your time, any weekday after the 23rd. I can give you 25 minutes, and I'll ring you.\n\nYasmine",
      expect=E("Yasmine Ben Salah", "Carthage Data", "asks_for_times", duration=25, kind="phone")),
    # Times of day with no date ("after dismissal at 3:15"): no offer.
    C(name="h14_outlook_asks_principal_after_dismissal", client="outlook",
      contact=("Desmond Pryor", "dpryor@eastbrookms.example"), sent=ny(2026, 11, 18, 15, 55),
      sig="Desmond Pryor\nPrincipal\nEastbrook Middle School", sigdash=False,
      body="Dear Alex,\n\nI'd be glad to speak with you about school leadership. My days are at the mercy of the "
           "building, so please name a few times and I'll confirm the first one I can protect. Before 7:30 in the "
           "morning or after dismissal at 3:15 are usually safest.\n\nSincerely,",
      expect=E("Desmond Pryor", "Eastbrook Middle School", "asks_for_times")),
    C(name="h14_apple_asks_boarding_send_options", client="apple", contact=("Mateo Lunde", "mateo.lunde@mail.example"),
      sent=ny(2026, 11, 14, 13, 12),
      body="boarding now but YES 🙌 send me 2-3 options and i'll confirm when i land\n\nSent from my iPhone",
      expect=E("Mateo Lunde", None, "asks_for_times")),
    # A conditional yes; the owner's reply proposes times nobody confirmed.
    C(name="h14_ccreply_asks_conditional_after_1st", client="ccreply",
      contact=("Bernadette Kowalczyk", "bkowalczyk@millracecu.example"), sent=ny(2026, 11, 18, 12, 30),
      sig="Bernadette Kowalczyk\nBranch Operations Manager, Millrace Credit Union",
      body="Hi Alex,\n\nYes, provided it's after the 1st. December's first two weeks are fairly open. Send me a few times "
           "and we'll lock one in.\n\nBernadette",
      owner_reply="Thank you! Would Wednesday 12/2 at 10am or Thursday 12/3 at 2pm work?",
      expect=E("Bernadette Kowalczyk", "Millrace Credit Union", "asks_for_times")),
    # Offers Tuesday at 2, takes it back at once and asks for options.
    C(name="h14_thunderbird_asks_offer_then_flight", client="thunderbird",
      contact=("Ansel Moritz", "ansel.moritz@prairiefreight.example"), sent=datetime(2026, 11, 17, 10, 15, tzinfo=CHI),
      sig="Ansel Moritz\nPricing Manager, Prairie Freight Lines",
      body="Alex,\n\nTuesday at 2 could work. Oh wait, no, I'm flying to Denver that day. Could you send me a few "
           "options for the first week of December instead? Afternoons are better.\n\nAnsel",
      expect=E("Ansel Moritz", "Prairie Freight Lines", "asks_for_times")),
    # A booking page is not a meeting link; "30-minute slot" is a length.
    C(name="h14_outlookweb_asks_booking_page", client="outlookweb",
      contact=("Ines Navarro", "inavarro@quillmetrics.example"), sent=ny(2026, 11, 19, 14, 40), body="",
      html_body=BOOKING_HTML,
      expect=E("Ines Navarro", "Quill Metrics", "asks_for_times", duration=30)),
    # "8 to 3" is when he is busy; "phone or come by" names no one place.
    C(name="h14_yahoo_asks_week_of_30th_name_a_day", client="yahoo",
      contact=("Roy Gustafson", "rgustafson@tricountyjatc.example"), sent=ny(2026, 11, 20, 18, 20),
      sig="Roy Gustafson\nApprenticeship Coordinator, Tri-County Electrical JATC",
      body="Alex,\n\nSure, happy to talk shop. The week of the 30th is wide open except Wednesday, when we have the "
           "apprentice exam from 8 to 3. Name a day and a time and I'll make it work. We can talk on the phone or you "
           "can come by the training center, whatever you like.\n\nRoy",
      expect=E("Roy Gustafson", "Tri-County Electrical JATC", "asks_for_times")),
    C(name="h14_proton_asks_nonnative_meet", client="proton",
      contact=("Dragana Petrović", "dragana.petrovic@savacode.example"), sent=ny(2026, 11, 16, 4, 10),
      sig="Dragana Petrović\nQA Lead | SavaCode",
      body="Hello Alex,\n\nYes of course, with pleasure. Please tell me which day is comfortable for you and I will "
           "adapt, I am quite flexible in the next weeks. We can do it on Google Meet.\n\nBest regards,\nDragana",
      expect=E("Dragana Petrović", "SavaCode", "asks_for_times", kind="video")),

    # ---------------- declined ----------------
    # Outlook on the web; the disclaimer's address is nobody to talk to.
    C(name="h14_outlookweb_decline_ipo_quiet_period", client="outlookweb",
      contact=("Cressida Vane", "cvane@orrinbio.example"), sent=ny(2026, 11, 17, 11, 5), body="", html_body=QUIET_HTML,
      expect=E("Cressida Vane", "Orrin Biosciences", "declined")),
    C(name="h14_apple_decline_sit_this_out", client="apple", contact=("Jojo Amankwah", "jojo.amankwah@mail.example"),
      sent=ny(2026, 11, 13, 22, 30),
      body="appreciate you reaching out but I'm gonna sit this one out. good luck tho!\n\nSent from my iPhone",
      expect=E("Jojo Amankwah", None, "declined")),
    # Dates of past calls; a display name with a credential.
    C(name="h14_yahoo_decline_fourteen_calls_cpa", client="yahoo",
      contact=("Renata Alves, CPA", "renata.alves@alvesmoreno.example"), sent=ny(2026, 11, 14, 16, 45),
      sig="Renata Alves, CPA\nPartner, Alves & Moreno Tax Advisors",
      body="Hi Alex,\n\nI'm going to be honest with you. Last spring I said yes to every one of these, and between March "
           "3 and April 20 I did fourteen calls on top of tax season. It wore me down, and I promised myself I'd stop "
           "taking them altogether. So it's a no from me, but I do hope it goes well for you.\n\nRenata",
      expect=E("Renata Alves", "Alves & Moreno Tax Advisors", "declined")),
    # She offered Thursday at 10 and the owner accepted; her latest message
    # cancels for good, so the time is withdrawn.
    C(name="h14_gmail_chain_cancels_cant_reschedule", client="gmail",
      contact=("Elspeth Morrow", "elspeth.morrow@quaystonebank.example"), sent=ny(2026, 11, 18, 21, 5), body="",
      chain=[(ALEX[0], ALEX[1], OUT,
              "Hi Elspeth,\n\nI'm exploring a move into trade finance and would love to hear how you got into it. "
              "Would you have 20 minutes for a call in the next couple of weeks?\n\nBest,\nAlex"),
             ("Elspeth Morrow", "elspeth.morrow@quaystonebank.example", ny(2026, 11, 13, 16, 0),
              "Hi Alex, happy to. Thursday 11/19 at 10am?\n\nElspeth"),
             (ALEX[0], ALEX[1], ny(2026, 11, 13, 16, 45), "Perfect, Thursday at 10 it is. Thank you!\n\nAlex"),
             ("Elspeth Morrow", "elspeth.morrow@quaystonebank.example", ny(2026, 11, 18, 21, 5),
              "Alex, I'm so sorry. I've just been told I'm being seconded to our Singapore office from Monday, and I "
              "won't be able to do this at all, tomorrow or later. I have to cancel. Very best of luck with the "
              "search.\n\nElspeth\n\n-- \nElspeth Morrow\nHead of Trade Finance Operations, Quaystone Bank")],
      expect=E("Elspeth Morrow", "Quaystone Bank", "declined")),
    C(name="h14_thunderbird_decline_english_b64_latin1", client="thunderbird",
      contact=("Thiago Conceição", "thiago.conceicao@ipesoftware.example"), sent=datetime(2026, 11, 16, 14, 0, tzinfo=SAO),
      sig="Thiago Conceição\nGerente de Engenharia, Ipê Software", enc=B648859, note="Can you set this up?",
      body="Olá Alex,\n\nThank you very much for the message, I am flattered. But to be honest my English is not so good "
           "for a long conversation by phone, and I think you would not get much from me. So I prefer to say no. Boa "
           "sorte com a sua busca!\n\nAbraço,\nThiago",
      expect=E("Thiago Conceição", "Ipê Software", "declined")),
    # "a distracted half hour" is what she won't give: no duration. An
    # Icelandic name, RFC 2047 in the To header of the owner's reply.
    C(name="h14_ccreply_decline_icelandic_latin1", client="ccreply",
      contact=("Sólveig Þórðardóttir", "solveig@thordardottir-arkitektar.example"), sent=ny(2026, 11, 19, 8, 20),
      sig="Sólveig Þórðardóttir\nPartner, Þórðardóttir Arkitektar", enc=QP8859,
      body="Alex,\n\nI read your note twice and wanted to say yes, but I can't do it justice right now, and I'd rather "
           "decline than give you a distracted half hour. I'm sorry.\n\nSólveig",
      owner_reply="Completely understood, thank you for the honest answer, Sólveig.",
      expect=E("Sólveig Þórðardóttir", "Þórðardóttir Arkitektar", "declined")),
    # A former employer named in the body is not her organisation.
    C(name="h14_rfc822nested_decline_separation_agreement", client="rfc822nested",
      contact=("Isadora Quint", "isadora.quint@mail.example"), sent=ny(2026, 11, 20, 9, 40),
      body="Hi Alex,\n\nI left Veridian Pharma in the spring under a separation agreement that keeps me from discussing "
           "the company, and that's most of what you're asking about. So I'll have to decline, I'm afraid. Wishing you "
           "the best with it.\n\nIsadora",
      expect=E("Isadora Quint", None, "declined")),

    # ---------------- deferred ----------------
    C(name="h14_gmail_defer_retail_peak_mid_january", client="gmail",
      contact=("Tamsin Greaves", "tamsin.greaves@pembertonfinch.example"), sent=ny(2026, 11, 16, 22, 15),
      sig="Tamsin Greaves\nSenior Buyer, Pemberton & Finch",
      body="Hi Alex,\n\nI'd love to, truly, but we're in peak season until the returns rush dies down after Christmas. "
           "Ask me again in mid-January, when I can think about something other than inventory?\n\nTamsin",
      expect=E("Tamsin Greaves", "Pemberton & Finch", "deferred")),
    # The gala date is an event; the phone number is in the signature.
    C(name="h14_outlook_defer_after_gala", client="outlook",
      contact=("Lucinda Marsh", "lmarsh@harborlightsfdn.example"), sent=ny(2026, 11, 17, 8, 50),
      sig="Lucinda Marsh\nDirector of Development\nHarbor Lights Foundation\n(617) 555-0181", sigdash=False,
      body="Dear Alex,\n\nYes, I'd be happy to, but not until after our annual gala on December 10. Until then I'm "
           "running on fumes. Could you write to me again the week after, and we'll find a time?\n\nWarmly,",
      expect=E("Lucinda Marsh", "Harbor Lights Foundation", "deferred")),
    C(name="h14_apple_defer_phd_defense", client="apple", contact=("Femi Oyelaran", "femi.oyelaran@mail.example"),
      sent=ny(2026, 11, 15, 23, 50),
      body="Hey! Yes def, but I'm in the last month of writing up my PhD and my defense is Dec 16, so nothing before "
           "then. After that I'm all yours\n\nSent from my iPhone",
      expect=E("Femi Oyelaran", None, "deferred")),
    C(name="h14_rfc822_defer_perth_summer_break", client="rfc822",
      contact=("Bronwyn Tully", "bronwyn.tully@swanriverminerals.example"), sent=datetime(2026, 11, 17, 19, 30, tzinfo=PER),
      sig="Bronwyn Tully\nPrincipal Geologist, Swan River Minerals",
      body="G'day Alex,\n\nHappy to have a yarn, but not just yet. We're heading into Christmas and the summer break, and "
           "most of the team is off until late January. Could you drop me a line in the first week of February?\n\n"
           "Cheers,\nBronwyn",
      expect=E("Bronwyn Tully", "Swan River Minerals", "deferred")),
    # Yes, then (same message) not for three weeks: the end decides.
    C(name="h14_proton_defer_yes_then_calendar", client="proton", contact=("Oskar Lindholm", "oskar@lindholm.example"),
      sent=ny(2026, 11, 19, 7, 25),
      body="Yes! Let's do it. Actually, hmm, having just looked at my calendar, the next three weeks are a write-off: "
           "two launches and a board meeting. Can we aim for mid-December instead? I'll ping you once the second launch "
           "is out.\n\nOskar",
      expect=E("Oskar Lindholm", None, "deferred")),
    # She offered Thursday the 19th at 1pm and the owner accepted; her
    # latest message cancels it and puts the call off: no time is offered.
    C(name="h14_gmail_chain_cancels_and_defers", client="gmail",
      contact=("Geneviève Tremblay", "genevieve.tremblay@borealai.example"), sent=ny(2026, 11, 18, 17, 40), body="",
      chain=[(ALEX[0], ALEX[1], OUT,
              "Hi Geneviève,\n\nI'm a student looking at applied machine learning roles in healthcare, and your talk at "
              "the Montréal meetup stuck with me. Would you have 20 minutes for a call?\n\nMerci,\nAlex"),
             ("Geneviève Tremblay", "genevieve.tremblay@borealai.example", ny(2026, 11, 13, 19, 30),
              "Hi Alex, with pleasure! Thursday the 19th at 1pm?\n\nGeneviève"),
             (ALEX[0], ALEX[1], ny(2026, 11, 14, 9, 0), "Thursday at 1 works great. Thank you!\n\nAlex"),
             ("Geneviève Tremblay", "genevieve.tremblay@borealai.example", ny(2026, 11, 18, 17, 40),
              "Alex, I'm going to have to cancel tomorrow, sorry; our CEO called an all-hands right on top of it. Could "
              "we revisit in a couple of weeks? I'll reach out once things calm down.\n\nGeneviève\n\n-- \n"
              "Geneviève Tremblay\nML Research Lead, Boréal AI")],
      expect=E("Geneviève Tremblay", "Boréal AI", "deferred")),
    # "email me on January 11th" is when to write, not a meeting time.
    C(name="h14_fwd2_defer_new_role_jan_11", client="fwd2", contact=("Cyrus Farahani", "cyrus.farahani@mail.example"),
      sent=ny(2026, 11, 20, 13, 30),
      body="Hi Alex,\n\nI'd really like to, but I start a new role in January and I'll be much more useful to you once I "
           "know what it actually involves. Could you email me on January 11th? We'll set something up then.\n\nCyrus",
      expect=E("Cyrus Farahani", None, "deferred")),

    # ---------------- referred ----------------
    C(name="h14_gmail_ref_knows_this_cold", client="gmail",
      contact=("Orla Fitzsimons", "orla.fitzsimons@brightwaterlabs.example"), sent=ny(2026, 11, 16, 13, 40),
      sig="Orla Fitzsimons\nSenior Scientist, Brightwater Labs",
      body="Hi Alex,\n\nThe person who knows this cold is Bea Lindqvist, who moved from the bench into regulatory affairs "
           "a couple of years ago. She's at bea.lindqvist@brightwaterlabs.example; tell her I sent you. I'd only be "
           "guessing.\n\nOrla",
      expect=E("Orla Fitzsimons", "Brightwater Labs", "referred",
               refs=[("Bea Lindqvist", "bea.lindqvist@brightwaterlabs.example")])),
    # The referral is copied (Cc header); the disclaimer names a compliance
    # contact who is no referral.
    C(name="h14_outlook_ref_asked_to_get_in_touch", client="outlook",
      contact=("Vikram Rathore", "vrathore@wardpell.example"), sent=ny(2026, 11, 18, 9, 5),
      cc=[("Terrence Ojo", "tojo@wardpell.example")],
      sig="Vikram Rathore\nSenior Associate\nWard & Pell LLP\n\nThis e-mail and any attachments are confidential and may "
          "be privileged. If you are not the intended recipient, please notify Nora Blake in our Compliance team at "
          "compliance@wardpell.example and delete this message.", sigdash=False,
      body="Alex,\n\nThanks for the kind words. I'm the wrong person for recruiting questions, so I've asked Terrence Ojo, "
           "who runs our summer associate program, to get in touch with you directly; he's copied here.\n\nBest,",
      expect=E("Vikram Rathore", "Ward & Pell LLP", "referred", refs=[("Terrence Ojo", "tojo@wardpell.example")])),
    C(name="h14_apple_ref_text_him_no_email", client="apple", contact=("Shay Brannigan", "shay.brannigan@mail.example"),
      sent=ny(2026, 11, 17, 21, 55),
      body="honestly I'm the wrong guy. Levan Beridze built that whole desk, he's who I'd ask. I'll text him "
           "your email\n\nSent from my iPhone",
      expect=E("Shay Brannigan", None, "referred", refs=[("Levan Beridze",)])),
    C(name="h14_thunderbird_ref_geneva_latin1", client="thunderbird",
      contact=("Régis Châtelain", "regis.chatelain@lemanassurances.example"), sent=datetime(2026, 11, 16, 10, 30, tzinfo=GVA),
      sig="Régis Châtelain\nResponsable actuariat, Léman Assurances", enc=QP8859, note="Can you set this up?",
      body="Bonjour Alex,\n\nThank you for your message. I am not really the right contact for this: my colleague "
           "Aurélie Dufresne (aurelie.dufresne@lemanassurances.example) leads our graduate intake and will be glad to "
           "answer your questions. Don't hesitate to mention my name.\n\nMeilleures salutations,\nRégis",
      expect=E("Régis Châtelain", "Léman Assurances", "referred",
               refs=[("Aurélie Dufresne", "aurelie.dufresne@lemanassurances.example")])),
    # The address is spelled out against spam bots; a reader writes it as an
    # address.
    C(name="h14_proton_ref_address_spelled_out", client="proton", contact=("Gus Henneberry", "gus@henneberry.example"),
      sent=ny(2026, 11, 20, 16, 0),
      body="Hi Alex,\n\nI've been out of that world too long to be much use to you. The one I'd call is my old "
           "co-founder, Rosalía Quiroga; she still advises half the startups in the space. Drop her a line at rosalia "
           "(at) quirogaventures (dot) example. Spelled out so the bots don't get it.\n\nGus",
      expect=E("Gus Henneberry", None, "referred", refs=[("Rosalía Quiroga", "rosalia@quirogaventures.example")])),
    # He first asked for times; the owner offered two; his latest message
    # sends the owner to someone else.
    C(name="h14_ccreply_ref_after_asking_times", client="ccreply",
      contact=("Hector Villanueva", "hvillanueva@ferrowickpay.example"), sent=ny(2026, 11, 18, 10, 10),
      sig="Hector Villanueva\nVP Engineering, Ferrowick Pay",
      body="Alex, having thought about it, Maite Echeverría on my team is a far better fit for your questions than I am; "
           "she made the move from consulting into engineering management last year. She's at "
           "maite.echeverria@ferrowickpay.example and expecting your note.\n\nHector",
      prior=[(ALEX[0], ALEX[1], ny(2026, 11, 16, 12, 0),
              "Thanks, Hector! Would Tuesday 11/24 at 4pm or Wednesday 11/25 at 10am work?\n\nAlex\n\nOn Fri, Nov 13, "
              "2026 at 2:30 PM Hector Villanueva <hvillanueva@ferrowickpay.example> wrote:\n\n> Sure, send me a couple of "
              "times.")],
      owner_reply="Thank you, Hector! I'll write to Maite today.",
      expect=E("Hector Villanueva", "Ferrowick Pay", "referred",
               refs=[("Maite Echeverría", "maite.echeverria@ferrowickpay.example")])),
    # The scheduler named in the signature is no referral.
    C(name="h14_fastmail_ref_pass_the_baton", client="fastmail",
      contact=("Delphine Marchetti", "delphine.marchetti@orchardline.example"), sent=ny(2026, 11, 19, 15, 35),
      sig="Delphine Marchetti\nHead of People, Orchardline\nScheduling: Jo Park, jo.park@orchardline.example",
      body="Hi Alex,\n\nLet me pass the baton to Ewa Nowak, who runs our internship program day to day and will know far "
           "more about the intake than I do: ewa.nowak@orchardline.example. I'll let her know to expect you.\n\n"
           "Delphine",
      expect=E("Delphine Marchetti", "Orchardline", "referred", refs=[("Ewa Nowak", "ewa.nowak@orchardline.example")])),

    # ---------------- no_reply ----------------
    # Auto-replies: no_reply, nothing taken from them.
    C(name="h14_autoreply_spanish_latin1", client="autoreply",
      contact=("Álvaro Quintana", "alvaro.quintana@cierzologistica.example"), sent=ny(2026, 11, 13, 8, 6),
      auto_subject="Respuesta automática: Informational interview request", enc=QP8859, note="Can you set this up?",
      body="Gracias por su mensaje. Estaré de viaje de trabajo en Bogotá y Lima del 13 al 27 de noviembre y leeré el "
           "correo por las noches, con retraso. Si su consulta es sobre un envío, escriba a "
           "envios@cierzologistica.example, con el número de seguimiento.\n\n"
           "Thank you for your message. I am on a work trip to Bogotá and Lima from 13 to 27 November and will read "
           "email in the evenings, with some delay. Questions about a shipment go to envios@cierzologistica.example, "
           "with the tracking number.\n\nÁlvaro Quintana",
      expect=E("Álvaro Quintana", None, "no_reply")),
    C(name="h14_autoreply_portuguese_cp1252", client="autoreply",
      contact=("Luísa Barros", "luisa.barros@marfimdesign.example"), sent=ny(2026, 11, 13, 8, 7),
      auto_subject="Resposta automática: Informational interview request", enc=QP1252, note="Can you set this up?",
      body="Olá,\n\nEstou de licença médica até 7 de dezembro e não estou a ler o e-mail. Responderei assim que "
           "regressar.\n\nI am on medical leave until 7 December and am not reading email. I will reply as soon as I "
           "return.\n\nLuísa Barros",
      expect=E("Luísa Barros", None, "no_reply")),
    # A part-timer's standing auto-reply (Mon-Wed), Dutch then English.
    C(name="h14_autoreply_dutch_part_time_b64", client="autoreply",
      contact=("Femke van Dijk", "femke.vandijk@polderwerk.example"), sent=ny(2026, 11, 13, 8, 6),
      auto_subject="Automatisch antwoord: Informational interview request", enc=B64UTF8, note="Can you set this up?",
      body="Bedankt voor je bericht. Ik werk parttime (maandag t/m woensdag) en lees mijn mail op donderdag en vrijdag "
           "niet. Ik reageer uiterlijk dinsdag.\n\nThanks for your message. I work part-time (Monday to Wednesday) and "
           "don't read email on Thursdays and Fridays. I'll reply by Tuesday at the latest.\n\nFemke van Dijk",
      expect=E("Femke van Dijk", None, "no_reply")),
    # The owner's outreach with coffeechat in Bcc; the person the owner
    # mentions is nobody's referral.
    C(name="h14_bcc_no_reply_owner_names_mutual", client="bcc",
      contact=("Adaeze Nwankwo", "adaeze.nwankwo@glazeform.example"), sent=ny(2026, 11, 19, 9, 30), body="",
      outreach_at=ny(2026, 11, 19, 9, 30),
      outreach="Hi Adaeze,\n\nCallum Reyes suggested I reach out; he said you'd be the best person to ask about moving "
               "from materials engineering into product. Would you have 20 minutes in the next couple of weeks?\n\n"
               "Thank you,\nAlex",
      expect=E("Adaeze Nwankwo", None, "no_reply")),
    # The owner's outreach offers afternoons; nobody has answered.
    C(name="h14_apple_no_reply_owner_window", client="apple",
      contact=("Ignatius Olawale", "ignatius.olawale@mail.example"), sent=ny(2026, 11, 17, 7, 45), no_reply=True, body="",
      note="Sent this from the train this morning.", outreach_at=ny(2026, 11, 17, 7, 45),
      outreach="Hi Ignatius,\n\nI'm a second-year student exploring a move into sports analytics. I'm free most "
               "afternoons after 2pm ET next week, if you'd have 15 minutes for a call.\n\nThank you,\nAlex",
      expect=E("Ignatius Olawale", None, "no_reply")),
    C(name="h14_rfc822_no_reply", client="rfc822", contact=("Tarquin Ellery", "tellery@moorfieldenergy.example"),
      sent=ny(2026, 11, 16, 9, 0), no_reply=True, body="", note="FYI, sent this morning; nothing back yet.",
      outreach_at=ny(2026, 11, 16, 9, 0),
      expect=E("Tarquin Ellery", None, "no_reply")),
]
