# Held-out batch 8: written from inspect-contract.md after the intent
# rework and the batch-7 fixes, before the reader was run on it, never
# edited to match the reader's output and never tuned on: it measures the
# reader as delivered. Writers unlike the earlier batches: very casual
# ("omg yes!! down to chat ngl"), dictated without punctuation, formal
# academics and lawyers, English written by German, Spanish, Portuguese,
# Chinese and Singaporean writers, British idiom ("half four", "ring me"),
# compact times ("8:30a PT", "3p ET", "@ 1pm Eastern", "15:00 GMT+1",
# "14 Uhr"), bullet lists of windows, the owner's own proposal confirmed
# ("Tues works!", "The first option"), referrals by first name with the
# address only in Cc, "forwarded your note to", "ask for". Times in expect
# carry the offset of the zone they were written in; the test compares
# instants.
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")
BER = ZoneInfo("Europe/Berlin")
STO = ZoneInfo("Europe/Stockholm")
DEN = ZoneInfo("America/Denver")
MAD = ZoneInfo("Europe/Madrid")


def ny(*a): return datetime(*a, tzinfo=NY)


MON = ny(2026, 11, 16, 9, 14)
SAT = ny(2026, 11, 21, 10, 30)
ALEX = ("Alex Kim", "alex.kim@gmail.example")

QP8859 = ("quoted-printable", "iso-8859-1")
QP1252 = ("quoted-printable", "windows-1252")
B64UTF8 = ("base64", "utf-8")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


CASES = [
    # ---------------- scheduled ----------------
    dict(name="h8_gmail_sched_3p_et", client="gmail", contact=("Devon Ray", "devon@ray.example"), sent=MON,
         body="yo alex! thurs 3p ET works, lmk if not",
         expect=E("Devon Ray", None, "scheduled", times=["2026-11-19T15:00:00-05:00"])),
    dict(name="h8_outlook_sched_gmt1_teams", client="outlook", contact=("Lukas Meier", "lukas.meier@alpenblick.example"),
         sent=MON, sig="Lukas Meier\nSenior Product Manager\nAlpenblick Software AG", sigdash=False, enc=QP1252,
         body="Hello Alex,\n\nThank you for your message. I could do Wednesday 25 November, 15:00 GMT+1, for 45 minutes via "
              "Teams.\n\nKind regards,",
         expect=E("Lukas Meier", "Alpenblick Software AG", "scheduled", times=["2026-11-25T15:00:00+01:00"], duration=45,
                  kind="video")),
    dict(name="h8_thunderbird_sched_cet_window_de", client="thunderbird", contact=("Jana Köhler", "jana.koehler@nordlicht.example"),
         sent=datetime(2026, 11, 18, 10, 0, tzinfo=BER), sig="Jana Köhler\nUX Researcherin, Nordlicht Mobility",
         enc=QP8859, note="Can you set this up?",
         body="Hi Alex,\n\nDonnerstag passt leider nicht, but Friday 10:00-10:30 CET would be possible for me. Does that "
              "work?\n\nViele Grüße\nJana",
         expect=E("Jana Köhler", "Nordlicht Mobility", "scheduled",
                  times=["2026-11-20T10:00:00+01:00/2026-11-20T10:30:00+01:00"])),
    dict(name="h8_yahoo_sched_pt_compact", client="yahoo", contact=("Tara Whitman", "tara@brightwave.example"), sent=MON,
         sig="Tara Whitman\nSenior Recruiter, Brightwave",
         body="Hi Alex,\n\nThursday 11/19 8:30a PT or Friday 11/20 1p PT?\n\nTara",
         expect=E("Tara Whitman", "Brightwave", "scheduled",
                  times=["2026-11-19T08:30:00-08:00", "2026-11-20T13:00:00-08:00"])),
    dict(name="h8_proton_sched_at_eastern", client="proton", contact=("Marcus Oyelaran", "marcus@lanternhealth.example"),
         sent=MON, sig="Marcus Oyelaran\nHead of Growth | Lantern Health",
         body="Hi Alex,\n\nDec 1 @ 1pm Eastern?\n\nM.",
         expect=E("Marcus Oyelaran", "Lantern Health", "scheduled", times=["2026-12-01T13:00:00-05:00"])),
    dict(name="h8_fastmail_sched_2nd_noon_lunch", client="fastmail", contact=("Giovanni Russo", "g.russo@sardofoods.example"),
         sent=MON, sig="Giovanni Russo\nFinance Director, Sardo Foods",
         body="Hi Alex,\n\nHow's the 2nd at noon? I'm thinking lunch at Mercato, 352 W 39th St, my treat.\n\nGiovanni",
         expect=E("Giovanni Russo", "Sardo Foods", "scheduled", times=["2026-12-02T12:00:00-05:00"], kind="in_person",
                  detail="352 W 39th St")),
    dict(name="h8_apple_sched_dictated", client="apple", contact=("Keisha Brown", "keisha.brown@mailbox.example"), sent=MON,
         apple_abbr="EST",
         body="Hi Alex yes I can do Tuesday at 11 or Wednesday at 2 whichever is better for you talk soon\n\nSent from my iPhone",
         expect=E("Keisha Brown", None, "scheduled", times=["2026-11-17T11:00:00-05:00", "2026-11-18T14:00:00-05:00"])),
    dict(name="h8_applemail_sched_sydney_time", client="applemail", contact=("Chloe Nguyen", "chloe@wattle.example"),
         sent=MON, apple_abbr="EST", sig="Chloe Nguyen\nPrincipal Designer\nWattle & Co", note="Can you set this up?",
         enc=("quoted-printable", "utf-8"),
         body="Hi Alex,\n\nWould 8am Sydney time on Thursday 26 November suit? That's Wednesday afternoon for you, I "
              "believe.\n\nChloe",
         expect=E("Chloe Nguyen", "Wattle & Co", "scheduled", times=["2026-11-26T08:00:00+11:00"])),
    dict(name="h8_rfc822_sched_mountain_denver", client="rfc822", contact=("Rob Castillo", "rob@frontrange.example"),
         sent=datetime(2026, 11, 16, 8, 10, tzinfo=DEN), sig="Rob Castillo\nGeologist, Front Range Minerals",
         body="Hi Alex,\n\nI'm in Denver, so how about 9:30 Mountain on Friday? Call my cell, 720-555-0148.\n\nRob",
         expect=E("Rob Castillo", "Front Range Minerals", "scheduled", times=["2026-11-20T09:30:00-07:00"], kind="phone",
                  detail="720-555-0148")),
    dict(name="h8_rfc822nested_sched_14_uhr", client="rfc822nested", contact=("Matthias Brandt", "m.brandt@kranich.example"),
         sent=datetime(2026, 11, 16, 16, 30, tzinfo=BER), sig="Matthias Brandt\nLeiter Vertrieb\nKranich Logistik GmbH",
         body="Hello Alex,\n\nWould Friday 20.11. at 14 Uhr work for you? Otherwise Monday at 9.\n\nBest regards\nMatthias",
         expect=E("Matthias Brandt", "Kranich Logistik GmbH", "scheduled",
                  times=["2026-11-20T14:00:00+01:00", "2026-11-23T09:00:00+01:00"])),
    dict(name="h8_outlook_sched_move_same_time", client="outlook", contact=("Beth Sorensen", "bsorensen@caldera.example"),
         sent=MON, sig="Beth Sorensen\nOperations Manager\nCaldera Freight", sigdash=False,
         body="Hi Alex,\n\nApologies, I now have a conflict on Thursday. Could we move to Friday 11/20 at the same time, "
              "3:30?\n\nThanks,",
         expect=E("Beth Sorensen", "Caldera Freight", "scheduled", times=["2026-11-20T15:30:00-05:00"])),
    dict(name="h8_outlookweb_sched_bullets", client="outlookweb", contact=("Priscilla Adeyemi", "padeyemi@halden.example"),
         sent=MON, sig="Priscilla Adeyemi\nDirector, Client Success\nHalden Insurance", sigdash=False,
         body="Hi Alex,\n\nHappy to. Any of these work (Eastern):\n\n• Mon 11/23, 9–9:30am\n• Tue 11/24, 1:15–1:45pm\n"
              "• Wed 11/25, 4pm\n\nBest,",
         expect=E("Priscilla Adeyemi", "Halden Insurance", "scheduled",
                  times=["2026-11-23T09:00:00-05:00/2026-11-23T09:30:00-05:00",
                         "2026-11-24T13:15:00-05:00/2026-11-24T13:45:00-05:00", "2026-11-25T16:00:00-05:00"])),
    dict(name="h8_fwd2_sched_singapore_same_instant", client="fwd2", contact=("Wei Ling Tan", "weiling.tan@meranti.example"),
         sent=MON, sig="Wei Ling Tan\nRegional Counsel, Meranti Capital",
         body="Hi Alex,\n\nCan do Thursday 9pm Singapore time, which I think is 8am for you.\n\nWei Ling",
         expect=E("Wei Ling Tan", "Meranti Capital", "scheduled", times=["2026-11-19T21:00:00+08:00"])),
    dict(name="h8_yahoo_sched_half_four_ring", client="yahoo", contact=("Oliver Hughes", "ollie.hughes@thameside.example"),
         sent=MON, sig="Oliver Hughes\nSenior Analyst, Thameside Partners",
         body="Hi Alex,\n\nShall we say half four on Tuesday? Ring me on 07700 900123.\n\nCheers,\nOllie",
         expect=E("Oliver Hughes", "Thameside Partners", "scheduled", times=["2026-11-17T16:30:00-05:00"], kind="phone",
                  detail="07700 900123")),
    dict(name="h8_thunderbird_sched_after_3", client="thunderbird", contact=("Nora Lindgren", "nora@fika.example"), sent=MON,
         sig="Nora Lindgren\nData Platform Lead, Fika Systems",
         body="Hi Alex,\n\nTomorrow I'm free after 3, or Thursday morning if that's better for you.\n\nNora",
         expect=E("Nora Lindgren", "Fika Systems", "scheduled",
                  times=["2026-11-17T15:00:00-05:00/2026-11-17T17:00:00-05:00"])),
    dict(name="h8_proton_sched_next_tuesday_saturday", client="proton", contact=("Ray Dominguez", "ray@dominguezhale.example"),
         sent=SAT, sig="Ray Dominguez\nPartner, Dominguez & Hale LLP",
         body="Hi Alex,\n\nNext Tuesday at 10:15 works for me. We can do it by phone; I'll call you.\n\nRay",
         expect=E("Ray Dominguez", "Dominguez & Hale LLP", "scheduled", times=["2026-11-24T10:15:00-05:00"], kind="phone")),

    # ---------------- scheduled: the owner's own proposal ----------------
    dict(name="h8_ccreply_sched_first_option", client="ccreply", contact=("Hannah Weiss", "hannah@quarrylabs.example"),
         sent=MON, sig="Hannah Weiss\nVP Engineering, Quarry Labs",
         body="The first option is great for me.\n\nHannah",
         prior=[(ALEX[0], ALEX[1], ny(2026, 11, 13, 15, 0),
                 "Thanks Hannah! Would Monday 11/23 at 10am or Tuesday 11/24 at 4pm work?\n\nAlex\n\nOn Fri, Nov 13, 2026 at "
                 "11:00 AM Hannah Weiss <hannah@quarrylabs.example> wrote:\n\n> Sure, happy to. What works for you?")],
         owner_reply="Perfect, adding my scheduler to send the invite.",
         expect=E("Hannah Weiss", "Quarry Labs", "scheduled", times=["2026-11-23T10:00:00-05:00"])),
    dict(name="h8_gmail_chain_tues_works", client="gmail", contact=("Omar Siddiqui", "omar@siddiqui.example"), sent=MON,
         body="",
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2),
                 "Hi Omar,\n\nWould you have 20 minutes to talk about your move into venture?\n\nAlex"),
                ("Omar Siddiqui", "omar@siddiqui.example", ny(2026, 11, 13, 9, 0), "Happy to help. Send me a couple of times?\n\nOmar"),
                (ALEX[0], ALEX[1], ny(2026, 11, 13, 11, 0), "Great! Tuesday 11/24 at 2:30pm or Thursday 11/26 at 10am?\n\nAlex"),
                ("Omar Siddiqui", "omar@siddiqui.example", MON, "Tues works!\n\nOmar")],
         expect=E("Omar Siddiqui", None, "scheduled", times=["2026-11-24T14:30:00-05:00"])),

    # ---------------- asks_for_times ----------------
    dict(name="h8_gmail_asks_genz", client="gmail", contact=("Kai Morales", "kai.morales@mailbox.example"), sent=MON,
         enc=B64UTF8, body="omg yes!! down to chat ngl. when r u free?\n\nkai",
         expect=E("Kai Morales", None, "asks_for_times")),
    dict(name="h8_outlook_asks_professor_assistant", client="outlook", contact=("Prof. Eleanor Vance", "evance@hartwell.example"),
         sent=MON, sig="Eleanor Vance, PhD\nProfessor of Economics\nHartwell University", sigdash=False,
         body="Dear Alex,\n\nThank you for your thoughtful message. I would be pleased to speak with you. My administrative "
              "assistant, Ms. Carol Jenkins, maintains my calendar; kindly write to her at cjenkins@hartwell.example with a "
              "few times that suit you.\n\nWith best regards,",
         expect=E("Eleanor Vance", "Hartwell University", "asks_for_times")),
    dict(name="h8_thunderbird_asks_spanish", client="thunderbird", contact=("Lucía Fernández", "lucia.fernandez@meseta.example"),
         sent=datetime(2026, 11, 16, 15, 0, tzinfo=MAD), sig="Lucía Fernández\nAnalista de Riesgos, Banco Meseta",
         enc=QP8859, note="Can you set this up?",
         body="Hola Alex, con gusto! Happy to talk about my work at the bank. Tell me what day and hour is good for "
              "you.\n\nUn saludo,\nLucía",
         expect=E("Lucía Fernández", "Banco Meseta", "asks_for_times")),
    dict(name="h8_fastmail_asks_time_zone", client="fastmail", contact=("Ben Okafor", "ben@drumline.example"), sent=MON,
         sig="Ben Okafor\nStaff Engineer, Drumline",
         body="Sure thing. What time zone are you in? I'm flexible most days.\n\nBen",
         expect=E("Ben Okafor", "Drumline", "asks_for_times")),
    dict(name="h8_rfc822_asks_next_week_open", client="rfc822", contact=("Signe Dahl", "signe@fjordpine.example"), sent=MON,
         sig="Signe Dahl\nHead of Design, Fjord & Pine",
         body="Hi Alex,\n\nYes, happy to. I'm travelling this week, but next week is wide open, so send me a few "
              "options.\n\nSigne",
         expect=E("Signe Dahl", "Fjord & Pine", "asks_for_times")),

    # ---------------- declined ----------------
    dict(name="h8_gmail_decline_alumni_only", client="gmail", contact=("Patrick Nolan", "pnolan@ardent.example"), sent=MON,
         sig="Patrick Nolan\nManaging Director, Ardent Advisors",
         body="Hi Alex,\n\nThanks for reaching out! These days I keep these conversations to our alumni mentoring program, "
              "so this isn't something I can take on. Hope the search goes well.\n\nPatrick",
         expect=E("Patrick Nolan", "Ardent Advisors", "declined")),
    dict(name="h8_outlook_decline_not_in_a_place", client="outlook", contact=("Dr. Samuel Achebe", "sachebe@riverbend.example"),
         sent=MON, sig="Samuel Achebe\nChief Medical Officer\nRiverbend Health", sigdash=False,
         body="Dear Alex,\n\nI truly appreciate you thinking of me, and I can tell you have put a lot of thought into your "
              "transition. With my current responsibilities I have had to be very selective about outside commitments, and "
              "I'm not in a place to add more right now. I hope you'll understand.\n\nKind regards,",
         expect=E("Samuel Achebe", "Riverbend Health", "declined")),
    dict(name="h8_apple_decline_nah", client="apple", contact=("Jace Miller", "jace@millerbuilds.example"), sent=MON,
         apple_abbr="EST", body="nah sorry, not my thing. gl!\n\nSent from my iPhone",
         expect=E("Jace Miller", None, "declined")),
    dict(name="h8_yahoo_decline_no_time_recently", client="yahoo", contact=("Zhang Wei", "zhang.wei@jadeharbor.example"),
         sent=MON, sig="Zhang Wei\nSenior Engineer, Jade Harbor Tech",
         body="Dear Alex,\n\nThank you for your email. I am sorry that I have no time for this kind of meeting recently. Wish "
              "you good luck.\n\nBest,\nZhang Wei",
         expect=E("Zhang Wei", "Jade Harbor Tech", "declined")),
    dict(name="h8_proton_decline_stay_out", client="proton", contact=("Laura Pinto", "laura.pinto@verdantpay.example"), sent=MON,
         sig="Laura Pinto\nEngineering Manager | Verdant Pay",
         body="Hi Alex,\n\nSince you're interviewing with my team right now, it's best that I stay out of this one. Best of "
              "luck with the process!\n\nLaura",
         expect=E("Laura Pinto", "Verdant Pay", "declined")),
    dict(name="h8_outlookweb_decline_firm_guidelines", client="outlookweb", contact=("Gregory Hale", "ghale@marlowefinch.example"),
         sent=MON, sig="Gregory Hale\nSenior Associate\nMarlowe & Finch LLP", sigdash=False,
         body="Dear Alex,\n\nPer our firm's guidelines I'm unable to participate in informational meetings with prospective "
              "applicants. I wish you the best of luck.\n\nSincerely,",
         expect=E("Gregory Hale", "Marlowe & Finch LLP", "declined")),

    # ---------------- deferred ----------------
    dict(name="h8_gmail_defer_q1_planning", client="gmail", contact=("Ana Ribeiro", "ana.ribeiro@lumina.example"), sent=MON,
         sig="Ana Ribeiro\nProduct Director, Lumina Retail",
         body="Hi Alex!\n\nWe're knee-deep in Q1 planning. Let's touch base after that wraps, maybe mid-January?\n\nAna",
         expect=E("Ana Ribeiro", "Lumina Retail", "deferred")),
    dict(name="h8_thunderbird_defer_calendar_opens", client="thunderbird", contact=("Henrik Sundqvist", "henrik@norrsken.example"),
         sent=datetime(2026, 11, 16, 15, 40, tzinfo=STO), sig="Henrik Sundqvist\nCTO, Norrsken Robotics",
         body="Hi Alex,\n\nI'm heading out on leave next week and my calendar opens back up on Feb 1. Happy to find a slot "
              "then.\n\nHenrik",
         expect=E("Henrik Sundqvist", "Norrsken Robotics", "deferred")),
    dict(name="h8_apple_defer_dust_settles", client="apple", contact=("Maya Goldstein", "maya@goldsteinlab.example"), sent=MON,
         apple_abbr="EST", body="Once the dust settles from our acquisition, sure! Ping me in a month or so\n\nSent from my iPhone",
         expect=E("Maya Goldstein", None, "deferred")),
    dict(name="h8_fastmail_defer_portuguese", client="fastmail", contact=("João Pereira", "joao.pereira@atlantico.example"),
         sent=MON, sig="João Pereira\nGerente de Projetos, Atlântico Energia", enc=QP1252,
         body="Olá Alex!\n\nI am in vacation until 7 of December. After I come back we can talk, please write me "
              "again.\n\nAbraços,\nJoão",
         expect=E("João Pereira", "Atlântico Energia", "deferred")),
    dict(name="h8_outlook_defer_year_end", client="outlook", contact=("Denise Carter", "dcarter@hollisgrant.example"), sent=MON,
         sig="Denise Carter\nController\nHollis & Grant", sigdash=False,
         body="Hi Alex,\n\nYear-end is brutal for us in finance. If you're still interested in January, shoot me another "
              "email and we'll set something up.\n\nBest,",
         expect=E("Denise Carter", "Hollis & Grant", "deferred")),

    # ---------------- referred ----------------
    dict(name="h8_gmail_ref_better_off", client="gmail", contact=("Nathan Cole", "nathan.cole@pryorgroup.example"), sent=MON,
         sig="Nathan Cole\nSenior Consultant, Pryor Group",
         body="Hi Alex,\n\nHonestly you'd be better off speaking with Rachel Green on our strategy team "
              "(rachel.green@pryorgroup.example). She did exactly this move a few years back.\n\nNathan",
         expect=E("Nathan Cole", "Pryor Group", "referred", refs=[("Rachel Green", "rachel.green@pryorgroup.example")])),
    dict(name="h8_outlook_ref_forwarded_note", client="outlook", contact=("Sophie Laurent", "slaurent@belmontfoods.example"),
         sent=MON, sig="Sophie Laurent\nHR Director\nBelmont Foods", sigdash=False,
         body="Hello Alex,\n\nI've forwarded your note to Marcus Webb, who manages our graduate program; he'll be in "
              "touch.\n\nRegards,",
         expect=E("Sophie Laurent", "Belmont Foods", "referred", refs=[("Marcus Webb",)])),
    dict(name="h8_rfc822_ref_first_name_cc", client="rfc822", contact=("Aiko Tanaka", "aiko@hoshistudio.example"), sent=MON,
         sig="Aiko Tanaka\nDesign Director, Hoshi Studio", cc=[("Kenji Watanabe", "kenji.watanabe@hoshistudio.example")],
         body="Hi Alex,\n\nKenji is copied here and is the right person for this conversation. Kenji, over to you!\n\nAiko",
         expect=E("Aiko Tanaka", "Hoshi Studio", "referred",
                  refs=[("Kenji Watanabe", "kenji.watanabe@hoshistudio.example")])),
    dict(name="h8_proton_ref_ask_for", client="proton", contact=("Felicity Grant", "felicity@cobaltcloud.example"), sent=MON,
         sig="Felicity Grant\nSolutions Engineer | Cobalt Cloud",
         body="Hi Alex,\n\nI'm not close to hiring, but ask for Priya Shah in our talent team; she's great with "
              "students.\n\nFelicity",
         expect=E("Felicity Grant", "Cobalt Cloud", "referred", refs=[("Priya Shah",)])),
    dict(name="h8_yahoo_ref_two_names", client="yahoo", contact=("Martin Alvarez", "martin@keystone.example"), sent=MON,
         sig="Martin Alvarez\nPrincipal, Keystone Strategy",
         body="Hi Alex,\n\nTwo names: Olivia Brandt at Northwind and Sam Cho at Lumen. Both made the switch from consulting. "
              "Tell them I sent you.\n\nMartin",
         expect=E("Martin Alvarez", "Keystone Strategy", "referred", refs=[("Olivia Brandt",), ("Sam Cho",)])),

    # ---------------- no_reply ----------------
    dict(name="h8_bcc_no_reply", client="bcc", contact=("Ingrid Holm", "ingrid@fjellhus.example"), sent=ny(2026, 11, 12, 10, 2),
         body="", expect=E("Ingrid Holm", None, "no_reply")),
    dict(name="h8_autoreply_parental", client="autoreply", contact=("Jordan Blake", "jordan@blakeco.example"),
         sent=ny(2026, 11, 12, 10, 3), auto_subject="Out of Office: Informational interview request",
         body="I'm on parental leave until January 4 with no access to email. For anything urgent, please contact Jamie Lee "
              "at jamie.lee@blakeco.example.",
         expect=E("Jordan Blake", None, "no_reply")),
    dict(name="h8_outlook_no_reply", client="outlook", contact=("Vera Novak", "vera.novak@kestrel.example"), sent=MON,
         no_reply=True, body="", note="FYI, sent this today.",
         expect=E("Vera Novak", None, "no_reply")),
]
