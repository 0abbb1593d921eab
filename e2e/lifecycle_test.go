package e2e

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/calendar/caltest"
)

// calendarReply is the iTIP REPLY a calendar sends when the owner accepts
// an invite: from the owner to the organizer (the dedicated address).
func calendarReply(t testing.TB, uid string, sequence int, start, end time.Time) []byte {
	t.Helper()
	stamp := time.Now().UTC().Format("20060102T150405Z")
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR",
		"PRODID:-//coffeechat e2e//calendar client//EN",
		"VERSION:2.0",
		"METHOD:REPLY",
		"BEGIN:VEVENT",
		"UID:" + uid,
		fmt.Sprintf("SEQUENCE:%d", sequence),
		"DTSTAMP:" + stamp,
		"DTSTART:" + start.UTC().Format("20060102T150405Z"),
		"DTEND:" + end.UTC().Format("20060102T150405Z"),
		"ORGANIZER:mailto:" + chatsAddr,
		"ATTENDEE;PARTSTAT=ACCEPTED;CN=Olive Owner:mailto:" + ownerAddr,
		"SUMMARY:Coffee chat",
		"END:VEVENT",
		"END:VCALENDAR",
		"",
	}, "\r\n")
	b := randomToken(t)[:16]
	return fmt.Appendf(nil, "From: Olive Owner <%s>\r\nTo: %s\r\nSubject: Accepted: Coffee chat\r\nDate: %s\r\nMessage-ID: <accept-%s@mail.example.test>\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n--%s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOlive Owner has accepted this invitation.\r\n"+
		"--%s\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\n%s--%s--\r\n",
		ownerAddr, chatsAddr, time.Now().Format(time.RFC1123Z), randomToken(t), b, b, b, ics, b)
}

// checkCalendarMail checks a REQUEST or CANCEL as the recipient's mailbox
// holds it: caltest.ParseIMIP (the RFC 6047 structure, and To/Cc exactly
// the ATTENDEEs), the shared ics-check on the whole email with no WARN or
// FAIL, and python3-icalendar (a second parser), which must agree with
// go-ical on method, UID, SEQUENCE, STATUS and DTSTART.
func checkCalendarMail(t *testing.T, name string, m *message, want calInfo) {
	t.Helper()
	ci, err := calendarInfo(m)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if ci.Method != want.Method || ci.UID != want.UID || ci.Sequence != want.Sequence {
		t.Errorf("%s: METHOD/UID/SEQUENCE = %s/%s/%d, want %s/%s/%d", name, ci.Method, ci.UID, ci.Sequence, want.Method, want.UID, want.Sequence)
	}
	if want.Status != "" && ci.Status != want.Status {
		t.Errorf("%s: STATUS = %q, want %q", name, ci.Status, want.Status)
	}
	if !want.Start.IsZero() && !ci.Start.Equal(want.Start) {
		t.Errorf("%s: DTSTART = %v, want %v", name, ci.Start, want.Start)
	}
	caltest.ParseIMIP(t, m.Raw)
	caltest.ICSCheck(t, name+".eml", m.Raw)
	py := caltest.Python(t, ci.Body)[0]
	if py.Method != want.Method || len(py.Events) != 1 {
		t.Fatalf("%s: python3-icalendar reads METHOD %q with %d events, want %s with 1", name, py.Method, len(py.Events), want.Method)
	}
	ev := py.Events[0]
	if ev.UID != want.UID || ev.Sequence != want.Sequence {
		t.Errorf("%s: python3-icalendar reads UID %q SEQUENCE %d, want %q %d", name, ev.UID, ev.Sequence, want.UID, want.Sequence)
	}
	if want.Status != "" && ev.Status != want.Status {
		t.Errorf("%s: python3-icalendar reads STATUS %q, want %q", name, ev.Status, want.Status)
	}
	if !want.Start.IsZero() && ev.DTStart != want.Start.UTC().Format("2006-01-02T15:04:05Z") {
		t.Errorf("%s: python3-icalendar reads DTSTART %q, want %s", name, ev.DTStart, want.Start.UTC().Format(time.RFC3339))
	}
}

// TestE2E_acceptRescheduleCancelCycle (issue 4): the owner's calendar
// accepts the invite, the contact is invited (Reply-To the owner); the
// owner's "reschedule" moves the call for both (same UID, SEQUENCE 1);
// "cancel" cancels it for both (SEQUENCE 2, STATUS:CANCELLED). Each of
// them gets every REQUEST and CANCEL in an email of their own that names
// them alone, and each passes ics-check with no WARN.
func TestE2E_acceptRescheduleCancelCycle(t *testing.T) {
	needBinary(t)
	emptyMailboxes(t, everyone...)
	in := newInstance(t)
	d := in.start(t)

	start, raw := faultThread(t, "Casey Contact", contactAddr, 10, 14)
	deliver(t, ownerAddr, []string{chatsAddr}, raw)
	msgs := waitFor(t, ownerAddr, "INBOX", inviteTimeout, "invite", func(ms []*message) bool { return len(withMethod(ms, "REQUEST")) >= 1 })
	invite := withMethod(msgs, "REQUEST")[0]
	checkInvite(t, invite, start, 20*time.Minute)
	first, err := calendarInfo(invite)
	if err != nil {
		t.Fatal(err)
	}
	uid := first.UID
	checkCalendarMail(t, "owner-request-0", invite, calInfo{Method: "REQUEST", UID: uid, Sequence: 0, Start: start})
	if n := len(listMessages(t, contactAddr, "INBOX")); n != 0 {
		t.Fatalf("contact got %d messages before the owner accepted, want 0", n)
	}

	// Accept, as the owner's calendar does.
	deliver(t, ownerAddr, []string{chatsAddr}, calendarReply(t, uid, first.Sequence, first.Start, first.End))
	cmsgs := waitFor(t, contactAddr, "INBOX", inviteTimeout, "the contact's invite after the owner accepted",
		func(ms []*message) bool { return len(withMethod(ms, "REQUEST")) >= 1 })
	cinv := withMethod(cmsgs, "REQUEST")[0]
	checkCalendarMail(t, "contact-request-0", cinv, calInfo{Method: "REQUEST", UID: uid, Sequence: 0, Start: start})
	if got := cinv.addresses("Reply-To"); !slices.Equal(got, []string{ownerAddr}) {
		t.Errorf("contact's invite Reply-To = %v, want [%s]", got, ownerAddr)
	}
	if got := cinv.addresses("From"); !slices.Equal(got, []string{chatsAddr}) {
		t.Errorf("contact's invite From = %v, want [%s]", got, chatsAddr)
	}
	if got := cinv.Header.Get("Cc"); got != "" {
		t.Errorf("contact's invite Cc %q: the owner has a copy of their own", got)
	}
	if body := cinv.textBody(); strings.Contains(body, "Prep brief") || strings.Contains(body, "Questions to choose from") {
		t.Errorf("contact's invite holds the owner's prep brief:\n%s", body)
	}
	if body := invite.textBody(); !strings.Contains(body, "Prep brief") || !strings.Contains(body, "Questions to choose from") {
		t.Errorf("owner's invite lacks the prep brief:\n%s", body)
	}

	// Reschedule to three days from now at 3pm, named by weekday.
	loc := mustZone(t, ownerZone)
	day := time.Now().In(loc).AddDate(0, 0, 3)
	moved := time.Date(day.Year(), day.Month(), day.Day(), 15, 0, 0, 0, loc)
	deliver(t, ownerAddr, []string{chatsAddr}, ownerReply(t, invite.msgID(), invite.Subject(), "reschedule "+moved.Format("Monday")+" at 3pm"))
	want1 := calInfo{Method: "REQUEST", UID: uid, Sequence: 1, Start: moved}
	hasSeq := func(method string, seq int) func([]*message) bool {
		return func(ms []*message) bool { return len(withSeq(ms, method, seq)) >= 1 }
	}
	for _, u := range []string{ownerAddr, contactAddr} {
		ms := waitFor(t, u, "INBOX", inviteTimeout, "the rescheduled invite (SEQUENCE 1)", hasSeq("REQUEST", 1))
		checkCalendarMail(t, u+"-request-1", withSeq(ms, "REQUEST", 1)[0], want1)
	}

	deliver(t, ownerAddr, []string{chatsAddr}, ownerReply(t, invite.msgID(), invite.Subject(), "cancel"))
	want2 := calInfo{Method: "CANCEL", UID: uid, Sequence: 2, Status: "CANCELLED"}
	for _, u := range []string{ownerAddr, contactAddr} {
		ms := waitFor(t, u, "INBOX", inviteTimeout, "the cancellation (SEQUENCE 2)", hasSeq("CANCEL", 2))
		checkCalendarMail(t, u+"-cancel-2", withSeq(ms, "CANCEL", 2)[0], want2)
	}
	d.stop(t)

	// Exactly what each calendar got: one copy of each version, its own.
	wants := map[string]map[string]int{
		ownerAddr:   {"REQUEST/0": 1, "REQUEST/1": 1, "CANCEL/2": 1},
		contactAddr: {"REQUEST/0": 1, "REQUEST/1": 1, "CANCEL/2": 1},
	}
	for u, want := range wants {
		ms, _ := pollMailbox(t, u, "INBOX", quietPeriod, func([]*message) bool { return false })
		if got := tally(t, ms); !maps.Equal(got, want) {
			t.Errorf("%s calendar mail by METHOD/SEQUENCE = %v, want %v: %s", u, got, want, describe(ms))
		}
		if u == contactAddr && len(ms) != 3 {
			t.Errorf("contact got %d messages, want 3 (two invites, one cancellation): %s", len(ms), describe(ms))
		}
	}
	db := in.openDB(t)
	var status string
	var seq int
	if err := db.QueryRow(`SELECT status, sequence FROM meetings WHERE uid = ?`, uid).Scan(&status, &seq); err != nil {
		t.Fatalf("meeting %s: %v", uid, err)
	}
	if status != "cancelled" || seq != 2 {
		t.Errorf("meeting: status %q sequence %d, want cancelled 2", status, seq)
	}
}

// TestE2E_followThrough (issue 5): a call forwarded right after it ended
// (as an attached message) is a held meeting: the owner is asked how it
// went, their notes ("Learned:", "Referrals:") go into the thank-you, which
// reaches the contact threaded to their message, and `coffeechat summary
// --send` lists the referral.
func TestE2E_followThrough(t *testing.T) {
	needBinary(t)
	emptyMailboxes(t, everyone...)
	in := newInstance(t)
	const delay = 45 * time.Second
	in.edit(t, `thank_you_delay = "3s"`, `thank_you_delay = "45s"`)
	in.edit(t, `notes_prompt_delay = "2s"`, `notes_prompt_delay = "1s"`)
	in.edit(t, `default_duration = "20m"`, `default_duration = "15m"`)

	// Times in mail are whole minutes: the call ends on the minute at or
	// before now, and its thank-you is due 45 s after that. Leave at least
	// 15 s for the owner's notes to arrive first.
	if s := time.Now().Second(); s >= 30 {
		time.Sleep(time.Duration(61-s) * time.Second)
	}
	loc := mustZone(t, ownerZone)
	end := time.Now().Truncate(time.Minute).In(loc)
	start := end.Add(-15 * time.Minute)
	tok := randomToken(t)
	contactMsgID := "casey-" + tok + "@example.org"
	askID := "olive-" + tok + "@example.test"
	contactMsg := fmt.Sprintf("From: Casey Contact <%s>\r\nTo: Olive Owner <%s>\r\nSubject: Re: Quick call about triage?\r\nDate: %s\r\nMessage-ID: <%s>\r\nIn-Reply-To: <%s>\r\nReferences: <%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
		"Hi Olive,\r\n\r\nConfirmed for %s. 15 minutes works for me. Talk then!\r\n\r\nBest,\r\nCasey\r\n\r\nOn %s, Olive Owner <%s> wrote:\r\n> Hi Casey,\r\n> Could we find 15 minutes for a quick call about how triage works on your team?\r\n> Thanks,\r\n> Olive\r\n",
		contactAddr, ownerAddr, start.Add(-5*time.Hour).Format(time.RFC1123Z), contactMsgID, askID, askID,
		start.Format("Monday, January 2 at 3:04 PM MST"), start.Add(-30*time.Hour).Format(gmailDate), ownerAddr)
	fwd := fmt.Sprintf("From: Olive Owner <%s>\r\nTo: %s\r\nSubject: Fwd: Re: Quick call about triage?\r\nDate: %s\r\nMessage-ID: <fwd-%s@mail.example.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b-%s\"\r\n\r\n"+
		"--b-%s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJust had the call, thread attached.\r\n\r\n"+
		"--b-%s\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"Re: Quick call about triage.eml\"\r\n\r\n%s\r\n--b-%s--\r\n",
		ownerAddr, chatsAddr, time.Now().Format(time.RFC1123Z), tok, tok, tok, tok, contactMsg, tok)

	d := in.start(t)
	deliver(t, ownerAddr, []string{chatsAddr}, []byte(fwd))
	msgs := waitFor(t, ownerAddr, "INBOX", inviteTimeout, "the notes prompt (\"how did it go?\")",
		func(ms []*message) bool { return len(ofKind(ms, "notes_prompt")) >= 1 })
	prompt := ofKind(msgs, "notes_prompt")[0]
	if !strings.Contains(strings.ToLower(prompt.Subject()), "how did it go") {
		t.Errorf("notes prompt subject %q, want \"How did it go ...\"", prompt.Subject())
	}
	if inv := withMethod(msgs, "REQUEST"); len(inv) != 0 {
		t.Errorf("an invite for a call that already happened: %s", describe(inv))
	}
	deliver(t, ownerAddr, []string{chatsAddr}, ownerReply(t, prompt.msgID(), prompt.Subject(),
		"Learned: how triage works\nReferrals: Sam Ortiz <"+contact2Addr+">"))
	notesSent := time.Now()

	fromChats := func(ms []*message) []*message {
		var out []*message
		for _, m := range ms {
			if slices.Contains(m.addresses("From"), chatsAddr) {
				out = append(out, m)
			}
		}
		return out
	}
	due := end.Add(delay)
	cm := waitFor(t, contactAddr, "INBOX", time.Until(due)+thankYouTimeout, "the thank-you",
		func(ms []*message) bool { return len(fromChats(ms)) >= 1 })
	ty := fromChats(cm)[0]
	if arrived := time.Now(); arrived.Before(due) {
		t.Errorf("thank-you arrived %v before it was due (%v after the call)", due.Sub(arrived), delay)
	}
	t.Logf("notes sent %v before the thank-you was due", due.Sub(notesSent).Round(time.Second))
	if got := strings.Trim(ty.Header.Get("In-Reply-To"), "<> "); got != contactMsgID {
		t.Errorf("thank-you In-Reply-To = %q, want %q", got, contactMsgID)
	}
	if refs := ty.Header.Get("References"); !strings.Contains(refs, "<"+contactMsgID+">") {
		t.Errorf("thank-you References = %q, want it to hold <%s>", refs, contactMsgID)
	}
	if got := ty.addresses("Reply-To"); !slices.Equal(got, []string{ownerAddr}) {
		t.Errorf("thank-you Reply-To = %v, want [%s]", got, ownerAddr)
	}
	body := ty.textBody()
	for _, w := range []string{"how triage works", "Sam Ortiz"} {
		if !strings.Contains(body, w) {
			t.Errorf("thank-you does not mention %q:\n%s", w, body)
		}
	}
	d.stop(t)

	// The summary, on demand, with no daemon running: it sends it itself.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := in.command(ctx, "summary", "--send", "--config", in.Config)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("coffeechat summary --send: %v\n%s", err, out.Bytes())
	}
	msgs = waitFor(t, ownerAddr, "INBOX", inviteTimeout, "the weekly summary",
		func(ms []*message) bool { return len(ofKind(ms, "weekly_summary")) >= 1 })
	sum := ofKind(msgs, "weekly_summary")[0].textBody()
	_, refs, ok := strings.Cut(sum, "Referrals to contact")
	if !ok {
		t.Fatalf("summary has no \"Referrals to contact\" section:\n%s", sum)
	}
	if section, _, _ := strings.Cut(strings.TrimLeft(refs, ":\r\n"), "\n\n"); !strings.Contains(section, "Sam Ortiz") || !strings.Contains(section, contact2Addr) {
		t.Errorf("summary's referrals do not list Sam Ortiz <%s>:\n%s", contact2Addr, sum)
	}

	// Exactly one thank-you; nothing else to the contact or the referral.
	cm, _ = pollMailbox(t, contactAddr, "INBOX", quietPeriod, func([]*message) bool { return false })
	if len(cm) != 1 {
		t.Errorf("contact got %d messages, want the thank-you only: %s", len(cm), describe(cm))
	}
	if ms := listMessages(t, contact2Addr, "INBOX"); len(ms) != 0 {
		t.Errorf("the referral got mail: %s", describe(ms))
	}
	db := in.openDB(t)
	var status, thankYou, notes string
	if err := db.QueryRow(`SELECT status, thank_you, notes FROM meetings`).Scan(&status, &thankYou, &notes); err != nil {
		t.Fatalf("meeting: %v", err)
	}
	if status != "held" || thankYou != "sent" || !strings.Contains(notes, "how triage works") {
		t.Errorf("meeting: status %q thank_you %q notes %q; want held, sent, the notes", status, thankYou, notes)
	}
	if n := count(t, db, `SELECT COUNT(*) FROM contacts WHERE email = ? AND status = 'to_contact'`, contact2Addr); n != 1 {
		t.Errorf("referral contacts %s to contact: %d, want 1", contact2Addr, n)
	}
}

// withSeq returns the messages whose calendar has METHOD method and
// SEQUENCE seq.
func withSeq(msgs []*message, method string, seq int) []*message {
	var out []*message
	for _, m := range withMethod(msgs, method) {
		if ci, err := calendarInfo(m); err == nil && ci.Sequence == seq {
			out = append(out, m)
		}
	}
	return out
}
