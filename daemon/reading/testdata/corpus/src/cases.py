# Hand-written corpus: each case is what a contact wrote and what a careful
# person reads from it (the expect block). Times in expect are written in
# the owner's zone (America/New_York unless tz says otherwise).
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")

def ny(*a): return datetime(*a, tzinfo=NY)

MON = ny(2026, 11, 16, 9, 14)  # the usual reply: Monday morning

DANA = ("Dana Whitfield, PhD", "dana@northwind.example")
DANA_SIG = "Dana Whitfield, PhD\nDirector of Product, Northwind Health\n(555) 201-3344"
RAVI = ("Ravi Menon", "ravi.menon@fernhill.example")
RAVI_SIG = "Ravi Menon\nStaff Engineer\nFernhill Robotics · Pittsburgh, PA"
MARA = ("Mara Quinn", "mquinn@brightpath.example")
MARA_SIG = "Mara Quinn\nVP Engineering\nBrightpath Inc."
GRACE = ("Grace Liu", "grace.liu@harborview.example")
GRACE_SIG = "Grace Liu\nSoftware Engineer at Harborview Labs"
TOM = ("Tom Becker", "tom@kitestring.example")
TOM_SIG = "Tom Becker | Product Designer | Kitestring Studio"
JORDAN = ("Jordan Lee", "jordan@sunpeak.example")
JORDAN_SIG = "Jordan Lee\nGrowth Lead, Sunpeak Analytics\nSan Francisco, CA"
HANNAH = ("Hannah Cole", "hcole@redwood.example")
HANNAH_SIG = "Hannah Cole\nPolicy Analyst\nCity of Redwood"
PRIYA = ("Priya Nair", "priya.nair@contoso.example")
PRIYA_SIG = "Priya Nair\nSenior Manager, Talent Acquisition | Contoso Bank\nPhone: +1 212 555 0199"
SOFIA = ("Sofia Reyes", "sofia@casaverde.example")
SOFIA_SIG = "Sofia Reyes — Founder, Casa Verde Coffee"
BEN = ("Ben Adeyemi", "ben.adeyemi@lumenhealth.example")
BEN_SIG = "Ben Adeyemi\nEngineering Manager\nLumen Health Systems"
KENJI = ("Kenji Watanabe", "kenji@orbital.example")
KENJI_SIG = "Kenji Watanabe\nPrincipal Engineer\nOrbital Software"
OLIVER = ("Oliver Grant", "oliver.grant@thamesdata.example")
OLIVER_SIG = "Oliver Grant\nData Scientist, Thames Data Ltd\nLondon, UK"
LENA = ("Lena Fischer, MBA", "lena.fischer@alpenglow.example")
LENA_SIG = "Lena Fischer\nHead of Partnerships · Alpenglow Ventures · Berlin"
ELENA = ("Elena Petrova", "elena@quillcraft.example")

def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw

CASES = [
    dict(name="gmail_scheduled_zoom", client="gmail", contact=DANA, sent=MON, sig=DANA_SIG,
         body="Hi Alex,\n\nHappy to chat! I could do Tuesday at 2pm, or Wednesday between 10 and 11am if that's easier. "
              "20 minutes should be plenty.\n\nHere's my Zoom: https://zoom.example/j/8812345?pwd=xyz\n\nBest,\nDana",
         expect=E("Dana Whitfield", "Northwind Health", "scheduled",
                  times=["2026-11-17T14:00:00-05:00", "2026-11-18T10:00:00-05:00/2026-11-18T11:00:00-05:00"],
                  duration=20, kind="video", detail="https://zoom.example/j/8812345?pwd=xyz")),
    dict(name="gmail_asks_times", client="gmail", contact=RAVI, sent=MON, sig=RAVI_SIG,
         body="Hi Alex,\n\nSure, happy to help! What does your availability look like next week? Send me a few times and "
              "I'll pick one. I can usually do 30 minutes.\n\nRavi",
         expect=E("Ravi Menon", "Fernhill Robotics", "asks_for_times", duration=30)),
    dict(name="gmail_declined", client="gmail", contact=MARA, sent=MON, sig=MARA_SIG,
         body="Hi Alex,\n\nThanks for reaching out, and congrats on the program. Unfortunately I'm not able to take on "
              "informational calls at the moment given my schedule. Wishing you the best of luck in your search!\n\nMara",
         expect=E("Mara Quinn", "Brightpath Inc.", "declined")),
    dict(name="gmail_deferred", client="gmail", contact=GRACE, sent=MON, sig=GRACE_SIG,
         body="Hi Alex,\n\nI'd be glad to talk, but the next few weeks are packed with our launch. Could you reach out "
              "again in January? Happy to find a time then.\n\nGrace",
         expect=E("Grace Liu", "Harborview Labs", "deferred")),
    dict(name="gmail_referred", client="gmail", contact=DANA, sent=MON, sig=DANA_SIG, field="data engineering",
         body="Hi Alex,\n\nI'm probably not the best person to speak to about data engineering, but my colleague Sam Ortiz "
              "(sam.ortiz@northwind.example) leads that team and loves talking to students. Feel free to mention my name.\n\nDana",
         expect=E("Dana Whitfield", "Northwind Health", "referred", refs=[("Sam Ortiz", "sam.ortiz@northwind.example")])),
    dict(name="gmail_phone", client="gmail", contact=TOM, sent=MON, sig=TOM_SIG,
         body="Hey Alex,\n\nTuesday the 24th at 11 works for me. Call me at 617-555-0142 then; 20 min is fine.\n\nTom",
         expect=E("Tom Becker", "Kitestring Studio", "scheduled", times=["2026-11-24T11:00:00-05:00"], duration=20,
                  kind="phone", detail="617-555-0142")),
    dict(name="gmail_pacific", client="gmail", contact=JORDAN, sent=ny(2026, 11, 16, 9, 14), sig=JORDAN_SIG,
         body="Hi Alex,\n\nI'm on the West Coast, so would 10am PT on Thursday work? We can hop on Google Meet.\n\nJordan",
         expect=E("Jordan Lee", "Sunpeak Analytics", "scheduled", times=["2026-11-19T13:00:00-05:00"], kind="video")),
    dict(name="gmail_no_reply", client="gmail", contact=HANNAH, sent=MON, no_reply=True, body="", note="Tracking this one.",
         expect=E("Hannah Cole", None, "no_reply")),
    dict(name="outlook_scheduled_teams", client="outlook", contact=PRIYA, sent=MON, sig=PRIYA_SIG, sigdash=False,
         body="Hi Alex,\n\nThanks for your note. I can meet on Thursday, November 19 from 3 to 3:30pm. I'll send over a "
              "Teams invite.\n\nKind regards,",
         expect=E("Priya Nair", "Contoso Bank", "scheduled",
                  times=["2026-11-19T15:00:00-05:00/2026-11-19T15:30:00-05:00"], kind="video")),
    dict(name="outlook_in_person", client="outlook", contact=SOFIA, sent=MON, sig=SOFIA_SIG, sigdash=False,
         body="Hi Alex,\n\nHappy to meet for coffee! How about Friday at 8:30am at Café Grumpy, 224 W 20th St? I have "
              "about half an hour before my first meeting.\n\nCheers,",
         expect=E("Sofia Reyes", "Casa Verde Coffee", "scheduled", times=["2026-11-20T08:30:00-05:00"], duration=30,
                  kind="in_person", detail="224 W 20th St")),
    dict(name="outlook_declined_policy", client="outlook", contact=BEN, sent=MON, sig=BEN_SIG, sigdash=False,
         body="Hello Alex,\n\nThank you for reaching out. Our company policy doesn't allow me to do informational "
              "interviews with candidates who are in our hiring process, so I'll have to pass this time.\n\nBest regards,",
         expect=E("Ben Adeyemi", "Lumen Health Systems", "declined")),
    dict(name="outlook_owner_picked", client="outlook", contact=KENJI, sent=MON, sig=KENJI_SIG, sigdash=False,
         body="Hi Alex,\n\nSure thing. I could do Monday 11/23 @ 8:00am or Tuesday 11/24 at 4:15.\n\nThanks,",
         owner_followup="Hi Kenji,\n\nMonday at 8 works, thank you! Talk then.\n\nAlex",
         expect=E("Kenji Watanabe", "Orbital Software", "scheduled",
                  times=["2026-11-23T08:00:00-05:00", "2026-11-24T16:15:00-05:00"])),
    dict(name="outlook_referred_cc", client="outlook", contact=BEN, sent=MON, sig=BEN_SIG, sigdash=False,
         cc=[("Priya Nair", "priya.nair@lumenhealth.example")], field="design research",
         body="Hi Alex,\n\nThanks for thinking of me! Design research isn't really my area, so I'm cc'ing my colleague "
              "Priya Nair, who runs that group. She'd be a much better person to talk to.\n\nBest,",
         expect=E("Ben Adeyemi", "Lumen Health Systems", "referred", refs=[("Priya Nair", "priya.nair@lumenhealth.example")])),
    dict(name="apple_phone_est", client="apple", contact=ELENA, sent=MON, apple_abbr="EST",
         body="Hi Alex,\n\nCould we do 11/24 at 2:30 PM? A 30-minute call works for me, and I'll call you at the number "
              "in your signature.\n\nElena",
         expect=E("Elena Petrova", None, "scheduled", times=["2026-11-24T14:30:00-05:00"], duration=30, kind="phone")),
    dict(name="apple_london_header", client="apple", contact=OLIVER, sent=datetime(2026, 11, 16, 14, 14, tzinfo=LON),
         apple_abbr="GMT", tz_display="Europe/London", sig=OLIVER_SIG,
         body="Hi Alex,\n\nWednesday at 4 works well for me.\n\nOliver",
         expect=E("Oliver Grant", "Thames Data Ltd", "scheduled", times=["2026-11-18T11:00:00-05:00"])),
    dict(name="apple_deferred", client="apple", contact=GRACE, sent=MON, sig=GRACE_SIG, apple_abbr="EST",
         body="Hi Alex,\n\nThis is great timing, but I'm heading out on parental leave next week. Ping me after the new "
              "year and we'll set something up!\n\nGrace",
         expect=E("Grace Liu", "Harborview Labs", "deferred")),
    dict(name="apple_asks", client="apple", contact=HANNAH, sent=MON, sig=HANNAH_SIG, apple_abbr="EST",
         body="Of course! I remember being in your shoes. What times work for you? Mornings are generally best for me.\n\nHannah",
         expect=E("Hannah Cole", "City of Redwood", "asks_for_times")),
    dict(name="thunderbird_la_offset", client="thunderbird", contact=JORDAN, sent=datetime(2026, 11, 16, 6, 14, tzinfo=LA),
         sig=JORDAN_SIG,
         body="Hi Alex,\n\nHow about next Tuesday at 9:30? Or Thursday 1-2pm works too.\n\nJordan",
         expect=E("Jordan Lee", "Sunpeak Analytics", "scheduled",
                  times=["2026-11-24T12:30:00-05:00", "2026-11-19T16:00:00-05:00/2026-11-19T17:00:00-05:00"])),
    dict(name="thunderbird_referred_two", client="thunderbird", contact=DANA, sent=MON, sig=DANA_SIG, field="ML infrastructure",
         body="Hi Alex,\n\nI'm not close enough to ML infrastructure to be useful, but you should talk to Sam Ortiz "
              "<sam.ortiz@northwind.example>. You could also reach out to Lena Fischer, who runs our partnerships team.\n\nGood luck!\nDana",
         expect=E("Dana Whitfield", "Northwind Health", "referred",
                  refs=[("Sam Ortiz", "sam.ortiz@northwind.example"), ("Lena Fischer",)])),
    dict(name="thunderbird_cet", client="thunderbird", contact=LENA, sent=datetime(2026, 11, 16, 15, 14, tzinfo=BER), sig=LENA_SIG,
         body="Hi Alex,\n\nTuesday at 14:00 CET (8:00 ET) would suit me. Let's use this link: "
              "https://whereby.example/lena-fischer\n\nLena",
         expect=E("Lena Fischer", "Alpenglow Ventures", "scheduled", times=["2026-11-17T08:00:00-05:00"], kind="video",
                  detail="https://whereby.example/lena-fischer")),
    dict(name="yahoo_noon", client="yahoo", contact=TOM, sent=MON, sig=TOM_SIG,
         body="Hi Alex,\n\nFriday at noon works, or the following Monday at 10.\n\nTom",
         expect=E("Tom Becker", "Kitestring Studio", "scheduled", times=["2026-11-20T12:00:00-05:00", "2026-11-23T10:00:00-05:00"])),
    dict(name="yahoo_declined", client="yahoo", contact=MARA, sent=MON, sig=MARA_SIG,
         body="Hi Alex,\n\nSorry, I don't have the bandwidth for calls like this. I hope you find someone who can help!\n\nMara",
         expect=E("Mara Quinn", "Brightpath Inc.", "declined")),
    dict(name="yahoo_quick_15", client="yahoo", contact=HANNAH, sent=MON, sig=HANNAH_SIG,
         body="Hi Alex,\n\nI've got a quick 15 on Friday at 9:15am if that helps.\n\nHannah",
         expect=E("Hannah Cole", "City of Redwood", "scheduled", times=["2026-11-20T09:15:00-05:00"], duration=15)),
    dict(name="proton_window_after", client="proton", contact=KENJI, sent=MON, sig=KENJI_SIG,
         body="Hi Alex,\n\nI'm free Wednesday after 2; just grab any slot and send an invite. 15 minutes?\n\nKenji",
         expect=E("Kenji Watanabe", "Orbital Software", "scheduled",
                  times=["2026-11-18T14:00:00-05:00/2026-11-18T17:00:00-05:00"], duration=15)),
    dict(name="proton_asks", client="proton", contact=OLIVER, sent=MON, sig=OLIVER_SIG,
         body="Hi Alex,\n\nHappy to chat. Could you suggest a few times that work for you next week? I'm in London, so "
              "mornings your time are easiest.\n\nOliver",
         expect=E("Oliver Grant", "Thames Data Ltd", "asks_for_times")),
    dict(name="proton_referred_name_only", client="proton", contact=KENJI, sent=MON, sig=KENJI_SIG,
         body="Hi Alex,\n\nI'd recommend talking to Marcus Bell on our platform team instead; I'm not close enough to the "
              "work you describe.\n\nKenji",
         expect=E("Kenji Watanabe", "Orbital Software", "referred", refs=[("Marcus Bell",)])),
    dict(name="rfc822_scheduled", client="rfc822", contact=DANA, sent=MON, sig=DANA_SIG,
         body="Hi Alex,\n\nHow about Tuesday, Nov 24 at 2pm ET (11am PT)? Here's a link for whenever we land: "
              "https://zoom.example/j/5550001\n\nDana",
         expect=E("Dana Whitfield", "Northwind Health", "scheduled", times=["2026-11-24T14:00:00-05:00"], kind="video",
                  detail="https://zoom.example/j/5550001")),
    dict(name="rfc822_la_zone", client="rfc822", contact=JORDAN, sent=datetime(2026, 11, 16, 6, 14, tzinfo=LA), sig=JORDAN_SIG,
         body="Hi Alex,\n\nThursday at 3 would be great. A 20-minute chat is perfect.\n\nJordan",
         expect=E("Jordan Lee", "Sunpeak Analytics", "scheduled", times=["2026-11-19T18:00:00-05:00"], duration=20)),
    dict(name="rfc822_no_reply", client="rfc822", contact=SOFIA, sent=MON, no_reply=True, body="", note="Sent this today.",
         expect=E("Sofia Reyes", None, "no_reply")),
    dict(name="rfc822_referred", client="rfc822", contact=GRACE, sent=MON, sig=GRACE_SIG,
         body="Hi Alex,\n\nI'm flattered, but I've been out of recruiting for years. Jordan Lee would be a better person to "
              "talk to; you can reach Jordan at jordan.lee@harborview.example.\n\nGrace",
         expect=E("Grace Liu", "Harborview Labs", "referred", refs=[("Jordan Lee", "jordan.lee@harborview.example")])),
    dict(name="ccreply_owner_picks", client="ccreply", contact=DANA, sent=MON, sig=DANA_SIG,
         body="Hi Alex,\n\nWould Tuesday the 24th at 10am or Wednesday the 25th at 3pm work for you?\n\nDana",
         owner_reply="Hi Dana,\n\nWednesday the 25th at 3pm works great, thank you! I'll send an invite.",
         expect=E("Dana Whitfield", "Northwind Health", "scheduled",
                  times=["2026-11-24T10:00:00-05:00", "2026-11-25T15:00:00-05:00"])),
    dict(name="ccreply_confirms_owner", client="ccreply", contact=RAVI, sent=MON, sig=RAVI_SIG,
         outreach_at=ny(2026, 11, 13, 10, 2),
         outreach="Hi Ravi,\n\nI'm a second-year student exploring robotics. Would Thursday at 4pm work for a quick call?\n\nThank you,\nAlex",
         body="Hi Alex,\n\nThat works for me, talk then!\n\nRavi",
         owner_reply="Great, I'll send an invite for Thursday.",
         expect=E("Ravi Menon", "Fernhill Robotics", "scheduled", times=["2026-11-19T16:00:00-05:00"])),
    dict(name="ccreply_asks", client="ccreply", contact=HANNAH, sent=MON, sig=HANNAH_SIG,
         body="Hi Alex,\n\nSure, what times work for you?\n\nHannah",
         owner_reply="Hi Hannah,\n\nHow about Tuesday at 2pm?",
         expect=E("Hannah Cole", "City of Redwood", "asks_for_times")),
    dict(name="bcc_outreach", client="bcc", contact=KENJI, sent=MON, no_reply=True, body="",
         expect=E("Kenji Watanabe", None, "no_reply")),
    dict(name="gmail_two_days", client="gmail", contact=SOFIA, sent=MON, sig=SOFIA_SIG,
         body="Hi Alex,\n\nTuesday or Wednesday at 2pm both work for me.\n\nSofia",
         expect=E("Sofia Reyes", "Casa Verde Coffee", "scheduled", times=["2026-11-17T14:00:00-05:00", "2026-11-18T14:00:00-05:00"])),
    dict(name="gmail_same_instant", client="gmail", contact=LENA, sent=datetime(2026, 11, 16, 15, 14, tzinfo=BER), sig=LENA_SIG,
         body="Hi Alex,\n\n14:00 CET, which is 8:00 ET, on Tuesday would work for me.\n\nLena",
         expect=E("Lena Fischer", "Alpenglow Ventures", "scheduled", times=["2026-11-17T08:00:00-05:00"])),
    dict(name="gmail_dst_us", client="gmail", contact=TOM, sent=ny(2026, 10, 30, 10, 0), outreach_at=ny(2026, 10, 27, 10, 2),
         sig=TOM_SIG, body="Hi Alex,\n\nMonday at 2pm ET works for me.\n\nTom",
         expect=E("Tom Becker", "Kitestring Studio", "scheduled", times=["2026-11-02T14:00:00-05:00"])),
    dict(name="gmail_dst_eu", client="gmail", contact=LENA, tz="Europe/Berlin", sent=datetime(2026, 10, 23, 10, 0, tzinfo=BER),
         outreach_at=datetime(2026, 10, 20, 9, 30, tzinfo=BER), sig=LENA_SIG,
         body="Hi Alex,\n\nMonday at 10 works.\n\nLena",
         expect=E("Lena Fischer", "Alpenglow Ventures", "scheduled", times=["2026-10-26T10:00:00+01:00"])),
    dict(name="outlook_negated", client="outlook", contact=GRACE, sent=MON, sig=GRACE_SIG, sigdash=False,
         body="Hi Alex,\n\nI'm out Monday and Tuesday, but Wednesday at 3 or Thursday morning at 9:30 would work.\n\nBest,",
         expect=E("Grace Liu", "Harborview Labs", "scheduled", times=["2026-11-18T15:00:00-05:00", "2026-11-19T09:30:00-05:00"])),
    dict(name="gmail_meet_link", client="gmail", contact=PRIYA, sent=MON, sig=PRIYA_SIG,
         body="Hi Alex,\n\nLet's do Thursday 11/19 at 3:30 PM EST. Join here: https://meet.google.com/abc-defg-hij\n\nPriya",
         expect=E("Priya Nair", "Contoso Bank", "scheduled", times=["2026-11-19T15:30:00-05:00"], kind="video",
                  detail="https://meet.google.com/abc-defg-hij")),
    dict(name="outlook_office", client="outlook", contact=BEN, sent=MON, sig=BEN_SIG, sigdash=False,
         body="Hi Alex,\n\nCome by my office on Friday at 4? We're at 500 Boylston Street, 10th floor. Plan on about 45 "
              "minutes.\n\nBest,",
         expect=E("Ben Adeyemi", "Lumen Health Systems", "scheduled", times=["2026-11-20T16:00:00-05:00"], duration=45,
                  kind="in_person", detail="500 Boylston Street")),
    dict(name="gmail_video_or_phone", client="gmail", contact=RAVI, sent=MON, sig=RAVI_SIG,
         body="Hi Alex,\n\nVideo or phone, either works for me. Does Thursday at 11 work?\n\nRavi",
         expect=E("Ravi Menon", "Fernhill Robotics", "scheduled", times=["2026-11-19T11:00:00-05:00"])),
    dict(name="gmail_sig_phone", client="gmail", contact=PRIYA, sent=MON, sig=PRIYA_SIG,
         body="Hi Alex,\n\nTuesday at 4:15 works for me.\n\nPriya",
         expect=E("Priya Nair", "Contoso Bank", "scheduled", times=["2026-11-17T16:15:00-05:00"])),
    dict(name="apple_name_credentials", client="apple", contact=LENA, sent=MON, sig=LENA_SIG, apple_abbr="EST",
         body="Hi Alex,\n\nHappy to help. I'm free tomorrow between 1 and 2:30.\n\nLena",
         expect=E("Lena Fischer", "Alpenglow Ventures", "scheduled", times=["2026-11-17T13:00:00-05:00/2026-11-17T14:30:00-05:00"])),
    dict(name="gmail_deferred_holidays", client="gmail", contact=MARA, sent=MON, sig=MARA_SIG,
         body="Hi Alex,\n\nThings are crazy until the holidays. Let's circle back after the new year.\n\nMara",
         expect=E("Mara Quinn", "Brightpath Inc.", "deferred")),
    dict(name="gmail_past_mention", client="gmail", contact=TOM, sent=MON, sig=TOM_SIG,
         body="Hi Alex,\n\nGreat to meet you at the career fair on Nov 2 at 6pm! I'm free Tuesday at 3pm.\n\nTom",
         expect=E("Tom Becker", "Kitestring Studio", "scheduled", times=["2026-11-17T15:00:00-05:00"])),
    dict(name="outlook_name_reversed", client="outlook", contact=("Whitfield, Dana", "dana@northwind.example"), sent=MON,
         sig=DANA_SIG, sigdash=False, body="Hi Alex,\n\nTuesday at 2pm works.\n\nThanks,",
         expect=E("Dana Whitfield", "Northwind Health", "scheduled", times=["2026-11-17T14:00:00-05:00"])),
    dict(name="thunderbird_asks_calendly", client="thunderbird", contact=BEN, sent=MON, sig=BEN_SIG,
         body="Hi Alex,\n\nHappy to chat! Grab any open slot on my calendar here: https://calendly.example/ben-adeyemi/intro\n\nBen",
         expect=E("Ben Adeyemi", "Lumen Health Systems", "asks_for_times")),
]

ALEX = ("Alex Kim", "alex.kim@gmail.example")

# Harder cases, written from the contract before running the reader on them.
CASES += [
    dict(name="gmail_bullet_windows", client="gmail", contact=PRIYA, sent=MON, sig=PRIYA_SIG,
         body="Hi Alex,\n\nHere are a few options (all Eastern):\n- Tue 11/17, 10:00-10:30\n- Wed 11/18, 2:00-2:30\n"
              "- Fri 11/20, 4:00-4:30\n\nLet me know which works.\n\nPriya",
         expect=E("Priya Nair", "Contoso Bank", "scheduled",
                  times=["2026-11-17T10:00:00-05:00/2026-11-17T10:30:00-05:00", "2026-11-18T14:00:00-05:00/2026-11-18T14:30:00-05:00",
                         "2026-11-20T16:00:00-05:00/2026-11-20T16:30:00-05:00"])),
    dict(name="gmail_chain_contact_confirms_pick", client="gmail", contact=DANA, sent=ny(2026, 11, 16, 15, 40),
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2), "Hi Dana,\n\nWould you have 20 minutes for a quick call?\n\nThanks,\nAlex"),
                ("Dana Whitfield, PhD", "dana@northwind.example", ny(2026, 11, 16, 9, 14),
                 "Hi Alex,\n\nSure! Tuesday at 2pm or Wednesday at 3pm?\n\nDana\n\n-- \n" + DANA_SIG),
                (ALEX[0], ALEX[1], ny(2026, 11, 16, 11, 0), "Wednesday at 3 works great!\n\nAlex"),
                ("Dana Whitfield, PhD", "dana@northwind.example", ny(2026, 11, 16, 15, 40),
                 "Perfect, see you Wednesday!\n\nDana\n\n-- \n" + DANA_SIG)],
         body="", expect=E("Dana Whitfield", "Northwind Health", "scheduled",
                           times=["2026-11-17T14:00:00-05:00", "2026-11-18T15:00:00-05:00"])),
    dict(name="gmail_wrong_person", client="gmail", contact=MARA, sent=MON, sig=MARA_SIG,
         body="Hi Alex,\n\nI don't think I'm the right person for this. I'd suggest reaching out to our recruiting team "
              "instead. Good luck!\n\nMara",
         expect=E("Mara Quinn", "Brightpath Inc.", "declined")),
    dict(name="gmail_next_thursday_on_thursday", client="gmail", contact=TOM, sent=ny(2026, 11, 12, 16, 30),
         outreach_at=ny(2026, 11, 10, 9, 0), sig=TOM_SIG,
         body="Yes! Let's do it. Does next Thursday at 1 work? I'll send a Zoom link.\n\nTom",
         expect=E("Tom Becker", "Kitestring Studio", "scheduled", times=["2026-11-19T13:00:00-05:00"], kind="video")),
    dict(name="gmail_two_windows_duration", client="gmail", contact=KENJI, sent=MON, sig=KENJI_SIG,
         body="Hi Alex,\n\nI could do a 30 min call on Dec 1st between 9 and 10, or Dec 2nd after 4pm.\n\nKenji",
         expect=E("Kenji Watanabe", "Orbital Software", "scheduled",
                  times=["2026-12-01T09:00:00-05:00/2026-12-01T10:00:00-05:00", "2026-12-02T16:00:00-05:00/2026-12-02T17:00:00-05:00"],
                  duration=30)),
    dict(name="outlook_full_date", client="outlook", contact=PRIYA, sent=MON, sig=PRIYA_SIG, sigdash=False,
         body="Hello Alex,\n\nI have reserved Monday, November 23, 2026 at 10:00 AM (EST) for our conversation. "
              "I will send a Microsoft Teams meeting shortly.\n\nRegards,",
         expect=E("Priya Nair", "Contoso Bank", "scheduled", times=["2026-11-23T10:00:00-05:00"], kind="video")),
    dict(name="thunderbird_tomorrow_own_zone", client="thunderbird", contact=JORDAN, sent=datetime(2026, 11, 15, 22, 30, tzinfo=LA),
         sig=JORDAN_SIG, body="Hi Alex,\n\nSorry for the late reply! Could you do tomorrow at 10?\n\nJordan",
         expect=E("Jordan Lee", "Sunpeak Analytics", "scheduled", times=["2026-11-16T13:00:00-05:00"])),
    dict(name="yahoo_leave_until", client="yahoo", contact=GRACE, sent=MON, sig=GRACE_SIG,
         body="Hi Alex,\n\nI'm out on leave until February. Please reach out then and we can find a time.\n\nGrace",
         expect=E("Grace Liu", "Harborview Labs", "deferred")),
    dict(name="proton_anytime_between", client="proton", contact=SOFIA, sent=MON, sig=SOFIA_SIG,
         body="Hi Alex,\n\nSorry for the slow reply! Happy to chat. How's Thursday the 19th, anytime between 1 and 4 ET?\n\nSofia",
         expect=E("Sofia Reyes", "Casa Verde Coffee", "scheduled", times=["2026-11-19T13:00:00-05:00/2026-11-19T16:00:00-05:00"])),
    dict(name="gmail_no_reply_other_address", client="gmail", contact=HANNAH, sent=MON, no_reply=True, body="",
         outreach_from=("Alex Kim", "akim@school.example"), note="Sent from my school account last week.",
         expect=E("Hannah Cole", None, "no_reply")),
    dict(name="apple_phone_number_ok", client="apple", contact=BEN, sent=MON, sig=BEN_SIG, apple_abbr="EST",
         body="Hi Alex,\n\nThursday at 5:30pm ET is good. I'll be driving, so please dial my cell: +1 (617) 555-0188.\n\nBen",
         expect=E("Ben Adeyemi", "Lumen Health Systems", "scheduled", times=["2026-11-19T17:30:00-05:00"], kind="phone",
                  detail="+1 (617) 555-0188")),
    dict(name="rfc822_declined_timeoff", client="rfc822", contact=OLIVER, sent=datetime(2026, 11, 16, 14, 14, tzinfo=LON), sig=OLIVER_SIG,
         body="Hi Alex,\n\nThanks for the note. I'm afraid I won't be able to help — my calendar is full through the end of "
              "the year and I'm not taking new calls.\n\nAll the best,\nOliver",
         expect=E("Oliver Grant", "Thames Data Ltd", "declined")),
]

# Third batch, also written before running the reader on them.
CASES += [
    dict(name="gmail_pacific_window_duration", client="gmail", contact=JORDAN, sent=MON, sig=JORDAN_SIG,
         body="Hi Alex,\n\nLet's do 30 minutes next Tuesday, 11/24, at 10:30am Pacific.\n\nJordan",
         expect=E("Jordan Lee", "Sunpeak Analytics", "scheduled", times=["2026-11-24T13:30:00-05:00"], duration=30)),
    dict(name="proton_ping_again", client="proton", contact=RAVI, sent=MON, sig=RAVI_SIG,
         body="Hi Alex,\n\nI'm heads-down until mid-December. Can you ping me again around the 15th?\n\nRavi",
         expect=E("Ravi Menon", "Fernhill Robotics", "deferred")),
    dict(name="yahoo_say_no", client="yahoo", contact=SOFIA, sent=MON, sig=SOFIA_SIG,
         body="Hi Alex,\n\nI appreciate you thinking of me, but I'm going to have to say no for now. Best of luck!\n\nSofia",
         expect=E("Sofia Reyes", "Casa Verde Coffee", "declined")),
    dict(name="gmail_referred_at_org", client="gmail", contact=GRACE, sent=MON, sig=GRACE_SIG,
         body="Hi Alex,\n\nI'm not in that field anymore, sadly. My friend Carla Mendes at Brightpath would be a great person "
              "to talk to. I'll make an intro by email.\n\nGrace",
         expect=E("Grace Liu", "Harborview Labs", "referred", refs=[("Carla Mendes",)])),
    dict(name="outlook_coffee", client="outlook", contact=TOM, sent=MON, sig=TOM_SIG, sigdash=False,
         body="Hi Alex,\n\nHow about coffee at Blue Bottle on Friday at 8?\n\nTom",
         expect=E("Tom Becker", "Kitestring Studio", "scheduled", times=["2026-11-20T08:00:00-05:00"], kind="in_person")),
    dict(name="thunderbird_ring", client="thunderbird", contact=OLIVER, sent=datetime(2026, 11, 16, 14, 14, tzinfo=LON), sig=OLIVER_SIG,
         body="Hi Alex,\n\nWednesday at 3pm UK time suits me; I'll give you a ring on the number in your email.\n\nOliver",
         expect=E("Oliver Grant", "Thames Data Ltd", "scheduled", times=["2026-11-18T10:00:00-05:00"], kind="phone")),
    dict(name="apple_march_edt", client="apple", contact=HANNAH, sent=ny(2027, 3, 16, 9, 14), apple_abbr="EDT",
         outreach_at=ny(2027, 3, 11, 10, 0), sig=HANNAH_SIG,
         body="Hi Alex,\n\nThursday at 2pm would be lovely.\n\nHannah",
         expect=E("Hannah Cole", "City of Redwood", "scheduled", times=["2027-03-18T14:00:00-04:00"])),
    dict(name="gmail_to_window", client="gmail", contact=BEN, sent=MON, sig=BEN_SIG,
         body="Hi Alex,\n\nThursday 10am to 11am or Friday 10 – 10:30am both work on my end.\n\nBen",
         expect=E("Ben Adeyemi", "Lumen Health Systems", "scheduled",
                  times=["2026-11-19T10:00:00-05:00/2026-11-19T11:00:00-05:00", "2026-11-20T10:00:00-05:00/2026-11-20T10:30:00-05:00"])),
    dict(name="gmail_vague_afternoon", client="gmail", contact=ELENA, sent=MON,
         body="Hi Alex,\n\nAny time Tuesday afternoon works, just send me an invite.\n\nElena",
         expect=E("Elena Petrova", None, "asks_for_times")),
    dict(name="gmail_chain_contact_repeats", client="gmail", contact=KENJI, sent=ny(2026, 11, 16, 13, 0),
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2), "Hi Kenji,\n\nWould you have 20 minutes for a call?\n\nAlex"),
                ("Kenji Watanabe", "kenji@orbital.example", ny(2026, 11, 16, 9, 14),
                 "Hi Alex,\n\nI could do Wednesday at 11am.\n\nKenji\n\n-- \n" + KENJI_SIG),
                ("Kenji Watanabe", "kenji@orbital.example", ny(2026, 11, 16, 13, 0),
                 "Following up: Wednesday at 11am still works, or Thursday at 11am if that's better. A 20 minute call is great.\n\nKenji\n\n-- \n" + KENJI_SIG)],
         body="", expect=E("Kenji Watanabe", "Orbital Software", "scheduled",
                           times=["2026-11-18T11:00:00-05:00", "2026-11-19T11:00:00-05:00"], duration=20)),
]

# Fourth batch, written before running the reader on them.
ROSA_CC = [("Rosa Delgado", "rosa.delgado@kitestring.example")]
CASES += [
    dict(name="gmail_pick_any_time", client="gmail", contact=HANNAH, sent=MON, sig=HANNAH_SIG,
         body="Hi Alex — absolutely, I'd be happy to. My calendar is pretty open next week; pick whatever works and send "
              "an invite.\n\nHannah",
         expect=E("Hannah Cole", "City of Redwood", "asks_for_times")),
    dict(name="outlook_two_offers_flexible", client="outlook", contact=RAVI, sent=MON, sig=RAVI_SIG, sigdash=False,
         body="Hey! Sure thing. Does Monday at 11:30 or Tuesday at 3 work? If not, I'm flexible.\n\nCheers,",
         expect=E("Ravi Menon", "Fernhill Robotics", "scheduled", times=["2026-11-23T11:30:00-05:00", "2026-11-17T15:00:00-05:00"])),
    dict(name="apple_spring", client="apple", contact=MARA, sent=MON, sig=MARA_SIG, apple_abbr="EST",
         body="Thanks Alex. I'm stepping away from work for a few months, so I can't commit to anything right now. Feel free "
              "to check in with me in the spring.\n\nMara",
         expect=E("Mara Quinn", "Brightpath Inc.", "deferred")),
    dict(name="yahoo_exception_window", client="yahoo", contact=KENJI, sent=MON, sig=KENJI_SIG,
         body="Hi Alex, I don't usually take these calls, but I'll make an exception. 15 minutes max, Thursday 12:15–12:30 ET.\n\nKenji",
         expect=E("Kenji Watanabe", "Orbital Software", "scheduled", times=["2026-11-19T12:15:00-05:00/2026-11-19T12:30:00-05:00"],
                  duration=15)),
    dict(name="rfc822_looped_in", client="rfc822", contact=TOM, sent=MON, sig=TOM_SIG, cc=ROSA_CC,
         body="Hi Alex, our team lead Rosa Delgado (rosa.delgado@kitestring.example) handles all of these — I've looped her in.\n\nTom",
         expect=E("Tom Becker", "Kitestring Studio", "referred", refs=[("Rosa Delgado", "rosa.delgado@kitestring.example")])),
    dict(name="proton_cant_make_it_work", client="proton", contact=SOFIA, sent=MON, sig=SOFIA_SIG,
         body="Hey Alex, I'm not going to be able to make this work, sorry. Good luck with the search!\n\nSofia",
         expect=E("Sofia Reyes", "Casa Verde Coffee", "declined")),
    dict(name="gmail_starbucks", client="gmail", contact=GRACE, sent=MON, sig=GRACE_SIG,
         body="Hi Alex, yes! I'm in your neighborhood on Friday. Want to meet at the Starbucks on Main St around 9?\n\nGrace",
         expect=E("Grace Liu", "Harborview Labs", "scheduled", times=["2026-11-20T09:00:00-05:00"], kind="in_person")),
    dict(name="thunderbird_cell_dots", client="thunderbird", contact=PRIYA, sent=MON, sig=PRIYA_SIG,
         body="Hi Alex, happy to. Call my cell at 415.555.0172 Wednesday at 5:30 pm.\n\nPriya",
         expect=E("Priya Nair", "Contoso Bank", "scheduled", times=["2026-11-18T17:30:00-05:00"], kind="phone", detail="415.555.0172")),
]
