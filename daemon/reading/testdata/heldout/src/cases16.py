# Held-out batch 16: written from inspect-contract.md and the heldout
# README's choices before the reader was run on it, never edited to match
# the reader's output, by a fifth blind writer who read none of the
# reader's code, ACCURACY.md, BENCH.md, the earlier held-out files or the
# training corpus's cases. Writers: a night-shift nurse manager who asks
# the owner to call a number, a Bogota lawyer ("10:00 hora de Bogota ...
# 7:00 for you") for an owner in Los Angeles, a Bengaluru founder ("9:30 pm
# IST ... 11am your time"), a Melbourne planner on an Apple Mac for an owner
# in Sydney, an electrician turned operations manager on Yahoo, a Chicago
# city planner confirming one of the owner's two times (Cc reply), a
# Warsaw engineer in an attached message (+0100), a Nairobi NGO officer
# ("3pm East Africa Time ... noon in London") for an owner in London, an
# Austin sales director whose time is in a P.S.; askers (a teacher, a
# hospitalist who offers a day but no hour, a phone-only Australian, a
# Mexico City lawyer); refusals (a public defender in one line, a Prague
# surgeon at length, a Lagos founder); deferrals (a resident before her
# boards, a state budget analyst, a Johannesburg mining engineer forwarded
# twice); referrals (a nurse who forwards the request to a colleague in Cc,
# a lawyer naming two people, a sales VP in nested rfc822, a teacher's
# district colleague on Proton); the owner's Bcc outreach and a Cape Town
# hospital auto-reply. Times in expect carry the offset of the zone they
# were written in; the test compares instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
CHI = ZoneInfo("America/Chicago")
BOG = ZoneInfo("America/Bogota")
KOL = ZoneInfo("Asia/Kolkata")
SYD = ZoneInfo("Australia/Sydney")
MEL = ZoneInfo("Australia/Melbourne")
WAW = ZoneInfo("Europe/Warsaw")
NBO = ZoneInfo("Africa/Nairobi")
LON = ZoneInfo("Europe/London")
PRG = ZoneInfo("Europe/Prague")
LOS = ZoneInfo("Africa/Lagos")
JNB = ZoneInfo("Africa/Johannesburg")
MEX = ZoneInfo("America/Mexico_City")


def ny(*a): return datetime(*a, tzinfo=NY)


# Every outreach went out on Monday 16 November 2026, 9:20 in New York.
OUT = ny(2026, 11, 16, 9, 20)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP88592 = ("quoted-printable", "iso-8859-2")
QP1252 = ("quoted-printable", "windows-1252")
B64UTF8 = ("base64", "utf-8")
B648859 = ("base64", "iso-8859-1")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


def C(**kw):
    kw.setdefault("outreach_at", OUT)
    return kw


NO_HOUR_HTML = ('<p>Hi Alex,</p>\n<p>Glad to talk &mdash; I moved from bedside medicine into health-system operations '
                'four years ago and get asked about it a lot.</p>\n<p>My only reliably free day in the next two weeks is '
                '<b>Tuesday, December 1st</b>. I&#39;m on service the rest of the time. What time that day suits you? '
                'Anything between rounds and clinic can be made to work.</p>\n'
                '<p>Warmly,<br>\nOluwaseun Adebayo, MD<br>\nAssociate Chief Medical Officer<br>\nRiverbend Regional Medical Center</p>')

CASES = [
    # --- scheduled ---
    C(name="h16_nurse_callme", client="gmail", contact=("Bridget O'Sullivan", "bosullivan@stcolumba-health.example"),
      sent=ny(2026, 11, 17, 13, 5), field="clinical operations",
      body=("Hi Alex,\n\nOf course. I'm on nights this week so my afternoons are my mornings, if that makes sense. "
            "Could you do Thursday the 19th at 2:30? Twenty minutes is about what I can manage before I sleep.\n\n"
            "Please call me on my mobile, 617-555-0142, rather than the unit phone.\n\nBridget"),
      sig="Bridget O'Sullivan, RN, MSN\nNurse Manager, Cardiac Step-Down Unit\nSt. Columba Health",
      expect=E("Bridget O'Sullivan", "St. Columba Health", "scheduled", times=["2026-11-19T14:30:00-05:00"],
               duration=20, kind="phone", detail="617-555-0142")),

    C(name="h16_bogota_lawyer", client="thunderbird", tz="America/Los_Angeles", enc=QP8859, note="Another one for you, can you set this up?",
      contact=("Andrés Felipe Gómez", "afgomez@gomezarias-abogados.example"),
      sent=datetime(2026, 11, 17, 11, 40, tzinfo=BOG), field="international arbitration",
      body=("Estimado Alex,\n\nWith pleasure. Arbitration is a small world and I am always happy to help someone find the door.\n\n"
            "I propose Friday the 20th at 10:00, hora de Bogotá, which I believe is 7:00 in the morning for you in California. "
            "If it is too early for you, tell me.\n\nWe can connect here: https://meet.example/gfa-kqzt-wpe\n\n"
            "Cordial saludo,\nAndrés"),
      sig="Andrés Felipe Gómez\nSocio | Gómez Arias Abogados\nBogotá, Colombia",
      expect=E("Andrés Felipe Gómez", "Gómez Arias Abogados", "scheduled", times=["2026-11-20T10:00:00-05:00"],
               kind="video", detail="https://meet.example/gfa-kqzt-wpe")),

    C(name="h16_bengaluru_founder", client="outlook", contact=("Karthik Subramaniam", "karthik@tilloo.example"),
      sent=datetime(2026, 11, 18, 21, 15, tzinfo=KOL), field="startups",
      body=("Hey Alex -\n\nSure thing, happy to pay it forward. Monday 23rd Nov, 9:30 pm IST works for me, that's 11am your time "
            "if my maths is right. 30 mins should be plenty.\n\nZoom: https://zoom.example/j/88120034511\n\nCheers\nKarthik"),
      sig="Karthik Subramaniam\nCo-founder & CEO, Tilloo\nBengaluru",
      expect=E("Karthik Subramaniam", "Tilloo", "scheduled", times=["2026-11-23T21:30:00+05:30"], duration=30,
               kind="video", detail="https://zoom.example/j/88120034511")),

    C(name="h16_melbourne_planner", client="applemail", tz="Australia/Sydney",
      outreach_at=datetime(2026, 11, 16, 9, 20, tzinfo=SYD),
      contact=("Siobhan Nguyen", "siobhan.nguyen@yarrabend.vic.example"), sent=datetime(2026, 11, 17, 14, 0, tzinfo=SYD),
      field="urban planning",
      body=("Hi Alex,\n\nLovely to hear from you. I'm up in Sydney for a conference this week, so we could even meet face to face. "
            "How about Wednesday at 8.15am at Single O, 60 Reservoir St? I have to be at the venue by 9.30.\n\n"
            "Cheers,\nSiobhan"),
      sig="Siobhan Nguyen\nPrincipal Strategic Planner\nYarra Bend City Council",
      expect=E("Siobhan Nguyen", "Yarra Bend City Council", "scheduled", times=["2026-11-18T08:15:00+11:00"],
               kind="in_person", detail="60 Reservoir St")),

    C(name="h16_electrician_yahoo", client="yahoo", contact=("Ray Kowalczyk", "raykowalczyk@yahoo.example"),
      sent=ny(2026, 11, 18, 19, 47), field="construction management",
      body=("Alex\n\nSat morning no good, I coach my kids team. Tues 24th 4:15 ok? I'm not a video guy, "
            "call me at 412-555-0199.\n\nRay"),
      sig="Ray Kowalczyk\nOperations Manager\nKeystone Electrical Contractors",
      expect=E("Ray Kowalczyk", "Keystone Electrical Contractors", "scheduled", times=["2026-11-24T16:15:00-05:00"],
               kind="phone", detail="412-555-0199")),

    C(name="h16_planner_confirms_cc", client="ccreply", contact=("Marisol Ortega-Reyes", "mortega@cityofchicago.example"),
      sent=datetime(2026, 11, 19, 10, 12, tzinfo=CHI), field="public policy",
      body=("Wednesday the 2nd works for me. Call me at my desk line, 312-555-0178.\n\nMarisol"),
      sig="Marisol Ortega-Reyes\nSenior Planner, Department of Planning and Development\nCity of Chicago",
      prior=[("Alex Kim", "alex.kim@gmail.example", ny(2026, 11, 18, 16, 30),
              "Thank you so much, Marisol! Would Tuesday, December 1 at 10am or Wednesday, December 2 at 3pm ET work for you?\n\nAlex"),
             ("Marisol Ortega-Reyes", "mortega@cityofchicago.example", datetime(2026, 11, 18, 9, 2, tzinfo=CHI),
              "Hi Alex, happy to chat. The week after Thanksgiving is best. Send me a couple of options.\n\nMarisol")],
      owner_reply="Perfect, Wednesday, December 2 at 3pm ET it is. I'll call your desk line then. Thank you!",
      expect=E("Marisol Ortega-Reyes", "City of Chicago", "scheduled", times=["2026-12-02T15:00:00-05:00"],
               kind="phone", detail="312-555-0178")),

    C(name="h16_warsaw_attached", client="rfc822", enc=B64UTF8, contact=("Małgorzata Wójcik", "m.wojcik@vistula-soft.example"),
      sent=datetime(2026, 11, 19, 15, 25, tzinfo=WAW), field="software engineering",
      body=("Dear Alex,\n\nThank you for writing. I can offer two slots, both in my time:\n"
            "- Friday 27 November at 17:00\n- Monday 30 November at 8:00\n\n"
            "Please choose one and I will send a Teams invitation.\n\nBest regards,\nMałgorzata"),
      sig="Małgorzata Wójcik\nEngineering Manager\nVistula Software S.A.",
      expect=E("Małgorzata Wójcik", "Vistula Software S.A.", "scheduled",
               times=["2026-11-27T17:00:00+01:00", "2026-11-30T08:00:00+01:00"], kind="video")),

    C(name="h16_nairobi_ngo", client="fastmail", tz="Europe/London", outreach_at=datetime(2026, 11, 16, 9, 20, tzinfo=LON),
      contact=("Wanjiru Kamau", "wkamau@maji-safi.example"), sent=datetime(2026, 11, 20, 11, 30, tzinfo=NBO),
      field="international development",
      body=("Dear Alex,\n\nGreetings from Nairobi. Yes, let us talk. Thursday 26th at 3pm East Africa Time (that's noon in London) "
            "would suit me. I can give you 45 minutes. We can use Google Meet; I will send the link the day before.\n\n"
            "Kind regards,\nWanjiru"),
      sig="Wanjiru Kamau\nProgramme Officer, WASH\nMaji Safi Initiative",
      expect=E("Wanjiru Kamau", "Maji Safi Initiative", "scheduled", times=["2026-11-26T15:00:00+03:00"], duration=45,
               kind="video")),

    C(name="h16_austin_ps", client="gmail", contact=("Dale Hutchins", "dale.hutchins@lonestar-saas.example"),
      sent=datetime(2026, 11, 19, 17, 55, tzinfo=CHI), field="enterprise sales",
      body=("Alex,\n\nMan, your note took me back. I started carrying a bag in 2009 selling copiers door to door in Lubbock, "
            "if you can believe it, and I still think that was the best training anybody could get. You learn to take a no "
            "and keep smiling. Then I did six years at a payroll company, then I jumped to software when a buddy from church "
            "dragged me into a startup that got bought in 2017. Anyway, the short version is that sales is a lot more "
            "about listening than people think, and I could go on forever, which is why I should just talk to you.\n\n"
            "Our quarter closes Nov 30 so things are nuts until then, but after that I breathe again. Happy to tell you "
            "what I wish somebody had told me.\n\nDale\n\n"
            "P.S. Forgot the actual point. Friday Dec 4, 11:30 Central. I'll call you."),
      sig="Dale Hutchins\nRegional Sales Director\nLone Star SaaS",
      expect=E("Dale Hutchins", "Lone Star SaaS", "scheduled", times=["2026-12-04T11:30:00-06:00"], kind="phone")),

    # --- asks_for_times ---
    C(name="h16_teacher_proton", client="proton", contact=("Denise Okonkwo", "dokonkwo@maplewood-schools.example"),
      sent=ny(2026, 11, 17, 15, 48), field="education",
      body=("Hi Alex,\n\nHappy to! Teaching to curriculum design was a winding road. Send me two or three times next week "
            "after 3:30. School lets out at 3 and I need a few minutes to breathe.\n\nDenise"),
      sig="Denise Okonkwo\nDirector of Curriculum and Instruction\nMaplewood Unified School District",
      expect=E("Denise Okonkwo", "Maplewood Unified School District", "asks_for_times")),

    C(name="h16_hospitalist_day_no_hour", client="outlookweb", html_body=NO_HOUR_HTML,
      contact=("Oluwaseun Adebayo", "oadebayo@riverbend-med.example"), sent=ny(2026, 11, 18, 7, 10), field="healthcare administration",
      body="(html only)",
      expect=E("Oluwaseun Adebayo", "Riverbend Regional Medical Center", "asks_for_times")),

    C(name="h16_phone_only_ios", client="apple", contact=("Mick Brennan", "mick@brennanplumbing.example"),
      sent=ny(2026, 11, 19, 18, 2), field="small business",
      body=("Yeah mate no worries. Phone only though, I don't do the video thing. Send me a couple of times that suit "
            "and I'll ring you.\n\nMick"),
      sig="Mick Brennan\nBrennan Plumbing & Gas", sigdash=False,
      expect=E("Mick Brennan", "Brennan Plumbing & Gas", "asks_for_times", kind="phone")),

    C(name="h16_mexico_lawyer", client="gmail", enc=QP1252, contact=("Ximena Lozano", "xlozano@lozano-ip.example"),
      sent=datetime(2026, 11, 18, 12, 20, tzinfo=MEX), field="intellectual property law",
      body=("Hola Alex,\n\nCon mucho gusto. I think I can be useful, I did the same switch from engineering to law. "
            "¿Me mandas tus horarios? Half an hour is good for me. Any day except Thursday.\n\nSaludos,\nXimena"),
      sig="Ximena Lozano\nAsociada Senior\nLozano & Ibáñez Propiedad Intelectual",
      expect=E("Ximena Lozano", "Lozano & Ibáñez Propiedad Intelectual", "asks_for_times", duration=30)),

    # --- declined ---
    C(name="h16_defender_short", client="outlook", contact=("Terrence Lyle", "tlyle@pdo.county.example"),
      sent=ny(2026, 11, 17, 8, 3), field="public interest law",
      body="Sorry, I can't help with this one. Good luck.\n\nT. Lyle",
      sig="Terrence Lyle\nAssistant Public Defender\nHarmon County Public Defender's Office", sigdash=False,
      expect=E("Terrence Lyle", "Harmon County Public Defender's Office", "declined")),

    C(name="h16_prague_surgeon", client="thunderbird", enc=QP88592, note="Another one for you, can you set this up?", contact=("Tomáš Dvořák", "tomas.dvorak@fnkarlov.example"),
      sent=datetime(2026, 11, 18, 22, 41, tzinfo=PRG), field="medical devices",
      body=("Dear Alex,\n\nThank you for your letter, and forgive me for the late hour of this answer. I read it twice. "
            "I think it is a good thing that young people ask older ones, and when I was your age I wrote to many professors "
            "and most of them did not answer me, which I remember.\n\n"
            "But I must be honest with you. I operate on Mondays and Wednesdays from 7:30 until the evening, I have the clinic "
            "on Tuesdays 8 to 16, and since September I am also the head of our department, so I have not even time for my "
            "own family. The medical device work I did was ten years ago, with a company that does not exist any more, and "
            "I would only tell you old stories. So I will not take the conversation; it would not be fair to you.\n\n"
            "I wish you all success.\n\nS pozdravem,\nTomáš Dvořák"),
      sig="doc. MUDr. Tomáš Dvořák, Ph.D.\nPřednosta Chirurgické kliniky\nFakultní nemocnice Karlov",
      expect=E("Tomáš Dvořák", "Fakultní nemocnice Karlov", "declined")),

    C(name="h16_lagos_founder", client="yahoo", enc=B648859, note="Another one for you, can you set this up?", contact=("Adaeze Nwosu", "adaeze@kudipay.example"),
      sent=datetime(2026, 11, 19, 16, 0, tzinfo=LOS), field="fintech",
      body=("Hi Alex,\n\nThanks for reaching out. We're in the middle of a raise and I've had to say no to everything that "
            "isn't investors or customers, so I'll have to pass on this one. Sorry!\n\nAdaeze"),
      sig="Adaeze Nwosu\nFounder, KudiPay",
      expect=E("Adaeze Nwosu", "KudiPay", "declined")),

    # --- deferred ---
    C(name="h16_resident_boards", client="gmail", contact=("Priyanka Deshmukh", "pdeshmukh@mercy-gme.example"),
      sent=ny(2026, 11, 17, 21, 36), field="medicine",
      body=("Hi Alex! I'd really like to, but my boards are in February and I'm studying every free minute. "
            "Can you ask me again after that? I promise I'll say yes.\n\nPriyanka"),
      sig="Priyanka Deshmukh, DO\nPGY-3, Internal Medicine Residency\nMercy General Hospital",
      expect=E("Priyanka Deshmukh", "Mercy General Hospital", "deferred")),

    C(name="h16_budget_analyst", client="apple", contact=("Gloria Fuentes", "gloria.fuentes@dof.state.example"),
      sent=ny(2026, 11, 18, 12, 14), field="public finance",
      body=("Hi Alex,\n\nIt's budget season and the legislature is in session until mid-December, so I can't right now. "
            "Reach back out the first week of January and I'll make time for a half hour then.\n\nGloria"),
      sig="Gloria Fuentes\nPrincipal Budget Analyst\nState Department of Finance",
      expect=E("Gloria Fuentes", "State Department of Finance", "deferred", duration=30)),

    C(name="h16_joburg_mine", client="fwd2", contact=("Sipho Dlamini", "sipho.dlamini@highveld-mining.example"),
      sent=datetime(2026, 11, 18, 6, 45, tzinfo=JNB), field="mining engineering", note="fyi, one to pick up later",
      body=("Morning Alex,\n\nI'm on site at the mine until 11 December with almost no signal. Write to me again after "
            "that and we'll set something up, I'd be glad to.\n\nSipho"),
      sig="Sipho Dlamini\nMine Planning Superintendent\nHighveld Mining Ltd",
      expect=E("Sipho Dlamini", "Highveld Mining Ltd", "deferred")),

    # --- referred ---
    C(name="h16_nurse_forwards_colleague", client="gmail", contact=("Lorraine Baptiste", "lbaptiste@eastbay-health.example"),
      cc=[("Priya Raman", "priya.raman@eastbay-health.example")], sent=ny(2026, 11, 18, 11, 22), field="nursing informatics",
      body=("Hi Alex,\n\nThank you for thinking of me. I've forwarded your note to my colleague Priya Raman (cc'd here), "
            "who went from ICU nursing into informatics. She's a much better fit for what you're asking than I am.\n\n"
            "All the best,\nLorraine"),
      sig="Lorraine Baptiste, RN\nDirector of Nursing Education\nEast Bay Health",
      expect=E("Lorraine Baptiste", "East Bay Health", "referred", refs=[("Priya Raman", "priya.raman@eastbay-health.example")])),

    C(name="h16_lawyer_two_names", client="outlook", contact=("Helen Achterberg", "hachterberg@achterberg-law.example"),
      sent=ny(2026, 11, 19, 14, 50), field="immigration law",
      body=("Alex,\n\nI'm not the right person, I left immigration work years ago. Two people who would be: Tomás Ibarra "
            "(tomas.ibarra@ibarra-immigration.example), who runs a small practice and hires juniors, and Jen Park at the "
            "Legal Aid Society. Tell them I sent you.\n\nHelen"),
      sig="Helen Achterberg\nPartner\nAchterberg & Cole LLP",
      expect=E("Helen Achterberg", "Achterberg & Cole LLP", "referred",
               refs=[("Tomás Ibarra", "tomas.ibarra@ibarra-immigration.example"), ("Jen Park",)])),

    C(name="h16_sales_vp_nested", client="rfc822nested", contact=("Irina Volkova", "irina.volkova@quantsight.example"),
      sent=ny(2026, 11, 20, 10, 5), field="solutions engineering",
      body=("Hi Alex,\n\nI came up on the quota side, so I'd be guessing about the technical path. You want Dmitri Petrov, "
            "our head of solutions engineering: dmitri.petrov@quantsight.example. I've told him to expect you.\n\nIrina"),
      sig="Irina Volkova\nVP Sales, EMEA\nQuantSight",
      expect=E("Irina Volkova", "QuantSight", "referred", refs=[("Dmitri Petrov", "dmitri.petrov@quantsight.example")])),

    C(name="h16_teacher_refers", client="proton", contact=("Kofi Asante", "kasante@riverside-high.example"),
      sent=ny(2026, 11, 20, 16, 40), field="education technology",
      body=("Hi Alex,\n\nI'm still in the classroom, so I don't know much about the edtech side. Grace Mensah at the district "
            "office built our whole learning platform rollout and would be great to talk to. Her email is "
            "grace.mensah@riverside-usd.example.\n\nKofi"),
      sig="Kofi Asante\nChemistry Teacher\nRiverside High School",
      expect=E("Kofi Asante", "Riverside High School", "referred", refs=[("Grace Mensah", "grace.mensah@riverside-usd.example")])),

    # --- no_reply ---
    C(name="h16_outreach_bcc", client="bcc", contact=("Ama Boateng", "ama.boateng@korlebu-partners.example"),
      sent=OUT, field="global health", body="",
      expect=E("Ama Boateng", None, "no_reply")),

    C(name="h16_capetown_autoreply", client="autoreply", contact=("Thandiwe Khumalo", "thandiwe.khumalo@gsh-health.example"),
      sent=ny(2026, 11, 16, 9, 21), field="paediatrics",
      body=("Thank you for your email. I am on annual leave until 30 November with limited access to email. "
            "For urgent clinical matters please contact the on-call registrar on 021 555 0100.\n\n"
            "Dr Thandiwe Khumalo\nConsultant Paediatrician\nGroote Schuur Hospital"),
      expect=E("Thandiwe Khumalo", "Groote Schuur Hospital", "no_reply")),
]
