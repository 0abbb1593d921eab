# Held-out batch 9: written from inspect-contract.md after batch 8's fixes,
# before the reader was run on it, never edited to match the reader's
# output. Writers unlike batches 7-8 on purpose: recruiters (slot lists,
# pronouns and phone numbers in signatures), academics (office hours,
# titles "Prof. Dr."), executives typing on phones ("will call u", "Get
# Outlook for iOS"), non-native English (Brazilian, Indian, French,
# Spanish, Italian, Chinese, German and Japanese writers), very long
# rambling replies with dates that are not offers, one-liners, refusals
# that hand the owner to someone else, postponements that carry dates but
# no offer, confirmations of a time the owner proposed (in the outreach, in
# a Gmail chain, in a Cc reply), a moved time, and times in unusual forms
# and zones (ISO 8601, 1300-1345 CST, 10h Brasília time, 16.00 o'clock
# German time, NZDT restated in the owner's zone, 8.30 PM IST, Dubai
# time). Times in expect carry the offset of the zone they were written
# in; the test compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
TYO = ZoneInfo("Asia/Tokyo")
CHI = ZoneInfo("America/Chicago")


def ny(*a): return datetime(*a, tzinfo=NY)


MON = ny(2026, 11, 16, 9, 14)
WED = ny(2026, 11, 18, 16, 40)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP1252 = ("quoted-printable", "windows-1252")
QPUTF8 = ("quoted-printable", "utf-8")
B64UTF8 = ("base64", "utf-8")
JIS = ("7bit", "iso-2022-jp")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


CASES = [
    # ---------------- scheduled: recruiters, academics, executives ----------------
    dict(name="h9_gmail_sched_recruiter_slots", client="gmail", contact=("Brianna Cho", "brianna.cho@corvid.example"), sent=MON,
         sig="Brianna Cho (she/her)\nTechnical Recruiter | Corvid Analytics\nm: 646.555.0100 | linkedin.com/in/briannacho",
         body="Hi Alex,\n\nThanks so much for your note, and for your interest in Corvid! I'd be glad to walk you through how "
              "our analytics team is set up and what we look for in new grads.\n\nI have the following openings for a 30-min "
              "intro call (all times Eastern):\n\n- Tue 11/17: 2:00-2:30\n- Wed 11/18: 10:00-10:30\n- Thu 11/19: 4:30-5:00\n\n"
              "Just reply with whichever works and I'll send over a calendar invite.\n\nBest,\nBrianna",
         expect=E("Brianna Cho", "Corvid Analytics", "scheduled",
                  times=["2026-11-17T14:00:00-05:00/2026-11-17T14:30:00-05:00",
                         "2026-11-18T10:00:00-05:00/2026-11-18T10:30:00-05:00",
                         "2026-11-19T16:30:00-05:00/2026-11-19T17:00:00-05:00"], duration=30)),
    dict(name="h9_outlook_sched_exec_ios", client="outlook", contact=("Ramon Estrada", "ramon@estradaholdings.example"),
         sent=MON, body="Can do Fri 7:45am before my flight. Call my cell 415 555 0199.\n-R\n\nGet Outlook for iOS",
         expect=E("Ramon Estrada", None, "scheduled", times=["2026-11-20T07:45:00-05:00"], kind="phone",
                  detail="415 555 0199")),
    dict(name="h9_apple_sched_exec_pacific_callu", client="apple", contact=("Dana Whitlock", "dana@whitlockvc.example"),
         sent=MON, apple_abbr="EST",
         body="Alex - can do a quick one weds at 6:30 pm pacific. will call u\n\nSent from my iPhone",
         expect=E("Dana Whitlock", None, "scheduled", times=["2026-11-18T18:30:00-08:00"], kind="phone")),
    dict(name="h9_thunderbird_sched_professor_german_time", client="thunderbird",
         contact=("Prof. Dr. Klaus Hartmann", "k.hartmann@tu-rheinfeld.example"), sent=datetime(2026, 11, 16, 17, 5, tzinfo=BER),
         sig="Prof. Dr. Klaus Hartmann\nLehrstuhl für Wirtschaftsinformatik\nTechnische Universität Rheinfeld\n"
             "Rheinstraße 12, 50667 Köln",
         enc=QP8859, note="Can you set this up?",
         body="Dear Mr. Kim,\n\nthank you very much for your kind request. I am happy to make a short talk with you. Would it "
              "be possible on Tuesday, the 24th of November, at 16.00 o'clock German time? We can use my Zoom room: "
              "https://tu-rheinfeld.zoom.example/j/84512345678\n\nWith kind regards\nKlaus Hartmann",
         expect=E("Klaus Hartmann", "Technische Universität Rheinfeld", "scheduled", times=["2026-11-24T16:00:00+01:00"],
                  kind="video", detail="https://tu-rheinfeld.zoom.example/j/84512345678")),
    dict(name="h9_outlook_sched_office_hours", client="outlook", contact=("Margaret Osei, PhD", "mosei@halvorsen.example"),
         sent=MON, sig="Margaret Osei, PhD\nAssociate Professor of Public Policy\nHalvorsen College", sigdash=False,
         body="Dear Alex,\n\nThank you for writing. I hold office hours on Thursdays from 2 to 3:30 in my office on the fourth "
              "floor of Halvorsen Hall, and you would be very welcome to stop by this Thursday, November 19. No appointment "
              "needed; just knock.\n\nBest wishes,",
         expect=E("Margaret Osei", "Halvorsen College", "scheduled",
                  times=["2026-11-19T14:00:00-05:00/2026-11-19T15:30:00-05:00"], kind="in_person")),

    # ---------------- scheduled: unusual formats and zones ----------------
    dict(name="h9_yahoo_sched_brasilia_10h", client="yahoo", contact=("Thiago Nascimento", "thiago.nascimento@cerrado.example"),
         sent=MON, sig="Thiago Nascimento\nCoordenador de Dados, Cerrado Agro", enc=QP1252,
         body="Hello Alex, how are you?\n\nI can talk with you in the thursday (19/11) at 10h Brasília time. Is good for "
              "you? I send the link of Google Meet after.\n\nAbraço,\nThiago",
         expect=E("Thiago Nascimento", "Cerrado Agro", "scheduled", times=["2026-11-19T10:00:00-03:00"], kind="video")),
    dict(name="h9_proton_sched_iso8601", client="proton", contact=("Elin Johansson", "elin@stackfjord.example"), sent=MON,
         sig="Elin Johansson\nSite Reliability Engineer | Stackfjord",
         body="Hi Alex,\n\nSure. 2026-11-23 15:00 UTC works, or 2026-11-24T09:00Z if you're an early riser.\n\n/elin",
         expect=E("Elin Johansson", "Stackfjord", "scheduled",
                  times=["2026-11-23T15:00:00+00:00", "2026-11-24T09:00:00+00:00"])),
    dict(name="h9_outlookweb_sched_military_cst", client="outlookweb", contact=("Wade Harmon", "wharmon@ironbridge.example"),
         sent=MON, sig="Wade Harmon\nVP, Program Management\nIronbridge Defense Systems", sigdash=False,
         body="Alex,\n\nGlad to help a fellow veteran. Can we do Monday 30 Nov, 1300-1345 CST? I'll send a Teams invite.\n\nV/R,",
         expect=E("Wade Harmon", "Ironbridge Defense Systems", "scheduled",
                  times=["2026-11-30T13:00:00-06:00/2026-11-30T13:45:00-06:00"], kind="video")),
    dict(name="h9_applemail_sched_nzdt_same_instant", client="applemail", contact=("Aroha Williams", "aroha@kowhai.example"),
         sent=MON, apple_abbr="EST", sig="Aroha Williams\nHead of Product\nKōwhai Payments", enc=QPUTF8,
         note="Can you set this up?",
         body="Kia ora Alex,\n\nHow about Thursday 7am NZDT? That should be Wednesday 1pm for you. Happy to jump on a call "
              "then.\n\nNgā mihi,\nAroha",
         expect=E("Aroha Williams", "Kōwhai Payments", "scheduled", times=["2026-11-19T07:00:00+13:00"])),
    dict(name="h9_gmail_sched_noon_window", client="gmail", contact=("Priya Menon", "priya@lattice-health.example"), sent=MON,
         sig="Priya Menon\nClinical Informatics Lead, Lattice Health",
         body="Hi Alex,\n\nI'm free Wednesday between noon and 1:30, if that works on your end.\n\nPriya",
         expect=E("Priya Menon", "Lattice Health", "scheduled",
                  times=["2026-11-18T12:00:00-05:00/2026-11-18T13:30:00-05:00"])),
    dict(name="h9_yahoo_sched_am_pm_window", client="yahoo", contact=("Carla Jiménez", "carla.jimenez@solaria.example"), sent=MON,
         sig="Carla Jiménez\nSenior Buyer, Solaria Home",
         body="Hi Alex,\n\nFriday 11:30am-12:15pm would be perfect. Talk then?\n\nCarla",
         expect=E("Carla Jiménez", "Solaria Home", "scheduled",
                  times=["2026-11-20T11:30:00-05:00/2026-11-20T12:15:00-05:00"])),
    dict(name="h9_gmail_sched_oneliner_tmrw", client="gmail", contact=("Jake Rourke", "jake@rourke.example"), sent=MON,
         body="Tmrw 5:30?",
         expect=E("Jake Rourke", None, "scheduled", times=["2026-11-17T17:30:00-05:00"])),
    dict(name="h9_fwd2_sched_dubai", client="fwd2", contact=("Faisal Al-Mansouri", "faisal@dunecapital.example"), sent=MON,
         sig="Faisal Al-Mansouri\nInvestment Director, Dune Capital",
         body="Dear Alex,\n\nWith pleasure. Monday 23rd, 18:00 Dubai time suits me. Please call me on +971 50 123 4567.\n\n"
              "Regards,\nFaisal",
         expect=E("Faisal Al-Mansouri", "Dune Capital", "scheduled", times=["2026-11-23T18:00:00+04:00"], kind="phone",
                  detail="+971 50 123 4567")),
    dict(name="h9_gmail_sched_ist_kindly_revert", client="gmail", contact=("Venkatesh Iyer", "venkatesh.iyer@suryasoft.example"),
         sent=MON, sig="Venkatesh Iyer\nSenior Manager - Delivery\nSuryasoft Technologies Pvt. Ltd.",
         body="Dear Alex,\n\nGreetings of the day. I can do the call on Saturday 21st Nov at 8.30 PM IST. Kindly revert with "
              "your confirmation.\n\nThanks and regards,\nVenkatesh",
         expect=E("Venkatesh Iyer", "Suryasoft Technologies Pvt. Ltd.", "scheduled", times=["2026-11-21T20:30:00+05:30"])),
    dict(name="h9_rfc822_sched_tokyo_jis", client="rfc822", contact=("Haruto Mori", "h.mori@sakuradenki.example"),
         sent=datetime(2026, 11, 17, 10, 0, tzinfo=TYO), sig="森 陽翔 (Haruto Mori)\nSenior Engineer, Sakura Denki",
         enc=JIS, note="Can you set this up?",
         body="Alex様\n\nご連絡ありがとうございます。Thank you for your email. I am available on Friday 20 November, 9:00 or "
              "21:00 Japan time. Please choose one.\n\nMori",
         expect=E("Haruto Mori", "Sakura Denki", "scheduled",
                  times=["2026-11-20T09:00:00+09:00", "2026-11-20T21:00:00+09:00"])),
    dict(name="h9_thunderbird_sched_owner_london_contact_ny", client="thunderbird", tz="Europe/London",
         contact=("Sam Whitfield", "sam.whitfield@harborline.example"), sent=MON, sig="Sam Whitfield\nCFO, Harborline",
         body="Hi Alex,\n\nTuesday at 17:30 works for me, if that isn't too late for you.\n\nSam",
         expect=E("Sam Whitfield", "Harborline", "scheduled", times=["2026-11-17T17:30:00-05:00"])),
    dict(name="h9_outlook_sched_long_rambling", client="outlook", contact=("Gordon McAllister", "gmcallister@fairway.example"),
         sent=MON, sig="Gordon McAllister\nSVP, Commercial Lending\nFairway Bancorp", sigdash=False,
         body="Alex,\n\nWell, this takes me back. I joined Fairway in 2009, right in the middle of the crisis, when nobody "
              "was lending to anybody, and I remember sitting in my car in the parking lot before my first credit committee "
              "wondering what on earth I'd gotten myself into. I moved to Chicago in 2017 to run the Midwest book and came "
              "back east two years ago. Last Thursday at 2 I had almost this exact conversation with my nephew, who is also "
              "thinking about leaving accounting, so you have caught me at a reflective moment. Our annual client conference "
              "is on December 3rd, and the week before Thanksgiving is always a zoo, but I don't want that to stop us.\n\n"
              "Anyway, I'm rambling. If you're free, how about the Tuesday after Thanksgiving, December 1st, say 4:15? I can "
              "give you forty-five minutes. Come by my office; we're at 200 Pearl Street, 9th floor.\n\nRegards,",
         expect=E("Gordon McAllister", "Fairway Bancorp", "scheduled", times=["2026-12-01T16:15:00-05:00"], duration=45,
                  kind="in_person", detail="200 Pearl Street")),

    # ---------------- scheduled: the owner's own proposal confirmed, a moved time ----------------
    dict(name="h9_fastmail_sched_confirm_outreach_time", client="fastmail", contact=("Irene Castellanos", "irene@castellanos.example"),
         sent=MON, sig="Irene Castellanos\nArt Director, Castellanos Studio",
         outreach="Hi Irene,\n\nI'm a second-year student exploring a move into brand design. Would Thursday 11/19 at 11am ET "
                  "work for a 20-minute call?\n\nThank you,\nAlex",
         body="Yes, that time suits me. Speak then.\n\nIrene",
         expect=E("Irene Castellanos", "Castellanos Studio", "scheduled", times=["2026-11-19T11:00:00-05:00"])),
    dict(name="h9_gmail_chain_lets_do_monday", client="gmail", contact=("Tobias Lindqvist", "tobias@birchgrove.example"),
         sent=MON, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Tobias,\n\nWould you have 20 minutes to talk about moving from teaching into learning design?\n\nAlex"),
                ("Tobias Lindqvist", "tobias@birchgrove.example", ny(2026, 11, 13, 8, 45),
                 "Sure, happy to. What works for you?\n\nTobias"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 12, 10),
                 "Thank you! How about Monday 11/23 at 12:30pm, or Tuesday 11/24 at 9am?\n\nAlex"),
                ("Tobias Lindqvist", "tobias@birchgrove.example", MON,
                 "Let's do Monday. I'll send a Zoom link.\n\nTobias")],
         expect=E("Tobias Lindqvist", None, "scheduled", times=["2026-11-23T12:30:00-05:00"], kind="video")),
    dict(name="h9_ccreply_confirm_owner_phone", client="ccreply", contact=("Nadia Petrova", "nadia.petrova@kvant.example"),
         sent=MON, sig="Nadia Petrova\nQuant Researcher, Kvant Partners",
         body="Wednesday at 3 works. My number is 617-555-0112.\n\nNadia",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 16, 0),
                 "Thanks Nadia! Would Wednesday 11/18 at 3pm work? I'm happy to call you.\n\nAlex\n\nOn Fri, Nov 13, 2026 at "
                 "1:12 PM Nadia Petrova <nadia.petrova@kvant.example> wrote:\n\n> Sure, I can spare some time. When suits you?")],
         owner_reply="Great, calendar invite on its way.",
         expect=E("Nadia Petrova", "Kvant Partners", "scheduled", times=["2026-11-18T15:00:00-05:00"], kind="phone",
                  detail="617-555-0112")),
    dict(name="h9_gmail_chain_push_to_monday", client="gmail", contact=("Rachel Abernathy", "rachel@quillpoint.example"),
         sent=WED, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Rachel,\n\nCould I borrow 20 minutes of your time to hear how you moved into publishing?\n\nAlex"),
                ("Rachel Abernathy", "rachel@quillpoint.example", ny(2026, 11, 13, 9, 20),
                 "Of course! Thursday 11/19 at 10 works for me.\n\nRachel"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 9, 55), "Perfect, see you Thursday at 10!\n\nAlex"),
                ("Rachel Abernathy", "rachel@quillpoint.example", WED,
                 "So sorry, I have to push our chat. Could we do Monday 11/23 at 10 instead?\n\nRachel")],
         expect=E("Rachel Abernathy", None, "scheduled",
                  times=["2026-11-19T10:00:00-05:00", "2026-11-23T10:00:00-05:00"])),

    # ---------------- asks_for_times ----------------
    dict(name="h9_outlook_asks_recruiter_availability", client="outlook", contact=("Kendra Mills", "kmills@brightpath-talent.example"),
         sent=MON, sig="Kendra Mills\nSenior Talent Partner\nBrightpath Talent\nD: 312-555-0177", sigdash=False,
         body="Hi Alex,\n\nAbsolutely, always happy to speak with students interested in operations. Send me your availability "
              "for next week and I'll get something on the calendar.\n\nThanks!",
         expect=E("Kendra Mills", "Brightpath Talent", "asks_for_times")),
    dict(name="h9_apple_asks_exec_ea_cc", client="apple", contact=("Victor Huang", "victor@meridianai.example"), sent=MON,
         apple_abbr="EST", cc=[("Dana Ruiz", "dana.ruiz@meridianai.example")],
         body="Happy to. Dana Ruiz (cc'd) runs my calendar and will find us 20 min.\n\nSent from my iPhone",
         expect=E("Victor Huang", None, "asks_for_times", duration=20)),
    dict(name="h9_gmail_asks_academic_rambling", client="gmail", contact=("Simon Achterberg", "s.achterberg@lowland.example"),
         sent=MON, sig="Simon Achterberg\nLecturer in Environmental Economics\nLowland University",
         body="Dear Alex,\n\nThank you for your very kind message, which reached me in the middle of marking, so please "
              "forgive the delay. I am teaching an unusually heavy load this term, and my 2pm seminar on Tuesdays tends to "
              "run over, but I would be very glad to talk. I went through a similar change myself, from consulting to "
              "research in 2015, and I remember how useful a few frank conversations were.\n\nCould you suggest a few times "
              "over the next fortnight that suit you? Mornings are generally kinder to me.\n\nWith best wishes,\nSimon",
         expect=E("Simon Achterberg", "Lowland University", "asks_for_times")),
    dict(name="h9_thunderbird_asks_french_disponibilities", client="thunderbird", contact=("Amélie Durand", "amelie.durand@lumen-edition.example"),
         sent=datetime(2026, 11, 16, 18, 12, tzinfo=ZoneInfo("Europe/Paris")), sig="Amélie Durand\nCheffe de produit, Lumen Édition",
         enc=QP8859, note="Can you set this up?",
         body="Hello Alex,\n\nYes with pleasure, it would be a pleasure to exchange with you. Which are your disponibilities "
              "next week?\n\nBien à vous,\nAmélie",
         expect=E("Amélie Durand", "Lumen Édition", "asks_for_times")),
    dict(name="h9_yahoo_asks_pacific_mornings", client="yahoo", contact=("Luke Barrett", "luke.barrett@tidewater.example"), sent=MON,
         sig="Luke Barrett\nGrowth Lead, Tidewater",
         body="Sure! Heads up that I'm on Pacific time and mornings are easiest. What's good for you?\n\nLuke",
         expect=E("Luke Barrett", "Tidewater", "asks_for_times")),
    dict(name="h9_proton_asks_exception", client="proton", contact=("Helena Sørensen", "helena@nordvik.example"), sent=MON,
         sig="Helena Sørensen\nChief of Staff | Nordvik Energy", enc=B64UTF8,
         body="Hi Alex,\n\nI don't usually take these, but your note was thoughtful. Send me two or three times next week and "
              "I'll pick one.\n\nHelena",
         expect=E("Helena Sørensen", "Nordvik Energy", "asks_for_times")),
    dict(name="h9_rfc822nested_asks_sure_when", client="rfc822nested", contact=("Owen Pryce", "owen@prycecraft.example"),
         sent=MON, body="Sure, when?\n\nO.",
         expect=E("Owen Pryce", None, "asks_for_times")),

    # ---------------- declined ----------------
    dict(name="h9_gmail_decline_recruiter_no_openings", client="gmail", contact=("Jasmine Ortiz", "jasmine.ortiz@kestrelhr.example"),
         sent=MON, sig="Jasmine Ortiz\nRecruiting Coordinator, Kestrel Health",
         body="Hi Alex,\n\nThanks for reaching out! At the moment we don't have any openings that match your background, so I "
              "won't be able to set up a call. I'll keep your résumé on file in case anything changes.\n\nBest,\nJasmine",
         expect=E("Jasmine Ortiz", "Kestrel Health", "declined")),
    dict(name="h9_apple_decline_cant_slammed", client="apple", contact=("Mitch Calloway", "mitch@callowayco.example"), sent=MON,
         apple_abbr="EST", body="Can't, sorry. Slammed.\n\nSent from my iPhone",
         expect=E("Mitch Calloway", None, "declined")),
    dict(name="h9_outlook_decline_doctoral_students", client="outlook", contact=("Prof. Ingrid Bauer", "ibauer@eastmere.example"),
         sent=MON, sig="Ingrid Bauer\nProfessor of Materials Science\nEastmere University", sigdash=False,
         body="Dear Alex,\n\nI regret that I must decline. My commitments to my own doctoral students leave me no room for "
              "additional conversations this academic year.\n\nYours sincerely,",
         expect=E("Ingrid Bauer", "Eastmere University", "declined")),
    dict(name="h9_fastmail_decline_dont_know_who", client="fastmail", contact=("Nick Baptiste", "nick@baptiste.example"), sent=MON,
         sig="Nick Baptiste\nFreelance Sound Engineer",
         body="Hey Alex,\n\nI'm really not the right person for this, and honestly I don't know who would be. Sorry I can't be "
              "more useful!\n\nNick",
         expect=E("Nick Baptiste", None, "declined")),
    dict(name="h9_thunderbird_decline_spanish_no_possible", client="thunderbird", contact=("Rocío Gutiérrez", "rocio.gutierrez@almenara.example"),
         sent=datetime(2026, 11, 16, 16, 2, tzinfo=ZoneInfo("Europe/Madrid")), sig="Rocío Gutiérrez\nDirectora Financiera, Almenara Seguros",
         enc=QP1252, note="FYI",
         body="Dear Alex,\n\nThank you for think in me, but in this moment is not possible for me to do this kind of meetings. "
              "I wish you much success in your career.\n\nSaludos cordiales,\nRocío",
         expect=E("Rocío Gutiérrez", "Almenara Seguros", "declined")),
    dict(name="h9_yahoo_decline_rule_rambling", client="yahoo", contact=("Walter Brennan", "wbrennan@brennanlaw.example"), sent=MON,
         sig="Walter Brennan\nManaging Partner, Brennan & Lowe",
         body="Alex,\n\nI appreciate the note and I can see you've done your homework. Years ago I said yes to every one of "
              "these requests, and for a while I genuinely enjoyed them, but by 2022 I was doing four or five a week and my "
              "own associates were getting less of me than strangers were. So I made a rule to say no to all of them, and "
              "I'm going to stick to it, even for you. Nothing personal, and I wish you the very best.\n\nWalter",
         expect=E("Walter Brennan", "Brennan & Lowe", "declined")),
    dict(name="h9_outlookweb_decline_compliance", client="outlookweb", contact=("Stephanie Wu", "swu@granitecap.example"), sent=MON,
         sig="Stephanie Wu\nVice President\nGranite Capital Partners", sigdash=False,
         body="Hi Alex,\n\nOur compliance team doesn't allow me to take calls with candidates, full stop. Sorry about that, "
              "and good luck.\n\nStephanie",
         expect=E("Stephanie Wu", "Granite Capital Partners", "declined")),
    dict(name="h9_gmail_chain_bow_out_after_yes", client="gmail", contact=("Colin Fairbanks", "colin@fairbanks.example"),
         sent=WED, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Colin,\n\nWould you have 15 minutes to talk about your work in urban planning?\n\nAlex"),
                ("Colin Fairbanks", "colin@fairbanks.example", ny(2026, 11, 13, 11, 0), "Sure, what works?\n\nColin"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 13, 30),
                 "Thanks Colin! Would Thursday 11/19 at 3pm or Friday 11/20 at 10am work?\n\nAlex"),
                ("Colin Fairbanks", "colin@fairbanks.example", WED,
                 "Alex, I'm so sorry. Things have blown up here and I have to bow out after all. I hope you understand.\n\n"
                 "Colin")],
         expect=E("Colin Fairbanks", None, "declined")),

    # ---------------- deferred: dates that are not offers ----------------
    dict(name="h9_gmail_defer_wedding_week_of", client="gmail", contact=("Laila Haddad", "laila@cedarline.example"), sent=MON,
         sig="Laila Haddad\nBrand Manager, Cedarline",
         body="Hi Alex,\n\nLove this! I'm out from Nov 20 through Dec 6 for a family wedding, though. Can you ping me the week "
              "of December 7?\n\nLaila",
         expect=E("Laila Haddad", "Cedarline", "deferred")),
    dict(name="h9_outlook_defer_exec_earnings", client="outlook", contact=("Patricia Vaughn", "pvaughn@northgate.example"), sent=MON,
         body="Let's revisit after our earnings call on January 28.\n\nPV\n\nGet Outlook for iOS",
         expect=E("Patricia Vaughn", None, "deferred")),
    dict(name="h9_apple_defer_remind_me", client="apple", contact=("Marcus Dell", "marcus@delldesign.example"), sent=MON,
         apple_abbr="EST", body="After the holidays? Remind me 1/4\n\nSent from my iPhone",
         expect=E("Marcus Dell", None, "deferred")),
    dict(name="h9_proton_defer_italian_more_free", client="proton", contact=("Giulia Conti", "giulia.conti@vettore.example"),
         sent=MON, sig="Giulia Conti\nResponsabile Marketing | Vettore Srl", enc=QP8859, note="Can you set this up?",
         body="Hi Alex,\n\nNow I am very busy with the closing of the year, but from 11 January I am more free. Write me in "
              "that moment and we find a day.\n\nCiao,\nGiulia",
         expect=E("Giulia Conti", "Vettore Srl", "deferred")),
    dict(name="h9_fwd2_defer_grading", client="fwd2", contact=("Deborah Kline", "dkline@westbrook.example"), sent=MON,
         sig="Deborah Kline\nAssistant Professor of Statistics\nWestbrook University",
         body="Hi Alex,\n\nTerm ends on December 11 and I'm buried in grading until then. Could you write again the week of "
              "the 14th? Happy to talk then.\n\nDeborah",
         expect=E("Deborah Kline", "Westbrook University", "deferred")),
    dict(name="h9_thunderbird_defer_new_job", client="thunderbird", contact=("Ahmed Rahimi", "ahmed@rahimi.example"), sent=MON,
         sig="Ahmed Rahimi\nProduct Designer",
         body="Hey Alex,\n\nDefinitely up for it, but not before February. I start a new job on Dec 1 and want to settle in "
              "first. Drop me a line early Feb?\n\nAhmed",
         expect=E("Ahmed Rahimi", None, "deferred")),
    dict(name="h9_rfc822_defer_recruiter_internships", client="rfc822", contact=("Olivia Hart", "olivia.hart@pinecrest.example"),
         sent=MON, sig="Olivia Hart\nUniversity Recruiter | Pinecrest Software",
         body="Hi Alex,\n\nThanks for your interest! We open our summer internship roles on January 15. Reach out to me then "
              "and I'll happily set up a call.\n\nOlivia",
         expect=E("Olivia Hart", "Pinecrest Software", "deferred")),
    dict(name="h9_ccreply_defer_contact_will_reach_out", client="ccreply", contact=("Ben Takahashi", "ben@takahashi-arch.example"),
         sent=MON, sig="Ben Takahashi\nPrincipal, Takahashi Architects",
         body="Would love to, but this month is impossible. Let's aim for early December; I'll reach out when things calm "
              "down.\n\nBen",
         owner_reply="Sounds good Ben, thanks! I'll keep an eye out.",
         expect=E("Ben Takahashi", "Takahashi Architects", "deferred")),

    # ---------------- referred: refusals that hand the owner on ----------------
    dict(name="h9_gmail_ref_cant_but_colleague", client="gmail", contact=("Samir Patel", "samir.patel@tessellate.example"), sent=MON,
         sig="Samir Patel\nDirector of Engineering, Tessellate",
         body="Hi Alex,\n\nI'm afraid I can't take this on myself, but my colleague Devika Rao (devika.rao@tessellate.example) "
              "ran our rotational program for years and would be a great person to talk to.\n\nSamir",
         expect=E("Samir Patel", "Tessellate", "referred", refs=[("Devika Rao", "devika.rao@tessellate.example")])),
    dict(name="h9_outlook_ref_recruiter_wrong_org", client="outlook", contact=("Tessa Monroe", "tmonroe@finchcorp.example"), sent=MON,
         sig="Tessa Monroe\nSales Recruiter\nFinch Corp", sigdash=False,
         body="Hi Alex,\n\nI only recruit for our sales org, unfortunately. For product, you'll want to reach out to Marco "
              "Bellini, who's hiring for that team: marco.bellini@finchcorp.example.\n\nBest of luck,",
         expect=E("Tessa Monroe", "Finch Corp", "referred", refs=[("Marco Bellini", "marco.bellini@finchcorp.example")])),
    dict(name="h9_apple_ref_exec_plus_cc", client="apple", contact=("Greg Tanaka", "greg@lumenforge.example"), sent=MON,
         apple_abbr="EST", cc=[("Wendy Park", "wendy.park@lumenforge.example")],
         body="+Wendy Park who can help\n\nSent from my iPhone",
         expect=E("Greg Tanaka", None, "referred", refs=[("Wendy Park", "wendy.park@lumenforge.example")])),
    dict(name="h9_yahoo_ref_chinese_mr", client="yahoo", contact=("Chen Jing", "chen.jing@hexa-robotics.example"), sent=MON,
         sig="Chen Jing\nAlgorithm Engineer, Hexa Robotics",
         body="Dear Alex,\n\nThank you for your email. I am not the suitable person for this topic. My colleague Mr. Li Hao is "
              "more professional in product management, his email is li.hao@hexa-robotics.example. You can contact him "
              "directly.\n\nBest regards,\nChen Jing",
         expect=E("Chen Jing", "Hexa Robotics", "referred", refs=[("Li Hao", "li.hao@hexa-robotics.example")])),
    dict(name="h9_proton_ref_no_but_two", client="proton", contact=("Ivy Chambers", "ivy@chambersco.example"), sent=MON,
         sig="Ivy Chambers\nFounder, Chambers & Co",
         body="Hi Alex,\n\nNot something I can do right now, sorry. But two people who'd be better anyway: Farah Siddiqui at "
              "Oakline, and my old teammate Ben Adler (ben@adlerworks.example).\n\nIvy",
         expect=E("Ivy Chambers", "Chambers & Co", "referred",
                  refs=[("Farah Siddiqui",), ("Ben Adler", "ben@adlerworks.example")])),
    dict(name="h9_outlook_ref_professor_former_student_cc", client="outlook", contact=("Prof. Howard Lin", "hlin@crestmoor.example"),
         sent=MON, cc=[("Amara Okeke", "amara.okeke@quantic.example")],
         sig="Howard Lin\nProfessor of Chemical Engineering\nCrestmoor Institute of Technology", sigdash=False,
         body="Dear Alex,\n\nI'd suggest speaking with one of my former doctoral students, Dr. Amara Okeke, who left academia "
              "for industry last year; she is far better placed than I am to advise you. I've copied her here.\n\nBest regards,",
         expect=E("Howard Lin", "Crestmoor Institute of Technology", "referred",
                  refs=[("Amara Okeke", "amara.okeke@quantic.example")])),
    dict(name="h9_fastmail_ref_chat_with_instead", client="fastmail", contact=("Rosa Delgado", "rosa@delgado-data.example"),
         sent=MON, sig="Rosa Delgado\nAnalytics Manager, Delgado Data",
         body="Hi Alex,\n\nYou should really chat with Tom Becker on our data team instead; he's much closer to what you're "
              "describing.\n\nRosa",
         expect=E("Rosa Delgado", "Delgado Data", "referred", refs=[("Tom Becker",)])),
    dict(name="h9_thunderbird_ref_sooner_try", client="thunderbird", contact=("Jonah Weller", "jonah@vellum.example"), sent=MON,
         sig="Jonah Weller\nEditorial Director, Vellum Press",
         body="Hi Alex,\n\nI'm travelling until mid-December, so for something sooner try Nadia Karim (nadia@vellum.example); "
              "she runs our fellowship program.\n\nJonah",
         expect=E("Jonah Weller", "Vellum Press", "referred", refs=[("Nadia Karim", "nadia@vellum.example")])),

    # ---------------- no_reply ----------------
    dict(name="h9_bcc_no_reply", client="bcc", contact=("Beatriz Souza", "beatriz@maracuja.example"), sent=ny(2026, 11, 12, 10, 2),
         body="", expect=E("Beatriz Souza", None, "no_reply")),
    dict(name="h9_autoreply_sabbatical", client="autoreply", contact=("Prof. Alan Reeves", "areeves@kingsbury.example"),
         sent=ny(2026, 11, 12, 10, 4), auto_subject="Auto-Reply: Informational interview request",
         body="I am on sabbatical until March 1, 2027 and checking email infrequently. For department matters, please contact "
              "Prof. Jane Hollis at jhollis@kingsbury.example.",
         expect=E("Alan Reeves", None, "no_reply")),
    dict(name="h9_autoreply_conference_re", client="autoreply", contact=("Megan Foster", "megan@brightline.example"),
         sent=ny(2026, 11, 12, 10, 3), auto_subject="Re: Informational interview request",
         body="Thanks for your email. I'm at a conference Nov 16-19 with limited access to email and will respond when I'm "
              "back.",
         expect=E("Megan Foster", None, "no_reply")),
    dict(name="h9_rfc822_no_reply", client="rfc822", contact=("Kwame Asante", "kwame@asante.example"), sent=MON,
         no_reply=True, body="", note="Just sent this one, for the record.",
         expect=E("Kwame Asante", None, "no_reply")),
]
