# Held-out batch 7: written from inspect-contract.md before the reader was
# run on it, and before the intent rework (it measures the reader as
# delivered after batch 6, on new writers: terse, verbose, non-native
# English, declines that never say no, deferrals that carry dates which are
# not offers, referrals with and without addresses, confirmations of the
# owner's own proposal, times in many forms and zones, every client shape,
# and transfer encodings / charsets other than 8-bit UTF-8). Never edited
# to match the reader's output. Times in expect carry the offset of the
# zone they were written in; the test compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
STO = ZoneInfo("Europe/Stockholm")
TYO = ZoneInfo("Asia/Tokyo")
SYD = ZoneInfo("Australia/Sydney")


def ny(*a): return datetime(*a, tzinfo=NY)


MON = ny(2026, 11, 16, 9, 14)
FRI = ny(2026, 11, 20, 11, 5)
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
    # ---------------- scheduled: times in many forms and zones ----------------
    dict(name="h7_gmail_sched_terse_q", client="gmail", contact=("Jonas Brandt", "jonas@kelpworks.example"), sent=MON,
         body="thu 2?\n\nJ",
         expect=E("Jonas Brandt", None, "scheduled", times=["2026-11-19T14:00:00-05:00"])),
    dict(name="h7_outlook_sched_pt_bullets", client="outlook", contact=("Rebecca Liu, PhD", "rliu@aperture-bio.example"),
         sent=MON, sig="Rebecca Liu, PhD\nDirector of Computational Biology\nAperture Bio · South San Francisco", sigdash=False,
         body="Hi Alex,\n\nThanks so much for reaching out, and congratulations on making the leap. It's a wonderful field, "
              "and I remember exactly how daunting that first step felt when I moved over from academia myself. I'd be "
              "delighted to share what I've learned.\n\nHere are a couple of windows that should work on my end (I'm on the "
              "West Coast):\n\n- Tuesday 11/24, 9:00–9:45 am PT\n- Wednesday 12/2, 1:00–2:00 pm PT\n\nIf neither is good, let "
              "me know and we'll find something else. Half an hour is probably about right.\n\nWarm regards,",
         expect=E("Rebecca Liu", "Aperture Bio", "scheduled",
                  times=["2026-11-24T09:00:00-08:00/2026-11-24T09:45:00-08:00",
                         "2026-12-02T13:00:00-08:00/2026-12-02T14:00:00-08:00"], duration=30)),
    dict(name="h7_thunderbird_sched_nonnative_window", client="thunderbird",
         contact=("Katrin Vogt", "katrin.vogt@helmholz-data.example"), sent=datetime(2026, 11, 17, 15, 20, tzinfo=BER),
         sig="Katrin Vogt\nTeamleiterin Data Engineering\nHelmholz Data GmbH", enc=QP8859, note="Can you set this up?",
         body="Dear Alex,\n\nthank you for your mail. I am free on 26.11. from 16 until 17 o'clock, please tell me if this is "
              "suiting you. We can make it per Teams.\n\nBest regards\nKatrin",
         expect=E("Katrin Vogt", "Helmholz Data GmbH", "scheduled",
                  times=["2026-11-26T16:00:00+01:00/2026-11-26T17:00:00+01:00"], kind="video")),
    dict(name="h7_outlook_sched_eastern_ordinal", client="outlook", contact=("Jordan Pierce", "jpierce@meriwether.example"),
         sent=MON, sig="Jordan Pierce\nSenior Manager, Strategy\nMeriwether Partners", sigdash=False,
         body="Hi Alex,\n\nHow about Wednesday, November 25th at 10:30 a.m. Eastern? I'll send a Zoom link the day before. "
              "30 minutes should do it.\n\nBest,",
         expect=E("Jordan Pierce", "Meriwether Partners", "scheduled", times=["2026-11-25T10:30:00-05:00"], duration=30,
                  kind="video")),
    dict(name="h7_thunderbird_sched_berlin_dotted", client="thunderbird",
         contact=("Felix Hartmann", "felix.hartmann@spreewerk.example"), sent=datetime(2026, 11, 16, 15, 20, tzinfo=BER),
         sig="Felix Hartmann\nHead of Platform\nSpreewerk",
         body="Hi Alex,\n\nWould Friday at 16:00 suit you? Otherwise Monday the 23rd at 9.30 also works for me.\n\nBest,\nFelix",
         expect=E("Felix Hartmann", "Spreewerk", "scheduled",
                  times=["2026-11-20T16:00:00+01:00", "2026-11-23T09:30:00+01:00"])),
    dict(name="h7_gmail_sched_et_owner_london", client="gmail", tz="Europe/London",
         contact=("Brianna Scott", "brianna@copperline.example"), sent=MON, sig="Brianna Scott\nDirector of Analytics | Copperline",
         body="Hi Alex,\n\nI could do 2pm ET on Thursday the 19th, if that isn't too late for you over there.\n\nBrianna",
         expect=E("Brianna Scott", "Copperline", "scheduled", times=["2026-11-19T14:00:00-05:00"])),
    dict(name="h7_yahoo_sched_noon_slash", client="yahoo", contact=("Victor Almeida", "victor@tidewater-energy.example"),
         sent=MON, sig="Victor Almeida\nPlant Manager, Tidewater Energy",
         body="Hi Alex,\n\nnoon on Tuesday 12/1 or 3:30 on Wednesday 12/2, either is fine for me. I'll call you at whatever "
              "number you send.\n\nVictor",
         expect=E("Victor Almeida", "Tidewater Energy", "scheduled",
                  times=["2026-12-01T12:00:00-05:00", "2026-12-02T15:30:00-05:00"], kind="phone")),
    dict(name="h7_proton_sched_central", client="proton", contact=("Amanda Reyes", "amanda.reyes@prairieworks.example"),
         sent=MON, sig="Amanda Reyes\nHR Business Partner, Prairieworks\nOmaha, NE",
         body="Hi Alex,\n\nI could do 8am Central on Monday before my day gets going, if that's not too early.\n\nAmanda",
         expect=E("Amanda Reyes", "Prairieworks", "scheduled", times=["2026-11-23T08:00:00-06:00"])),
    dict(name="h7_fastmail_sched_tomorrow_window", client="fastmail", contact=("Sigrid Haugen", "sigrid@fjellnett.example"),
         sent=MON, sig="Sigrid Haugen\nProduct Designer, Fjellnett",
         body="Hi Alex,\n\nTomorrow between 1 and 2:30pm? Ring me on +47 412 34 567 whenever in that window.\n\nSigrid",
         expect=E("Sigrid Haugen", "Fjellnett", "scheduled",
                  times=["2026-11-17T13:00:00-05:00/2026-11-17T14:30:00-05:00"], kind="phone", detail="+47 412 34 567")),
    dict(name="h7_rfc822_sched_tokyo_mytime", client="rfc822", contact=("Yuki Nakamura", "yuki.nakamura@hoshizora.example"),
         sent=datetime(2026, 11, 17, 10, 0, tzinfo=TYO), sig="Yuki Nakamura\nEngineering Manager, Hoshizora Games",
         body="Hi Alex,\n\nHow about Thursday 9am my time? That should be Wednesday evening for you. A Google Meet is "
              "fine.\n\nYuki",
         expect=E("Yuki Nakamura", "Hoshizora Games", "scheduled", times=["2026-11-19T09:00:00+09:00"], kind="video")),
    dict(name="h7_rfc822nested_sched_gmt_meet", client="rfc822nested",
         contact=("Harriet Lowe", "harriet.lowe@kestrelpay.example"), sent=datetime(2026, 11, 16, 14, 0, tzinfo=LON),
         sig="Harriet Lowe\nHead of Risk, Kestrel Pay\nLondon",
         body="Hi Alex,\n\nTues 24 Nov, 15:00 GMT works for me. I'll send over a Meet link.\n\nHarriet",
         expect=E("Harriet Lowe", "Kestrel Pay", "scheduled", times=["2026-11-24T15:00:00+00:00"], kind="video")),
    dict(name="h7_fwd2_sched_ist_phone", client="fwd2", contact=("Rohan Kapoor", "rohan.kapoor@indigoledger.example"),
         sent=MON, sig="Rohan Kapoor\nVP Engineering | Indigo Ledger",
         body="Hi Alex,\n\nCan we do 7:30 PM IST on Wed? Call me on +91 98765 43210.\n\nRohan",
         expect=E("Rohan Kapoor", "Indigo Ledger", "scheduled", times=["2026-11-18T19:30:00+05:30"], kind="phone",
                  detail="+91 98765 43210")),
    dict(name="h7_outlook_sched_paris_14h30", client="outlook", contact=("Camille Laurent", "camille.laurent@lumiere-data.example"),
         sent=MON, sig="Camille Laurent\nData Science Manager\nLumière Data", sigdash=False, enc=QP1252,
         body="Hello Alex,\n\nWith pleasure. I propose Tuesday 24th November at 14h30 (Paris time), in visio on Teams. Is it "
              "ok for you?\n\nBest regards,",
         expect=E("Camille Laurent", "Lumière Data", "scheduled", times=["2026-11-24T14:30:00+01:00"], kind="video")),
    dict(name="h7_apple_sched_same_instant", client="apple", contact=("Ana Costa", "ana.costa@marlin-ai.example"), sent=MON,
         apple_abbr="EST",
         body="Friday works! 11am PT / 2pm ET? I'll send a Zoom: https://zoom.us/j/99012345678\n\nSent from my iPhone",
         expect=E("Ana Costa", None, "scheduled", times=["2026-11-20T14:00:00-05:00"], kind="video",
                  detail="https://zoom.us/j/99012345678")),
    dict(name="h7_gmail_sched_past_mention", client="gmail", contact=("Marisol Vega", "marisol.vega@harbordata.example"),
         sent=MON, sig="Marisol Vega\nSenior Data Engineer, Harbor Data", enc=B64UTF8,
         body="Hi Alex,\n\nFunny timing: I made the same jump in March 2021, right after our team offsite on Dec 3 that year "
              "convinced me. Happy to chat Thursday 11/19 at 1:15 for half an hour.\n\nMarisol",
         expect=E("Marisol Vega", "Harbor Data", "scheduled", times=["2026-11-19T13:15:00-05:00"], duration=30)),
    dict(name="h7_thunderbird_sched_avoid_dates", client="thunderbird", contact=("Hugo Marchetti", "hugo@ardesia.example"),
         sent=MON, sig="Hugo Marchetti\nSolutions Architect, Ardesia Cloud",
         body="Hi Alex,\n\nOur offsite is Dec 3-4, so those days are out, but Monday Dec 7 at 10 works. We could meet at our "
              "office, 250 Hudson St, 6th floor.\n\nHugo",
         expect=E("Hugo Marchetti", "Ardesia Cloud", "scheduled", times=["2026-12-07T10:00:00-05:00"], kind="in_person",
                  detail="250 Hudson St")),
    dict(name="h7_outlookweb_sched_four_oclock", client="outlookweb", contact=("Beatrice Hall", "bhall@quillon.example"),
         sent=MON, sig="Beatrice Hall\nEditor-in-Chief\nQuillon Press", sigdash=False, enc=QPUTF8,
         body="Dear Alex,\n\nDelighted to help. Would Wednesday at four o'clock suit? I'll ring you, just send me your "
              "number.\n\nBest wishes,",
         expect=E("Beatrice Hall", "Quillon Press", "scheduled", times=["2026-11-18T16:00:00-05:00"], kind="phone")),
    dict(name="h7_proton_sched_next_tuesday_friday", client="proton", contact=("Wen Li", "wen.li@jadebridge.example"),
         sent=FRI, sig="Wen Li\nPortfolio Manager\nJade Bridge Capital",
         body="Hi Alex,\n\nNext Tuesday at 8:45 would work, before markets open. 20 min max.\n\nWen",
         expect=E("Wen Li", "Jade Bridge Capital", "scheduled", times=["2026-11-24T08:45:00-05:00"], duration=20)),
    dict(name="h7_yahoo_sched_ampm_dots", client="yahoo", contact=("Walter Briggs", "wbriggs@ironvale.example"), sent=MON,
         sig="Walter Briggs\nDirector of Operations\nIronvale Steel",
         body="Alex,\n\nThurs. 11/19, 9 a.m. or 4:30 p.m. Your call.\n\nW. Briggs",
         expect=E("Walter Briggs", "Ironvale Steel", "scheduled",
                  times=["2026-11-19T09:00:00-05:00", "2026-11-19T16:30:00-05:00"])),
    dict(name="h7_thunderbird_sched_sydney_tomorrow", client="thunderbird", contact=("Mitchell Kerr", "mitch@southerly.example"),
         sent=datetime(2026, 11, 17, 8, 30, tzinfo=SYD), sig="Mitchell Kerr\nCo-founder, Southerly",
         body="G'day Alex,\n\nTomorrow at 7am works for me (early, I know, but it lines up with your afternoon).\n\nMitch",
         expect=E("Mitchell Kerr", "Southerly", "scheduled", times=["2026-11-18T07:00:00+11:00"])),
    dict(name="h7_applemail_sched_japanese_sig", client="applemail", contact=("Yuki Sato", "yuki.sato@kumonoue.example"),
         sent=MON, apple_abbr="EST", enc=JIS, note="Can you set this up?",
         sig="佐藤 由紀 (Yuki Sato)\nProduct Manager, Kumonoue Robotics",
         body="Hi Alex,\n\nThank you for your kind email. Monday 11/30 at 5pm your time is OK for me. 30 minutes is "
              "enough, I think.\n\nYuki",
         expect=E("Yuki Sato", "Kumonoue Robotics", "scheduled", times=["2026-11-30T17:00:00-05:00"], duration=30)),

    # ---------------- scheduled: confirming the owner's own proposal ----------------
    dict(name="h7_gmail_chain_confirm_owner", client="gmail", contact=("Tomasz Zielinski", "tomasz@kilnworks.example"),
         sent=MON, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Tomasz,\n\nI'm exploring a move into developer relations and your talks got me hooked. Would Thursday "
                 "11/19 at 4pm ET work for a 20-minute call?\n\nThanks,\nAlex"),
                ("Tomasz Zielinski", "tomasz@kilnworks.example", MON,
                 "Perfect, see you then.\n\nTomasz\n\n-- \nTomasz Zielinski\nDevRel Lead, Kilnworks")],
         expect=E("Tomasz Zielinski", "Kilnworks", "scheduled", times=["2026-11-19T16:00:00-05:00"])),
    dict(name="h7_ccreply_confirm_prior", client="ccreply", contact=("Grace Otieno", "grace@savannah-health.example"),
         sent=MON, sig="Grace Otieno\nClinical Product Lead, Savannah Health",
         body="Works for me!\n\nGrace",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 15, 0),
                 "Thanks Grace! How about Friday 11/20 at 11:30?\n\nAlex\n\nOn Fri, Nov 13, 2026 at 12:00 PM Grace Otieno "
                 "<grace@savannah-health.example> wrote:\n\n> Hi Alex, happy to! What times work for you?")],
         owner_reply="Great, copying my scheduling assistant to send the invite.",
         expect=E("Grace Otieno", "Savannah Health", "scheduled", times=["2026-11-20T11:30:00-05:00"])),
    dict(name="h7_gmail_chain_pick_second", client="gmail", contact=("Nikhil Rao", "nikhil@saltmarsh.example"),
         sent=MON, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Nikhil,\n\nWould you have 20 minutes for a call about your move into climate tech?\n\nAlex"),
                ("Nikhil Rao", "nikhil@saltmarsh.example", ny(2026, 11, 13, 9, 30), "Sure thing. What works for you?\n\nNikhil"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 14, 0),
                 "Thanks! Would Tue 11/24 at 10am or Wed 11/25 at 3pm work?\n\nAlex"),
                ("Nikhil Rao", "nikhil@saltmarsh.example", MON, "Wednesday's better for me. Talk then!\n\nNikhil")],
         expect=E("Nikhil Rao", None, "scheduled", times=["2026-11-25T15:00:00-05:00"])),
    dict(name="h7_gmail_chain_move_same_time", client="gmail", contact=("Chiara Bianchi", "chiara@verdeloop.example"),
         sent=MON, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Chiara,\n\nWould you be open to a short call about sustainability roles?\n\nAlex"),
                ("Chiara Bianchi", "chiara@verdeloop.example", ny(2026, 11, 13, 9, 0), "Sure! Thursday at 4 works for me.\n\nChiara"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 9, 40), "Great, talk Thursday at 4!\n\nAlex"),
                ("Chiara Bianchi", "chiara@verdeloop.example", MON,
                 "Hi Alex, something came up on Thursday, sorry! Could we do Friday, same time?\n\nChiara")],
         expect=E("Chiara Bianchi", None, "scheduled",
                  times=["2026-11-19T16:00:00-05:00", "2026-11-20T16:00:00-05:00"])),

    # ---------------- asks_for_times ----------------
    dict(name="h7_gmail_asks_terse", client="gmail", contact=("Rob Hale", "rob.hale@gritstone.example"), sent=MON,
         body="Sure. When works?\n\nRob",
         expect=E("Rob Hale", None, "asks_for_times")),
    dict(name="h7_yahoo_asks_verbose", client="yahoo", contact=("Margaret O'Neill", "moneill@brackenridge.example"), sent=MON,
         sig="Margaret O'Neill\nChief Operating Officer\nBrackenridge Foods",
         body="Dear Alex,\n\nWhat a lovely note, thank you. I started out in operations at a very small company myself, and I "
              "remember how much it meant when people made time for me, so of course I'd be glad to return the favour. Send "
              "over a few times that suit you over the next two weeks and I'll grab whichever fits best around my "
              "travel.\n\nWith best wishes,\nMargaret",
         expect=E("Margaret O'Neill", "Brackenridge Foods", "asks_for_times")),
    dict(name="h7_thunderbird_asks_pacific_mornings", client="thunderbird", contact=("Leah Goldberg", "leah@fernway.example"),
         sent=datetime(2026, 11, 16, 7, 30, tzinfo=LA), sig="Leah Goldberg\nDesign Manager, Fernway",
         body="Hi Alex,\n\nHappy to chat! I'm on Pacific time, so early mornings are tricky for me. What does your week look "
              "like?\n\nLeah",
         expect=E("Leah Goldberg", "Fernway", "asks_for_times")),
    dict(name="h7_outlook_asks_vague_afternoons", client="outlook", contact=("Kevin Osborne", "kosborne@redline-ci.example"),
         sent=MON, sig="Kevin Osborne\nSecurity Architect\nRedline CI", sigdash=False,
         body="Hi Alex,\n\nYes, glad to. Tuesday or Thursday afternoons are usually best for me; just tell me what time suits "
              "and I'll send an invite.\n\nThanks,",
         expect=E("Kevin Osborne", "Redline CI", "asks_for_times")),
    dict(name="h7_gmail_asks_nonnative_bangalore", client="gmail", contact=("Lakshmi Narayanan", "lakshmi.n@cirrusworks.example"),
         sent=MON, sig="Lakshmi Narayanan\nEngineering Manager, Cirrusworks\nBengaluru",
         body="Hi Alex,\n\nYes, I can do it. When you are free? I am sitting in Bangalore so kindly consider the time "
              "difference.\n\nRegards,\nLakshmi",
         expect=E("Lakshmi Narayanan", "Cirrusworks", "asks_for_times")),
    dict(name="h7_proton_asks_nonnative", client="proton", contact=("Tran Minh Duc", "duc.tran@lotusfintech.example"),
         sent=MON, sig="Tran Minh Duc\nSenior Product Owner | Lotus Fintech",
         body="Dear Mr. Alex,\n\nWith pleasure I will make a talk with you about the product owner job. Please propose me some "
              "dates which are convenient for you, I will arrange.\n\nBest regards,\nDuc",
         expect=E("Tran Minh Duc", "Lotus Fintech", "asks_for_times")),
    dict(name="h7_ccreply_asks_owner_times_on_top", client="ccreply", contact=("Ines Carvalho", "ines@marepharma.example"),
         sent=MON, sig="Ines Carvalho\nRegulatory Affairs Lead, Mare Pharma",
         body="Hi Alex,\n\nSure, happy to help. Which days are good for you?\n\nInes",
         owner_reply="Thanks Ines! Would Thursday at 3pm or Friday at 10am work?",
         expect=E("Ines Carvalho", "Mare Pharma", "asks_for_times")),

    # ---------------- declined, mostly without the word "no" ----------------
    dict(name="h7_gmail_decline_protect_time", client="gmail", contact=("Meredith Sloane", "meredith@harborlight.example"),
         sent=MON, sig="Meredith Sloane\nVP People, Harborlight",
         body="Hi Alex,\n\nI'm so flattered you thought of me. This season I'm keeping my calendar for my team and my family, "
              "and I've learned the hard way that I need to protect that. I hope you understand, and I'm cheering for you "
              "from afar.\n\nMeredith",
         expect=E("Meredith Sloane", "Harborlight", "declined")),
    dict(name="h7_outlookweb_decline_right_person", client="outlookweb", contact=("Hiroshi Sato", "hsato@kumo-systems.example"),
         sent=MON, sig="Hiroshi Sato\nPrincipal Engineer\nKumo Systems", sigdash=False,
         body="Hello Alex,\n\nThank you for thinking of me. I don't think I'm the right person to be helpful here, and with "
              "everything on my plate I'd rather not take time I can't give properly. I wish you all the best with the "
              "search.\n\nKind regards,",
         expect=E("Hiroshi Sato", "Kumo Systems", "declined")),
    dict(name="h7_apple_decline_pass", client="apple", contact=("Tyler Boone", "tyler@boonebuilt.example"), sent=MON,
         apple_abbr="EST", body="Gonna have to pass, sorry. Good luck!\n\nSent from my iPhone",
         expect=E("Tyler Boone", None, "declined")),
    dict(name="h7_yahoo_decline_policy_nonnative", client="yahoo", contact=("Giulia Ferrari", "giulia.ferrari@veloce-auto.example"),
         sent=MON, sig="Giulia Ferrari\nMarketing Manager, Veloce Automobili",
         body="Hello Alex,\n\nUnfortunately it is not possible for me at this moment to do such meetings, because of the "
              "company policy for external contacts. Sorry for this and good luck for your future.\n\nGiulia",
         expect=E("Giulia Ferrari", "Veloce Automobili", "declined")),
    dict(name="h7_fastmail_decline_stepping_away", client="fastmail", contact=("Noah Whitcombe", "noah@whitcombe.example"),
         sent=MON, sig="Noah Whitcombe\nFounder, Ledgerline",
         body="Hi Alex,\n\nI wish I could help, but I'm stepping away from mentoring for the foreseeable future while we raise "
              "our next round. Hope it all works out.\n\nNoah",
         expect=E("Noah Whitcombe", "Ledgerline", "declined")),
    dict(name="h7_rfc822_decline_love_to_but", client="rfc822", contact=("Priyanka Das", "priyanka.das@orbitcart.example"),
         sent=MON, sig="Priyanka Das\nEngineering Manager | OrbitCart",
         body="Alex - I'd love to but can't. Between the launch and two little kids there's just no room in my week, and I "
              "don't see that changing. Sorry!\n\nPriyanka",
         expect=E("Priyanka Das", "OrbitCart", "declined")),
    dict(name="h7_outlook_decline_own_interns_followup", client="outlook", contact=("Paul Jennings", "pjennings@crestline.example"),
         sent=MON, sig="Paul Jennings\nManaging Director\nCrestline Advisory", sigdash=False,
         owner_followup="Totally understand, Paul. Thanks for replying!",
         body="Hi Alex,\n\nThanks for reaching out. I've been getting a lot of these lately and I've decided to focus my "
              "limited time on my own team's interns this year. I hope you'll understand.\n\nPaul",
         expect=E("Paul Jennings", "Crestline Advisory", "declined")),
    dict(name="h7_fwd2_decline_coming_months", client="fwd2", contact=("Sandra Kowalski", "skowalski@brightmoor.example"),
         sent=MON, sig="Sandra Kowalski\nGeneral Counsel, Brightmoor",
         body="Dear Alex,\n\nI'm afraid I won't be able to make time for this in the coming months. Best of luck with the "
              "transition.\n\nSandra",
         expect=E("Sandra Kowalski", "Brightmoor", "declined")),

    # ---------------- deferred: dates that are not offers ----------------
    dict(name="h7_outlook_defer_launch_date", client="outlook", contact=("Marcus Bell", "mbell@tessellate.example"), sent=MON,
         sig="Marcus Bell\nGroup Product Manager\nTessellate", sigdash=False,
         body="Hi Alex,\n\nWe're in the middle of a launch that wraps on December 4, so my head is fully in that until then. "
              "Could you reach out the week after? Happy to chat at that point.\n\nBest,",
         expect=E("Marcus Bell", "Tessellate", "deferred")),
    dict(name="h7_gmail_defer_travel_first", client="gmail", contact=("Isabel Moreno", "isabel@cartografia.example"),
         sent=MON, sig="Isabel Moreno\nHead of Partnerships · Cartografía Labs · Madrid", enc=B64UTF8,
         body="Hola Alex,\n\nI'm travelling until Nov 30 with patchy email. Let's talk in December: send me a note on the 1st "
              "and we'll find a time.\n\nIsabel",
         expect=E("Isabel Moreno", "Cartografía Labs", "deferred")),
    dict(name="h7_thunderbird_defer_fiscal", client="thunderbird", contact=("Oskar Lindqvist", "oskar.lindqvist@northbeam.example"),
         sent=datetime(2026, 11, 16, 16, 5, tzinfo=STO), sig="Oskar Lindqvist\nFinance Director, Northbeam",
         body="Hi Alex,\n\nI'm not available until January. Our fiscal year closes Dec 31 and it's all hands until then. Ping "
              "me on Jan 5 or after?\n\nOskar",
         expect=E("Oskar Lindqvist", "Northbeam", "deferred")),
    dict(name="h7_outlookweb_defer_nonnative", client="outlookweb", contact=("Wojciech Nowak", "w.nowak@baltica-soft.example"),
         sent=MON, sig="Wojciech Nowak\nQA Lead\nBaltica Software", sigdash=False, enc=QPUTF8,
         body="Hello Alex,\n\nAt the moment I am very occupied with the end of year closing. Can we speak again in the second "
              "half of January? Then I will have more time for you.\n\nRegards,",
         expect=E("Wojciech Nowak", "Baltica Software", "deferred")),
    dict(name="h7_apple_defer_terse", client="apple", contact=("Jess Park", "jess@parkandco.example"), sent=MON,
         apple_abbr="EST", body="swamped till after thanksgiving. circle back?\n\nSent from my iPhone",
         expect=E("Jess Park", None, "deferred")),
    dict(name="h7_yahoo_defer_not_before", client="yahoo", contact=("Linda Okoro", "linda.okoro@meadowbank.example"), sent=MON,
         sig="Linda Okoro\nSenior Counsel, Meadowbank Insurance",
         body="Hi Alex,\n\nHappy to, but not before the 14th of December; I'm in trial prep until then. Could you email me "
              "again that week?\n\nLinda",
         expect=E("Linda Okoro", "Meadowbank Insurance", "deferred")),
    dict(name="h7_rfc822nested_defer_new_year", client="rfc822nested", contact=("Anneke Visser", "anneke@dijkstra-ux.example"),
         sent=MON, sig="Anneke Visser\nUX Director, Dijkstra UX",
         body="Hi Alex,\n\nLove to, but my calendar is a disaster until the new year. Try me again in the first week of "
              "January? I promise I'll make time then.\n\nAnneke",
         expect=E("Anneke Visser", "Dijkstra UX", "deferred")),

    # ---------------- referred ----------------
    dict(name="h7_gmail_ref_email_parens", client="gmail", contact=("Arjun Mehta", "arjun@vantapoint.example"), sent=MON,
         sig="Arjun Mehta\nSenior PM, Vantapoint",
         body="Hey Alex,\n\nI'm probably not your best bet here. My colleague Priya Raman (priya.raman@vantapoint.example) ran "
              "our PM hiring for years and genuinely loves these chats. Tell her I sent you!\n\nArjun",
         expect=E("Arjun Mehta", "Vantapoint", "referred", refs=[("Priya Raman", "priya.raman@vantapoint.example")])),
    dict(name="h7_outlook_ref_no_email", client="outlook", contact=("Catherine Wu", "catherine.wu@lumenlaw.example"), sent=MON,
         sig="Catherine Wu\nPartner\nLumen Law LLP", sigdash=False,
         body="Hi Alex,\n\nHonestly, the person to talk to is Ben Adler on our innovation team. He made exactly that switch a "
              "couple of years ago and will have far more relevant advice than I would. I'm not able to take on calls myself "
              "these days.\n\nBest regards,",
         expect=E("Catherine Wu", "Lumen Law LLP", "referred", refs=[("Ben Adler",)])),
    dict(name="h7_rfc822_ref_plus_cc", client="rfc822", contact=("Daniel Avraham", "daniel@quarry-design.example"), sent=MON,
         sig="Daniel Avraham\nCreative Director, Quarry Design", cc=[("Carmen Vidal", "carmen.vidal@quarry-design.example")],
         body="Hi Alex,\n\n+Carmen Vidal (cc), who runs our design research practice and is much closer to what you're "
              "exploring. Carmen, meet Alex; Alex, meet Carmen!\n\nDaniel",
         expect=E("Daniel Avraham", "Quarry Design", "referred",
                  refs=[("Carmen Vidal", "carmen.vidal@quarry-design.example")])),
    dict(name="h7_proton_ref_two_mixed", client="proton", contact=("Elena Petrova", "elena@quanta-grid.example"), sent=MON,
         sig="Elena Petrova\nStaff Engineer | Quanta Grid",
         body="Hi Alex,\n\nI'm not sure I'd be much help on the hardware side, but two people would be: Hannah Cole at "
              "Brightline (hannah@brightline.example), and Tom Ng, who just left Stripe to start something in that space. "
              "Feel free to mention my name.\n\nElena",
         expect=E("Elena Petrova", "Quanta Grid", "referred",
                  refs=[("Hannah Cole", "hannah@brightline.example"), ("Tom Ng",)])),
    dict(name="h7_fastmail_ref_nonnative", client="fastmail", contact=("Pieter de Vries", "pieter.devries@tulpgroup.example"),
         sent=MON, sig="Pieter de Vries\nTeam Lead Analytics\nTulp Group",
         body="Hi Alex,\n\nFor this topic you should better contact my colleague Stefan Vogel, he is the responsible for the "
              "data platform and knows it much more than me. His mail is s.vogel@tulpgroup.example.\n\nGreetings,\nPieter",
         expect=E("Pieter de Vries", "Tulp Group", "referred", refs=[("Stefan Vogel", "s.vogel@tulpgroup.example")])),
    dict(name="h7_apple_ref_terse", client="apple", contact=("Chris Yoon", "chris@yoonlabs.example"), sent=MON,
         apple_abbr="EST", body="not me, ask Mia Santos: mia@santosdesign.example. she's great\n\nSent from my iPhone",
         expect=E("Chris Yoon", None, "referred", refs=[("Mia Santos", "mia@santosdesign.example")])),

    # ---------------- no_reply ----------------
    dict(name="h7_bcc_no_reply", client="bcc", contact=("Farah Siddiqui", "farah@meadowlark.example"),
         sent=ny(2026, 11, 12, 10, 2), body="",
         expect=E("Farah Siddiqui", None, "no_reply")),
    dict(name="h7_autoreply_german", client="autoreply", contact=("Thomas Müller", "thomas.mueller@alpenwerk.example"),
         sent=ny(2026, 11, 12, 10, 3), auto_subject="Automatische Antwort: Informational interview request", enc=QP8859,
         body="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro.\n\nThank you for your "
              "message. I am out of the office until 27 November with limited access to email. For urgent matters please "
              "contact Sabine Koch (sabine.koch@alpenwerk.example).",
         expect=E("Thomas Müller", None, "no_reply")),
    dict(name="h7_autoreply_travelling", client="autoreply", contact=("Nina Albrecht", "nina@kobaltlabs.example"),
         sent=ny(2026, 11, 12, 10, 4), auto_subject="Re: Informational interview request",
         body="Thank you for your email. I am currently travelling with limited access to email and will respond on my "
              "return on Monday, November 30.\n\nKind regards,\nNina",
         expect=E("Nina Albrecht", None, "no_reply")),
]
