# Held-out batch 12: written from inspect-contract.md before the reader was
# run on it, never edited to match the reader's output. Writers unlike
# batches 1-11 on purpose: a glassblower talking while she anneals, a
# sommelier before service, a robotics scientist in Zurich with two CET
# windows, a midwife off a double shift, a union organiser who only has
# evenings, a security researcher in Lagos ("16:00 Lagos time (GMT+1)"),
# a platform lead at a Berlin conference writing to an owner who lives in
# Berlin (.tz), a seismologist in Wellington ("7.30 tomorrow morning, my
# time"), a hotel manager's HTML list under "Central time", a trader
# ("12:00 noon", "16:45"), a Singapore banker in base64 ("9pm SGT"), a
# wildfire dispatcher ("Arizona time"), an editor in New York writing to
# an owner in Los Angeles ("11 your time"), a vet with a conditional yes,
# an Irish policy lead ("Monday week, the 30th, at 3pm Irish time"), an
# Outlook "Last, First" display name; a release that slipped so the
# latest message offers a time after an earlier deferral; the owner's
# reply with coffeechat in Bcc (client "bccreply"). Dates that are not
# offers: launches, conference days, a start date, a market close, past
# meetups. Times in expect carry the offset of the zone they were written
# in; the test compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
ZRH = ZoneInfo("Europe/Zurich")
BER = ZoneInfo("Europe/Berlin")
AKL = ZoneInfo("Pacific/Auckland")
SGP = ZoneInfo("Asia/Singapore")
DUB = ZoneInfo("Europe/Dublin")
CHI = ZoneInfo("America/Chicago")
PAR = ZoneInfo("Europe/Paris")
OSL = ZoneInfo("Europe/Oslo")
LIS = ZoneInfo("Europe/Lisbon")
TYO = ZoneInfo("Asia/Tokyo")


def ny(*a): return datetime(*a, tzinfo=NY)


SAT14 = ny(2026, 11, 14, 9, 5)
SUN15 = ny(2026, 11, 15, 19, 20)
MON = ny(2026, 11, 16, 9, 14)
TUE = ny(2026, 11, 17, 10, 40)
WED = ny(2026, 11, 18, 14, 25)
THU = ny(2026, 11, 19, 8, 30)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP1252 = ("quoted-printable", "windows-1252")
B64UTF8 = ("base64", "utf-8")
B648859 = ("base64", "iso-8859-1")
JIS = ("7bit", "iso-2022-jp")


def outreach(greeting, field="product management"):
    """The default outreach with the greeting the owner would really use
    ("Hi Professor Strand", "Hi Wei Ling")."""
    return (f"Hi {greeting},\n\nI'm a second-year student exploring a move into {field}, and your path really stood "
            "out to me. Would you have 15-20 minutes in the next couple of weeks for a quick call? I'd love to hear how "
            "you got started.\n\nThank you,\nAlex")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


HOTEL_HTML = ('<div dir="ltr"><p>Hi Alex,</p>\n<p>Happy to share what I know about hotel operations. Two openings on my '
              'end (Central time):</p>\n<ul><li>Tue, Nov 24 &ndash; 10:00&ndash;10:30 a.m.</li>\n'
              '<li>Wed, Nov 25 &ndash; 3:15 p.m.</li></ul>\n<p>Whichever you pick, call my direct line at (312) 555-0190.'
              '</p>\n<p>Best,<br>\nRen&eacute;e Dufresne<br>\nGeneral Manager, The Aldine Hotel</p></div>')

FRIDAYS_HTML = ('<p>Dear Alex,</p>\n<p>I would be pleased to. As a rule I keep Friday mornings for conversations like '
                'this one; which Friday would you like?</p>\n<p>Kind regards,<br>\nMalcolm Ostrander<br>\n'
                'Chairman, Ostrander Shipping Group</p>')

CASES = [
    # ---------------- scheduled ----------------
    dict(name="h12_gmail_sched_glassblower_between_2_and_4", client="gmail",
         contact=("Marguerite Oyelowo", "marguerite@kilnandcurrent.example"), sent=TUE,
         sig="Marguerite Oyelowo\nOwner, Kiln & Current Glassworks\nNorthampton, MA",
         body="Hi Alex,\n\nWhat a fun thing to find in my inbox. The furnace runs all week so I can't leave the studio, but "
              "Friday between 2 and 4pm I'm only annealing and could talk while I work. Ring the studio line, 413-555-0127, "
              "any time in there.\n\nMarguerite",
         expect=E("Marguerite Oyelowo", "Kiln & Current Glassworks", "scheduled",
                  times=["2026-11-20T14:00:00-05:00/2026-11-20T16:00:00-05:00"], kind="phone", detail="413-555-0127")),
    dict(name="h12_outlook_sched_sommelier_8th_of_december", client="outlook",
         contact=("Inês Carvalho", "ines.carvalho@lamouette.example"), sent=MON,
         sig="Inês Carvalho\nHead Sommelier\nLa Mouette", sigdash=False,
         body="Dear Alex,\n\nThank you for the lovely note. Our winter menu launches on December 3rd, so that week is spoken "
              "for, but I could meet you on the 8th of December at 3 in the afternoon, at the restaurant before service "
              "(48 Mercer Street, side door). I'll need to keep it under 40 minutes.\n\nWarm regards,",
         expect=E("Inês Carvalho", "La Mouette", "scheduled", times=["2026-12-08T15:00:00-05:00"], duration=40,
                  kind="in_person", detail="48 Mercer Street")),
    dict(name="h12_thunderbird_sched_zurich_two_cet_windows", client="thunderbird",
         contact=("Lukas Frei, PhD", "lukas.frei@alpinerobotics.example"), sent=datetime(2026, 11, 17, 16, 5, tzinfo=ZRH),
         sig="Lukas Frei, PhD\nSenior Scientist, Alpine Robotics Lab",
         body="Hello Alex,\n\nI can offer two slots: Monday 23 November 17:00-17:30 CET, or Wednesday 25 November "
              "15:00-15:30 CET. Both should fall in your morning. We can use Webex: "
              "https://alpinerobotics.webex.example/meet/lfrei\n\nBest,\nLukas",
         expect=E("Lukas Frei", "Alpine Robotics Lab", "scheduled",
                  times=["2026-11-23T17:00:00+01:00/2026-11-23T17:30:00+01:00",
                         "2026-11-25T15:00:00+01:00/2026-11-25T15:30:00+01:00"],
                  kind="video", detail="https://alpinerobotics.webex.example/meet/lfrei")),
    dict(name="h12_apple_sched_midwife_tomorrow_noon", client="apple", contact=("Adaeze Nwosu", "adaeze.nwosu@mail.example"),
         sent=ny(2026, 11, 18, 21, 30),
         body="Hi Alex, sorry for the slow reply, just came off a double shift. Tomorrow at noon works if you don't mind me "
              "eating lunch on the call 😅 I'll have a 25 minute gap\n\nSent from my iPhone",
         expect=E("Adaeze Nwosu", None, "scheduled", times=["2026-11-19T12:00:00-05:00"], duration=25)),
    dict(name="h12_yahoo_sched_organizer_evenings", client="yahoo", contact=("Ray Dombrowski", "rdombrowski@ibew214.example"),
         sent=SUN15, sig="Ray Dombrowski\nOrganizer, IBEW Local 214",
         body="Alex,\n\nGood to hear from you. Days are no good for me, I'm out on the job sites. I can do 11/24 at 7:30 in "
              "the evening or 12/1 at 6. I'll call you, just send me your number.\n\nIn solidarity,\nRay",
         expect=E("Ray Dombrowski", "IBEW Local 214", "scheduled",
                  times=["2026-11-24T19:30:00-05:00", "2026-12-01T18:00:00-05:00"], kind="phone")),
    dict(name="h12_proton_sched_lagos_gmt_plus_1", client="proton", contact=("Temitope Adebayo", "temi@okradigital.example"),
         sent=MON, sig="Temitope Adebayo\nSecurity Researcher, Okra Digital",
         body="Hi Alex,\n\nThursday 19 Nov, 16:00 Lagos time (GMT+1). Jitsi: https://meet.jit.si/okra-alex-1119\n\nTemi",
         expect=E("Temitope Adebayo", "Okra Digital", "scheduled", times=["2026-11-19T16:00:00+01:00"], kind="video",
                  detail="https://meet.jit.si/okra-alex-1119")),
    # The owner lives in Berlin: Fastmail's quoted date carries no zone, so
    # the bare "Thursday at 4" is read in the owner's zone (Berlin).
    dict(name="h12_fastmail_sched_owner_berlin_conference", client="fastmail", tz="Europe/Berlin",
         contact=("Klara Steiner", "klara.steiner@donauwerk.example"), sent=datetime(2026, 11, 16, 10, 0, tzinfo=BER),
         sig="Klara Steiner\nPlatform Lead, Donauwerk Software GmbH",
         body="Hi Alex,\n\nGood timing: I'm in Berlin for Cloud Native Summit from 18 to 20 November. Thursday at 4 works, "
              "after the last keynote. Let's meet at the café on the ground floor of the venue, Alexanderstraße 11.\n\nKlara",
         expect=E("Klara Steiner", "Donauwerk Software GmbH", "scheduled", times=["2026-11-19T16:00:00+01:00"],
                  kind="in_person", detail="Alexanderstraße 11")),
    dict(name="h12_rfc822_sched_wellington_tomorrow_my_time", client="rfc822",
         contact=("Aroha Ngata", "aroha.ngata@tewhenua.example"), sent=datetime(2026, 11, 18, 9, 10, tzinfo=AKL),
         sig="Aroha Ngata\nSeismologist, Te Whenua Geophysics",
         body="Kia ora Alex,\n\nHappy to help. 7.30 tomorrow morning, my time, would suit me, which I think is early "
              "afternoon for you. I'll send a Zoom link.\n\nNgā mihi,\nAroha",
         expect=E("Aroha Ngata", "Te Whenua Geophysics", "scheduled", times=["2026-11-19T07:30:00+13:00"], kind="video")),
    dict(name="h12_outlookweb_sched_hotel_list_central", client="outlookweb",
         contact=("Renée Dufresne", "rdufresne@aldinehotel.example"), sent=MON, body="", html_body=HOTEL_HTML,
         expect=E("Renée Dufresne", "The Aldine Hotel", "scheduled",
                  times=["2026-11-24T10:00:00-06:00/2026-11-24T10:30:00-06:00", "2026-11-25T15:15:00-06:00"],
                  kind="phone", detail="(312) 555-0190")),
    dict(name="h12_ccreply_sched_option_two_hard_stop", client="ccreply",
         contact=("Farah Siddiqui", "farah.siddiqui@wrenfield.example"), sent=MON,
         sig="Farah Siddiqui\nHead of Analytics, Wrenfield Health",
         body="Option two, please. Let's keep it to 20 minutes, I have a hard stop at 1:30.\n\nFarah",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 15, 30),
                 "Thank you, Farah! Would any of these work? Monday 11/23 at 9:30am, Tuesday 11/24 at 1pm, or Wednesday "
                 "11/25 at 4pm.\n\nAlex\n\nOn Fri, Nov 13, 2026 at 11:02 AM Farah Siddiqui <farah.siddiqui@wrenfield.example> "
                 "wrote:\n\n> Sure, I'd be glad to. Send me a few options.")],
         owner_reply="Done, the invite for Tuesday at 1 is on its way.",
         expect=E("Farah Siddiqui", "Wrenfield Health", "scheduled", times=["2026-11-24T13:00:00-05:00"], duration=20)),
    dict(name="h12_bccreply_sched_contact_offers_meet", client="bccreply",
         contact=("Olusegun Bakare", "olusegun.bakare@fernway.example"), sent=TUE,
         sig="Olusegun Bakare\nEngineering Manager, Fernway Logistics",
         body="Hi Alex,\n\nSure, how does Friday at 10:45 sound? I'll send a Google Meet link.\n\nBest,\nOlusegun",
         owner_reply="Friday at 10:45 is great, see you on Meet!",
         expect=E("Olusegun Bakare", "Fernway Logistics", "scheduled", times=["2026-11-20T10:45:00-05:00"], kind="video")),
    dict(name="h12_gmail_chain_release_slipped", client="gmail", contact=("Benedikt Auer", "ben.auer@quantagrid.example"),
         sent=THU, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Benedikt,\n\nI'm exploring a move into developer relations. Would you have 20 minutes for a call "
                 "sometime?\n\nThanks,\nAlex"),
                ("Benedikt Auer", "ben.auer@quantagrid.example", ny(2026, 11, 13, 9, 40),
                 "Love to, but I'm buried until after our Dec 1 release. Ping me after that?\n\nBen"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 10, 15),
                 "Of course, I'll check back in December. Good luck with the release!\n\nAlex"),
                ("Benedikt Auer", "ben.auer@quantagrid.example", THU,
                 "Plot twist: the release slipped to January, so I suddenly have room. Monday 11/23 at 8:30am? Zoom's "
                 "fine.\n\nBen\n\n-- \nBenedikt Auer\nDeveloper Advocate, Quanta Grid")],
         expect=E("Benedikt Auer", "Quanta Grid", "scheduled", times=["2026-11-23T08:30:00-05:00"], kind="video")),
    dict(name="h12_applemail_sched_sao_paulo_restated", client="applemail",
         contact=("Beatriz Tavares", "beatriz@cacaulabs.example"), sent=MON, apple_abbr="EST", enc=B64UTF8,
         sig="Beatriz Tavares\nDesign Lead, Cacau Labs", note="Can you set this up?",
         body="Oi Alex!\n\nWednesday the 25th at 10h São Paulo time? That should be 8 for you, if I have the offset right. "
              "I'll send a Meet link.\n\nAbraços,\nBeatriz",
         expect=E("Beatriz Tavares", "Cacau Labs", "scheduled", times=["2026-11-25T10:00:00-03:00"], kind="video")),
    dict(name="h12_fwd2_sched_trader_noon_and_1645", client="fwd2",
         contact=("Victor Okonkwo-Hale", "vokonkwohale@brantwood.example"), sent=MON,
         sig="Victor Okonkwo-Hale\nVP, Systematic Trading\nBrantwood Capital LLC",
         body="Alex,\n\nMarkets close early on the 27th so that afternoon is out. How about Tuesday 12/1 at 12:00 noon? "
              "Failing that, 16:45 the same day, after the close.\n\nVictor",
         expect=E("Victor Okonkwo-Hale", "Brantwood Capital LLC", "scheduled",
                  times=["2026-12-01T12:00:00-05:00", "2026-12-01T16:45:00-05:00"])),
    dict(name="h12_thunderbird_sched_singapore_sgt_base64", client="thunderbird",
         contact=("Tan Wei Ling", "weiling.tan@straitsmeridian.example"), sent=datetime(2026, 11, 18, 21, 0, tzinfo=SGP),
         sig="Tan Wei Ling\nDirector, Treasury Analytics, Straits Meridian Bank", enc=B64UTF8, outreach=outreach("Wei Ling"),
         body="Hi Alex,\n\nThank you for writing. Could we speak on Friday 27 Nov at 9pm SGT? That should be 8am your time. "
              "45 minutes is fine. Zoom: https://zoom.example/j/6620019933\n\nRegards,\nWei Ling",
         expect=E("Tan Wei Ling", "Straits Meridian Bank", "scheduled", times=["2026-11-27T21:00:00+08:00"], duration=45,
                  kind="video", detail="https://zoom.example/j/6620019933")),
    dict(name="h12_outlook_sched_dispatcher_arizona_time", client="outlook",
         contact=("Dale Whitehorse", "dwhitehorse@azfirecenter.example"), sent=MON,
         sig="Dale Whitehorse\nDispatch Supervisor\nArizona Interagency Fire Center", sigdash=False,
         body="Alex,\n\nFire season finally wound down (our last big one was Oct 2), so I have some breathing room. "
              "Wednesday December 2, 9:00 AM Arizona time works. Call my cell: 602-555-0171. I started here in March 2019 "
              "as a seasonal, so I'm happy to tell you how that went.\n\nThanks,",
         expect=E("Dale Whitehorse", "Arizona Interagency Fire Center", "scheduled", times=["2026-12-02T09:00:00-07:00"],
                  kind="phone", detail="602-555-0171")),
    # The owner lives in Los Angeles; "11 your time" is on the owner's clock
    # and "2 for me here in New York" is the same instant (one entry).
    dict(name="h12_gmail_sched_owner_la_your_time", client="gmail", tz="America/Los_Angeles",
         contact=("Maribel Cruz", "maribel.cruz@ledgerandline.example"), sent=MON,
         sig="Maribel Cruz\nSenior Editor, Ledger & Line",
         body="Hi Alex,\n\nHow about Thursday at 11 your time? That's 2 for me here in New York, right after my editorial "
              "meeting. Zoom works.\n\nMaribel",
         expect=E("Maribel Cruz", "Ledger & Line", "scheduled", times=["2026-11-19T11:00:00-08:00"], kind="video")),
    dict(name="h12_yahoo_sched_vet_if_fifteen_minutes", client="yahoo",
         contact=("Priya Chandrasekaran, DVM", "priya@maplehollowvet.example"), sent=WED,
         sig="Priya Chandrasekaran, DVM\nMaple Hollow Animal Hospital",
         body="Hi Alex,\n\nIf you can keep it to 15 minutes, Saturday at 8:15 before we open works. Come by the clinic, "
              "1290 Route 9W, and ask for me at the front desk.\n\nPriya",
         expect=E("Priya Chandrasekaran", "Maple Hollow Animal Hospital", "scheduled", times=["2026-11-21T08:15:00-05:00"],
                  duration=15, kind="in_person", detail="1290 Route 9W")),
    dict(name="h12_rfc822nested_sched_dublin_monday_week", client="rfc822nested",
         contact=("Ciarán Ó Briain", "ciaran.obriain@greenlough.example"), sent=datetime(2026, 11, 19, 11, 0, tzinfo=DUB),
         sig="Ciarán Ó Briain\nHead of Policy, Greenlough Energy",
         body="Hi Alex,\n\nGrand, happy to. Would Monday week suit, the 30th, at 3pm Irish time? I'll ring you, just send "
              "me a number.\n\nSláinte,\nCiarán",
         expect=E("Ciarán Ó Briain", "Greenlough Energy", "scheduled", times=["2026-11-30T15:00:00+00:00"], kind="phone")),
    # Outlook shows a corporate "Last, First" display name; the contact's
    # name is Chidi Okafor (as signed).
    dict(name="h12_outlook_sched_last_first_display_13h_eastern", client="outlook",
         contact=("Okafor, Chidi", "chidi.okafor@haldencloud.example"), sent=TUE,
         sig="Chidi Okafor\nSolutions Architect\nHalden Cloud Services", sigdash=False,
         body="Alex,\n\nThanks for the note. I have 30 minutes on Thursday 3 December at 13:00 Eastern. Teams link to "
              "follow.\n\nChidi",
         expect=E("Chidi Okafor", "Halden Cloud Services", "scheduled", times=["2026-12-03T13:00:00-05:00"], duration=30,
                  kind="video")),

    # ---------------- asks_for_times ----------------
    dict(name="h12_gmail_asks_beekeeper_windows", client="gmail", contact=("Hollis Vanterpool", "hollis@vanterpoolapiary.example"),
         sent=SAT14,
         body="Hi Alex!\n\nOh, I'd be tickled to chat. The hives are wintered over so my days are my own again. Throw me "
              "two or three windows and I'll grab whichever.\n\nHollis",
         expect=E("Hollis Vanterpool", None, "asks_for_times")),
    dict(name="h12_outlook_asks_actuary_half_hour_zoom", client="outlook", contact=("Naomi Feld", "nfeld@bellwethermutual.example"),
         sent=MON, sig="Naomi Feld\nPrincipal Actuary\nBellwether Mutual", sigdash=False,
         body="Alex,\n\nGlad to help. I can give you half an hour on Zoom sometime next week; send me a few options that "
              "suit you and I'll confirm one.\n\nBest,",
         expect=E("Naomi Feld", "Bellwether Mutual", "asks_for_times", duration=30, kind="video")),
    dict(name="h12_apple_asks_u_pick", client="apple", contact=("Dre Whitfield", "dre.whitfield@mail.example"), sent=TUE,
         body="yeah happy to!! u pick the day, I'm flexible this week and next\n\nSent from my iPhone",
         expect=E("Dre Whitfield", None, "asks_for_times")),
    dict(name="h12_thunderbird_asks_japanese_iso2022jp", client="thunderbird",
         contact=("山本 健太", "kenta.yamamoto@hoshizora.example"), sent=datetime(2026, 11, 17, 9, 45, tzinfo=TYO),
         sig="Kenta Yamamoto\nProduct Planning, Hoshizora Games\n山本 健太", enc=JIS, note="Can you set this up?",
         outreach="Hi Yamamoto-san,\n\nI'm a second-year student exploring a move into game production, and your path "
                  "really stood out to me. Would you have 15-20 minutes in the next couple of weeks for a quick call?\n\n"
                  "Thank you,\nAlex",
         body="アレックス様\n\nご連絡ありがとうございます。喜んでお話しします。\nご都合のよい日時をいくつか教えていただけますか。\n\n"
              "(Happy to talk. Could you send me a few dates and times that suit you?)\n\n山本",
         expect=E("山本 健太", "Hoshizora Games", "asks_for_times")),
    dict(name="h12_proton_asks_afternoons_after_2", client="proton", contact=("Sunny Batra", "sunny@staticbloom.example"),
         sent=MON, sig="Sunny Batra\nProducer, Static Bloom Podcasts",
         body="Hey Alex,\n\nYes! Afternoons after 2 are usually clear for me, Tuesdays and Thursdays especially. What's good "
              "on your end?\n\nSunny",
         expect=E("Sunny Batra", "Static Bloom Podcasts", "asks_for_times")),
    dict(name="h12_fastmail_asks_conservation_lab", client="fastmail", contact=("Hélène Marchand", "hmarchand@marlowemuseum.example"),
         sent=TUE, sig="Hélène Marchand\nObjects Conservator, Marlowe Museum of Art",
         body="Hi Alex,\n\nHow nice to be asked. I'm in the conservation lab most days; come and see it, we're at 402 "
              "Fenway Drive, staff entrance on the left. Which day would suit you?\n\nHélène",
         expect=E("Hélène Marchand", "Marlowe Museum of Art", "asks_for_times", kind="in_person",
                  detail="402 Fenway Drive")),
    dict(name="h12_outlookweb_asks_which_friday", client="outlookweb",
         contact=("Malcolm Ostrander", "m.ostrander@ostrandershipping.example"), sent=MON, body="", html_body=FRIDAYS_HTML,
         expect=E("Malcolm Ostrander", "Ostrander Shipping Group", "asks_for_times")),
    dict(name="h12_rfc822_asks_fifteen_min_ill_call", client="rfc822", contact=("Darnell Price", "dprice@lakeshorepay.example"),
         sent=datetime(2026, 11, 16, 13, 30, tzinfo=CHI), sig="Darnell Price\nSite Reliability Manager, Lakeshore Payments",
         body="Alex, yes, though it'll have to be short: 15 min, by phone. Send me a couple of times next week and I'll "
              "call you.\n\nDarnell",
         expect=E("Darnell Price", "Lakeshore Payments", "asks_for_times", duration=15, kind="phone")),

    # ---------------- declined ----------------
    dict(name="h12_gmail_decline_rooting_for_you", client="gmail", contact=("Juniper Hale", "juniper@foxgloveandfern.example"),
         sent=MON, sig="Juniper Hale\nCreative Director, Foxglove & Fern",
         body="Alex, this is such a thoughtful note and I'm genuinely rooting for you! I've had to make a hard rule this "
              "year of not taking any of these conversations, so I'm going to bow out, but I have no doubt you'll land "
              "somewhere wonderful. 🌟\n\nJuniper",
         expect=E("Juniper Hale", "Foxglove & Fern", "declined")),
    dict(name="h12_outlook_decline_adverse_party_sig_phone", client="outlook",
         contact=("Rebecca Stoltz", "rstoltz@hargrovelindqvist.example"), sent=TUE,
         sig="Rebecca Stoltz\nPartner\nHargrove Lindqvist LLP\nT: 617-555-0135", sigdash=False,
         body="Mr. Kim,\n\nBecause our firm represents a party adverse to your current employer in pending litigation, I am "
              "not able to meet with you. I'm sorry I can't be more helpful.\n\nSincerely,",
         expect=E("Rebecca Stoltz", "Hargrove Lindqvist LLP", "declined")),
    dict(name="h12_apple_decline_too_much_at_home", client="apple", contact=("Kalani Brooks", "kalani.b@mail.example"),
         sent=WED, body="I'm gonna say no on this one, sorry, way too much going on at home rn 🙏\n\nSent from my iPhone",
         expect=E("Kalani Brooks", None, "declined")),
    dict(name="h12_thunderbird_decline_frenglish_cp1252", client="thunderbird",
         contact=("Élodie Marchetti", "elodie.marchetti@caradec.example"), sent=datetime(2026, 11, 16, 17, 40, tzinfo=PAR),
         sig="Élodie Marchetti\nResponsable RH, Maison Caradec", enc=QP1252,
         body="Bonjour Alex,\n\nMerci for your message. Unfortunately I cannot follow up on it: I leave the company at the "
              "end of December and my agenda is saturated until then. I’m sorry.\n\nBien cordialement,\nÉlodie",
         expect=E("Élodie Marchetti", "Maison Caradec", "declined")),
    dict(name="h12_yahoo_decline_too_new_in_role", client="yahoo", contact=("Marcy Ellison", "marcy.ellison@tallgrass.example"),
         sent=MON, sig="Marcy Ellison\nAssociate Product Manager, Tallgrass Insurance",
         body="Hi Alex,\n\nI've thought about it and I don't think I'm the right person. I only started in this role in July "
              "and I'd hate to waste your time with half-formed opinions. Wishing you luck with it all!\n\nMarcy",
         expect=E("Marcy Ellison", "Tallgrass Insurance", "declined")),
    dict(name="h12_fastmail_decline_burned_by_recruiters", client="fastmail",
         contact=("Wes Hartigan", "wes.hartigan@mail.example"), sent=WED,
         body="Sorry Alex, I don't take calls like this anymore. Got burned by a couple of recruiters posing as students "
              "last spring. Nothing personal.\n\nWes",
         expect=E("Wes Hartigan", None, "declined")),
    dict(name="h12_proton_decline_left_industry_base64_latin1", client="proton",
         contact=("Søren Kjær", "soren@kjaermobler.example"), sent=MON, enc=B648859, note="Can you set this up?",
         sig="Søren Kjær\nKjær Møbelværksted",
         body="Hi Alex,\n\nThanks, but I'll decline. I left the industry two years ago to build furniture and I'm really "
              "not the person to ask anymore.\n\nSøren",
         expect=E("Søren Kjær", "Kjær Møbelværksted", "declined")),

    # ---------------- deferred ----------------
    dict(name="h12_gmail_defer_nudge_me_around_14th", client="gmail", contact=("Orla Keane", "orla@tessellate.example"),
         sent=TUE, sig="Orla Keane\nGrowth Lead, Tessellate",
         body="Hi Alex,\n\nYes, absolutely, but our launch is December 9 and I won't surface until the week after. Could "
              "you nudge me around the 14th?\n\nOrla",
         expect=E("Orla Keane", "Tessellate", "deferred")),
    dict(name="h12_outlook_defer_spring_term_begins", client="outlook",
         contact=("Prof. Anneliese Strand", "astrand@carrow.example"), sent=MON, outreach=outreach("Professor Strand"),
         sig="Anneliese Strand\nProfessor, Department of Urban Planning\nCarrow University", sigdash=False,
         body="Dear Alex,\n\nI would be glad to speak with you, but not until the spring term begins on January 19. Please "
              "write again then and we will find a time.\n\nWith best wishes,",
         expect=E("Anneliese Strand", "Carrow University", "deferred")),
    dict(name="h12_apple_defer_reno_and_inlaws", client="apple", contact=("Tess Amari", "tess.amari@mail.example"), sent=SUN15,
         body="yes!! but not til after the holidays, kitchen reno + in-laws staying with us 🙃 remind me in jan?\n\n"
              "Sent from my iPhone",
         expect=E("Tess Amari", None, "deferred")),
    dict(name="h12_thunderbird_defer_oslo_q4_close", client="thunderbird",
         contact=("Ingvild Sæther", "ingvild.saether@nordfjell.example"), sent=datetime(2026, 11, 16, 14, 30, tzinfo=OSL),
         sig="Ingvild Sæther\nGroup Controller, Nordfjell Energi ASA", enc=QP8859, note="Can you set this up?",
         body="Hi Alex,\n\nQ4 close is eating me alive. If you write to me again in the second half of January, I'll make "
              "time, I promise.\n\nHilsen,\nIngvild",
         expect=E("Ingvild Sæther", "Nordfjell Energi ASA", "deferred")),
    dict(name="h12_yahoo_defer_nutcracker_run", client="yahoo", contact=("Sylvie Laurent-Achebe", "sylvie@hartfordballet.example"),
         sent=MON, sig="Sylvie Laurent-Achebe\nResident Choreographer, Hartford City Ballet",
         body="Dear Alex,\n\nWe open The Nutcracker on the 27th and run through December 31, two shows a day. After "
              "closing night I'm all yours; email me in the new year and we'll set something up.\n\nWarmly,\nSylvie",
         expect=E("Sylvie Laurent-Achebe", "Hartford City Ballet", "deferred")),
    dict(name="h12_ccreply_defer_first_week_of_december", client="ccreply",
         contact=("Ana Lucía Prieto", "analucia.prieto@mail.example"), sent=WED, enc=QP8859,
         body="Sorry, this slipped past me. I do want to help, but the next two weeks are wall-to-wall. Can we aim for the "
              "first week of December instead? Reach out then.\n\nAna",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 16, 9, 0),
                 "Hi Ana, just floating this back up in case it got buried!\n\nAlex\n\nOn Thu, Nov 12, 2026 at 10:02 AM "
                 "Alex Kim <alex.kim@gmail.example> wrote:\n\n> Hi Ana, would you have 20 minutes for a quick call?")],
         owner_reply="Of course, I'll follow up on December 1.",
         expect=E("Ana Lucía Prieto", None, "deferred")),
    dict(name="h12_fwd2_defer_hiring_freeze", client="fwd2", contact=("Marcus Oduya", "marcus.oduya@brightwell.example"),
         sent=MON, sig="Marcus Oduya\nDirector of Talent, Brightwell Robotics",
         body="Hi Alex,\n\nWe're under a hiring freeze until at least February, which makes me a poor source on how we hire "
              "right now. Let's talk once it lifts; I'd genuinely like to.\n\nMarcus",
         expect=E("Marcus Oduya", "Brightwell Robotics", "deferred")),

    # ---------------- referred ----------------
    dict(name="h12_gmail_ref_wrong_patel", client="gmail", contact=("Dev Patel", "dev.patel@tillerfoods.example"), sent=MON,
         sig="Dev Patel\nPricing Manager, Tiller Foods",
         body="Hi Alex,\n\nFunny enough, you've reached the wrong Patel: I do pricing, not product. The person you want is "
              "my colleague Anika Sharma <anika.sharma@tillerfoods.example>. I've told her to expect your note.\n\nDev",
         expect=E("Dev Patel", "Tiller Foods", "referred", refs=[("Anika Sharma", "anika.sharma@tillerfoods.example")])),
    dict(name="h12_outlook_ref_two_names_one_address", client="outlook", contact=("Gareth Lowe", "glowe@harwick.example"),
         sent=TUE, sig="Gareth Lowe\nVP Operations\nHarwick Distribution", sigdash=False,
         body="Alex,\n\nTwo names for you: Bruno Costa, who runs our supply-chain analytics team "
              "(bruno.costa@harwick.example), and Femi Adeyemi over at Portline, who made the same switch a few years "
              "back. Tell them I sent you.\n\nRegards,",
         expect=E("Gareth Lowe", "Harwick Distribution", "referred",
                  refs=[("Bruno Costa", "bruno.costa@harwick.example"), ("Femi Adeyemi",)])),
    dict(name="h12_thunderbird_ref_cc_first_name_lisbon", client="thunderbird",
         contact=("Rodrigo Pestana", "rodrigo.pestana@marebyte.example"), sent=datetime(2026, 11, 16, 15, 0, tzinfo=LIS),
         sig="Rodrigo Pestana\nEngineering Director, Marebyte", cc=[("Mateus Ferreira", "mateus.ferreira@marebyte.example")],
         body="Olá Alex,\n\nI'm copying Mateus, who sits on our hiring side and knows the junior track far better than I "
              "do. Mateus, over to you!\n\nAbraço,\nRodrigo",
         expect=E("Rodrigo Pestana", "Marebyte", "referred", refs=[("Mateus Ferreira", "mateus.ferreira@marebyte.example")])),
    # The assistant in the signature is not a referral.
    dict(name="h12_yahoo_ref_sig_assistant_not_referral", client="yahoo",
         contact=("Harold Nakashima", "hnakashima@bayline.example"), sent=MON,
         sig="Harold Nakashima\nManaging Director, Bayline Partners\nAssistant: Pam Ruiz | pam.ruiz@bayline.example | "
             "415-555-0102",
         body="Hi Alex,\n\nI'm flattered, but freight forwarding isn't really my lane anymore. Sofia Brandt at Nordhavn "
              "Logistics is the one to ask; she built their whole customs team from scratch.\n\nAll the best,\nHarold",
         expect=E("Harold Nakashima", "Bayline Partners", "referred", refs=[("Sofia Brandt",)])),
    dict(name="h12_applemail_ref_successor_expecting_you", client="applemail",
         contact=("Talia Grünberg", "talia.gruenberg@vireo.example"), sent=WED, apple_abbr="EST", enc=QP8859,
         sig="Talia Grünberg\nHead of Research, Vireo", note="Can you set this up?",
         body="Hi Alex,\n\nI'm leaving Vireo at the end of the month, so I'm not the best person for this. Yusuf Demir took "
              "over my team and he's expecting you: yusuf.demir@vireo.example\n\nTalia",
         expect=E("Talia Grünberg", "Vireo", "referred", refs=[("Yusuf Demir", "yusuf.demir@vireo.example")])),
    dict(name="h12_proton_ref_linkedin_no_address", client="proton", contact=("Noa Peretz", "noa.peretz@mail.example"),
         sent=MON,
         body="Can't take this on myself, but Lior Ben-David mentors people making exactly this switch. No email handy; "
              "he's easy to find on LinkedIn.\n\nNoa",
         expect=E("Noa Peretz", None, "referred", refs=[("Lior Ben-David",)])),

    # ---------------- no_reply ----------------
    dict(name="h12_gmail_no_reply_logging", client="gmail", contact=("Elif Yıldız", "elif.yildiz@bosphorus.example"), sent=MON,
         no_reply=True, body="", note="Logging this one; just sent it.",
         expect=E("Elif Yıldız", None, "no_reply")),
    # The owner's outreach proposes times; nobody has answered, so none count.
    dict(name="h12_bcc_no_reply_owner_offered_times", client="bcc", contact=("Ximena Arroyo", "ximena.arroyo@portline.example"),
         sent=MON, no_reply=True, body="", outreach_at=ny(2026, 11, 17, 8, 50),
         outreach="Hi Ximena,\n\nI'm a second-year student looking at supply-chain roles, and your talk at the Nov 5 "
                  "logistics meetup stuck with me. Would Tuesday 11/24 at 10am or Wednesday 11/25 at 3pm work for a "
                  "20-minute call?\n\nThank you,\nAlex",
         expect=E("Ximena Arroyo", None, "no_reply")),
    dict(name="h12_autoreply_parental_leave_alt_contact", client="autoreply",
         contact=("Maya Hollander", "maya.hollander@kestrelbio.example"), sent=ny(2026, 11, 12, 10, 3),
         note="Is this a no?",
         body="Hello,\n\nI'm on parental leave until January 11, 2027 and won't be reading email. For anything urgent, "
              "please reach out to Daniel Osei (daniel.osei@kestrelbio.example) or call the front desk at 617-555-0100."
              "\n\nThanks,\nMaya Hollander",
         expect=E("Maya Hollander", None, "no_reply")),
    dict(name="h12_autoreply_italian_qp_latin1", client="autoreply",
         contact=("Chiara Bellini", "chiara.bellini@vetreriamurano.example"), sent=ny(2026, 11, 12, 10, 4),
         auto_subject="Risposta automatica: Informational interview request", enc=QP8859, note="Can you set this up?",
         body="Grazie per il messaggio. Sono fuori ufficio fino a lunedì 30 novembre, senza accesso alla posta. Per "
              "questioni urgenti scrivete a Paolo Ferri.\n\nThank you for your message. I am out of the office until "
              "Monday, November 30. For urgent matters, please write to Paolo Ferri.\n\nChiara Bellini",
         expect=E("Chiara Bellini", None, "no_reply")),
    dict(name="h12_rfc822_no_reply", client="rfc822", contact=("Marisol Treviño", "marisol.trevino@altavista-ag.example"),
         sent=MON, no_reply=True, body="", note="FYI, sent this to her this morning.", enc=B64UTF8,
         expect=E("Marisol Treviño", None, "no_reply")),
]
