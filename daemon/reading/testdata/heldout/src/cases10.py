# Held-out batch 10: written from inspect-contract.md after batch 9's
# fixes, before the reader was run on it, never edited to match the
# reader's output. Writers unlike batches 7-9 on purpose: a night-shift
# nurse ("Thursday 0700 right after handover"), a government official in
# the passive voice, a retired man writing in capitals, a Portuguese
# founder in lower case, a consultant whose slots are an HTML table, a
# thumbs-up as the whole answer to the owner's proposal, a British writer
# ("the 1st at half two"), Korean, Dutch, Polish, Arabic and Spanish
# writers, a musician on tour, a lawyer, a bar-exam candidate, a field
# scientist going to Antarctica, a reply answered inline between quoted
# lines, a chief of staff who will talk to the owner instead (a referral,
# not a scheduler), and times such as "9-ish", "noon-1", "1pm EST / 10am
# PST", "3pm your time ... 9pm here in Berlin", "a week from today at 10",
# "the day after tomorrow", "this coming Monday". Times in expect carry
# the offset of the zone they were written in; the test compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
LIS = ZoneInfo("Europe/Lisbon")
LON = ZoneInfo("Europe/London")
SEO = ZoneInfo("Asia/Seoul")
AMS = ZoneInfo("Europe/Amsterdam")
MAD = ZoneInfo("Europe/Madrid")


def ny(*a): return datetime(*a, tzinfo=NY)


MON = ny(2026, 11, 16, 9, 14)
THU = ny(2026, 11, 19, 8, 30)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP1252 = ("quoted-printable", "windows-1252")
QPUTF8 = ("quoted-printable", "utf-8")
B64UTF8 = ("base64", "utf-8")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


TABLE_HTML = ('<p>Hi Alex,</p>\n<p>Happy to connect. Here is what I have open (all Eastern):</p>\n'
              '<table border="1" cellpadding="4"><tr><th>Day</th><th>Time</th></tr>\n'
              '<tr><td>Mon 11/23</td><td>3:00&ndash;3:30 PM</td></tr>\n'
              '<tr><td>Tue 11/24</td><td>10:00&ndash;10:30 AM</td></tr></table>\n'
              "<p>Grab one and I'll send a Teams invite.</p>\n"
              '<p>Best,<br>\nMarisa Chen<br>\nPrincipal, Northbeam Consulting</p>')

CASES = [
    # ---------------- scheduled ----------------
    dict(name="h10_gmail_sched_nurse_0700", client="gmail", contact=("Keisha Adams, RN", "keisha.adams@stbrigid.example"),
         sent=MON, sig="Keisha Adams, RN\nCharge Nurse, St. Brigid Medical Center",
         body="Hi Alex!\n\nI'm on nights this week, but Thursday 0700 right after handover would work, I'll still be wide "
              "awake lol. Call me on 267-555-0193.\n\nKeisha",
         expect=E("Keisha Adams", "St. Brigid Medical Center", "scheduled", times=["2026-11-19T07:00:00-05:00"],
                  kind="phone", detail="267-555-0193")),
    dict(name="h10_outlook_sched_govt_passive", client="outlook", contact=("Harold Whitcomb", "hwhitcomb@idot.example"),
         sent=MON, sig="Harold Whitcomb\nDeputy Director\nIllinois Department of Transportation", sigdash=False,
         body="Dear Mr. Kim,\n\nYour request has been received. A conversation may be scheduled for Wednesday, Nov. 25, at "
              "11 a.m. Central. Please confirm by reply.\n\nRespectfully,",
         expect=E("Harold Whitcomb", "Illinois Department of Transportation", "scheduled",
                  times=["2026-11-25T11:00:00-06:00"])),
    dict(name="h10_thunderbird_sched_lisbon_lowercase", client="thunderbird", contact=("Rita Fonseca", "rita@lumolabs.example"),
         sent=datetime(2026, 11, 16, 11, 20, tzinfo=LIS), sig="Rita Fonseca\nco-founder @ Lumo Labs",
         body="hey alex!\n\ntomorrow at 13:00 my time (lisbon) works for me. google meet?\n\nrita",
         expect=E("Rita Fonseca", "Lumo Labs", "scheduled", times=["2026-11-17T13:00:00+00:00"], kind="video")),
    dict(name="h10_yahoo_sched_capitals_retired", client="yahoo", contact=("Frank Delaney", "fdelaney1947@mailbox.example"),
         sent=MON,
         body="DEAR ALEX,\n\nTHANK YOU FOR YOUR LETTER. I AM RETIRED NOW BUT HAPPY TO TALK. PLEASE TELEPHONE ME ON FRIDAY AT "
              "10 IN THE MORNING. MY NUMBER IS 802-555-0166.\n\nREGARDS,\nFRANK",
         expect=E("Frank Delaney", None, "scheduled", times=["2026-11-20T10:00:00-05:00"], kind="phone",
                  detail="802-555-0166")),
    dict(name="h10_outlookweb_sched_html_table", client="outlookweb", contact=("Marisa Chen", "marisa.chen@northbeam.example"),
         sent=MON, body="", html_body=TABLE_HTML,
         expect=E("Marisa Chen", "Northbeam Consulting", "scheduled",
                  times=["2026-11-23T15:00:00-05:00/2026-11-23T15:30:00-05:00",
                         "2026-11-24T10:00:00-05:00/2026-11-24T10:30:00-05:00"], kind="video")),
    dict(name="h10_ccreply_sched_thumbs_up", client="ccreply", contact=("Luis Ortega", "luis@ortega-studio.example"), sent=MON,
         body="👍\n\nSent from my iPhone",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 14, 0),
                 "Thanks Luis! Would Thursday 11/19 at 4pm work?\n\nAlex\n\nOn Fri, Nov 13, 2026 at 11:40 AM Luis Ortega "
                 "<luis@ortega-studio.example> wrote:\n\n> sure, happy to. when?")],
         owner_reply="Great, sending the invite now.",
         expect=E("Luis Ortega", None, "scheduled", times=["2026-11-19T16:00:00-05:00"])),
    dict(name="h10_gmail_chain_confirmed_24th", client="gmail", contact=("Greta Halvorsen", "greta@fjordline.example"),
         sent=MON, body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Greta,\n\nWould you have 20 minutes to talk about moving into maritime logistics?\n\nAlex"),
                ("Greta Halvorsen", "greta@fjordline.example", ny(2026, 11, 13, 7, 50), "Sure. Propose something?\n\nGreta"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 9, 5),
                 "Thank you! Tuesday 11/24 at 10am or Wednesday 11/25 at 2pm?\n\nAlex"),
                ("Greta Halvorsen", "greta@fjordline.example", MON, "Confirmed for the 24th at 10. Talk soon!\n\nGreta")],
         expect=E("Greta Halvorsen", None, "scheduled", times=["2026-11-24T10:00:00-05:00"])),
    dict(name="h10_rfc822_sched_half_two_british", client="rfc822", contact=("Imogen Price", "imogen.price@thamesgate.example"),
         sent=datetime(2026, 11, 16, 14, 5, tzinfo=LON), sig="Imogen Price\nHead of Partnerships, Thamesgate",
         body="Hi Alex,\n\nLovely to hear from you. Could we do the 1st at half two? I'll ring you.\n\nImogen",
         expect=E("Imogen Price", "Thamesgate", "scheduled", times=["2026-12-01T14:30:00+00:00"], kind="phone")),
    dict(name="h10_fastmail_sched_your_time_berlin", client="fastmail", contact=("Jonas Weber", "jonas.weber@spreebyte.example"),
         sent=MON, sig="Jonas Weber\nStaff Engineer, Spreebyte",
         body="Hi Alex,\n\n3pm your time on Thursday works, that's 9pm here in Berlin, so no problem for me.\n\nJonas",
         expect=E("Jonas Weber", "Spreebyte", "scheduled", times=["2026-11-19T15:00:00-05:00"])),
    dict(name="h10_outlook_sched_est_pst_pair", client="outlook", contact=("Devon Marsh", "dmarsh@pinecone.example"), sent=MON,
         sig="Devon Marsh\nVP Sales\nPinecone Analytics", sigdash=False,
         body="Hi Alex,\n\nMonday 11/30, 1pm EST / 10am PST, for 20 min?\n\nThanks,",
         expect=E("Devon Marsh", "Pinecone Analytics", "scheduled", times=["2026-11-30T13:00:00-05:00"], duration=20)),
    dict(name="h10_thunderbird_sched_korean_same_time", client="thunderbird", contact=("Park Ji-hoon", "jihoon.park@hanbit.example"),
         sent=datetime(2026, 11, 17, 10, 0, tzinfo=SEO), sig="Park Ji-hoon\nSenior Researcher, Hanbit Electronics",
         enc=B64UTF8,
         body="Dear Alex,\n\nThank you for contact me. It is possible for me on 25th Wednesday 9 AM Korea time. If not okay, "
              "26th Thursday same time also fine. 30 minutes is okay. We can use Zoom.\n\nBest regards,\nJi-hoon",
         expect=E("Park Ji-hoon", "Hanbit Electronics", "scheduled",
                  times=["2026-11-25T09:00:00+09:00", "2026-11-26T09:00:00+09:00"], duration=30, kind="video")),
    dict(name="h10_gmail_sched_9ish", client="gmail", contact=("Tyler Brooks", "tyler@brookscreative.example"), sent=MON,
         body="Tuesday 9-ish?\n\nT",
         expect=E("Tyler Brooks", None, "scheduled", times=["2026-11-17T09:00:00-05:00"])),
    dict(name="h10_yahoo_sched_lunch_noon_to_one", client="yahoo", contact=("Nina Kowalczyk", "nina.k@hearthbakery.example"),
         sent=MON, sig="Nina Kowalczyk\nOwner, Hearth Bakery",
         body="Hi Alex,\n\nI could do lunch Wednesday, noon-1, at Bluebird Café on 3rd Ave. My treat!\n\nNina",
         expect=E("Nina Kowalczyk", "Hearth Bakery", "scheduled",
                  times=["2026-11-18T12:00:00-05:00/2026-11-18T13:00:00-05:00"], kind="in_person")),
    dict(name="h10_applemail_sched_pt_dotted_month", client="applemail", contact=("Sofia Reyes", "sofia@tidepool.example"),
         sent=MON, apple_abbr="EST", sig="Sofia Reyes\nDirector of Design\nTidepool Health", note="Can you set this up?",
         body="Hi Alex,\n\nDec. 2nd, 10:00–10:45 AM PT works for me. I'll send a Meet link.\n\nSofia",
         expect=E("Sofia Reyes", "Tidepool Health", "scheduled",
                  times=["2026-12-02T10:00:00-08:00/2026-12-02T10:45:00-08:00"], kind="video")),
    dict(name="h10_rfc822nested_sched_this_coming_monday", client="rfc822nested", contact=("Carl Jensen", "carl@jensenwoodworks.example"),
         sent=THU, sig="Carl Jensen\nJensen Woodworks",
         body="Alex,\n\nThis coming Monday at 1 is good for me.\n\nCarl",
         expect=E("Carl Jensen", "Jensen Woodworks", "scheduled", times=["2026-11-23T13:00:00-05:00"])),
    dict(name="h10_gmail_sched_day_after_tomorrow_office", client="gmail", contact=("Maya Lindgren", "maya@northlight.example"),
         sent=MON, sig="Maya Lindgren\nCreative Director, Northlight Agency",
         body="Hi Alex,\n\nHow about the day after tomorrow, 4:30pm, coffee at my office?\n\nMaya",
         expect=E("Maya Lindgren", "Northlight Agency", "scheduled", times=["2026-11-18T16:30:00-05:00"], kind="in_person")),
    dict(name="h10_outlook_sched_condition_lock_in", client="outlook", contact=("Aaron Feld", "afeld@feldpartners.example"),
         sent=MON, sig="Aaron Feld\nManaging Partner\nFeld Partners", sigdash=False,
         body="Alex,\n\nIf Thursday at 2 still works on your end, let's lock it in.\n\nAaron",
         expect=E("Aaron Feld", "Feld Partners", "scheduled", times=["2026-11-19T14:00:00-05:00"])),
    dict(name="h10_fwd2_sched_week_from_today", client="fwd2", contact=("Rosa Amari", "rosa.amari@cittadella.example"),
         sent=MON, sig="Rosa Amari\nProject Manager, Cittadella Builders",
         body="Hi Alex,\n\nA week from today at 10 works for me.\n\nRosa",
         expect=E("Rosa Amari", "Cittadella Builders", "scheduled", times=["2026-11-23T10:00:00-05:00"])),

    # ---------------- asks_for_times ----------------
    dict(name="h10_gmail_asks_founder_cal_invite", client="gmail", contact=("Zoe Park", "zoe@sprigly.example"), sent=MON,
         body="yes!! love this. send me a cal invite for whenever works on your end\n\nzoe",
         expect=E("Zoe Park", None, "asks_for_times")),
    dict(name="h10_outlook_asks_lawyer_formal", client="outlook", contact=("Catherine Moore", "cmoore@moorekellerman.example"),
         sent=MON, sig="Catherine Moore\nPartner\nMoore Kellerman LLP", sigdash=False,
         body="Dear Mr. Kim,\n\nI would be pleased to speak with you. Kindly propose several dates and times convenient to "
              "you, and my office will confirm.\n\nVery truly yours,",
         expect=E("Catherine Moore", "Moore Kellerman LLP", "asks_for_times")),
    dict(name="h10_thunderbird_asks_dutch_direct", client="thunderbird", contact=("Sander de Groot", "sander@groenwerk.example"),
         sent=datetime(2026, 11, 16, 16, 45, tzinfo=AMS), sig="Sander de Groot\nProduct Owner, Groenwerk",
         body="Hi Alex,\n\nFine, we can talk. When suits you? I am flexible, but not on Fridays.\n\nGroet,\nSander",
         expect=E("Sander de Groot", "Groenwerk", "asks_for_times")),
    dict(name="h10_apple_asks_dictated", client="apple", contact=("Marcus Bell", "marcus.bell@mailbox.example"), sent=MON,
         apple_abbr="EST",
         body="Hey Alex sure thing just send over a couple times that work for you next week and I'll make one work\n\n"
              "Sent from my iPhone",
         expect=E("Marcus Bell", None, "asks_for_times")),
    dict(name="h10_proton_asks_inline_answers", client="proton", contact=("Hannah Berg", "hannah.berg@lumenfield.example"),
         sent=MON, sig="Hannah Berg\nEngineering Manager | Lumenfield",
         body="Hi Alex, answers inline below.\n\n> Would you have 15-20 minutes in the next couple of weeks for a quick call?\n\n"
              "Yes, gladly. Send me some options.\n\n> I'd love to hear how you got started.\n\nHappy to tell you!\n\nHannah",
         expect=E("Hannah Berg", "Lumenfield", "asks_for_times")),
    dict(name="h10_yahoo_asks_musician_tour", client="yahoo", contact=("Jesse Romero", "jesse@romerosound.example"), sent=MON,
         body="yo! def down. i'm on tour till the 20th but free after that, hit me with some times\n\njesse",
         expect=E("Jesse Romero", None, "asks_for_times")),
    dict(name="h10_rfc822_asks_arabic_inshallah", client="rfc822", contact=("Khalid Al-Amin", "k.alamin@sahelenergy.example"),
         sent=MON, sig="Khalid Al-Amin\nSenior Geophysicist, Sahel Energy",
         body="Dear Alex,\n\nThank you for your kind message. It will be my pleasure. Please let me know which day is suitable "
              "for you, inshallah we will arrange.\n\nBest regards,\nKhalid",
         expect=E("Khalid Al-Amin", "Sahel Energy", "asks_for_times")),

    # ---------------- declined ----------------
    dict(name="h10_gmail_decline_careers_page", client="gmail", contact=("Oliver Grant", "oliver.grant@brightlane.example"),
         sent=MON, sig="Oliver Grant\nEngineering Director, Brightlane",
         body="Hi Alex,\n\nI don't do informational interviews, but our careers page lists everything that's open: "
              "https://brightlane.example/careers\n\nOliver",
         expect=E("Oliver Grant", "Brightlane", "declined")),
    dict(name="h10_outlook_decline_agency_ethics", client="outlook", contact=("Dr. Lorraine Pike", "lpike@epa-region.example"),
         sent=MON, sig="Lorraine Pike\nBranch Chief\nRegional Environmental Agency", sigdash=False,
         body="Dear Mr. Kim,\n\nUnder agency ethics rules, employees may not participate in informational interviews with "
              "prospective contractors or applicants. I regret that I cannot assist.\n\nRespectfully,",
         expect=E("Lorraine Pike", "Regional Environmental Agency", "declined")),
    dict(name="h10_apple_decline_emoji", client="apple", contact=("Bri Tanaka", "bri@tanakamade.example"), sent=MON,
         apple_abbr="EST", body="ahh wish I could 😩 but no bandwidth rn. good luck!!\n\nSent from my iPhone",
         expect=E("Bri Tanaka", None, "declined")),
    dict(name="h10_fastmail_decline_polish", client="fastmail", contact=("Tomasz Nowak", "tomasz.nowak@wislatech.example"),
         sent=MON, sig="Tomasz Nowak\nKierownik Projektu, Wisla Tech", enc=QPUTF8,
         body="Hello Alex,\n\nI must refuse, because I have too many obligations now. Sorry and good luck.\n\nPozdrawiam,\nTomasz",
         expect=E("Tomasz Nowak", "Wisla Tech", "declined")),
    dict(name="h10_proton_decline_long_reflective", client="proton", contact=("Eleanor Shaw", "eleanor@shawadvisory.example"),
         sent=MON, sig="Eleanor Shaw\nFounder, Shaw Advisory",
         body="Dear Alex,\n\nThank you for the thoughtful note. I'll be honest with you, because I think you deserve a real "
              "answer rather than silence. Over the years I've come to believe that informational interviews mostly serve "
              "the person giving them: we get to tell our story, and the person asking rarely learns anything they couldn't "
              "have found in an afternoon of reading. I used to do a great many of them, and I stopped in 2021 once I "
              "noticed that pattern. So I'll politely say no, and I'd gently suggest you spend the time on the trade press "
              "and on the people actually doing the job you want day to day.\n\nWith every good wish,\nEleanor",
         expect=E("Eleanor Shaw", "Shaw Advisory", "declined")),
    dict(name="h10_ccreply_decline_after_followup", client="ccreply", contact=("Ji-woo Han", "jiwoo.han@bluepeak.example"),
         sent=MON, sig="Ji-woo Han\nSenior PM, Bluepeak",
         body="Hi Alex, thanks for following up. I've thought about it and I'm going to pass; I'm not the best fit for this. "
              "All the best.\n\nJi-woo",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 9, 0),
                 "Hi Ji-woo, just bumping this in case it got buried!\n\nAlex\n\nOn Thu, Nov 12, 2026 at 10:02 AM Alex Kim "
                 "<alex.kim@gmail.example> wrote:\n\n> Hi Ji-woo, would you have 15-20 minutes for a quick call?")],
         owner_reply="Understood, thank you!",
         expect=E("Ji-woo Han", "Bluepeak", "declined")),
    dict(name="h10_thunderbird_decline_not_hiring", client="thunderbird", contact=("Greg Olsen", "greg@olsenfab.example"), sent=MON,
         sig="Greg Olsen\nOlsen Fabrication",
         body="Alex,\n\nWe are not hiring and I am not taking calls about roles. Sorry.\n\nGreg",
         expect=E("Greg Olsen", "Olsen Fabrication", "declined")),

    # ---------------- deferred ----------------
    dict(name="h10_gmail_defer_bar_exam", client="gmail", contact=("Aisha Bello", "aisha.bello@lawmail.example"), sent=MON,
         body="Hi Alex,\n\nI'm sitting the bar exam in late February, so nothing until that's behind me. Reach out in March?"
              "\n\nAisha",
         expect=E("Aisha Bello", None, "deferred")),
    dict(name="h10_outlook_defer_fiscal_year", client="outlook", contact=("Raymond Cho", "rcho@eastgatefinancial.example"),
         sent=MON, sig="Raymond Cho\nController\nEastgate Financial", sigdash=False,
         body="Hello Alex,\n\nWe are closing our fiscal year on January 31. Please contact me again in the first week of "
              "February and we will schedule something.\n\nRegards,",
         expect=E("Raymond Cho", "Eastgate Financial", "deferred")),
    dict(name="h10_yahoo_defer_lunar_new_year", client="yahoo", contact=("Lin Mei", "lin.mei@jadewell.example"), sent=MON,
         sig="Lin Mei\nMarketing Lead, Jadewell Tea",
         body="Hi Alex,\n\nAfter Lunar New Year would be better for me, maybe late February. Ping me then!\n\nMei",
         expect=E("Lin Mei", "Jadewell Tea", "deferred")),
    dict(name="h10_apple_defer_exec_terse", client="apple", contact=("Victoria Sandoval", "vs@sandovalgroup.example"), sent=MON,
         apple_abbr="EST", body="After Jan 1. Remind me\n\nSent from my iPhone",
         expect=E("Victoria Sandoval", None, "deferred")),
    dict(name="h10_fastmail_defer_week_not_set", client="fastmail", contact=("Paul Mercer", "paul@mercerlabs.example"), sent=MON,
         sig="Paul Mercer\nResearch Lead, Mercer Labs",
         body="Hi Alex,\n\nI'm free the week of December 14, but my calendar for then isn't set yet. Email me again on the 7th "
              "and we'll pick a time.\n\nPaul",
         expect=E("Paul Mercer", "Mercer Labs", "deferred")),
    dict(name="h10_rfc822_defer_antarctica", client="rfc822", contact=("Dr. Ines Larsen", "ines.larsen@polarinst.example"),
         sent=MON, sig="Ines Larsen\nGlaciologist, Polar Research Institute",
         body="Hi Alex,\n\nI'm heading to the Antarctic field station until mid-March and the internet there is very patchy. "
              "I'd be glad to talk when I'm back, so please write again then.\n\nInes",
         expect=E("Ines Larsen", "Polar Research Institute", "deferred")),

    # ---------------- referred ----------------
    dict(name="h10_gmail_ref_looping_first_name", client="gmail", contact=("Ben Carter", "ben.carter@quiltly.example"), sent=MON,
         sig="Ben Carter\nHead of Product, Quiltly", cc=[("Priyanka Rao", "priyanka.rao@quiltly.example")],
         body="Hi Alex,\n\nLooping in Priyanka, who leads our design systems team and would be a much better person for "
              "this.\n\nBen",
         expect=E("Ben Carter", "Quiltly", "referred", refs=[("Priyanka Rao", "priyanka.rao@quiltly.example")])),
    dict(name="h10_outlook_ref_former_student", client="outlook", contact=("Prof. Walter Haines", "whaines@crestview.example"),
         sent=MON, sig="Walter Haines\nProfessor of Economics\nCrestview University", sigdash=False,
         body="Dear Alex,\n\nYou might enjoy talking with a former student of mine, Dmitri Volkov; he made exactly this "
              "transition two years ago. dmitri.volkov@northbridge.example\n\nBest,",
         expect=E("Walter Haines", "Crestview University", "referred",
                  refs=[("Dmitri Volkov", "dmitri.volkov@northbridge.example")])),
    dict(name="h10_yahoo_ref_cant_but_knows", client="yahoo", contact=("Sharon Lee", "sharon.lee@harborpoint.example"), sent=MON,
         sig="Sharon Lee\nSVP, Harborpoint Bank",
         body="Hi Alex,\n\nI can't help personally, but Joanne Whitaker at Redwood Bank knows the space far better than I do."
              "\n\nSharon",
         expect=E("Sharon Lee", "Harborpoint Bank", "referred", refs=[("Joanne Whitaker",)])),
    dict(name="h10_thunderbird_ref_spanish_in_copy", client="thunderbird", contact=("Javier Molina", "javier.molina@altamar.example"),
         sent=datetime(2026, 11, 16, 17, 30, tzinfo=MAD), sig="Javier Molina\nDirector Comercial, Altamar Software",
         cc=[("Marta Ruiz", "marta.ruiz@altamar.example")], enc=QP1252, note="Can you set this up?",
         body="Hello Alex,\n\nFor this topic the correct person is my colleague Marta Ruiz, she is the responsible of the "
              "product area. I put her in copy.\n\nUn saludo,\nJavier",
         expect=E("Javier Molina", "Altamar Software", "referred", refs=[("Marta Ruiz", "marta.ruiz@altamar.example")])),
    dict(name="h10_proton_ref_two_emails_or", client="proton", contact=("Grace Whitman", "grace@learnloop.example"), sent=MON,
         sig="Grace Whitman\nCurriculum Lead | LearnLoop",
         body="Hi Alex,\n\nTry Kofi Mensah (kofi@mensah.example) or Lena Hart (lena.hart@brightdesk.example); both moved from "
              "teaching into edtech.\n\nGrace",
         expect=E("Grace Whitman", "LearnLoop", "referred",
                  refs=[("Kofi Mensah", "kofi@mensah.example"), ("Lena Hart", "lena.hart@brightdesk.example")])),
    dict(name="h10_fwd2_ref_chief_of_staff_talks", client="fwd2", contact=("Daniel Okafor", "daniel@okaforventures.example"),
         sent=MON, sig="Daniel Okafor\nCEO, Okafor Ventures",
         body="Alex,\n\nI'm not the right person for this, but my Chief of Staff, Omar Reyes, can talk you through how we "
              "hire: omar.reyes@okaforventures.example\n\nDaniel",
         expect=E("Daniel Okafor", "Okafor Ventures", "referred", refs=[("Omar Reyes", "omar.reyes@okaforventures.example")])),

    # ---------------- no_reply ----------------
    dict(name="h10_gmail_no_reply", client="gmail", contact=("Yara Haddad", "yara@cedarworks.example"), sent=MON,
         no_reply=True, body="", note="FYI, just sent this.",
         expect=E("Yara Haddad", None, "no_reply")),
    dict(name="h10_autoreply_french", client="autoreply", contact=("Claire Dubois", "claire.dubois@maisonlune.example"),
         sent=ny(2026, 11, 12, 10, 3), auto_subject="Réponse automatique : Informational interview request", enc=QP8859,
         note="Can you set this up?",
         body="Bonjour,\n\nJe suis absente jusqu'au 30 novembre, sans accès à mes e-mails.\n\nHello, I am out of the office until "
              "November 30 with no access to email.\n\nClaire Dubois",
         expect=E("Claire Dubois", None, "no_reply")),
    dict(name="h10_bcc_no_reply", client="bcc", contact=("Tom Achebe", "tom@achebe.example"), sent=ny(2026, 11, 12, 10, 2),
         body="", expect=E("Tom Achebe", None, "no_reply")),
]
