# Held-out batch 15: written from inspect-contract.md and the heldout
# README's choices before the reader was run on it, never edited to match
# the reader's output, by a fourth blind writer who read none of the
# reader's code, ACCURACY.md, BENCH.md, the earlier held-out files or the
# training corpus's cases. Writers: a COO on his phone ("Thurs 8:15a ET"),
# a Berlin roboticist across the EU clock change ("15:00 CET ... Thursday
# 29th, same time"), a London analyst telling an owner in Los Angeles "4pm
# UK time" between the two clock changes, a Seattle engineer with "between
# noon and 2 Pacific" on "the 1st", a Chicago freight planner confirming
# the owner's "Thursday the 3rd at 4", a Tokyo planner in ISO-2022-JP
# under an Apple Mail date in GMT+9, a Madrid engineer's HTML list in
# "(GMT+1)" with dd/mm dates, an underwriter who moves Friday to Monday, a
# Denver water engineer ("12/8 from 3:00 to 3:45 Mountain") for an owner
# in Denver, an Amsterdam professor pencilling in March 2027 between the US
# and EU changes, a fund partner offering "next Tuesday" on a Friday, a
# clinical-operations director's "Monday the 2nd at 10" (the day after the
# US change), written in October;
# askers (a recruiter, a one-liner, an EA in Cc, a "before 10 Central"
# morning person, a Sao Paulo founder in base64 ISO-8859-1); refusals (one
# line, a departure, a yes taken back, a German engineer); deferrals (a
# phone-thumbed "2nd week of Jan", a release, parental leave, a UK
# lecturer's marking season for an owner in London); referrals (with an
# address, a first name in Cc, two names without addresses, an address in
# angle brackets forwarded twice); French and English auto-replies. Times
# in expect carry the offset of the zone they were written in; the test
# compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
DEN = ZoneInfo("America/Denver")
CHI = ZoneInfo("America/Chicago")
BER = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")
TYO = ZoneInfo("Asia/Tokyo")
MAD = ZoneInfo("Europe/Madrid")
AMS = ZoneInfo("Europe/Amsterdam")
SAO = ZoneInfo("America/Sao_Paulo")
PAR = ZoneInfo("Europe/Paris")


def ny(*a): return datetime(*a, tzinfo=NY)


# Most outreach went out on Monday 16 November; the October threads
# (across the clock changes) on Monday 19 October.
OUT = ny(2026, 11, 16, 9, 20)
OUT_OCT = ny(2026, 10, 19, 9, 5)
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


GMT1_HTML = ('<p>Hello Alex,</p>\n<p>Thank you for your email, it is a pleasure. I can propose two moments (my hour, GMT+1):</p>\n'
             '<ul>\n<li>Monday 30/11 at 10:00 (GMT+1)</li>\n<li>Wednesday 02/12 at 16:30 (GMT+1)</li>\n</ul>\n'
             '<p>Say me which one is better for you and I send the invitation. We connect by '
             '<a href="https://teams.example/l/meetup-join/alvear-5521">this Teams link</a>.</p>\n'
             '<p>Un saludo,<br>\nLuc&iacute;a Ferrer<br>\nIngeniera de Procesos<br>\nAlvear Energ&iacute;a</p>')

LEAVE_HTML = ('<p>Hi Alex,</p>\n<p>Thanks for the kind note! Timing is not great: I start parental leave on Nov 27 and '
              'I&#39;ll be back mid-February. Please reach out again then &mdash; I would genuinely be glad to talk.</p>\n'
              '<p>Best,<br>\nSebasti&aacute;n Ortega<br>\nHead of Network Planning<br>\nCardinal Freight Systems</p>')

LEAVING_HTML = ('<p>Alex,</p>\n<p>I appreciate you thinking of me. I&#39;m leaving the company on December 11 and, '
                'honestly, I&#39;m not in a position to give anyone useful advice right now, so I&#39;ll have to pass. '
                'Good luck with the search.</p>\n<p>Nathaniel Osei<br>\nPrincipal<br>\nQuarry Hill Advisors</p>')

CASES = [
    # ---------------------------------------------------------------- scheduled
    C(name="h15_coo_thumbs_et", client="apple", contact=("Rob Tremont", "rtremont@callowayfoods.example"),
      sent=ny(2026, 11, 16, 7, 12), field="operations",
      body="Alex - Thurs 8:15a ET works. 15 min max. Call my cell 617-555-0142.\n\nR",
      expect=E("Rob Tremont", None, "scheduled", times=["2026-11-19T08:15:00-05:00"], duration=15,
               kind="phone", detail="617-555-0142")),
    C(name="h15_berlin_winter_time", client="thunderbird", contact=("Kathrin Lüdecke", "k.luedecke@kestrel-automation.example"),
      sent=datetime(2026, 10, 21, 16, 40, tzinfo=BER), outreach_at=OUT_OCT, field="robotics", enc=QP8859, note="Berlin one, see below.",
      body=("Hello Alex,\n\nthank you for your nice message. I can offer Tuesday 27 October at 15:00 CET (we are on "
            "winter time from the 25th, so please double-check your calendar) or, if that fails, Thursday 29th, same time.\n\n"
            "We would speak over https://meet.kestrel-automation.example/luedecke-kim\n\nViele Grüße\nKathrin"),
      sig="Dr.-Ing. Kathrin Lüdecke\nTeamleiterin Bahnplanung\nKestrel Automation GmbH\nBerlin",
      expect=E("Kathrin Lüdecke", "Kestrel Automation GmbH", "scheduled",
               times=["2026-10-27T15:00:00+01:00", "2026-10-29T15:00:00+01:00"],
               kind="video", detail="https://meet.kestrel-automation.example/luedecke-kim")),
    C(name="h15_london_uk_time_la_owner", client="rfc822", contact=("Imogen Thackeray", "imogen.thackeray@lanyard-analytics.example"),
      sent=datetime(2026, 10, 20, 11, 5, tzinfo=LON), outreach_at=OUT_OCT, tz="America/Los_Angeles", field="data analytics",
      body=("Hi Alex,\n\nOf course, happy to. How about Thursday 29 October at 4pm UK time? Our clocks go back on the 25th "
            "(we're still on BST until then) and yours not until the 1st, so if I've done the sums right that's 9am for you "
            "in California.\n\nI'll send a Teams invite once you confirm.\n\nImogen"),
      sig="Imogen Thackeray\nSenior Analyst, Lanyard Analytics",
      expect=E("Imogen Thackeray", "Lanyard Analytics", "scheduled", times=["2026-10-29T16:00:00+00:00"], kind="video")),
    C(name="h15_noon_to_two_pacific", client="outlook", contact=("Marcus Oyelaran", "moyelaran@driftwoodcloud.example"),
      sent=ny(2026, 11, 19, 14, 22), field="site reliability engineering",
      body=("Hey Alex,\n\nNext week's a write-off with the holiday, but Tuesday the 1st between noon and 2 Pacific is wide open. "
            "Grab 30 min anywhere in there and send me an invite.\n\nMarcus"),
      sig="Marcus Oyelaran\nStaff SRE | Driftwood Cloud", sigdash=False,
      expect=E("Marcus Oyelaran", "Driftwood Cloud", "scheduled",
               times=["2026-12-01T12:00:00-08:00/2026-12-01T14:00:00-08:00"], duration=30)),
    C(name="h15_confirms_the_3rd_at_4", client="ccreply", contact=("Priya Venkataraman", "pvenkataraman@haldenfreight.example"),
      sent=ny(2026, 11, 20, 9, 10), field="supply chain",
      body="Thursday the 3rd at 4 works. Call my desk: 312-555-0107.\n\nPriya",
      sig="Priya Venkataraman\nDirector, Network Planning\nHalden Freight",
      prior=[(ALEX[0], ALEX[1], ny(2026, 11, 19, 18, 2),
              "Hi Priya,\n\nThank you so much! Would Wednesday, December 2 at 10:30am or Thursday, December 3 at 4pm (ET) work for you?\n\nAlex"),
             (ALEX[0], ALEX[1], OUT,
              "Hi Priya,\n\nI'm exploring a move into supply chain and would love 20 minutes of your time.\n\nThank you,\nAlex")],
      owner_reply="Wonderful, Thursday December 3 at 4pm ET it is. I'll ring your desk then.",
      expect=E("Priya Venkataraman", "Halden Freight", "scheduled", times=["2026-12-03T16:00:00-05:00"],
               kind="phone", detail="312-555-0107")),
    C(name="h15_tokyo_gmt9_jis", client="apple", contact=("Haruka Sato", "h.sato@mitsukawa-logi.example"),
      sent=datetime(2026, 11, 20, 10, 14, tzinfo=TYO), tz_display="Asia/Tokyo", apple_abbr="GMT+9", enc=JIS, note="Can you set this up?",
      field="logistics",
      body=("Alex様\n\nご連絡ありがとうございます。I am happy to talk with you.\n\n"
            "来週の水曜日、11月25日の朝9時 (my time) is possible. I think it is Tuesday 7pm in New York.\n"
            "Zoom URL will follow.\n\nよろしくお願いします。\n佐藤"),
      sig="Haruka Sato\nProduct Planning\nMitsukawa Logistics",
      expect=E("Haruka Sato", "Mitsukawa Logistics", "scheduled", times=["2026-11-25T09:00:00+09:00"], kind="video")),
    C(name="h15_madrid_gmt1_html_list", client="outlookweb", contact=("Lucía Ferrer", "lferrer@alvear-energia.example"),
      sent=datetime(2026, 11, 18, 12, 31, tzinfo=MAD), field="energy", html_body=GMT1_HTML, body="",
      expect=E("Lucía Ferrer", "Alvear Energía", "scheduled",
               times=["2026-11-30T10:00:00+01:00", "2026-12-02T16:30:00+01:00"],
               kind="video", detail="https://teams.example/l/meetup-join/alvear-5521")),
    C(name="h15_underwriter_moves_friday", client="gmail", contact=("Dolores Quist", "dquist@bellwethermutual.example"),
      sent=ny(2026, 11, 19, 17, 48), body="",
      chain=[(ALEX[0], ALEX[1], OUT,
              "Hi Dolores,\n\nI'm a career changer looking at insurance underwriting. Could I buy 20 minutes of your time?\n\nThanks,\nAlex"),
             ("Dolores Quist", "dquist@bellwethermutual.example", ny(2026, 11, 17, 8, 3),
              "Alex,\n\nSure. Friday the 20th at 11am? I'll call you, just send me the best number.\n\nDolores Quist\n"
              "Director of Underwriting, Bellwether Mutual"),
             (ALEX[0], ALEX[1], ny(2026, 11, 17, 9, 15),
              "Perfect, Friday at 11 it is. I'll text you my number.\n\nAlex"),
             ("Dolores Quist", "dquist@bellwethermutual.example", ny(2026, 11, 19, 17, 48),
              "Argh, board prep just ate my Friday. Could we do Monday at 2:30 instead? Same plan, I'll call you.\n\nD.")],
      expect=E("Dolores Quist", "Bellwether Mutual", "scheduled",
               times=["2026-11-20T11:00:00-05:00", "2026-11-23T14:30:00-05:00"], kind="phone")),
    C(name="h15_denver_numeric_mountain", client="yahoo", contact=("Wendell Achterberg", "wachterberg@frontrangewater.example"),
      sent=datetime(2026, 11, 18, 15, 55, tzinfo=DEN), tz="America/Denver", field="water resources",
      body=("Alex,\n\nGood to hear from a fellow CSU grad. I'm free 12/8 from 3:00 to 3:45 Mountain, or 12/10 at 9 AM MT. "
            "If you're downtown we can sit down at Little Owl Coffee (1555 Champa St).\n\nWendell"),
      sig="Wendell Achterberg, P.E.\nSenior Hydrologist\nFront Range Water Authority",
      expect=E("Wendell Achterberg", "Front Range Water Authority", "scheduled",
               times=["2026-12-08T15:00:00-07:00/2026-12-08T15:45:00-07:00", "2026-12-10T09:00:00-07:00"],
               kind="in_person", detail="1555 Champa St")),
    C(name="h15_amsterdam_march_cet", client="fastmail", contact=("Maartje Verhoeven", "m.verhoeven@uva-cl.example"),
      sent=datetime(2026, 11, 18, 21, 7, tzinfo=AMS), field="computational linguistics",
      body=("Dear Alex,\n\nI am on sabbatical until March, so nothing before then, sorry. But let us fix it now so it does "
            "not slip: Thursday 18 March 2027, 16:00 CET. Mind that your clocks will have changed by then and ours not yet, "
            "so it is 11:00 in New York. I will have 45 minutes and we can use Zoom.\n\nBest wishes,\nMaartje"),
      sig="Maartje Verhoeven\nProfessor of Computational Linguistics\nUniversity of Amsterdam",
      expect=E("Maartje Verhoeven", "University of Amsterdam", "scheduled", times=["2027-03-18T16:00:00+01:00"],
               duration=45, kind="video")),
    C(name="h15_next_tuesday_on_friday", client="outlook", contact=("Theo Papadakis", "tpapadakis@corinthcap.example"),
      sent=ny(2026, 11, 20, 8, 40), field="venture capital",
      body=("Alex, only two holes before the holiday: next Tuesday at 7:30am or Wednesday at 6pm, both EST. "
            "I'll call you from the car.\nTP"),
      sig="Theo Papadakis\nPartner\nCorinth Capital Partners\nM +1 646 555 0191", sigdash=False,
      owner_followup="Tuesday at 7:30am works great, thank you!\n\nAlex",
      expect=E("Theo Papadakis", "Corinth Capital Partners", "scheduled",
               times=["2026-11-24T07:30:00-05:00", "2026-11-25T18:00:00-05:00"], kind="phone")),

    C(name="h15_day_after_fall_back", client="gmail", contact=("Rosalind Achebe-Hart", "rosalind@tidewaterlabs.example"),
      sent=ny(2026, 10, 28, 13, 17), outreach_at=OUT_OCT, field="clinical research", enc=QP1252,
      body=("Hi Alex,\n\nHappy to help a fellow Tar Heel. Monday the 2nd at 10 works for me, the day after we fall back, "
            "so double-check your calendar doesn\u2019t shift it. I\u2019ll have about 25 minutes before my next meeting. "
            "Here\u2019s my Zoom: https://zoom.example/j/8841203377\n\nRosalind"),
      sig="Rosalind Achebe-Hart, PhD\nAssociate Director, Clinical Operations\nTidewater Labs",
      expect=E("Rosalind Achebe-Hart", "Tidewater Labs", "scheduled", times=["2026-11-02T10:00:00-05:00"], duration=25,
               kind="video", detail="https://zoom.example/j/8841203377")),

    # ----------------------------------------------------------- asks_for_times
    C(name="h15_recruiter_send_times", client="gmail", contact=("Kayleigh Dunmore", "kayleigh@brightpathtalent.example"),
      sent=ny(2026, 11, 17, 11, 26), field="talent acquisition",
      body=("Hi Alex!!\n\nLove that you reached out, this is literally my favorite kind of email. Send me 2-3 times next week "
            "that work for you and I'll make it happen. Heads up, our offsite is Dec 3-4 so avoid those days. 20 minutes is "
            "usually plenty, and Zoom is easiest for me.\n\nTalk soon!\nKayleigh"),
      sig="Kayleigh Dunmore\nSenior Technical Recruiter\nBrightpath Talent",
      expect=E("Kayleigh Dunmore", "Brightpath Talent", "asks_for_times", duration=20, kind="video")),
    C(name="h15_one_liner_what_times", client="apple", contact=("Jonah Feld", "jfeld@ardentlabs.example"),
      sent=ny(2026, 11, 17, 22, 3), field="biotech",
      body="sure - what times work for you?",
      expect=E("Jonah Feld", None, "asks_for_times")),
    C(name="h15_ea_in_cc_windows", client="outlook", contact=("Harold Vinter", "hvinter@ostrander.example"),
      sent=ny(2026, 11, 18, 10, 2), field="operations", enc=QP1252,
      cc=[("Bernadette Coyle", "bcoyle@ostrander.example")],
      body=("Alex,\n\nYes, glad to. My EA, Bernadette Coyle (copied), keeps my calendar – send her a few windows over the "
            "next two weeks and she’ll lock something in.\n\nHarold"),
      sig="Harold Vinter | Chief Operating Officer | Ostrander Logistics", sigdash=False,
      expect=E("Harold Vinter", "Ostrander Logistics", "asks_for_times")),
    C(name="h15_mornings_before_ten_central", client="proton", contact=("Ruth Abernathy-Coles", "ruth@prairieseed.example"),
      sent=ny(2026, 11, 18, 13, 37), field="agriculture",
      body=("Hello Alex,\n\nI'd be glad to. Mornings are best for me, usually before 10 Central, and I'm out Nov 26-27 for "
            "the holiday. Which days next week are you around?\n\nRuth"),
      sig="Ruth Abernathy-Coles\nGeneral Manager, Prairie Seed Cooperative",
      expect=E("Ruth Abernathy-Coles", "Prairie Seed Cooperative", "asks_for_times")),
    C(name="h15_saopaulo_meet_b64", client="rfc822", contact=("Thiago Conceição", "thiago@vinhedopag.example"),
      sent=datetime(2026, 11, 17, 15, 48, tzinfo=SAO), field="fintech", enc=B648859, note="Please set this up.",
      body=("Olá Alex!\n\nSure, with pleasure. Please tell me some options of day and hour, I am flexible in the afternoons "
            "(your morning is also ok). We can do by Google Meet.\n\nAbraço,\nThiago"),
      sig="Thiago Conceição\nCo-founder & CTO\nVinhedo Pagamentos",
      expect=E("Thiago Conceição", "Vinhedo Pagamentos", "asks_for_times", kind="video")),

    # ----------------------------------------------------------------- declined
    C(name="h15_decline_one_line", client="yahoo", contact=("Cordelia Banks", "cbanks88@yahoo.example"),
      sent=ny(2026, 11, 16, 19, 44),
      body="Sorry Alex, I'm not taking these right now. Best of luck.",
      expect=E("Cordelia Banks", None, "declined")),
    C(name="h15_decline_leaving_html", client="outlookweb", contact=("Nathaniel Osei", "nosei@quarryhill.example"),
      sent=ny(2026, 11, 17, 16, 12), field="consulting", html_body=LEAVING_HTML, body="",
      expect=E("Nathaniel Osei", "Quarry Hill Advisors", "declined")),
    C(name="h15_yes_then_backs_out", client="gmail", contact=("Ilse Marchetti", "ilse.marchetti@verdantarch.example"),
      sent=ny(2026, 11, 21, 9, 30), body="",
      chain=[(ALEX[0], ALEX[1], OUT,
              "Hi Ilse,\n\nI'm an architecture student curious about sustainable design practice. Might you have 20 minutes?\n\nAlex"),
             ("Ilse Marchetti", "ilse.marchetti@verdantarch.example", ny(2026, 11, 17, 12, 5),
              "Hi Alex, yes, happy to. Tuesday the 24th at 3?\n\nIlse Marchetti\nAssociate, Verdant Architecture"),
             (ALEX[0], ALEX[1], ny(2026, 11, 17, 12, 40), "Tuesday the 24th at 3pm is perfect. Thank you!"),
             ("Ilse Marchetti", "ilse.marchetti@verdantarch.example", ny(2026, 11, 21, 9, 30),
              "Alex, I'm so sorry, I have to back out. Family emergency, and I won't be able to do this at all. "
              "Apologies for the late notice.\n\nIlse")],
      expect=E("Ilse Marchetti", "Verdant Architecture", "declined")),
    C(name="h15_decline_german_engineer", client="thunderbird", contact=("Jürgen Wöhrle", "j.woehrle@woehrle-technik.example"),
      sent=datetime(2026, 11, 18, 8, 51, tzinfo=BER), field="manufacturing", enc=QP8859, note="A no, for the record.",
      body=("Dear Mr. Kim,\n\nthank you for your request. Unfortunately I must say no. I do not make such talks, also not "
            "later, my time is completely used by our customers. I wish you much success.\n\nMit freundlichen Grüßen\nJürgen Wöhrle"),
      sig="Jürgen Wöhrle\nTechnischer Leiter\nWöhrle Backofentechnik GmbH\nTel. +49 7121 555 301",
      expect=E("Jürgen Wöhrle", "Wöhrle Backofentechnik GmbH", "declined")),

    # ----------------------------------------------------------------- deferred
    C(name="h15_defer_ping_in_jan", client="apple", contact=("Vic Ramaswamy", "vic@tallyhq.example"),
      sent=ny(2026, 11, 16, 23, 58), field="fintech",
      body="Slammed til year end. Ping me 2nd week of Jan.",
      expect=E("Vic Ramaswamy", None, "deferred")),
    C(name="h15_defer_after_v3_ships", client="gmail", contact=("Megan O'Rourke-Tan", "megan@lumenledger.example"),
      sent=ny(2026, 11, 18, 21, 15), field="product management",
      body=("Alex! Go Huskies!\n\nI would love to, truly, but we ship v3 on Dec 9 and I'm underwater until then. Can you "
            "circle back the week of the 14th? I promise I'll block 30 minutes for you then and we can swap war stories "
            "from the Allen Center.\n\nMegan"),
      sig="Megan O'Rourke-Tan\nGroup Product Manager, Lumen Ledger",
      expect=E("Megan O'Rourke-Tan", "Lumen Ledger", "deferred", duration=30)),
    C(name="h15_defer_parental_leave_html", client="outlookweb", contact=("Sebastián Ortega", "sortega@cardinalfreight.example"),
      sent=ny(2026, 11, 19, 10, 44), field="logistics", html_body=LEAVE_HTML, body="",
      expect=E("Sebastián Ortega", "Cardinal Freight Systems", "deferred")),
    C(name="h15_defer_marking_london_owner", client="applemail", contact=("Hugh Penhaligon", "h.penhaligon@exeter-eng.example"),
      sent=datetime(2026, 11, 17, 17, 20, tzinfo=LON), tz="Europe/London", field="structural engineering",
      body=("Dear Alex,\n\nThanks for getting in touch. Term ends on 11 December and marking runs right up to Christmas, "
            "so I'm afraid it'll have to wait. Do write to me again in the new year and we'll find a slot; "
            "Fridays are usually kindest.\n\nAll best,\nHugh"),
      sig="Hugh Penhaligon\nSenior Lecturer in Structural Engineering\nUniversity of Exeter",
      expect=E("Hugh Penhaligon", "University of Exeter", "deferred")),

    # ----------------------------------------------------------------- referred
    C(name="h15_refer_former_colleague", client="gmail", contact=("Cyrus Mahdavi", "cyrus@kilnworth.example"),
      sent=ny(2026, 11, 17, 14, 9), field="product management",
      body=("Hi Alex,\n\nI'm flattered, but I'm not the right person: I left product two years ago and I'm a "
            "studio head now. Talk to my former colleague Ananya Bose (ananya.bose@tessellate.example) instead; she runs PM "
            "hiring at Tessellate and loves these conversations. Tell her I sent you.\n\nCyrus"),
      sig="Cyrus Mahdavi\nHead of Studio, Kilnworth Studios",
      expect=E("Cyrus Mahdavi", "Kilnworth Studios", "referred", refs=[("Ananya Bose", "ananya.bose@tessellate.example")])),
    C(name="h15_refer_femi_in_cc", client="outlook", contact=("Grace Whitlock", "gwhitlock@parallaxhealth.example"),
      sent=ny(2026, 11, 18, 9, 33), field="product management",
      cc=[("Oluwafemi Adeyemi", "oluwafemi.adeyemi@parallaxhealth.example")],
      body=("Hi Alex,\n\nLooping in Femi, who leads our APM program and is far better placed than I am to talk you through it. "
            "Femi, over to you!\n\nGrace"),
      sig="Grace Whitlock\nVP Product\nParallax Health", sigdash=False,
      expect=E("Grace Whitlock", "Parallax Health", "referred",
               refs=[("Oluwafemi Adeyemi", "oluwafemi.adeyemi@parallaxhealth.example")])),
    C(name="h15_refer_two_names_no_email", client="proton", contact=("Bartholomew Ng", "bng@saltmarsh-ins.example"),
      sent=ny(2026, 11, 19, 16, 1), field="product management",
      body=("Alex,\n\nHonestly I'd be wasting your time; I'm in finance. You want Dana Kowalczyk or Luis Ferreira on our "
            "product side. Tell them I sent you, they're both easy to find on LinkedIn.\n\nBart"),
      sig="Bartholomew Ng\nController, Saltmarsh Insurance",
      expect=E("Bartholomew Ng", "Saltmarsh Insurance", "referred", refs=[("Dana Kowalczyk",), ("Luis Ferreira",)])),
    C(name="h15_refer_forwarded_twice", client="fwd2", contact=("Kwame Asante-Bekoe", "kwame@gridline.example"),
      sent=ny(2026, 11, 18, 12, 12), field="energy analytics", enc=B64UTF8,
      body=("Hello Alex,\n\nThanks for thinking of me. I'm stepping back from mentoring this year, but my colleague "
            "Rafaela Nunes <rafaela.nunes@gridline.example> has exactly the background you're after. I've told her to "
            "expect your note.\n\nWarmly,\nKwame"),
      sig="Kwame Asante-Bekoe\nDirector of Grid Analytics\nGridline Analytics",
      expect=E("Kwame Asante-Bekoe", "Gridline Analytics", "referred", refs=[("Rafaela Nunes", "rafaela.nunes@gridline.example")])),

    # ----------------------------------------------------------------- no_reply
    C(name="h15_autoreply_french", client="autoreply", contact=("Élodie Marchand", "elodie.marchand@sablier.example"),
      sent=datetime(2026, 11, 16, 15, 21, tzinfo=PAR), enc=QP8859,
      auto_subject="Réponse automatique : Informational interview request",
      note="Auto-reply, I'll try her again later.",
      body=("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 30 novembre inclus, avec un accès limité à mes e-mails. "
            "Pour toute urgence, merci de contacter Claire Dubois (claire.dubois@sablier.example).\n\n"
            "Cordialement,\nÉlodie Marchand"),
      expect=E("Élodie Marchand", None, "no_reply")),
    C(name="h15_autoreply_english", client="autoreply", contact=("Desmond Achebe", "dachebe@harborlight.example"),
      sent=ny(2026, 11, 16, 9, 21), note="FYI",
      body=("Thank you for your email. I am out of the office until Monday, November 30, with limited access to email. "
            "If your matter is urgent, please contact my colleague Pat Greer at pat.greer@harborlight.example or call "
            "212-555-0140.\n\nDesmond Achebe\nSenior Manager, Strategy\nHarborlight Media"),
      expect=E("Desmond Achebe", "Harborlight Media", "no_reply")),
]
