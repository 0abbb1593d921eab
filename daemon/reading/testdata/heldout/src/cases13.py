# Held-out batch 13: written from inspect-contract.md before the reader was
# run on it, never edited to match the reader's output. Writers unlike
# batches 1-12 on purpose: a marketing SVP on sabbatical who pencils in a
# date after the US clocks change ("March 16 at 10 a.m. Eastern", EDT), a
# data scientist going on parental leave ("6 April at 16:00 CEST"), a
# ski-resort manager ("8:30 MT"), a harbour pilot in Honolulu ("7am
# Hawaii time"), a credit-risk head in Johannesburg ("15:00 (GMT+2)"), a
# Turkish product director in ISO-8859-9, a Polish project lead in
# ISO-8859-2, an Estonian finance director in ISO-8859-15 ("€2M"), a
# Japanese auto-reply in ISO-2022-JP, a Dubai investor ("6pm Dubai time
# (GST)"), an owner in London (.tz), "quarter past 4", "midday", "noon
# Eastern", "the Wednesday after Thanksgiving", "next Tuesday" written on
# a Friday; the contact who offers three times and the owner who picks one
# (all three stay), a time plus a second person to talk to (scheduled,
# with a referral), a contact who backs out after asking for times, a
# referral given only as a mailto link, an organisation whose name holds
# people's names, the owner's own proposals never confirmed. Times in
# expect carry the offset of the zone they were written in; the test
# compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")
IST = ZoneInfo("Europe/Istanbul")
DXB = ZoneInfo("Asia/Dubai")
PAR = ZoneInfo("Europe/Paris")
HEL = ZoneInfo("Europe/Helsinki")
WAW = ZoneInfo("Europe/Warsaw")
TLL = ZoneInfo("Europe/Tallinn")
CHI = ZoneInfo("America/Chicago")
AMS = ZoneInfo("Europe/Amsterdam")


def ny(*a): return datetime(*a, tzinfo=NY)


SAT14 = ny(2026, 11, 14, 11, 0)
SUN15 = ny(2026, 11, 15, 18, 45)
MON = ny(2026, 11, 16, 9, 14)
TUE = ny(2026, 11, 17, 10, 40)
WED = ny(2026, 11, 18, 14, 25)
FRI20 = ny(2026, 11, 20, 16, 10)
SAT21 = ny(2026, 11, 21, 10, 30)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP1252 = ("quoted-printable", "windows-1252")
QP88592 = ("quoted-printable", "iso-8859-2")
QP88599 = ("quoted-printable", "iso-8859-9")
QP885915 = ("quoted-printable", "iso-8859-15")
B64UTF8 = ("base64", "utf-8")
JIS = ("7bit", "iso-2022-jp")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


JOBURG_HTML = ('<div dir="ltr"><p>Hi Alex,</p>\n<p>Thursday 3 December at 15:00 (GMT+2) works for me. That&#39;s 8am for '
               'you, I believe. I&#39;ll send a Teams link.</p>\n<p>Regards,<br>\nThandiwe Mokoena<br>\n'
               'Head of Credit Risk, Kopano Bank</p></div>')

MAILTO_HTML = ('<p>Hi Alex,</p>\n<p>Thanks for the note. For questions about our rotational program, '
               '<a href="mailto:keisha.barnes@corbel.example">Keisha Barnes</a> is the person to talk to; she runs it.</p>\n'
               '<p>Best,<br>\nTrevor Haskins<br>\nDirector, Corporate Strategy, Corbel Industries</p>')

CASES = [
    # ---------------- scheduled ----------------
    # The owner picks one of the contact's three offers; all three stay.
    dict(name="h13_ccreply_sched_three_offers_owner_picks", client="ccreply",
         contact=("Soledad Varga", "soledad.varga@brindlehealth.example"), sent=TUE,
         sig="Soledad Varga\nUX Research Manager, Brindle Health",
         body="Hi Alex,\n\nHappy to. I can do Monday 11/30 at 9, Tuesday 12/1 at 1:30, or Thursday 12/3 at 4. Zoom "
              "either way.\n\nSoledad",
         owner_reply="Tuesday at 1:30 is perfect, see you then!",
         expect=E("Soledad Varga", "Brindle Health", "scheduled",
                  times=["2026-11-30T09:00:00-05:00", "2026-12-01T13:30:00-05:00", "2026-12-03T16:00:00-05:00"],
                  kind="video")),
    # Pencilled in for after the US clocks go forward (March 14, 2027): EDT.
    dict(name="h13_outlook_sched_sabbatical_march_edt", client="outlook",
         contact=("Gail Ashdown", "gashdown@riverbendoutfitters.example"), sent=MON,
         sig="Gail Ashdown\nSVP Marketing\nRiverbend Outfitters", sigdash=False,
         body="Alex,\n\nI'm on sabbatical from December through early March and will be fully offline. If you're still "
              "exploring then, let's pencil in Tuesday, March 16 at 10 a.m. Eastern. I'll call you; just send me your "
              "number closer to the date.\n\nRegards,",
         expect=E("Gail Ashdown", "Riverbend Outfitters", "scheduled", times=["2027-03-16T10:00:00-04:00"], kind="phone")),
    dict(name="h13_thunderbird_sched_berlin_april_cest", client="thunderbird",
         contact=("Friederike Lange", "friederike.lange@kranich-mobility.example"),
         sent=datetime(2026, 11, 18, 11, 0, tzinfo=BER), sig="Friederike Lange\nHead of Data Science, Kranich Mobility GmbH",
         enc=QP8859, note="Can you set this up?",
         body="Hi Alex,\n\nMy parental leave starts next week and runs to the end of March, so the coming months are out. "
              "Could we fix a date now so neither of us forgets? Tuesday 6 April at 16:00 CEST would work for me.\n\n"
              "Viele Grüße,\nFriederike",
         expect=E("Friederike Lange", "Kranich Mobility GmbH", "scheduled", times=["2027-04-06T16:00:00+02:00"])),
    dict(name="h13_rfc822_sched_london_gmt_half_hour", client="rfc822",
         contact=("Philippa Rowe", "philippa.rowe@thornburyvale.example"), sent=datetime(2026, 11, 19, 16, 20, tzinfo=LON),
         sig="Philippa Rowe\nHead of Digital, Thornbury & Vale",
         body="Hi Alex,\n\nLovely to hear from you. Wednesday at 14:00 GMT suits; shall I send a Teams invite? It shouldn't "
              "need more than half an hour.\n\nBest wishes,\nPhilippa",
         expect=E("Philippa Rowe", "Thornbury & Vale", "scheduled", times=["2026-11-25T14:00:00+00:00"], duration=30,
                  kind="video")),
    dict(name="h13_yahoo_sched_ski_resort_mt", client="yahoo", contact=("Josh Tapia", "jtapia@silverbasin.example"),
         sent=SUN15, sig="Josh Tapia\nMountain Operations Manager, Silver Basin Resort",
         body="Alex,\n\nOpening day is December 5, so after that I'm living on the mountain. Before then, Monday the 30th "
              "at 8:30 MT works, by phone: 970-555-0123.\n\nJosh",
         expect=E("Josh Tapia", "Silver Basin Resort", "scheduled", times=["2026-11-30T08:30:00-07:00"], kind="phone",
                  detail="970-555-0123")),
    dict(name="h13_gmail_sched_pacific_window_the_2nd", client="gmail",
         contact=("Keanu Alvarado", "keanu@tidepoolgames.example"), sent=TUE,
         sig="Keanu Alvarado\nStaff Engineer, Tidepool Games",
         body="Hey Alex,\n\nSure thing. Any time 10-11:30 Pacific on Wednesday the 2nd works for me; grab a slot and send "
              "an invite.\n\nKeanu",
         expect=E("Keanu Alvarado", "Tidepool Games", "scheduled",
                  times=["2026-12-02T10:00:00-08:00/2026-12-02T11:30:00-08:00"])),
    dict(name="h13_apple_sched_quarter_past_four", client="apple", contact=("Bo Lindahl", "bo.lindahl@mail.example"),
         sent=ny(2026, 11, 16, 12, 40),
         body="quarter past 4 on thursday? I'll call you\n\nSent from my iPhone",
         expect=E("Bo Lindahl", None, "scheduled", times=["2026-11-19T16:15:00-05:00"], kind="phone")),
    dict(name="h13_proton_sched_two_utc_same_day", client="proton", contact=("Ilya Marchenko", "ilya@marchenko.example"),
         sent=SAT14,
         body="Hi Alex,\n\nTue 1 Dec, 09:30 UTC, or if that's too early for you, 14:30 UTC the same day.\n\nIlya",
         expect=E("Ilya Marchenko", None, "scheduled", times=["2026-12-01T09:30:00+00:00", "2026-12-01T14:30:00+00:00"])),
    dict(name="h13_outlookweb_sched_johannesburg_gmt_plus_2", client="outlookweb",
         contact=("Thandiwe Mokoena", "thandiwe.mokoena@kopanobank.example"), sent=MON, body="", html_body=JOBURG_HTML,
         expect=E("Thandiwe Mokoena", "Kopano Bank", "scheduled", times=["2026-12-03T15:00:00+02:00"], kind="video")),
    dict(name="h13_fastmail_sched_midday_friday_4th", client="fastmail",
         contact=("Theo Vasquez", "theo.vasquez@greenhalgh.example"), sent=WED,
         sig="Theo Vasquez\nArt Handler, Greenhalgh Gallery",
         body="Alex,\n\nHow about midday on Friday the 4th? We could grab a sandwich at Alidoro, 105 Sullivan Street. I've "
              "got about 45 minutes.\n\nTheo",
         expect=E("Theo Vasquez", "Greenhalgh Gallery", "scheduled", times=["2026-12-04T12:00:00-05:00"], duration=45,
                  kind="in_person", detail="105 Sullivan Street")),
    dict(name="h13_gmail_sched_noon_eastern_past_meetup", client="gmail",
         contact=("Monique Desrosiers", "monique@lanternstrategy.example"), sent=MON,
         sig="Monique Desrosiers\nPrincipal, Lantern Strategy Group",
         body="Hi Alex,\n\nOf course I remember you from the Oct 14 meetup! How about Thursday 12/10 at noon Eastern? My "
              "office is at 200 Clarendon Street, 40th floor.\n\nMonique",
         expect=E("Monique Desrosiers", "Lantern Strategy Group", "scheduled", times=["2026-12-10T12:00:00-05:00"],
                  kind="in_person", detail="200 Clarendon Street")),
    dict(name="h13_thunderbird_sched_istanbul_latin5", client="thunderbird",
         contact=("Deniz Aksoy", "deniz.aksoy@kuzeypay.example"), sent=datetime(2026, 11, 17, 13, 0, tzinfo=IST),
         sig="Deniz Aksoy\nProduct Director, Kuzey Payments", enc=QP88599, note="Can you set this up?",
         body="Dear Alex,\n\nThank you, it would be a pleasure. Wednesday, 25 November, 18:30 Istanbul time? I can use "
              "Google Meet.\n\nSaygılarımla,\nDeniz",
         expect=E("Deniz Aksoy", "Kuzey Payments", "scheduled", times=["2026-11-25T18:30:00+03:00"], kind="video")),
    dict(name="h13_applemail_sched_honolulu_hawaii_time", client="applemail",
         contact=("Leilani Kahale", "leilani@oahupilots.example"), sent=ny(2026, 11, 16, 13, 0), apple_abbr="EST",
         sig="Leilani Kahale\nHarbor Pilot, Oahu Pilots Association",
         body="Aloha Alex,\n\nTuesday 12/8 at 7am Hawaii time works for me; it'll be noon for you. Call me at "
              "808-555-0147.\n\nMahalo,\nLeilani",
         expect=E("Leilani Kahale", "Oahu Pilots Association", "scheduled", times=["2026-12-08T07:00:00-10:00"],
                  kind="phone", detail="808-555-0147")),
    dict(name="h13_gmail_chain_go_with_the_25th", client="gmail",
         contact=("Rosalind Achterberg", "rosalind.achterberg@fennick.example"), sent=ny(2026, 11, 16, 8, 5), body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Rosalind,\n\nI'm exploring a move into clinical research operations. Would you have 20 minutes for "
                 "a call?\n\nThanks,\nAlex"),
                ("Rosalind Achterberg", "rosalind.achterberg@fennick.example", ny(2026, 11, 13, 12, 15),
                 "Sure, pick a time that suits you next week or the one after.\n\nRosalind"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 13, 30),
                 "Thank you! Would Tuesday 11/24 at 2pm or Wednesday 11/25 at 11am work?\n\nAlex"),
                ("Rosalind Achterberg", "rosalind.achterberg@fennick.example", ny(2026, 11, 16, 8, 5),
                 "Let's go with the 25th. Talk then.\n\nRosalind\n\n-- \nRosalind Achterberg\n"
                 "Clinical Trials Manager, Fennick Therapeutics")],
         expect=E("Rosalind Achterberg", "Fennick Therapeutics", "scheduled", times=["2026-11-25T11:00:00-05:00"])),
    dict(name="h13_outlook_sched_owner_followup_office", client="outlook",
         contact=("Nathaniel Corrigan", "ncorrigan@baystatemutual.example"), sent=TUE,
         sig="Nathaniel Corrigan\nSenior Underwriter\nBay State Mutual", sigdash=False,
         owner_followup="Confirming Friday at 3:45 at your office. See you then!",
         body="Hi Alex,\n\nGlad to. Friday at 3:45 PM, at our office: 1 Federal Street, 12th floor. Ask for me at "
              "reception.\n\nThanks,",
         expect=E("Nathaniel Corrigan", "Bay State Mutual", "scheduled", times=["2026-11-20T15:45:00-05:00"],
                  kind="in_person", detail="1 Federal Street")),
    dict(name="h13_yahoo_sched_cp1252_en_dash_window", client="yahoo",
         contact=("Imani Coleman", "imani.coleman@keystonefreight.example"), sent=WED, enc=QP1252,
         sig="Imani Coleman\nBenefits Director, Keystone Freight",
         body="Hi Alex,\n\nHow’s Thursday 3–3:45? I’ll be at my desk, so a call is easy.\n\n—Imani",
         expect=E("Imani Coleman", "Keystone Freight", "scheduled",
                  times=["2026-11-19T15:00:00-05:00/2026-11-19T15:45:00-05:00"])),
    dict(name="h13_rfc822nested_sched_dubai_gst", client="rfc822nested",
         contact=("Rashid Al-Mansoori", "rashid@qasrcapital.example"), sent=datetime(2026, 11, 17, 18, 0, tzinfo=DXB),
         sig="Rashid Al-Mansoori\nInvestment Director, Qasr Capital",
         body="Dear Alex,\n\nMonday 23 November at 6pm Dubai time (GST) suits me. I'll send a Zoom link the day before.\n\n"
              "Best regards,\nRashid",
         expect=E("Rashid Al-Mansoori", "Qasr Capital", "scheduled", times=["2026-11-23T18:00:00+04:00"], kind="video")),
    # A time and, besides, someone else to talk to: scheduled, and the
    # person suggested is a referral.
    dict(name="h13_fwd2_sched_and_also_talk_to", client="fwd2", contact=("Callum Baird", "callum.baird@ferrousmetals.example"),
         sent=MON, sig="Callum Baird\nOperations Analyst, Ferrous Metals Group",
         body="Hi Alex,\n\nHappy to chat. Thursday the 19th at 11:30 works for me. You should also talk to my old manager, "
              "Greta Sand (greta.sand@ferrousmetals.example); she hired half the people I know in this field.\n\nCallum",
         expect=E("Callum Baird", "Ferrous Metals Group", "scheduled", times=["2026-11-19T11:30:00-05:00"],
                  refs=[("Greta Sand", "greta.sand@ferrousmetals.example")])),
    # Apple Mail shows the reply's date in Paris time (CET): "tomorrow" is
    # the 18th and 9:30 is Paris time.
    dict(name="h13_apple_sched_paris_tomorrow_930", client="apple",
         contact=("Margaux Lefèvre", "margaux.lefevre@atelierbleu.example"), sent=datetime(2026, 11, 17, 20, 0, tzinfo=PAR),
         apple_abbr="CET", tz_display="Europe/Paris",
         body="Tomorrow at 9:30 works for me, before my first meeting. I'll call you.\n\nSent from my iPhone",
         expect=E("Margaux Lefèvre", None, "scheduled", times=["2026-11-18T09:30:00+01:00"], kind="phone")),
    # The owner lives in London; Gmail's quoted date is London time.
    dict(name="h13_gmail_sched_owner_london_half_five", client="gmail", tz="Europe/London",
         contact=("Rory Campbell", "rory.campbell@tartanledger.example"), sent=ny(2026, 11, 17, 11, 0),
         sig="Rory Campbell\nProduct Owner, Tartan Ledger",
         body="Hi Alex,\n\nShall we say 5.30pm on Monday? I'll be on the train home, so a phone call is best; my mobile is "
              "07700 900461.\n\nRory",
         expect=E("Rory Campbell", "Tartan Ledger", "scheduled", times=["2026-11-23T17:30:00+00:00"], kind="phone",
                  detail="07700 900461")),
    # "Next Tuesday" written on a Friday is the 24th; Thanksgiving is
    # Thursday the 26th, so the Wednesday after it is December 2.
    dict(name="h13_proton_sched_next_tuesday_from_friday", client="proton",
         contact=("Yusra Qureshi", "yusra.qureshi@corliss.example"), sent=FRI20,
         sig="Yusra Qureshi\nQuality Engineer, Corliss Medical Devices",
         body="Hi Alex,\n\nNext Tuesday at 10:30 works, or failing that the Wednesday after Thanksgiving at 9.\n\nYusra",
         expect=E("Yusra Qureshi", "Corliss Medical Devices", "scheduled",
                  times=["2026-11-24T10:30:00-05:00", "2026-12-02T09:00:00-05:00"])),

    # ---------------- asks_for_times ----------------
    dict(name="h13_gmail_asks_call_me_when_its_time", client="gmail",
         contact=("Mirela Popescu", "mirela@cornerapothecary.example"), sent=MON,
         sig="Mirela Popescu\nLead Pharmacist, Corner Apothecary",
         body="Hi Alex,\n\nHappy to. Send me a couple of times that work, and when it's time just call me at "
              "917-555-0188.\n\nMirela",
         expect=E("Mirela Popescu", "Corner Apothecary", "asks_for_times", kind="phone", detail="917-555-0188")),
    dict(name="h13_outlook_asks_away_ranges_not_offers", client="outlook",
         contact=("Winston Abara", "wabara@palisaderobotics.example"), sent=MON,
         sig="Winston Abara\nCFO\nPalisade Robotics", sigdash=False,
         body="Alex,\n\nSure. Heads-up that I'm out Nov 23-27 for the holiday and again Dec 7-9 for our board meeting. "
              "Otherwise I'm pretty open, so suggest something?\n\nBest,",
         expect=E("Winston Abara", "Palisade Robotics", "asks_for_times")),
    dict(name="h13_thunderbird_asks_helsinki_base64", client="thunderbird",
         contact=("Aino Väisänen", "aino.vaisanen@revontuli.example"), sent=datetime(2026, 11, 16, 15, 30, tzinfo=HEL),
         sig="Aino Väisänen\nGame Designer, Revontuli Studios", enc=B64UTF8,
         body="Hei Alex,\n\nOf course. Propose a couple of slots; I'm in Helsinki (EET), so your mornings are best for "
              "me.\n\nTerveisin,\nAino",
         expect=E("Aino Väisänen", "Revontuli Studios", "asks_for_times")),
    dict(name="h13_proton_asks_ok_dates", client="proton", contact=("Milo Ferrante", "milo@ferrante.example"), sent=SAT21,
         body="ok. dates?\n\n-m",
         expect=E("Milo Ferrante", None, "asks_for_times")),
    # Asks now for times in December: asks_for_times, not deferred.
    dict(name="h13_yahoo_asks_times_for_december", client="yahoo", contact=("Augusto Ferri", "augusto.ferri@meridia.example"),
         sent=MON, sig="Augusto Ferri\nRegional Sales Director, Meridia Foods",
         body="Hi Alex,\n\nYes, happy to, though not before December; I'm traveling until the 29th. Could you send me a "
              "few times in the first half of December?\n\nAugusto",
         expect=E("Augusto Ferri", "Meridia Foods", "asks_for_times")),
    dict(name="h13_fastmail_asks_coffee_union_square", client="fastmail",
         contact=("Priscilla Owusu", "priscilla.owusu@mail.example"), sent=TUE,
         body="Let's do coffee! I'm near Union Square; Think Coffee on 4th Ave? Tell me a day and I'll be there.\n\n"
              "Priscilla",
         expect=E("Priscilla Owusu", None, "asks_for_times", kind="in_person")),
    # The owner's outreach and reply propose times; the contact confirmed
    # none of them.
    dict(name="h13_ccreply_asks_neither_works", client="ccreply", contact=("Anton Vukovic", "anton.vukovic@callowaypower.example"),
         sent=MON, sig="Anton Vukovic\nHead Trader, Calloway Power", outreach_at=ny(2026, 11, 13, 9, 30),
         outreach="Hi Anton,\n\nI'm a second-year student exploring a move into energy trading. Would Thursday 11/19 at "
                  "10am or Friday 11/20 at 2pm work for a 20-minute call?\n\nThank you,\nAlex",
         body="Hi Alex,\n\nNeither of those works, unfortunately; I'm at back-to-back offsites all week. Could you send a "
              "few more options for the week of the 30th?\n\nAnton",
         owner_reply="Of course! How about Monday 11/30 at 10am or Tuesday 12/1 at 3pm?",
         expect=E("Anton Vukovic", "Calloway Power", "asks_for_times")),
    dict(name="h13_applemail_asks_thirty_minutes_teams", client="applemail",
         contact=("Kwabena Asante", "kwabena.asante@holliscrane.example"), sent=TUE, apple_abbr="EST",
         sig="Kwabena Asante\nIT Audit Lead, Hollis & Crane",
         body="Hi Alex,\n\nHappy to do 30 minutes on Teams. What works for you?\n\nKwabena",
         expect=E("Kwabena Asante", "Hollis & Crane", "asks_for_times", duration=30, kind="video")),

    # ---------------- declined ----------------
    dict(name="h13_gmail_chain_backs_out", client="gmail", contact=("Esther Vandermeer", "evandermeer@lakeviewrehab.example"),
         sent=ny(2026, 11, 18, 17, 45), body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Esther,\n\nI'm exploring a move into healthcare administration. Would you have 20 minutes for a "
                 "call?\n\nThanks,\nAlex"),
                ("Esther Vandermeer", "evandermeer@lakeviewrehab.example", ny(2026, 11, 13, 9, 0),
                 "Sure, what works for you?\n\nEsther"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 11, 0), "Thanks Esther! Would Monday 11/23 at 11am work?\n\nAlex"),
                ("Esther Vandermeer", "evandermeer@lakeviewrehab.example", ny(2026, 11, 18, 17, 45),
                 "Alex, I'm sorry to do this, but I have to withdraw. Something's come up at home and I won't be able "
                 "to do it after all. Apologies for the back-and-forth.\n\nEsther\n\n-- \nEsther Vandermeer\n"
                 "Director of Nursing, Lakeview Rehabilitation")],
         expect=E("Esther Vandermeer", "Lakeview Rehabilitation", "declined")),
    dict(name="h13_outlook_decline_sig_direct_and_mobile", client="outlook",
         contact=("Beatrix Holloway", "bholloway@stanhopeaero.example"), sent=TUE,
         sig="Beatrix Holloway\nGeneral Counsel\nStanhope Aerospace\nDirect: 212-555-0155 | Mobile: 917-555-0166",
         sigdash=False,
         body="Dear Alex,\n\nThank you for thinking of me. I must respectfully decline; I'm not able to take on requests "
              "of this kind.\n\nKind regards,",
         expect=E("Beatrix Holloway", "Stanhope Aerospace", "declined")),
    dict(name="h13_apple_decline_love_this_but_no", client="apple", contact=("Jules Abernathy", "jules.abernathy@mail.example"),
         sent=WED,
         body="honestly love that you're doing this!! but I have to say no, stretched way too thin. you've got this 💪\n\n"
              "Sent from my iPhone",
         expect=E("Jules Abernathy", None, "declined")),
    dict(name="h13_thunderbird_decline_polish_latin2", client="thunderbird",
         contact=("Małgorzata Wróbel", "m.wrobel@wislanesystemy.example"), sent=datetime(2026, 11, 16, 19, 0, tzinfo=WAW),
         sig="Małgorzata Wróbel\nKierownik Projektu, Wiślane Systemy", enc=QP88592, note="Can you set this up?",
         body="Dzień dobry Alex,\n\nThank you for the message. I'm sorry, but I will not be able to meet: I'm leaving for "
              "a long contract abroad and I am closing all my side activities. Good luck!\n\nPozdrowienia,\nMałgorzata",
         expect=E("Małgorzata Wróbel", "Wiślane Systemy", "declined")),
    dict(name="h13_yahoo_decline_newsroom_ethics", client="yahoo", contact=("Devorah Klein", "dklein@metroledger.example"),
         sent=MON, sig="Devorah Klein\nData Reporter, The Metro Ledger",
         body="Hi Alex,\n\nOur newsroom's ethics policy bars me from one-on-one career chats with people at companies we "
              "cover, and yours is one of them. So I'll have to say no, but I wish you well.\n\nDevorah",
         expect=E("Devorah Klein", "The Metro Ledger", "declined")),
    dict(name="h13_fwd2_decline_wrong_jordan", client="fwd2", contact=("Jordan Ellis", "jordan.ellis@mail.example"), sent=MON,
         body="Hi Alex,\n\nI think you have me mixed up with a different Jordan Ellis. I'm a dental hygienist, not a "
              "fintech person! So I'll bow out, but good luck with your search.\n\nJordan",
         expect=E("Jordan Ellis", None, "declined")),
    dict(name="h13_proton_decline_take_me_off", client="proton", contact=("Ruth Szabo", "ruth.szabo@mail.example"), sent=TUE,
         body="Not interested. Please take me off your list.\n\nR.",
         expect=E("Ruth Szabo", None, "declined")),

    # ---------------- deferred ----------------
    dict(name="h13_gmail_defer_until_clocks_go_forward", client="gmail",
         contact=("Niamh Gallagher", "niamh.gallagher@stcolumbas.example"), sent=ny(2026, 11, 18, 12, 0),
         sig="Dr Niamh Gallagher\nSpecialty Registrar, St Columba's Hospital",
         body="Hi Alex,\n\nVery happy to, but I'm on nights at the hospital until the clocks go forward to BST at the end "
              "of March. Could you write to me then?\n\nNiamh",
         expect=E("Niamh Gallagher", "St Columba's Hospital", "deferred")),
    dict(name="h13_outlook_defer_rfp_due_dec_11", client="outlook", contact=("Conrad Vega", "cvega@anvilcivil.example"),
         sent=MON, sig="Conrad Vega\nBid Manager\nAnvil Civil Engineering", sigdash=False,
         body="Alex,\n\nOur RFP responses are due December 11, so nothing until they're out the door. Please reach out the "
              "week of December 14 and we'll find time.\n\nThanks,",
         expect=E("Conrad Vega", "Anvil Civil Engineering", "deferred")),
    dict(name="h13_apple_defer_yes_but_later_jan", client="apple", contact=("Sol Guerrero", "sol.guerrero@mail.example"),
         sent=SAT14, body="yes but later. jan?\n\nSent from my iPhone",
         expect=E("Sol Guerrero", None, "deferred")),
    dict(name="h13_thunderbird_defer_tallinn_latin9_euro", client="thunderbird",
         contact=("Kärt Tamm", "kart.tamm@pohjaladigital.example"), sent=datetime(2026, 11, 16, 16, 0, tzinfo=TLL),
         sig="Kärt Tamm\nFinance Director, Põhjala Digital OÜ", enc=QP885915, note="Can you set this up?",
         body="Tere Alex,\n\nThe end of our fiscal year is hectic (a €2M budget to close). After 15 January I'm free; "
              "please write me then.\n\nParimate soovidega,\nKärt",
         expect=E("Kärt Tamm", "Põhjala Digital OÜ", "deferred")),
    dict(name="h13_yahoo_defer_relocating_to_denver", client="yahoo",
         contact=("Brenda Faulkner", "bfaulkner@pinecrestoutdoor.example"), sent=MON,
         sig="Brenda Faulkner\nStore Planning Manager, Pinecrest Outdoor",
         body="Hi Alex,\n\nI'm relocating to Denver on December 12, so the next month is boxes and movers. Once I'm "
              "settled (give it until mid-January), I'd be glad to meet up.\n\nBrenda",
         expect=E("Brenda Faulkner", "Pinecrest Outdoor", "deferred")),
    dict(name="h13_rfc822_defer_jury_duty", client="rfc822", contact=("Lionel Baptiste", "lbaptiste@cranewhitlow.example"),
         sent=datetime(2026, 11, 16, 12, 0, tzinfo=CHI), sig="Lionel Baptiste\nAssociate Director, Crane & Whitlow Consulting",
         body="Alex,\n\nI've been called for jury duty and the trial is expected to run three weeks. Let's touch base "
              "when it wraps, probably the second week of December.\n\nLionel",
         expect=E("Lionel Baptiste", "Crane & Whitlow Consulting", "deferred")),
    dict(name="h13_bccreply_defer_mid_january", client="bccreply",
         contact=("Saoirse Kinsella", "saoirse@hearthstonecider.example"), sent=TUE,
         sig="Saoirse Kinsella\nBrand Manager, Hearthstone Cider",
         body="Love this idea, but December is impossible for me. Can we try mid-January instead?\n\nSaoirse",
         owner_reply="Absolutely, I'll reach out around January 15.",
         expect=E("Saoirse Kinsella", "Hearthstone Cider", "deferred")),

    # ---------------- referred ----------------
    dict(name="h13_gmail_ref_let_me_connect_you", client="gmail",
         contact=("Miles Hargreave", "miles.hargreave@sparrowworks.example"), sent=MON,
         sig="Miles Hargreave\nEngineering Manager, Sparrow Works",
         body="Hi Alex,\n\nLet me connect you with Oona Lindgren; she built our apprenticeship program from scratch and is "
              "much better placed than I am. She's at oona.lindgren@sparrowworks.example.\n\nCheers,\nMiles",
         expect=E("Miles Hargreave", "Sparrow Works", "referred",
                  refs=[("Oona Lindgren", "oona.lindgren@sparrowworks.example")])),
    # The referral's address is only in the link (Outlook on the web, HTML).
    dict(name="h13_outlookweb_ref_mailto_link", client="outlookweb", contact=("Trevor Haskins", "thaskins@corbel.example"),
         sent=TUE, body="", html_body=MAILTO_HTML,
         expect=E("Trevor Haskins", "Corbel Industries", "referred",
                  refs=[("Keisha Barnes", "keisha.barnes@corbel.example")])),
    dict(name="h13_thunderbird_ref_two_in_cc", client="thunderbird", contact=("Maarten de Wit", "maarten.dewit@dijkstra-ai.example"),
         sent=datetime(2026, 11, 17, 10, 0, tzinfo=AMS), sig="Maarten de Wit\nCTO, Dijkstra AI",
         cc=[("Paulo Rezende", "paulo.rezende@dijkstra-ai.example"), ("Ines Vos", "ines.vos@dijkstra-ai.example")],
         body="Hi Alex,\n\nI've added Paulo and Ines (both cc'd); they run our graduate program and can tell you far more "
              "than I can.\n\nGroetjes,\nMaarten",
         expect=E("Maarten de Wit", "Dijkstra AI", "referred",
                  refs=[("Paulo Rezende", "paulo.rezende@dijkstra-ai.example"), ("Ines Vos", "ines.vos@dijkstra-ai.example")])),
    dict(name="h13_apple_ref_cousin_at_gridwise", client="apple", contact=("Rafa Quintero", "rafa.quintero@mail.example"),
         sent=MON,
         body="my cousin Dani Flores does exactly this at Gridwise, she's great. dani.flores@gridwise.example, tell her I "
              "sent u\n\nSent from my iPhone",
         expect=E("Rafa Quintero", None, "referred", refs=[("Dani Flores", "dani.flores@gridwise.example")])),
    dict(name="h13_proton_ref_three_names", client="proton", contact=("Sam Kiptoo", "sam.kiptoo@mail.example"), sent=MON,
         body="Hi Alex,\n\nNot my field, but try these folks: Ada Obi, Ken Mori (ken.mori@hikari.example) and Ruth Adler. "
              "All three made the switch you describe.\n\nSam",
         expect=E("Sam Kiptoo", None, "referred",
                  refs=[("Ada Obi",), ("Ken Mori", "ken.mori@hikari.example"), ("Ruth Adler",)])),
    # The organisation's name holds two people's names; neither is a referral.
    dict(name="h13_fastmail_ref_org_named_for_partners", client="fastmail", contact=("Grace Pham", "grace@phambianchi.example"),
         sent=TUE, sig="Grace Pham\nPartner, Pham & Bianchi Design",
         body="Hi Alex,\n\nBrand identity isn't my area; I do interiors. You should email Dominik Weiss "
              "(dominik.weiss@kantwerk.example), who ran brand at Kantwerk for years.\n\nGrace",
         expect=E("Grace Pham", "Pham & Bianchi Design", "referred",
                  refs=[("Dominik Weiss", "dominik.weiss@kantwerk.example")])),

    # ---------------- no_reply ----------------
    dict(name="h13_outlook_no_reply", client="outlook", contact=("Zainab Haruna", "zharuna@savannahgrid.example"), sent=MON,
         no_reply=True, body="", note="FYI, sent today.",
         expect=E("Zainab Haruna", None, "no_reply")),
    dict(name="h13_apple_no_reply", client="apple", contact=("Jonah Feldstein", "jonah.feldstein@mail.example"), sent=MON,
         no_reply=True, body="", note="Sent this from my phone earlier.",
         expect=E("Jonah Feldstein", None, "no_reply")),
    dict(name="h13_autoreply_ooo_call_colleague", client="autoreply", contact=("Paloma Iturbe", "paloma.iturbe@tessaly.example"),
         sent=ny(2026, 11, 12, 10, 3), note="Can you set this up?",
         body="Thanks for your email. I'm out of the office until Monday 11/30 with no access to email. If this is urgent, "
              "call my colleague on 415-555-0109 or write to ops@tessaly.example.\n\nPaloma Iturbe",
         expect=E("Paloma Iturbe", None, "no_reply")),
    dict(name="h13_autoreply_japanese_iso2022jp", client="autoreply", contact=("鈴木 美咲", "misaki.suzuki@asahiworks.example"),
         sent=ny(2026, 11, 12, 10, 4), auto_subject="自動応答: Informational interview request", enc=JIS,
         note="Can you set this up?",
         body="誠に恐れ入りますが、11月12日から11月27日まで出張のため不在にしております。\n返信が遅れますことをご了承ください。\n\n"
              "I am on a business trip from November 12 to November 27 and will reply after my return.\n\n鈴木 美咲",
         expect=E("鈴木 美咲", None, "no_reply")),
    # The outreach offers a time and names dates; nobody has answered.
    dict(name="h13_gmail_no_reply_outreach_offers_time", client="gmail", contact=("Henrik Aasen", "henrik.aasen@fjordcell.example"),
         sent=MON, no_reply=True, body="", note="Just sent, fingers crossed.", outreach_at=ny(2026, 11, 16, 8, 40),
         outreach="Hi Henrik,\n\nI'm a second-year student finishing my program on December 18 and exploring battery "
                  "manufacturing roles. Would Thursday 11/19 at 4pm work for a 20-minute call?\n\nThank you,\nAlex",
         expect=E("Henrik Aasen", None, "no_reply")),
]
