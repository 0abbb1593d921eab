package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the owner's zone without relying on the system's zoneinfo

	"github.com/emersion/go-ical"
)

// Budgets from the issue: an invite within 15 s, a thank-you within 20 s.
const (
	inviteTimeout   = 15 * time.Second
	thankYouTimeout = 20 * time.Second
	// quietPeriod is how long a test watches for mail that must NOT come
	// (a duplicate invite). Delivery takes ~4 ms on this server, so a
	// second is ample once the sender has exited.
	quietPeriod = 1500 * time.Millisecond
)

// everyone is emptied before each test so counts belong to that test.
var everyone = []string{ownerAddr, chatsAddr, contactAddr, contact2Addr}

// futureSlot returns a time about days days from now at hour:00 in the
// owner's zone, and how a person writes it ("Tuesday, December 1").
func futureSlot(t testing.TB, days, hour int) (time.Time, string) {
	t.Helper()
	loc := mustZone(t, ownerZone)
	d := time.Now().In(loc).AddDate(0, 0, days)
	start := time.Date(d.Year(), d.Month(), d.Day(), hour, 0, 0, 0, loc)
	return start, start.Format("Monday, January 2")
}

// invites returns the messages carrying a text/calendar; method=REQUEST part.
func invites(msgs []*message) []*message {
	var out []*message
	for _, m := range msgs {
		if m.isInvite() {
			out = append(out, m)
		}
	}
	return out
}

// checkInvite asserts what the issue requires of an invite to the owner.
func checkInvite(t *testing.T, m *message, wantStart time.Time, wantLen time.Duration) {
	t.Helper()
	cal, err := m.invite()
	if err != nil {
		t.Fatalf("invite: %v", err)
	}
	if got := cal.Props.Get(ical.PropMethod); got == nil || !strings.EqualFold(got.Value, "REQUEST") {
		t.Errorf("METHOD = %v, want REQUEST", got)
	}
	start, end, err := eventTimes(cal)
	if err != nil {
		t.Fatalf("invite uid %d: %v", m.UID, err)
	}
	if !start.Equal(wantStart) {
		t.Errorf("DTSTART = %s, want %s (%s)", start.UTC().Format(time.RFC3339), wantStart.UTC().Format(time.RFC3339), wantStart.Format("Mon Jan 2 15:04 MST"))
	}
	if got := end.Sub(start); got != wantLen {
		t.Errorf("duration = %v, want %v", got, wantLen)
	}
	if got := propValues(cal, ical.PropOrganizer); !slices.Equal(got, []string{"mailto:" + chatsAddr}) {
		t.Errorf("ORGANIZER = %v, want [mailto:%s]", got, chatsAddr)
	}
	if got := propValues(cal, ical.PropAttendee); !slices.Contains(got, "mailto:"+ownerAddr) {
		t.Errorf("ATTENDEE = %v, want one mailto:%s", got, ownerAddr)
	}
	if got := m.addresses("To"); !slices.Contains(got, ownerAddr) {
		t.Errorf("To = %v, want %s", got, ownerAddr)
	}
	// iMIP (RFC 6047): the text, the HTML and the calendar as alternatives.
	want := []string{"text/plain", "text/html", "text/calendar; method=REQUEST"}
	if alts, err := alternatives(m.Raw); err != nil || !slices.Equal(alts, want) {
		t.Errorf("multipart/alternative holds %v (%v), want %v", alts, err, want)
	}
}

// TestE2E_forwardBecomesInvite: the owner forwards a thread in which the
// contact offers a time; the running daemon, waiting in IDLE, sends the
// owner an iMIP invite for exactly that time and records one meeting.
func TestE2E_forwardBecomesInvite(t *testing.T) {
	needBinary(t)
	emptyMailboxes(t, everyone...)
	in := newInstance(t)

	start, day := futureSlot(t, 10, 14)
	now := time.Now()
	th := thread{
		Subject:      "Coffee chat about platform engineering?",
		ContactName:  "Casey Contact",
		ContactFirst: "Casey",
		ContactEmail: contactAddr,
		Ask:          "Would you have 20 minutes in the next couple of weeks for a coffee chat about your work at Example Org?",
		AskAt:        now.Add(-26 * time.Hour),
		Reply:        "Happy to chat! Would " + day + " at 2pm ET work? 20 minutes is plenty.",
		ReplyAt:      now.Add(-2 * time.Hour),
		ForwardAt:    now,
	}

	d := in.start(t)
	// Delivered once the daemon waits in IDLE: a daemon that missed the
	// server's EXISTS would see it only at IDLE's 25-minute restart.
	d.waitIdle(t)
	deliver(t, ownerAddr, []string{chatsAddr}, th.render(t))
	msgs := waitFor(t, ownerAddr, "INBOX", inviteTimeout, "text/calendar; method=REQUEST invite for "+start.Format(time.RFC3339),
		func(ms []*message) bool { return len(invites(ms)) > 0 })
	d.stop(t)
	// Whatever the daemon submitted before it exited lands within the quiet
	// period; a duplicate invite would show up here.
	msgs, _ = pollMailbox(t, ownerAddr, "INBOX", quietPeriod, func([]*message) bool { return false })

	inv := invites(msgs)
	if len(inv) != 1 {
		t.Errorf("owner's INBOX has %d invites, want 1: %s", len(inv), describe(msgs))
	}
	checkInvite(t, inv[0], start, 20*time.Minute)
	icsCheck(t, "invite.eml", inv[0].Raw)

	db := in.openDB(t)
	if n := count(t, db, `SELECT COUNT(*) FROM meetings`); n != 1 {
		t.Errorf("meetings: %d rows, want 1 (starts %v)", n, meetingStarts(t, db))
	}
	if n := count(t, db, `SELECT COUNT(*) FROM meetings WHERE start_at = ?`, start.Unix()); n != 1 {
		t.Errorf("meetings with start_at = %d (%s): %d, want 1 (starts %v)", start.Unix(), start.UTC().Format(time.RFC3339), n, meetingStarts(t, db))
	}
}

// TestE2E_pastCallGetsThankYou: the owner forwards, after the call, a
// thread that agreed a time an hour ago. No invite; the contact gets a
// thank-you from the dedicated address with Reply-To the owner.
func TestE2E_pastCallGetsThankYou(t *testing.T) {
	needBinary(t)
	emptyMailboxes(t, everyone...)
	in := newInstance(t)

	loc := mustZone(t, ownerZone)
	now := time.Now()
	call := now.Add(-time.Hour).Truncate(time.Minute).In(loc)
	// "Saturday, November 21 at 10:05 PM EST": weekday, date and an explicit
	// zone abbreviation, so the time is unambiguous.
	when := call.Format("Monday, January 2 at 3:04 PM MST")
	th := thread{
		Subject:      "Quick call about your move into product?",
		ContactName:  "Casey Contact",
		ContactFirst: "Casey",
		ContactEmail: contactAddr,
		Ask:          "Could we find 20 minutes for a quick call about how you moved into product management?",
		AskAt:        call.Add(-30 * time.Hour),
		Reply:        "Confirmed for " + when + ". Talk then!",
		ReplyAt:      call.Add(-5 * time.Hour),
		ForwardAt:    now,
	}
	deliver(t, ownerAddr, []string{chatsAddr}, th.render(t))

	fromChats := func(ms []*message) []*message {
		var out []*message
		for _, m := range ms {
			if slices.Contains(m.addresses("From"), chatsAddr) {
				out = append(out, m)
			}
		}
		return out
	}
	// `run --once` does what is due when it runs; the thank-you falls due
	// thank_you_delay (3 s) after the call's end, long past, but may be
	// queued by the run that records the meeting. Run again until it
	// arrives, as a cron-driven owner would.
	deadline := time.Now().Add(thankYouTimeout)
	var contactMsgs []*message
	for {
		in.runOnce(t)
		var ok bool
		contactMsgs, ok = pollMailbox(t, contactAddr, "INBOX", 1500*time.Millisecond,
			func(ms []*message) bool { return len(fromChats(ms)) > 0 })
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v of `run --once` every ~1.5 s, %s INBOX has no thank-you from %s; found %s\nowner's INBOX: %s",
				thankYouTimeout, contactAddr, chatsAddr, describe(contactMsgs), describe(listMessages(t, ownerAddr, "INBOX")))
		}
	}
	// Anything still in flight from the last run lands within the quiet period.
	contactMsgs, _ = pollMailbox(t, contactAddr, "INBOX", quietPeriod, func([]*message) bool { return false })

	ty := fromChats(contactMsgs)
	if len(ty) != 1 {
		t.Errorf("%s INBOX has %d messages from %s, want exactly 1 thank-you: %s", contactAddr, len(ty), chatsAddr, describe(contactMsgs))
	}
	m := ty[0]
	if got := m.addresses("Reply-To"); !slices.Equal(got, []string{ownerAddr}) {
		t.Errorf("thank-you Reply-To = %v, want [%s]", got, ownerAddr)
	}
	if cp := m.calendarParts(); len(cp) != 0 {
		t.Errorf("thank-you carries %d calendar part(s), want none: %s", len(cp), m.Summary())
	}
	if got := m.addresses("To"); !slices.Contains(got, contactAddr) {
		t.Errorf("thank-you To = %v, want %s", got, contactAddr)
	}

	owner := listMessages(t, ownerAddr, "INBOX")
	if inv := invites(owner); len(inv) != 0 {
		t.Errorf("owner's INBOX has %d invite(s) for a call that already happened, want none: %s", len(inv), describe(owner))
	}

	db := in.openDB(t)
	if n := count(t, db, `SELECT COUNT(*) FROM meetings`); n != 1 {
		t.Errorf("meetings: %d rows, want 1 (starts %v)", n, meetingStarts(t, db))
	}
	if n := count(t, db, `SELECT COUNT(*) FROM meetings WHERE start_at = ?`, call.Unix()); n != 1 {
		t.Errorf("meetings with start_at = %s: %d, want 1 (starts %v)", call.UTC().Format(time.RFC3339), n, meetingStarts(t, db))
	}
}

// TestE2E_restartResumes: two `run --once` invocations with a new thread in
// between: each thread is handled once, so 2 meetings and 2 invites, not 3,
// and each run records the mailbox's UIDVALIDITY and the last UID it
// handled, where the next one resumes.
func TestE2E_restartResumes(t *testing.T) {
	needBinary(t)
	emptyMailboxes(t, everyone...)
	in := newInstance(t)
	now := time.Now()

	start1, day1 := futureSlot(t, 10, 14)
	start2, day2 := futureSlot(t, 12, 11)
	threads := []thread{{
		Subject:      "Coffee chat about platform engineering?",
		ContactName:  "Casey Contact",
		ContactFirst: "Casey",
		ContactEmail: contactAddr,
		Ask:          "Would you have 20 minutes for a coffee chat about your work at Example Org?",
		AskAt:        now.Add(-26 * time.Hour),
		Reply:        "Happy to chat! Would " + day1 + " at 2pm ET work? 20 minutes is plenty.",
		ReplyAt:      now.Add(-2 * time.Hour),
		ForwardAt:    now,
	}, {
		Subject:      "20 minutes on data engineering careers?",
		ContactName:  "Dana Second",
		ContactFirst: "Dana",
		ContactEmail: contact2Addr,
		Ask:          "Could I borrow 20 minutes of your time to hear how you got into data engineering?",
		AskAt:        now.Add(-50 * time.Hour),
		Reply:        "Sure thing. How about " + day2 + " at 11am ET? 20 minutes works for me.",
		ReplyAt:      now.Add(-3 * time.Hour),
		ForwardAt:    now,
	}}

	// deliverAndRun delivers thread i, waits until Dovecot shows it in the
	// dedicated INBOX, runs `run --once`, and checks the checkpoint it
	// left: this INBOX's UIDVALIDITY and a UID at or past the thread's,
	// with nothing at or below it left in INBOX. (The run may also have
	// filed the copies of its own emails, which arrive after the thread.)
	deliverAndRun := func(i int) {
		t.Helper()
		deliver(t, ownerAddr, []string{chatsAddr}, threads[i].render(t))
		var threadUID uint32
		waitFor(t, chatsAddr, "INBOX", inviteTimeout, fmt.Sprintf("thread %d", i+1), func(ms []*message) bool {
			for _, m := range ms {
				if strings.Contains(m.Subject(), threads[i].Subject) {
					threadUID = m.UID
					return true
				}
			}
			return false
		})
		in.runOnce(t)
		validity, left := mailboxUIDs(t, chatsAddr, "INBOX")
		v, u := in.checkpoint(t, in.openDB(t), "INBOX")
		if v != validity || u < threadUID {
			t.Errorf("after run %d: checkpoint UIDVALIDITY %d UID %d, want %d and at least thread %d's UID %d", i+1, v, u, validity, i+1, threadUID)
		}
		for _, uid := range left {
			if uid <= u {
				t.Errorf("after run %d: UID %d is still in INBOX at or below the checkpoint %d", i+1, uid, u)
			}
		}
	}
	deliverAndRun(0)
	waitFor(t, ownerAddr, "INBOX", inviteTimeout, "invite for thread 1 ("+start1.Format(time.RFC3339)+") after the first run --once",
		func(ms []*message) bool { return len(invites(ms)) >= 1 })

	deliverAndRun(1)
	waitFor(t, ownerAddr, "INBOX", inviteTimeout, "second invite (thread 2, "+start2.Format(time.RFC3339)+") after the second run --once",
		func(ms []*message) bool { return len(invites(ms)) >= 2 })
	// A re-processed thread 1 would show up as a third invite.
	msgs, third := pollMailbox(t, ownerAddr, "INBOX", quietPeriod, func(ms []*message) bool { return len(invites(ms)) >= 3 })
	inv := invites(msgs)
	if third || len(inv) != 2 {
		t.Fatalf("owner's INBOX has %d invites, want exactly 2 (one per thread): %s", len(inv), describe(msgs))
	}
	var got []time.Time
	for _, m := range inv {
		cal, err := m.invite()
		if err != nil {
			t.Fatalf("%v", err)
		}
		s, _, err := eventTimes(cal)
		if err != nil {
			t.Fatalf("invite uid %d: %v", m.UID, err)
		}
		got = append(got, s.UTC())
	}
	slices.SortFunc(got, time.Time.Compare)
	want := []time.Time{start1.UTC(), start2.UTC()}
	if !slices.EqualFunc(got, want, time.Time.Equal) {
		t.Errorf("invite DTSTARTs = %v, want %v", got, want)
	}

	db := in.openDB(t)
	if n := count(t, db, `SELECT COUNT(*) FROM meetings`); n != 2 {
		t.Errorf("meetings: %d rows, want 2 (starts %v)", n, meetingStarts(t, db))
	}
	if starts := meetingStarts(t, db); !slices.EqualFunc(starts, want, time.Time.Equal) {
		t.Errorf("meetings.start_at = %v, want %v", starts, want)
	}
}
