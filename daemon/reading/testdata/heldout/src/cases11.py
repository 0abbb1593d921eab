# Held-out batch 11: written from inspect-contract.md after batch 10's
# fixes, before the reader was run on it, never edited to match the
# reader's output. Writers unlike batches 7-10 on purpose: a pastor, an
# airline pilot ("1500 Mountain"), a farmer dictating on a phone, an
# engineer in Bangalore, an Australian ("Friday 8am Sydney time ... that's
# Thursday 4pm your time"), a retired teacher, a recruiter in Outlook on
# the web, a privacy-minded developer writing ISO dates in UTC, a French
# writer ("17h, Paris time"), a Mexican writer ("Mexico City time"), a
# Japanese writer in ISO-2022-JP, a hospital administrator, a compliance
# officer, a German writer, a parent on leave, a surgeon-to-be, a
# professor waiting for the semester to end; referrals by "lives and
# breathes this stuff", "I'd point you toward", "hit up my buddy", "I'm
# forwarding your note to", "you'd get more out of a conversation with";
# an assistant who keeps the calendar (asks, no referral); auto-replies in
# German and with a plain "Re:" subject. Times in expect carry the offset
# of the zone they were written in; the test compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
SYD = ZoneInfo("Australia/Sydney")
PAR = ZoneInfo("Europe/Paris")
KOL = ZoneInfo("Asia/Kolkata")
TYO = ZoneInfo("Asia/Tokyo")
BER = ZoneInfo("Europe/Berlin")
STO = ZoneInfo("Europe/Stockholm")


def ny(*a): return datetime(*a, tzinfo=NY)


MON = ny(2026, 11, 16, 9, 14)
THU = ny(2026, 11, 19, 8, 30)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP1252 = ("quoted-printable", "windows-1252")
QPUTF8 = ("quoted-printable", "utf-8")
B64UTF8 = ("base64", "utf-8")
JIS = ("7bit", "iso-2022-jp")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


RECRUITER_HTML = ('<div dir="ltr"><p>Hi Alex,</p>\n<p>Thanks for reaching out &mdash; always glad to help someone '
                  'exploring recruiting ops.</p>\n<p>Could you do <b>Monday Nov 30 at 12:30</b> or <b>Tuesday Dec 1 at '
                  '9:15</b>? Either is fine by me; a phone call is easiest, I\'ll call you.</p>\n<p>Warmly,<br>\n'
                  'Dana Okoye<br>\nSenior Recruiter, Harbor &amp; Finch</p></div>')

ASKS_HTML = ('<p>Hello Alex,</p>\n<p>Yes, let\'s find a time. What works for you the week after Thanksgiving?</p>\n'
             '<p>Best,<br>\nGideon Marsh<br>\nDirector of Operations, Kestrel Freight</p>')

FORWARD_HTML = ('<p>Alex,</p>\n<p>I\'m forwarding your note to Julian Park, our VP of Engineering, who would be a great '
                'person to speak with. He\'s at julian.park@corvid.example.</p>\n<p>Regards,<br>\nMeredith Alvarez<br>\n'
                'CTO, Corvid Systems</p>')

CASES = [
    # ---------------- scheduled ----------------
    dict(name="h11_gmail_sched_pastor_window", client="gmail", contact=("Rev. Samuel Otieno", "sotieno@gracechapel.example"),
         sent=MON, sig="Rev. Samuel Otieno\nSenior Pastor, Grace Chapel",
         body="Dear Alex,\n\nWhat a kind note. Weekends are spoken for, as you can imagine, but Tuesday the 24th from 1:30 to "
              "2:15 I am free. Come by the church office if you like.\n\nBlessings,\nSamuel",
         expect=E("Samuel Otieno", "Grace Chapel", "scheduled",
                  times=["2026-11-24T13:30:00-05:00/2026-11-24T14:15:00-05:00"], kind="in_person")),
    dict(name="h11_outlook_sched_pilot_1500_mountain", client="outlook", contact=("Capt. Lena Hartmann", "lhartmann@skyward.example"),
         sent=MON, sig="Lena Hartmann\nCaptain, A320 Fleet\nSkyward Airlines", sigdash=False,
         body="Alex,\n\nI'm on the ground in Denver on Friday. 1500 Mountain works for a phone call; reach me at "
              "303-555-0142.\n\nLena",
         expect=E("Lena Hartmann", "Skyward Airlines", "scheduled", times=["2026-11-20T15:00:00-07:00"], kind="phone",
                  detail="303-555-0142")),
    dict(name="h11_apple_sched_farmer_dictated", client="apple", contact=("Walt Brennan", "walt@brennanfarm.example"), sent=MON,
         apple_abbr="EST",
         body="Sure thing Alex come by the farm Saturday around 10 in the morning we're at 41 Orchard Road in Hadley\n\n"
              "Sent from my iPhone",
         expect=E("Walt Brennan", None, "scheduled", times=["2026-11-21T10:00:00-05:00"], kind="in_person",
                  detail="41 Orchard Road")),
    dict(name="h11_thunderbird_sched_bangalore_ist", client="thunderbird", contact=("Arjun Menon", "arjun.menon@tessaract.example"),
         sent=datetime(2026, 11, 16, 20, 10, tzinfo=KOL), sig="Arjun Menon\nPrincipal Engineer, Tessaract Labs",
         body="Hi Alex,\n\nThanks for writing. Shall we connect on 2nd December, 7:30 PM IST? I will share a Teams link.\n\n"
              "Regards,\nArjun",
         expect=E("Arjun Menon", "Tessaract Labs", "scheduled", times=["2026-12-02T19:30:00+05:30"], kind="video")),
    dict(name="h11_rfc822_sched_sydney_restated", client="rfc822", contact=("Bec Lawson", "bec.lawson@saltbush.example"),
         sent=datetime(2026, 11, 16, 10, 0, tzinfo=SYD), sig="Bec Lawson\nHead of Growth, Saltbush",
         body="G'day Alex,\n\nHappy to have a yarn. Friday 8am Sydney time would suit, that's Thursday 4pm your time if I've "
              "done my sums right.\n\nCheers,\nBec",
         expect=E("Bec Lawson", "Saltbush", "scheduled", times=["2026-11-20T08:00:00+11:00"])),
    dict(name="h11_yahoo_sched_teacher_between", client="yahoo", contact=("Dorothy Quinn", "dquinn52@mailbox.example"), sent=MON,
         body="Dear Alex,\n\nHow lovely to hear from a former student's friend. I'm free Wednesday, November 25th, between 10 "
              "and 11:30. Would that suit?\n\nFondly,\nDorothy Quinn",
         expect=E("Dorothy Quinn", None, "scheduled", times=["2026-11-25T10:00:00-05:00/2026-11-25T11:30:00-05:00"])),
    dict(name="h11_outlookweb_sched_recruiter_html", client="outlookweb", contact=("Dana Okoye", "dana.okoye@harborfinch.example"),
         sent=MON, body="", html_body=RECRUITER_HTML,
         expect=E("Dana Okoye", "Harbor & Finch", "scheduled",
                  times=["2026-11-30T12:30:00-05:00", "2026-12-01T09:15:00-05:00"], kind="phone")),
    dict(name="h11_proton_sched_iso_utc_jitsi", client="proton", contact=("Nils Ekdahl", "nils@ekdahl.example"), sent=MON,
         body="hi,\n\n2026-11-19 17:00 UTC works. jitsi: https://meet.jit.si/alexkim-coffee\n\nnils",
         expect=E("Nils Ekdahl", None, "scheduled", times=["2026-11-19T17:00:00+00:00"], kind="video",
                  detail="https://meet.jit.si/alexkim-coffee")),
    dict(name="h11_ccreply_sched_the_latter", client="ccreply", contact=("Hugo Lambert", "hugo@lambertstudio.example"),
         sent=MON, sig="Hugo Lambert\nLambert Studio",
         body="The latter works best for me. Talk then!\n\nHugo",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 15, 0),
                 "Thanks Hugo! Would Tuesday 11/17 at 11am or Wednesday 11/18 at 3pm work?\n\nAlex\n\nOn Fri, Nov 13, 2026 at "
                 "12:10 PM Hugo Lambert <hugo@lambertstudio.example> wrote:\n\n> Sure, when suits you?")],
         owner_reply="Perfect, invite on its way.",
         expect=E("Hugo Lambert", "Lambert Studio", "scheduled", times=["2026-11-18T15:00:00-05:00"])),
    dict(name="h11_gmail_chain_see_you_wed", client="gmail", contact=("Tamsin Reid", "tamsin@reidandco.example"), sent=MON,
         body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Tamsin,\n\nWould you have 20 minutes to talk about brand strategy work?\n\nAlex"),
                ("Tamsin Reid", "tamsin@reidandco.example", ny(2026, 11, 13, 8, 40), "Sure! What day is good?\n\nT"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 10, 5), "Great! How about Wednesday 11/25 at 9:30am?\n\nAlex"),
                ("Tamsin Reid", "tamsin@reidandco.example", MON, "Perfect, see you Wed!\n\nT")],
         expect=E("Tamsin Reid", None, "scheduled", times=["2026-11-25T09:30:00-05:00"])),
    dict(name="h11_thunderbird_sched_paris_17h", client="thunderbird", contact=("Camille Rousseau", "camille.rousseau@atelierlune.example"),
         sent=datetime(2026, 11, 16, 15, 20, tzinfo=PAR), sig="Camille Rousseau\nDirectrice artistique, Atelier Lune",
         enc=QP8859, note="Can you set this up?",
         body="Bonjour Alex,\n\nWith pleasure. I can Thursday at 17h, Paris hour. We speak by Zoom?\n\nBien à vous,\nCamille",
         expect=E("Camille Rousseau", "Atelier Lune", "scheduled", times=["2026-11-19T17:00:00+01:00"], kind="video")),
    dict(name="h11_applemail_sched_mexico_city", client="applemail", contact=("Alejandra Ríos", "arios@tierraviva.example"),
         sent=MON, apple_abbr="EST", sig="Alejandra Ríos\nGerente de Producto, Tierra Viva", note="Can you set this up?",
         enc=QPUTF8,
         body="Hi Alex,\n\nTuesday the 24th at 11am Mexico City time works for me. I'll send a Google Meet.\n\nSaludos,\nAlejandra",
         expect=E("Alejandra Ríos", "Tierra Viva", "scheduled", times=["2026-11-24T11:00:00-06:00"], kind="video")),
    dict(name="h11_outlook_sched_3ish_friday_4th", client="outlook", contact=("Brent Kowalski", "bkowalski@ironridge.example"),
         sent=MON, sig="Brent Kowalski\nPlant Manager\nIronridge Steel", sigdash=False,
         body="Alex,\n\nLet's say 3ish on Friday the 4th. I'll call you.\n\nBrent",
         expect=E("Brent Kowalski", "Ironridge Steel", "scheduled", times=["2026-12-04T15:00:00-05:00"], kind="phone")),
    dict(name="h11_gmail_sched_tmrw_at_2", client="gmail", contact=("Jaden Cole", "jaden@colecuts.example"), sent=MON,
         body="tmrw @ 2?\n\nJ",
         expect=E("Jaden Cole", None, "scheduled", times=["2026-11-17T14:00:00-05:00"])),
    dict(name="h11_rfc822nested_sched_next_tuesday_845", client="rfc822nested", contact=("Ivy Chen", "ivy.chen@bramblehealth.example"),
         sent=THU, sig="Ivy Chen\nClinical Informatics Lead, Bramble Health",
         body="Hi Alex,\n\nNext Tuesday at 8:45 am works for me, before my clinic starts.\n\nIvy",
         expect=E("Ivy Chen", "Bramble Health", "scheduled", times=["2026-11-24T08:45:00-05:00"])),
    dict(name="h11_fwd2_sched_half_past_eleven", client="fwd2", contact=("Rupert Hale", "rupert.hale@halecapital.example"),
         sent=MON, sig="Rupert Hale\nPartner, Hale Capital",
         body="Alex,\n\nHow's the 30th, half past eleven, in the morning of course? Coffee at Birch on 27th Street.\n\nRupert",
         expect=E("Rupert Hale", "Hale Capital", "scheduled", times=["2026-11-30T11:30:00-05:00"], kind="in_person")),
    dict(name="h11_fastmail_sched_slash_date_window_et", client="fastmail", contact=("Priya Sundaram", "priya@quietloop.example"),
         sent=MON, sig="Priya Sundaram\nStaff Designer, Quietloop",
         body="Hi Alex,\n\nI'm around 12/3 from 2-3:30 ET if that works.\n\nPriya",
         expect=E("Priya Sundaram", "Quietloop", "scheduled",
                  times=["2026-12-03T14:00:00-05:00/2026-12-03T15:30:00-05:00"])),
    dict(name="h11_thunderbird_sched_japanese_jst", client="thunderbird", contact=("Sato Haruki", "haruki.sato@kumoworks.example"),
         sent=datetime(2026, 11, 17, 9, 30, tzinfo=TYO), sig="Sato Haruki\nEngineering Manager, Kumo Works\n佐藤 春樹", enc=JIS,
         note="Can you set this up?",
         body="Dear Alex-san,\n\nThank you for your email. How about 26 November (Thu) 10:00 JST? About 30 min is OK.\n\n"
              "Best regards,\nHaruki",
         expect=E("Sato Haruki", "Kumo Works", "scheduled", times=["2026-11-26T10:00:00+09:00"], duration=30)),

    # ---------------- asks_for_times ----------------
    dict(name="h11_gmail_asks_what_week_looks_like", client="gmail", contact=("Morgan Blake", "morgan@blakelegal.example"),
         sent=MON, body="Absolutely. What does your week look like?\n\nMorgan",
         expect=E("Morgan Blake", None, "asks_for_times")),
    dict(name="h11_outlook_asks_hospital_admin", client="outlook", contact=("Patricia Gomez", "pgomez@stlukes.example"),
         sent=MON, sig="Patricia Gomez\nAdministrator\nSt. Luke's Regional Hospital", sigdash=False,
         body="Good morning Alex,\n\nI have some flexibility next week. Please share your availability and we'll make it "
              "happen.\n\nKind regards,",
         expect=E("Patricia Gomez", "St. Luke's Regional Hospital", "asks_for_times")),
    dict(name="h11_apple_asks_when_r_u_free", client="apple", contact=("Kai Nakamura", "kai@nakamura.example"), sent=MON,
         apple_abbr="EST", body="ya for sure. when r u free\n\nSent from my iPhone",
         expect=E("Kai Nakamura", None, "asks_for_times")),
    dict(name="h11_thunderbird_asks_german_slots", client="thunderbird", contact=("Jana Hoffmann", "jana.hoffmann@elbwerk.example"),
         sent=datetime(2026, 11, 16, 14, 0, tzinfo=BER), sig="Jana Hoffmann\nTeamleiterin Data, Elbwerk", enc=QP8859,
         note="Can you set this up?",
         body="Hallo Alex,\n\nGerne! Send me your preferred slots and I'll check my calendar.\n\nViele Grüße,\nJana",
         expect=E("Jana Hoffmann", "Elbwerk", "asks_for_times")),
    dict(name="h11_yahoo_asks_assistant_keeps_calendar", client="yahoo", contact=("Douglas Reed", "dreed@reedholdings.example"),
         sent=MON, sig="Douglas Reed\nChairman, Reed Holdings",
         body="Alex,\n\nI'd be happy to chat. My assistant, Renee Falk, keeps my calendar; please send her a few times at "
              "renee.falk@reedholdings.example.\n\nDouglas",
         expect=E("Douglas Reed", "Reed Holdings", "asks_for_times")),
    dict(name="h11_proton_asks_propose_a_day", client="proton", contact=("Oskar Lind", "oskar@lindcraft.example"), sent=MON,
         sig="Oskar Lind\nLindcraft",
         body="Hi Alex,\n\nHappy to. Early mornings are best for me, before 8. Propose a day?\n\nOskar",
         expect=E("Oskar Lind", "Lindcraft", "asks_for_times")),
    dict(name="h11_outlookweb_asks_after_thanksgiving", client="outlookweb", contact=("Gideon Marsh", "gmarsh@kestrelfreight.example"),
         sent=MON, body="", html_body=ASKS_HTML,
         expect=E("Gideon Marsh", "Kestrel Freight", "asks_for_times")),
    dict(name="h11_ccreply_asks_after_delay", client="ccreply", contact=("Nadia Petrova", "nadia@petrova.example"), sent=MON,
         body="Sorry for the slow reply! Yes, still keen. Send over some times?\n\nNadia",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 9, 0),
                 "Hi Nadia, gently bumping this!\n\nAlex\n\nOn Thu, Nov 12, 2026 at 10:02 AM Alex Kim "
                 "<alex.kim@gmail.example> wrote:\n\n> Hi Nadia, would you have 20 minutes for a quick call?")],
         owner_reply="Of course, sending a few now.",
         expect=E("Nadia Petrova", None, "asks_for_times")),

    # ---------------- declined ----------------
    dict(name="h11_gmail_decline_plate_overflowing", client="gmail", contact=("Colin Fitzgerald", "colin@fitzgeraldpr.example"),
         sent=MON, sig="Colin Fitzgerald\nFounder, Fitzgerald PR",
         body="Hi Alex,\n\nI'm going to have to say no to this one. My plate is overflowing right now.\n\nColin",
         expect=E("Colin Fitzgerald", "Fitzgerald PR", "declined")),
    dict(name="h11_outlook_decline_policy_prohibits", client="outlook", contact=("Sandra Vogel", "svogel@meridianbank.example"),
         sent=MON, sig="Sandra Vogel\nChief Compliance Officer\nMeridian Bank", sigdash=False,
         body="Mr. Kim,\n\nCompany policy prohibits me from discussing roles or hiring with external parties. Thank you for "
              "understanding.\n\nSandra Vogel",
         expect=E("Sandra Vogel", "Meridian Bank", "declined")),
    dict(name="h11_apple_decline_not_a_fit", client="apple", contact=("Rae Donovan", "rae@donovanink.example"), sent=MON,
         apple_abbr="EST", body="Not a good fit for me, sorry. Wishing you well\n\nSent from my iPhone",
         expect=E("Rae Donovan", None, "declined")),
    dict(name="h11_thunderbird_decline_german_absagen", client="thunderbird", contact=("Matthias Krüger", "m.krueger@nordlicht.example"),
         sent=datetime(2026, 11, 16, 18, 0, tzinfo=BER), sig="Matthias Krüger\nGeschäftsführer, Nordlicht GmbH", enc=QP1252,
         body="Hallo Alex,\n\nUnfortunately I must decline. Too much on my desk at the moment.\n\nBeste Grüße\nMatthias",
         expect=E("Matthias Krüger", "Nordlicht GmbH", "declined")),
    dict(name="h11_yahoo_decline_stepping_back", client="yahoo", contact=("Beverly Tran", "btran@lotusdesign.example"), sent=MON,
         sig="Beverly Tran\nPrincipal, Lotus Design",
         body="Hi Alex,\n\nI appreciate you thinking of me, but I'm stepping back from mentoring for the foreseeable future."
              "\n\nBeverly",
         expect=E("Beverly Tran", "Lotus Design", "declined")),
    dict(name="h11_proton_decline_no_thank_you", client="proton", contact=("Evan Price", "evan@pricelabs.example"), sent=MON,
         body="No thank you.\n\nEvan",
         expect=E("Evan Price", None, "declined")),
    dict(name="h11_fastmail_decline_parental_leave", client="fastmail", contact=("Leah Goldberg", "leah@goldbergstudio.example"),
         sent=MON, sig="Leah Goldberg\nArt Director, Goldberg Studio",
         body="Hi Alex,\n\nI'll have to pass. I'm on parental leave and keeping work off my plate completely. Best of luck "
              "with the search!\n\nLeah",
         expect=E("Leah Goldberg", "Goldberg Studio", "declined")),
    dict(name="h11_rfc822_decline_any_other_day", client="rfc822", contact=("Howard Finch", "hfinch@finchandsons.example"),
         sent=MON, sig="Howard Finch\nFinch & Sons Hardware",
         body="Alex,\n\nI can't do Thursday or any other day, honestly. I'm not doing these anymore.\n\nHoward",
         expect=E("Howard Finch", "Finch & Sons Hardware", "declined")),

    # ---------------- deferred ----------------
    dict(name="h11_gmail_defer_circle_back_holidays", client="gmail", contact=("Stacy Nguyen", "stacy@nguyenmedia.example"),
         sent=MON, sig="Stacy Nguyen\nManaging Editor, Nguyen Media",
         body="Hi Alex!\n\nLet's circle back after the holidays, things are hectic here until then.\n\nStacy",
         expect=E("Stacy Nguyen", "Nguyen Media", "deferred")),
    dict(name="h11_outlook_defer_six_weeks", client="outlook", contact=("Terrence Hall", "thall@vantagept.example"), sent=MON,
         sig="Terrence Hall\nProduct Director\nVantage Point Software", sigdash=False,
         body="Alex,\n\nI'm in the middle of a product launch. Could you check back with me in about six weeks?\n\nThanks,",
         expect=E("Terrence Hall", "Vantage Point Software", "deferred")),
    dict(name="h11_apple_defer_surgery", client="apple", contact=("Mia Castellano", "mia@castellanofit.example"), sent=MON,
         apple_abbr="EST",
         body="Would love to but not until I've recovered from surgery, mid-Jan at the earliest. Text me then!\n\n"
              "Sent from my iPhone",
         expect=E("Mia Castellano", None, "deferred")),
    dict(name="h11_thunderbird_defer_q1_new_year", client="thunderbird", contact=("Anders Holm", "anders.holm@fjellsoft.example"),
         sent=datetime(2026, 11, 16, 13, 0, tzinfo=STO), sig="Anders Holm\nCTO, Fjellsoft",
         body="Hi Alex,\n\nNow is bad, Q1 is better. Please ask me again in the new year.\n\nAnders",
         expect=E("Anders Holm", "Fjellsoft", "deferred")),
    dict(name="h11_yahoo_defer_next_month", client="yahoo", contact=("Gloria Banks", "gloria.banks@banksrealty.example"),
         sent=MON, sig="Gloria Banks\nBroker, Banks Realty",
         body="Hi Alex,\n\nHappy to in principle but this month is impossible. Try me again next month.\n\nGloria",
         expect=E("Gloria Banks", "Banks Realty", "deferred")),
    dict(name="h11_fwd2_defer_semester_wraps", client="fwd2", contact=("Prof. Elaine Wu", "ewu@harlowcollege.example"),
         sent=MON, sig="Elaine Wu\nAssociate Professor of Chemistry, Harlow College",
         body="Dear Alex,\n\nLet's revisit this once the semester wraps up in mid-December. I'll have much more room to "
              "think then.\n\nElaine",
         expect=E("Elaine Wu", "Harlow College", "deferred")),
    dict(name="h11_proton_defer_after_1215", client="proton", contact=("Ravi Kapoor", "ravi@kapoorlabs.example"), sent=MON,
         sig="Ravi Kapoor\nKapoor Labs",
         body="Hi Alex,\n\nDefinitely, but after 12/15, my calendar opens up then. Shoot me a note that week.\n\nRavi",
         expect=E("Ravi Kapoor", "Kapoor Labs", "deferred")),

    # ---------------- referred ----------------
    dict(name="h11_gmail_ref_lives_and_breathes", client="gmail", contact=("Tessa Moreau", "tessa@brightwave.example"), sent=MON,
         sig="Tessa Moreau\nMarketing Manager, Brightwave",
         body="Hi Alex,\n\nHonestly my teammate Carmen Ruiz (carmen.ruiz@brightwave.example) lives and breathes this stuff. "
              "Reach out to her!\n\nTessa",
         expect=E("Tessa Moreau", "Brightwave", "referred", refs=[("Carmen Ruiz", "carmen.ruiz@brightwave.example")])),
    dict(name="h11_outlook_ref_point_you_toward", client="outlook", contact=("Gerald Fox", "gfox@summitridge.example"), sent=MON,
         sig="Gerald Fox\nCOO\nSummit Ridge Partners", sigdash=False,
         body="Alex,\n\nI'd point you toward Marcus Lee, our head of talent. He's at mlee@summitridge.example.\n\nBest,",
         expect=E("Gerald Fox", "Summit Ridge Partners", "referred", refs=[("Marcus Lee", "mlee@summitridge.example")])),
    dict(name="h11_apple_ref_hit_up_buddy", client="apple", contact=("Chris Dunn", "chris@dunnbuilt.example"), sent=MON,
         apple_abbr="EST",
         body="hit up my buddy Derek Shaw, he did the exact switch you're talking about. derek@shawsupply.example\n\n"
              "Sent from my iPhone",
         expect=E("Chris Dunn", None, "referred", refs=[("Derek Shaw", "derek@shawsupply.example")])),
    dict(name="h11_thunderbird_ref_copied_stockholm", client="thunderbird", contact=("Erik Sandberg", "erik.sandberg@norrsken.example"),
         sent=datetime(2026, 11, 16, 11, 0, tzinfo=STO), sig="Erik Sandberg\nVP Product, Norrsken Mobility",
         cc=[("Annika Berg", "annika.berg@norrsken.example")],
         body="Hi Alex,\n\nI've copied Annika Berg from our Stockholm office; she's the one who can actually answer your "
              "questions.\n\nErik",
         expect=E("Erik Sandberg", "Norrsken Mobility", "referred", refs=[("Annika Berg", "annika.berg@norrsken.example")])),
    dict(name="h11_yahoo_ref_get_more_out_of", client="yahoo", contact=("Wendy Ashford", "wendy@ashfordbio.example"), sent=MON,
         sig="Wendy Ashford\nScientific Director, Ashford Bio",
         body="Hi Alex,\n\nYou'd get more out of a conversation with Priya Natarajan at Lumen Bio than with me.\n\nWendy",
         expect=E("Wendy Ashford", "Ashford Bio", "referred", refs=[("Priya Natarajan",)])),
    dict(name="h11_fastmail_ref_better_folks_two", client="fastmail", contact=("Owen Pratt", "owen@prattanalytics.example"),
         sent=MON, sig="Owen Pratt\nPratt Analytics",
         body="Hi Alex,\n\nBetter folks for this: Sam Cole (sam@colegroup.example) and Rita Moreno at Datawise.\n\nOwen",
         expect=E("Owen Pratt", "Pratt Analytics", "referred",
                  refs=[("Sam Cole", "sam@colegroup.example"), ("Rita Moreno",)])),
    dict(name="h11_outlookweb_ref_forwarding_note", client="outlookweb", contact=("Meredith Alvarez", "malvarez@corvid.example"),
         sent=MON, body="", html_body=FORWARD_HTML,
         expect=E("Meredith Alvarez", "Corvid Systems", "referred",
                  refs=[("Julian Park", "julian.park@corvid.example")])),

    # ---------------- no_reply ----------------
    dict(name="h11_outlook_no_reply", client="outlook", contact=("Renata Silva", "rsilva@portoverde.example"), sent=MON,
         no_reply=True, body="", note="FYI, sent this one today.",
         expect=E("Renata Silva", None, "no_reply")),
    dict(name="h11_autoreply_german", client="autoreply", contact=("Petra Lang", "petra.lang@rheinmetall-it.example"),
         sent=ny(2026, 11, 12, 10, 3), auto_subject="Abwesenheitsnotiz: Informational interview request", enc=QP8859,
         note="Can you set this up?",
         body="Sehr geehrte Damen und Herren,\n\nich bin bis zum 7. Dezember nicht im Büro. In dringenden Fällen wenden Sie "
              "sich bitte an Jonas Brandt.\n\nI am on leave until 7 December. For urgent matters please contact Jonas Brandt."
              "\n\nPetra Lang",
         expect=E("Petra Lang", None, "no_reply")),
    dict(name="h11_autoreply_plain_re_travelling", client="autoreply", contact=("Martin Oyelaran", "m.oyelaran@sunbridge.example"),
         sent=ny(2026, 11, 12, 10, 4), auto_subject="Re: Informational interview request",
         note="Is this an answer?",
         body="Thank you for your email. I am currently travelling with limited access to email and will respond on my "
              "return on November 23.\n\nMartin Oyelaran",
         expect=E("Martin Oyelaran", None, "no_reply")),
]
