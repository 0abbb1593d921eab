# Held-out batch 1: written from inspect-contract.md before the reader was
# run on any of it, and never edited to match the reader's output. Times in
# expect are in the owner's zone (America/New_York unless tz says otherwise).
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
TYO = ZoneInfo("Asia/Tokyo")
KOL = ZoneInfo("Asia/Kolkata")


def ny(*a): return datetime(*a, tzinfo=NY)


MON = ny(2026, 11, 16, 9, 14)

NADIA = ("Nadia Okafor", "nadia.okafor@meridianbio.example")
NADIA_SIG = "Nadia Okafor\nSenior Scientist | Meridian Bio"
LUCAS = ("Lucas Moreau", "lucas@fjordtech.example")
LUCAS_SIG = "Lucas Moreau\nCTO, Fjord Technologies\nParis, France"
AISHA = ("Aisha Rahman", "arahman@cobaltpay.example")
AISHA_SIG = "Aisha Rahman\nProduct Lead\nCobalt Payments"
DEREK = ("Derek Huang", "derek.huang@pinecrest.example")
DEREK_SIG = "Derek Huang | Engineering Director | Pinecrest Capital"
MEI = ("Mei Tanaka", "mei.tanaka@kiwami.example")
MEI_SIG = "Mei Tanaka\nDesign Manager, Kiwami Games\nTokyo"
RAJ = ("Raj Patel", "raj@saffronai.example")
RAJ_SIG = "Raj Patel\nFounder & CEO\nSaffron AI"
CLAIRE = ("Claire Dubois, MD", "cdubois@stlukes.example")
CLAIRE_SIG = "Claire Dubois, MD\nChief of Cardiology\nSt. Luke's Hospital"
SAMUEL = ("Samuel Osei", "sosei@greenline.example")
SAMUEL_SIG = "Samuel Osei\nOperations Manager, Greenline Logistics"
ELLA = ("Ella Johansson", "ella.johansson@nordvik.example")
ELLA_SIG = "Ella Johansson\nHead of Data · Nordvik AB · Stockholm"
MARCO = ("Marco Rossi", "marco.rossi@velaro.example")
ZOE = ("Zoe Carter", "zoe@brightleaf.example")
ZOE_SIG = "Zoe Carter\nUX Researcher at Brightleaf"
OMAR = ("Omar Haddad", "omar.haddad@atlasgrid.example")
OMAR_SIG = "Omar Haddad\nPrincipal PM\nAtlas Grid Energy"
VIK = ("Vikram Iyer", "vikram@tensorloop.example")
VIK_SIG = "Vikram Iyer\nML Lead, Tensorloop\nBengaluru"
ALEX = ("Alex Kim", "alex.kim@gmail.example")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


CASES = [
    # --- declined ---
    dict(name="h1_gmail_decline_plate", client="gmail", contact=NADIA, sent=MON, sig=NADIA_SIG,
         body="Hi Alex,\n\nI really appreciate you thinking of me. My plate is completely full right now and I don't want to "
              "promise time I can't give, so I'll bow out on this one. Rooting for you!\n\nWarmly,\nNadia",
         expect=E("Nadia Okafor", "Meridian Bio", "declined")),
    dict(name="h1_outlook_decline_stopped", client="outlook", contact=DEREK, sent=MON, sig=DEREK_SIG, sigdash=False,
         body="Hello Alex,\n\nThanks for the kind words. I'm afraid I have to say no. Since my team doubled this year I've "
              "stopped doing these chats altogether.\n\nRegards,",
         expect=E("Derek Huang", "Pinecrest Capital", "declined")),
    dict(name="h1_apple_decline_ios", client="apple", contact=MARCO, sent=MON, apple_abbr="EST",
         body="Sorry Alex, I can't do it right now, totally swamped. Good luck though!\n\nSent from my iPhone",
         expect=E("Marco Rossi", None, "declined")),
    dict(name="h1_yahoo_decline_permitted", client="yahoo", contact=SAMUEL, sent=MON, sig=SAMUEL_SIG,
         body="Hi Alex,\n\nAs a contractor on a government project I'm not permitted to take meetings like this, sadly. I hope "
              "you understand.\n\nSamuel",
         expect=E("Samuel Osei", "Greenline Logistics", "declined")),
    dict(name="h1_proton_decline_retiring", client="proton", contact=CLAIRE, sent=MON, sig=CLAIRE_SIG,
         body="Dear Alex,\n\nThank you, but I'm going to decline. I'm winding down ahead of retirement and keeping my calendar "
              "clear. Wishing you every success.\n\nClaire",
         expect=E("Claire Dubois", "St. Luke's Hospital", "declined")),
    dict(name="h1_thunderbird_decline_rule", client="thunderbird", contact=OMAR, sent=MON, sig=OMAR_SIG,
         body="Alex,\n\nI make it a rule not to do calls with people I haven't met, so I'll say no here. Best of luck.\n\nOmar",
         expect=E("Omar Haddad", "Atlas Grid Energy", "declined")),
    dict(name="h1_outlookweb_decline_html", client="outlookweb", contact=AISHA, sent=MON, sig=AISHA_SIG, sigdash=False,
         body="Hi Alex,\n\nUnfortunately my schedule won't allow for this in the foreseeable future. I hope you find someone "
              "who can help.\n\nBest,",
         expect=E("Aisha Rahman", "Cobalt Payments", "declined")),

    # --- deferred ---
    dict(name="h1_gmail_defer_q4", client="gmail", contact=AISHA, sent=MON, sig=AISHA_SIG,
         body="Hi Alex,\n\nWould love to help, but we're heads-down on Q4 planning. Can we pick this up in early January? "
              "Drop me a note then.\n\nAisha",
         expect=E("Aisha Rahman", "Cobalt Payments", "deferred")),
    dict(name="h1_outlook_defer_paternity", client="outlook", contact=LUCAS, sent=MON, sig=LUCAS_SIG, sigdash=False,
         body="Hi Alex,\n\nCongrats on the program! I'm about to go on paternity leave for six weeks. Happy to talk after "
              "that, just give me a nudge mid-January.\n\nBest,",
         expect=E("Lucas Moreau", "Fjord Technologies", "deferred")),
    dict(name="h1_apple_defer_tax_season", client="apple", contact=SAMUEL, sent=MON, sig=SAMUEL_SIG, apple_abbr="EST",
         body="Hey Alex! Our busy season is brutal right now. Could we revisit this in a month or so? I'd be glad to chat "
              "then.\n\nSam",
         expect=E("Samuel Osei", "Greenline Logistics", "deferred")),
    dict(name="h1_proton_defer_reconnect", client="proton", contact=LUCAS, sent=MON, sig=LUCAS_SIG,
         body="Hi Alex,\n\nI'm traveling for the next three weeks with spotty email. Let's reconnect once I've landed back "
              "home in mid-December and we'll grab a time.\n\nLucas",
         expect=E("Lucas Moreau", "Fjord Technologies", "deferred")),
    dict(name="h1_yahoo_defer_reorg", client="yahoo", contact=DEREK, sent=MON, sig=DEREK_SIG,
         body="Hi Alex, we're in the middle of a reorg and everything is up in the air. Mind following up with me after the "
              "first week of December? I should have more breathing room by then.\n\nDerek",
         expect=E("Derek Huang", "Pinecrest Capital", "deferred")),
    dict(name="h1_fastmail_defer_later", client="fastmail", contact=ZOE, sent=MON, sig=ZOE_SIG,
         body="Hi Alex,\n\nYes, I'd like to help, but not this month. Could you email me again after Thanksgiving? We'll find "
              "something then.\n\nZoe",
         expect=E("Zoe Carter", "Brightleaf", "deferred")),

    # --- asks_for_times ---
    dict(name="h1_gmail_asks_windows", client="gmail", contact=DEREK, sent=MON, sig=DEREK_SIG,
         body="Hi Alex,\n\nYes, happy to! Shoot me a couple of windows that work on your end and I'll make one of them "
              "work.\n\nDerek",
         expect=E("Derek Huang", "Pinecrest Capital", "asks_for_times")),
    dict(name="h1_outlook_asks_assistant", client="outlook", contact=DEREK, sent=MON, sig=DEREK_SIG, sigdash=False,
         body="Hi Alex,\n\nHappy to do this. My assistant, Jamie Lin (jamie.lin@pinecrest.example), manages my calendar and "
              "will reach out to find a slot.\n\nBest,",
         expect=E("Derek Huang", "Pinecrest Capital", "asks_for_times")),
    dict(name="h1_apple_asks_mobile", client="apple", contact=MARCO, sent=MON, apple_abbr="EST",
         body="Sure thing! What days are good for you? I'm pretty flexible\n\nSent from my iPhone",
         expect=E("Marco Rossi", None, "asks_for_times")),
    dict(name="h1_thunderbird_asks_openings", client="thunderbird", contact=ELLA, sent=datetime(2026, 11, 16, 15, 14, tzinfo=ZoneInfo("Europe/Stockholm")),
         sig=ELLA_SIG,
         body="Hello Alex,\n\nI'd be delighted. Do you have any openings next week? Tell me what suits you and I'll fit it "
              "in.\n\nElla",
         expect=E("Ella Johansson", "Nordvik AB", "asks_for_times")),
    dict(name="h1_fastmail_asks_evenings", client="fastmail", contact=ZOE, sent=MON, sig=ZOE_SIG,
         body="Hi Alex! Yes, let's talk. When's good for you? Evenings after 6 tend to be easier for me, but I can shuffle "
              "things.\n\nZoe",
         expect=E("Zoe Carter", "Brightleaf", "asks_for_times")),
    dict(name="h1_ccreply_asks_days", client="ccreply", contact=ZOE, sent=MON, sig=ZOE_SIG,
         body="Hi Alex, glad to help. Which days next week could work for you?\n\nZoe",
         owner_reply="Hi Zoe,\n\nTuesday or Wednesday afternoon would be great.",
         expect=E("Zoe Carter", "Brightleaf", "asks_for_times")),

    # --- referred ---
    dict(name="h1_gmail_ref_moved_on", client="gmail", contact=AISHA, sent=MON, sig=AISHA_SIG,
         body="Hi Alex,\n\nI moved over to sales ops last year, so I'm a bit out of date. You'd get much more out of a "
              "conversation with Priyanka Shah (pshah@cobaltpay.example), who runs the PM team now. Tell her I sent you!\n\nAisha",
         expect=E("Aisha Rahman", "Cobalt Payments", "referred", refs=[("Priyanka Shah", "pshah@cobaltpay.example")])),
    dict(name="h1_outlook_ref_cc_over_to_you", client="outlook", contact=OMAR, sent=MON, sig=OMAR_SIG, sigdash=False,
         cc=[("Tomás Rivera", "tomas.rivera@atlasgrid.example")], field="energy analytics",
         body="Hi Alex,\n\nAdding Tomás Rivera, who leads our analytics group and is far better placed to help with this. "
              "Tomás, over to you!\n\nThanks,",
         expect=E("Omar Haddad", "Atlas Grid Energy", "referred", refs=[("Tomás Rivera", "tomas.rivera@atlasgrid.example")])),
    dict(name="h1_proton_ref_two_people", client="proton", contact=MEI, sent=MON, sig=MEI_SIG,
         body="Hi Alex,\n\nGames UX is a bit far from what you're after. Two people come to mind instead: Hana Kim on our "
              "platform team, and Luis Ortega at Tidewater Studios. Both are lovely.\n\nMei",
         expect=E("Mei Tanaka", "Kiwami Games", "referred", refs=[("Hana Kim",), ("Luis Ortega",)])),
    dict(name="h1_rfc822_ref_former_manager", client="rfc822", contact=NADIA, sent=MON, sig=NADIA_SIG,
         body="Hi Alex,\n\nYou should really talk to my former manager, Grace Whitaker. She's the expert on this. Her email "
              "is grace@whitakerconsulting.example.\n\nNadia",
         expect=E("Nadia Okafor", "Meridian Bio", "referred", refs=[("Grace Whitaker", "grace@whitakerconsulting.example")])),
    dict(name="h1_yahoo_ref_recruiting", client="yahoo", contact=SAMUEL, sent=MON, sig=SAMUEL_SIG,
         body="Hi Alex,\n\nPlease direct this to our university recruiting lead, Ben Carter (ben.carter@greenline.example). "
              "He handles all student conversations for us.\n\nSamuel",
         expect=E("Samuel Osei", "Greenline Logistics", "referred", refs=[("Ben Carter", "ben.carter@greenline.example")])),

    # --- no_reply (outreach only, or only an auto-reply) ---
    dict(name="h1_autoreply_ooo", client="autoreply", contact=NADIA, sent=ny(2026, 11, 12, 10, 3), note="Got an auto-reply, FYI.",
         body="Thank you for your email. I am out of the office until Monday, November 30 with limited access to email. "
              "For urgent matters, please contact Kelly Brown at kelly.brown@meridianbio.example.",
         expect=E("Nadia Okafor", None, "no_reply")),
    dict(name="h1_autoreply_vacation", client="autoreply", contact=LUCAS, sent=ny(2026, 11, 12, 10, 3),
         auto_subject="Out of Office: " + "Informational interview request",
         body="Hi,\n\nI'm currently on vacation and will return on December 1. I'll respond to your message when I'm back. "
              "If it's urgent, call me at +33 6 12 34 56 78.\n\nLucas",
         expect=E("Lucas Moreau", None, "no_reply")),
    dict(name="h1_outlook_no_reply", client="outlook", contact=RAJ, sent=MON, no_reply=True, body="",
         expect=E("Raj Patel", None, "no_reply")),

    # --- scheduled ---
    dict(name="h1_gmail_sched_abbrev_days", client="gmail", contact=DEREK, sent=MON, sig=DEREK_SIG,
         body="Hi Alex,\n\nHappy to! How about Tues 11/24 at 1:30 or Thurs 12/3 at 11:00? Either way I'll send a Zoom.\n\nDerek",
         expect=E("Derek Huang", "Pinecrest Capital", "scheduled",
                  times=["2026-11-24T13:30:00-05:00", "2026-12-03T11:00:00-05:00"], kind="video")),
    dict(name="h1_outlookweb_sched_phone", client="outlookweb", contact=OMAR, sent=MON, sig=OMAR_SIG, sigdash=False,
         body="Hi Alex,\n\nI can do Wednesday, November 25 at 9:00 AM. Please call me on 646-555-0137.\n\nThanks,",
         expect=E("Omar Haddad", "Atlas Grid Energy", "scheduled", times=["2026-11-25T09:00:00-05:00"], kind="phone",
                  detail="646-555-0137")),
    dict(name="h1_apple_sched_berlin_mytime", client="apple", contact=ELLA, sent=datetime(2026, 11, 16, 15, 14, tzinfo=BER),
         apple_abbr="CET", tz_display="Europe/Berlin", sig=ELLA_SIG,
         body="Hi Alex,\n\nThursday works. Let's say 17:30 my time? 30 min should do.\n\nElla",
         expect=E("Ella Johansson", "Nordvik AB", "scheduled", times=["2026-11-19T11:30:00-05:00"], duration=30)),
    dict(name="h1_gmail_sched_ist", client="gmail", contact=VIK, sent=MON, sig=VIK_SIG,
         body="Hi Alex,\n\nCould we do Friday 8:30 PM IST? That should be morning for you.\n\nVikram",
         expect=E("Vikram Iyer", "Tensorloop", "scheduled", times=["2026-11-20T10:00:00-05:00"])),
    dict(name="h1_thunderbird_sched_jst", client="thunderbird", contact=MEI, sent=datetime(2026, 11, 16, 22, 0, tzinfo=TYO), sig=MEI_SIG,
         body="Hi Alex,\n\nHow about Wednesday 9am JST (Tuesday evening for you)? I'll send a Google Meet link.\n\nMei",
         expect=E("Mei Tanaka", "Kiwami Games", "scheduled", times=["2026-11-17T19:00:00-05:00"], kind="video")),
    dict(name="h1_proton_sched_window_duration", client="proton", contact=RAJ, sent=MON, sig=RAJ_SIG,
         body="Hi Alex,\n\nI'm free Mon Nov 23, 2–3:30pm ET. Grab whatever 20 minutes suits you in there.\n\nRaj",
         expect=E("Raj Patel", "Saffron AI", "scheduled", times=["2026-11-23T14:00:00-05:00/2026-11-23T15:30:00-05:00"],
                  duration=20)),
    dict(name="h1_yahoo_sched_lunch_address", client="yahoo", contact=MARCO, sent=MON,
         body="Hey Alex,\n\nLet's grab lunch at Sweetgreen, 1164 Broadway, on Thursday at 12:30. My treat.\n\nMarco",
         expect=E("Marco Rossi", None, "scheduled", times=["2026-11-19T12:30:00-05:00"], kind="in_person",
                  detail="1164 Broadway")),
    dict(name="h1_ccreply_confirm_teams", client="ccreply", contact=OMAR, sent=MON, sig=OMAR_SIG,
         outreach_at=ny(2026, 11, 13, 10, 2),
         outreach="Hi Omar,\n\nI'm a second-year student exploring energy product roles. Would Friday at 10am work for a short "
                  "call?\n\nThank you,\nAlex",
         body="Hi Alex,\n\nYes, that's fine with me. I'll send a Teams link shortly.\n\nOmar",
         owner_reply="Great, thanks Omar!",
         expect=E("Omar Haddad", "Atlas Grid Energy", "scheduled", times=["2026-11-20T10:00:00-05:00"], kind="video")),
    dict(name="h1_gmail_chain_moved", client="gmail", contact=NADIA, sent=ny(2026, 11, 17, 8, 5),
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2), "Hi Nadia,\n\nWould you have 20 minutes for a call?\n\nThanks,\nAlex"),
                ("Nadia Okafor", NADIA[1], ny(2026, 11, 16, 9, 14),
                 "Hi Alex,\n\nSure. Thursday at 2 or Friday at 11?\n\nNadia\n\n-- \n" + NADIA_SIG),
                (ALEX[0], ALEX[1], ny(2026, 11, 16, 12, 30), "Thursday at 2 is great, thank you!\n\nAlex"),
                ("Nadia Okafor", NADIA[1], ny(2026, 11, 17, 8, 5),
                 "So sorry, something came up on Thursday. Could we move to Friday at 3pm instead?\n\nNadia\n\n-- \n" + NADIA_SIG)],
         body="", expect=E("Nadia Okafor", "Meridian Bio", "scheduled",
                           times=["2026-11-19T14:00:00-05:00", "2026-11-20T11:00:00-05:00", "2026-11-20T15:00:00-05:00"])),
    dict(name="h1_outlook_sched_bullets", client="outlook", contact=AISHA, sent=MON, sig=AISHA_SIG, sigdash=False,
         body="Hi Alex,\n\nHere's what I have open (Eastern):\n• Monday 11/30: 10:00–10:45\n• Tuesday 12/1: 3:00–4:00 PM\n"
              "• Wednesday 12/2: 8:30 AM\n\nLet me know which you'd like.\n\nBest,",
         expect=E("Aisha Rahman", "Cobalt Payments", "scheduled",
                  times=["2026-11-30T10:00:00-05:00/2026-11-30T10:45:00-05:00", "2026-12-01T15:00:00-05:00/2026-12-01T16:00:00-05:00",
                         "2026-12-02T08:30:00-05:00"])),
    dict(name="h1_apple_sched_early_bird", client="apple", contact=ZOE, sent=MON, sig=ZOE_SIG, apple_abbr="EST",
         body="Tomorrow at 8:15 works if you're an early bird! Otherwise Thursday at 4:45.\n\nZoe",
         expect=E("Zoe Carter", "Brightleaf", "scheduled", times=["2026-11-17T08:15:00-05:00", "2026-11-19T16:45:00-05:00"])),
    dict(name="h1_gmail_sched_board_meeting", client="gmail", contact=RAJ, sent=MON, sig=RAJ_SIG,
         body="Hi Alex,\n\nI'm slammed until our board meeting on Dec 3, but I could squeeze in 15 minutes this Friday at "
              "11:45. Meet link to follow.\n\nRaj",
         expect=E("Raj Patel", "Saffron AI", "scheduled", times=["2026-11-20T11:45:00-05:00"], duration=15, kind="video")),
    dict(name="h1_thunderbird_sched_utc", client="thunderbird", contact=LUCAS, sent=datetime(2026, 11, 16, 15, 14, tzinfo=ZoneInfo("Europe/Paris")),
         sig=LUCAS_SIG,
         body="Hi Alex,\n\nHow about Tuesday at 15:00 UTC? That keeps it simple across our time zones.\n\nLucas",
         expect=E("Lucas Moreau", "Fjord Technologies", "scheduled", times=["2026-11-17T10:00:00-05:00"])),
    dict(name="h1_fastmail_sched_pacific_window", client="fastmail", contact=VIK, sent=MON, sig=VIK_SIG,
         body="Hi Alex! I'm in Seattle this month. Any time between 9 and 11am Pacific on Friday works.\n\nVikram",
         expect=E("Vikram Iyer", "Tensorloop", "scheduled", times=["2026-11-20T12:00:00-05:00/2026-11-20T14:00:00-05:00"])),
    dict(name="h1_fwd2_sched_phone", client="fwd2", contact=RAJ, sent=MON, sig=RAJ_SIG, note="Forwarding from my school inbox.",
         body="Hi Alex,\n\nSure, does Monday the 23rd at 3:30 work? Phone is easiest: 312-555-0164.\n\nRaj",
         expect=E("Raj Patel", "Saffron AI", "scheduled", times=["2026-11-23T15:30:00-05:00"], kind="phone", detail="312-555-0164")),
    dict(name="h1_rfc822nested_sched_gmt", client="rfc822nested", contact=MEI, sent=datetime(2026, 11, 16, 14, 14, tzinfo=LON),
         body="Hi Alex,\n\nTuesday, December 8 at 10:30am GMT works for me. I'll dial in via Teams.\n\nMei",
         expect=E("Mei Tanaka", None, "scheduled", times=["2026-12-08T05:30:00-05:00"], kind="video")),
    dict(name="h1_yahoo_sched_office", client="yahoo", contact=CLAIRE, sent=MON, sig=CLAIRE_SIG,
         body="Hi Alex,\n\nSounds good! Friday at 2:30 for half an hour? My office is at 77 Water Street, 4th floor; ask for "
              "me at the front desk.\n\nClaire",
         expect=E("Claire Dubois", "St. Luke's Hospital", "scheduled", times=["2026-11-20T14:30:00-05:00"], duration=30,
                  kind="in_person", detail="77 Water Street")),
    dict(name="h1_gmail_sched_next_week_dates", client="gmail", contact=ELLA, sent=MON, sig=ELLA_SIG,
         body="Hi Alex,\n\nThis week is a wash for me (I'm out Wed through Fri), but next Monday (the 23rd) or Tuesday the "
              "24th at 10am should be okay.\n\nElla",
         expect=E("Ella Johansson", "Nordvik AB", "scheduled", times=["2026-11-23T10:00:00-05:00", "2026-11-24T10:00:00-05:00"])),
    dict(name="h1_apple_sched_ios_terse", client="apple", contact=MARCO, sent=MON, apple_abbr="EST",
         body="Thu 3pm? Zoom is fine\n\nSent from my iPhone",
         expect=E("Marco Rossi", None, "scheduled", times=["2026-11-19T15:00:00-05:00"], kind="video")),
]
