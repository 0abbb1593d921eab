# Held-out batch 4: written after the fixes for batch 3, before the reader
# was run on it, never edited to match the reader's output and never tuned
# on. It measures the reader as delivered. Times in expect are in the
# owner's zone (America/New_York).
from datetime import datetime
from zoneinfo import ZoneInfo

NY = ZoneInfo("America/New_York")


def ny(*a): return datetime(*a, tzinfo=NY)


MON = ny(2026, 11, 16, 9, 14)

INGRID = ("Ingrid Holm", "ingrid.holm@skarven.example")
INGRID_SIG = "Ingrid Holm\nProduct Director\nSkarven Maritime"
MARCUS = ("Marcus Webb", "mwebb@ironleaf.example")
MARCUS_SIG = "Marcus Webb — Senior Recruiter — Ironleaf Partners"
PRIYANKA = ("Priyanka Rao", "priyanka@lumora.example")
PRIYANKA_SIG = "Priyanka Rao\nData Science Manager | Lumora"
CHEN = ("Chen Wei", "chen.wei@jadebridge.example")
CHEN_SIG = "Chen Wei\nStaff Engineer, Jadebridge Technologies"
FATIMA = ("Fatima Zahra", "fzahra@orchidhealth.example")
OWEN = ("Owen Hughes", "owen@cardiffworks.example")
OWEN_SIG = "Owen Hughes\nCardiff Works Ltd\nCardiff, UK"
LUCIA = ("Lucia Romano", "lucia.romano@vetrano.example")
LUCIA_SIG = "Lucia Romano\nHead of Design at Vetrano"
ALEX = ("Alex Kim", "alex.kim@gmail.example")


def E(name, org, intent, **kw):
    kw.update(name=name, org=org, intent=intent)
    return kw


CASES = [
    dict(name="h4_gmail_sched_two_windows", client="gmail", contact=INGRID, sent=MON, sig=INGRID_SIG,
         body="Hi Alex,\n\nGlad you reached out. I'm around Tuesday between 11 and 12:30, or Thursday after 3:30. Let me know "
              "which you prefer and I'll send a Meet invite.\n\nIngrid",
         expect=E("Ingrid Holm", "Skarven Maritime", "scheduled",
                  times=["2026-11-17T11:00:00-05:00/2026-11-17T12:30:00-05:00", "2026-11-19T15:30:00-05:00/2026-11-19T17:00:00-05:00"],
                  kind="video")),
    dict(name="h4_gmail_chain_done", client="gmail", contact=CHEN, sent=ny(2026, 11, 16, 13, 0),
         chain=[(ALEX[0], ALEX[1], ny(2026, 11, 12, 10, 2), "Hi Chen,\n\nWould you have 20 minutes for a call?\n\nAlex"),
                ("Chen Wei", CHEN[1], ny(2026, 11, 16, 9, 14), "Sure! Wednesday at 1 or Friday at 10?\n\nChen\n\n-- \n" + CHEN_SIG),
                (ALEX[0], ALEX[1], ny(2026, 11, 16, 11, 0), "Friday at 10 please!\n\nAlex"),
                ("Chen Wei", CHEN[1], ny(2026, 11, 16, 13, 0),
                 "Done, Friday at 10 it is. Calendar invite on its way.\n\nChen\n\n-- \n" + CHEN_SIG)],
         body="", expect=E("Chen Wei", "Jadebridge Technologies", "scheduled",
                           times=["2026-11-18T13:00:00-05:00", "2026-11-20T10:00:00-05:00"])),
    dict(name="h4_apple_sched_half_past", client="apple", contact=FATIMA, sent=MON, apple_abbr="EST",
         body="Could we do half past four on Wednesday? I'll FaceTime you.\n\nFatima",
         expect=E("Fatima Zahra", None, "scheduled", times=["2026-11-18T16:30:00-05:00"], kind="video")),
    dict(name="h4_yahoo_sched_central_evening", client="yahoo", contact=PRIYANKA, sent=MON, sig=PRIYANKA_SIG,
         body="Hi Alex,\n\nEvenings are best for me. How does 7:30pm Central on Monday the 23rd sound?\n\nPriyanka",
         expect=E("Priyanka Rao", "Lumora", "scheduled", times=["2026-11-23T20:30:00-05:00"])),
    dict(name="h4_proton_sched_december", client="proton", contact=OWEN, sent=MON, sig=OWEN_SIG,
         body="Hi Alex,\n\nDecember 2nd at 11:15 works on my end. Should take 20 mins tops.\n\nOwen",
         expect=E("Owen Hughes", "Cardiff Works Ltd", "scheduled", times=["2026-12-02T11:15:00-05:00"], duration=20)),
    dict(name="h4_fastmail_asks_slots", client="fastmail", contact=LUCIA, sent=MON, sig=LUCIA_SIG,
         body="Hi Alex,\n\nCount me in. Send a few slots over and I'll pick one.\n\nLucia",
         expect=E("Lucia Romano", "Vetrano", "asks_for_times")),
    dict(name="h4_outlookweb_asks_buried", client="outlookweb", contact=MARCUS, sent=MON, sig=MARCUS_SIG, sigdash=False,
         body="Hi Alex,\n\nApologies for the late reply, this got buried. I'm happy to speak. When suits you best?\n\nKind regards,",
         expect=E("Marcus Webb", "Ironleaf Partners", "asks_for_times")),
    dict(name="h4_thunderbird_asks_december_open", client="thunderbird", contact=CHEN, sent=MON, sig=CHEN_SIG,
         body="Hi Alex,\n\nYes, let's do it. My December is fairly open; pick a day and time.\n\nChen",
         expect=E("Chen Wei", "Jadebridge Technologies", "asks_for_times")),
    dict(name="h4_ccreply_asks_which_day", client="ccreply", contact=FATIMA, sent=MON,
         body="Hi Alex, sure thing! Which day suits you?\n\nFatima",
         owner_reply="Hi Fatima,\n\nMonday at 10am?",
         expect=E("Fatima Zahra", None, "asks_for_times")),
    dict(name="h4_gmail_decline_leave_this", client="gmail", contact=MARCUS, sent=MON, sig=MARCUS_SIG,
         body="Hi Alex,\n\nThanks for thinking of me, but I'm going to leave this one. I'm stretched across too many things "
              "right now.\n\nBest,\nMarcus",
         expect=E("Marcus Webb", "Ironleaf Partners", "declined")),
    dict(name="h4_outlook_decline_committee", client="outlook", contact=INGRID, sent=MON, sig=INGRID_SIG, sigdash=False,
         body="Hello Alex,\n\nAs I sit on the hiring committee for the role you've applied to, it wouldn't be appropriate for "
              "me to meet. I hope you understand.\n\nBest regards,",
         expect=E("Ingrid Holm", "Skarven Maritime", "declined")),
    dict(name="h4_apple_decline_swamped", client="apple", contact=FATIMA, sent=MON, apple_abbr="EST",
         body="Not going to be able to, sorry! Swamped\n\nSent from my iPhone",
         expect=E("Fatima Zahra", None, "declined")),
    dict(name="h4_proton_decline_flattered", client="proton", contact=INGRID, sent=MON, sig=INGRID_SIG,
         body="Hi Alex,\n\nI'm flattered, but I'm going to pass for now. Best of luck.\n\nIngrid",
         expect=E("Ingrid Holm", "Skarven Maritime", "declined")),
    dict(name="h4_gmail_defer_mid_move", client="gmail", contact=LUCIA, sent=MON, sig=LUCIA_SIG,
         body="Hi Alex,\n\nI'd like to help, but we're mid-move. Could you reach me again around mid-January? Happy to set "
              "up a call then.\n\nLucia",
         expect=E("Lucia Romano", "Vetrano", "deferred")),
    dict(name="h4_yahoo_defer_booked_solid", client="yahoo", contact=OWEN, sent=MON, sig=OWEN_SIG,
         body="Hi Alex,\n\nI'm booked solid until the 15th of December. After that I'm all yours, just send me a note.\n\nOwen",
         expect=E("Owen Hughes", "Cardiff Works Ltd", "deferred")),
    dict(name="h4_rfc822_defer_new_year", client="rfc822", contact=PRIYANKA, sent=MON, sig=PRIYANKA_SIG,
         body="Hi Alex,\n\nTiming is rough this month. Can you try again in the new year?\n\nPriyanka",
         expect=E("Priyanka Rao", "Lumora", "deferred")),
    dict(name="h4_gmail_ref_her_area", client="gmail", contact=PRIYANKA, sent=MON, sig=PRIYANKA_SIG,
         body="Hi Alex,\n\nThat's really Noor Haddad's area. She heads our analytics org and is great with students: "
              "noor.haddad@lumora.example\n\nPriyanka",
         expect=E("Priyanka Rao", "Lumora", "referred", refs=[("Noor Haddad", "noor.haddad@lumora.example")])),
    dict(name="h4_outlook_ref_passing_you", client="outlook", contact=INGRID, sent=MON, sig=INGRID_SIG, sigdash=False,
         cc=[("Ruth Klein", "ruth.klein@skarven.example")],
         body="Hi Alex,\n\nPassing you to Ruth Klein (cc'd), our head of people, who coordinates these conversations.\n\nThanks,",
         expect=E("Ingrid Holm", "Skarven Maritime", "referred", refs=[("Ruth Klein", "ruth.klein@skarven.example")])),
    dict(name="h4_thunderbird_ref_two_emails", client="thunderbird", contact=CHEN, sent=MON, sig=CHEN_SIG,
         body="Hi Alex,\n\nYou might try Sara Lind (sara.lind@jadebridge.example) or Ahmed Saleh "
              "(ahmed.saleh@jadebridge.example); both moved from consulting into product.\n\nChen",
         expect=E("Chen Wei", "Jadebridge Technologies", "referred",
                  refs=[("Sara Lind", "sara.lind@jadebridge.example"), ("Ahmed Saleh", "ahmed.saleh@jadebridge.example")])),
    dict(name="h4_autoreply_away", client="autoreply", contact=OWEN, sent=ny(2026, 11, 12, 10, 3),
         body="Thanks for your message. I'm away until Tuesday 24 November and will reply on my return.",
         expect=E("Owen Hughes", None, "no_reply")),
    dict(name="h4_outlookweb_sched_office", client="outlookweb", contact=LUCIA, sent=MON, sig=LUCIA_SIG, sigdash=False,
         body="Hi Alex,\n\nLet's meet in person: Thursday, November 19 at 5:15 PM at our office, 250 Greenwich Street, 30th "
              "floor.\n\nBest,",
         expect=E("Lucia Romano", "Vetrano", "scheduled", times=["2026-11-19T17:15:00-05:00"], kind="in_person",
                  detail="250 Greenwich Street")),
]
