package daemon

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	gomessage "github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/mail/mailbox"
	"github.com/coffeechat/coffeechat/mail/mailtest"
	"github.com/coffeechat/coffeechat/templates"
)

const (
	owner     = "alex@example.test"
	dedicated = "chats@example.test"
	contact   = "dana@northwind.example"
	pw        = "pw"
)

var nyc = mustLoad("America/New_York")

func mustLoad(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// clock is a settable time source shared by the daemon and its store.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time)         { c.mu.Lock(); c.t = t; c.mu.Unlock() }
func (c *clock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// harness is a daemon wired to real in-process IMAP and SMTP servers and a
// real SQLite file, with a clock the test moves.
type harness struct {
	t     *testing.T
	srv   *mailtest.Server
	st    *store.Store
	d     *Daemon
	clock *clock
	cfg   Config
	seen  int // envelopes already returned by newMail
}

func newHarness(t *testing.T, mutate func(*Config)) *harness {
	t.Helper()
	srv := mailtest.New(t, mailtest.Options{Users: map[string]string{
		owner: pw, dedicated: pw, contact: pw, "sam@northwind.example": pw, "mallory@evil.example": pw,
	}})
	// Monday 16 November 2026, 09:00 in New York.
	clk := &clock{t: time.Date(2026, 11, 16, 9, 0, 0, 0, nyc).UTC()}
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "cc.db"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	tmpl, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	sender, err := compose.NewSender(compose.SMTPConfig{Addr: srv.SMTPAddr, TLS: "none"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sender.Close() })
	av, err := calendar.ParseAvailability("Mon-Fri 09:00-17:00", nyc)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		OwnerName: "Alex Rivera", OwnerEmail: owner, OwnerAddresses: []string{owner}, Dedicated: dedicated,
		Location: nyc, Availability: av, AvailabilitySpec: "Mon-Fri 09:00-17:00",
		DefaultDuration: 20 * time.Minute, ContactInvites: "after-owner-accepts", ThankYouMode: "auto",
		ThankYouNextMorning: true, SummaryDay: time.Monday, SummaryMinute: 8 * 60,
		PrepBrief: 24 * time.Hour, NotesPromptDelay: 10 * time.Minute, NudgeAfter: 7 * 24 * time.Hour, DeferDefault: 30 * 24 * time.Hour,
		Mailbox: mailbox.Config{Addr: srv.IMAPAddr, TLS: "none", Username: dedicated, Password: pw,
			Processed: "Archive", Quarantine: "Junk", BackoffMin: 10 * time.Millisecond, BackoffMax: 100 * time.Millisecond},
		Limits: mail.Options{Location: nyc},
	}
	if mutate != nil {
		mutate(&cfg)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(&testWriter{t}, nil))
	}
	d, err := New(cfg, Deps{Store: st, Templates: tmpl, Sender: sender, Log: log, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	d.retryBase = time.Second
	h := &harness{t: t, srv: srv, st: st, d: d, clock: clk, cfg: cfg}
	// Registered after the server's own cleanup, so it runs before it.
	t.Cleanup(h.checkSentCalendars)
	return h
}

type testWriter struct{ t *testing.T }

func (w *testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// deliver puts a message in the dedicated inbox.
func (h *harness) deliver(raw string) {
	h.t.Helper()
	if err := h.srv.Deliver(dedicated, "INBOX", []byte(strings.ReplaceAll(raw, "\n", "\r\n"))); err != nil {
		h.t.Fatalf("Deliver: %v", err)
	}
}

// once runs `run --once`: intake, due jobs, due mail.
func (h *harness) once() {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := h.d.Once(ctx); err != nil {
		h.t.Fatalf("Once: %v", err)
	}
}

// sent is one email the SMTP server accepted, parsed.
type sent struct {
	env     mailtest.Envelope
	header  gomessage.Header
	kind    string
	text    string
	html    string
	ics     []byte
	method  string
	subject string
}

// newMail returns the emails sent since the last call.
func (h *harness) newMail() []sent {
	h.t.Helper()
	all := h.srv.Sent()
	var out []sent
	for _, e := range all[h.seen:] {
		out = append(out, parseSent(h.t, e))
	}
	h.seen = len(all)
	return out
}

func parseSent(t *testing.T, e mailtest.Envelope) sent {
	t.Helper()
	ent, err := gomessage.Read(bytes.NewReader(e.Data))
	if err != nil {
		t.Fatalf("sent mail does not parse: %v\n%s", err, e.Data)
	}
	s := sent{env: e, header: ent.Header, kind: ent.Header.Get("X-Coffeechat-Kind")}
	s.subject, _ = ent.Header.Text("Subject")
	ent.Walk(func(path []int, part *gomessage.Entity, err error) error {
		if err != nil {
			return err
		}
		ct, params, _ := part.Header.ContentType()
		disp, _, _ := part.Header.ContentDisposition()
		if disp == "attachment" {
			return nil
		}
		switch ct {
		case "text/plain": // MIME text has CRLF line ends; the template wrote LF
			b, _ := io.ReadAll(part.Body)
			s.text = strings.ReplaceAll(string(b), "\r\n", "\n")
		case "text/html":
			b, _ := io.ReadAll(part.Body)
			s.html = strings.ReplaceAll(string(b), "\r\n", "\n")
		case "text/calendar":
			s.ics, _ = io.ReadAll(part.Body)
			s.method = strings.ToUpper(params["method"])
		}
		return nil
	})
	return s
}

func only(t *testing.T, mails []sent, kind string) sent {
	t.Helper()
	var found []sent
	for _, m := range mails {
		if m.kind == kind {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		var kinds []string
		for _, m := range mails {
			kinds = append(kinds, m.kind+"→"+strings.Join(m.env.To, ","))
		}
		t.Fatalf("want exactly one %q mail, got %d (all: %v)", kind, len(found), kinds)
	}
	return found[0]
}

func none(t *testing.T, mails []sent, kind string) {
	t.Helper()
	for _, m := range mails {
		if m.kind == kind {
			t.Fatalf("unexpected %q mail to %v: %s", kind, m.env.To, m.subject)
		}
	}
}

// event decodes the one VEVENT of a sent calendar object.
func event(t *testing.T, ics []byte) *ical.Event {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(ics)).Decode()
	if err != nil {
		t.Fatalf("calendar does not parse: %v\n%s", err, ics)
	}
	evs := cal.Events()
	if len(evs) != 1 {
		t.Fatalf("calendar has %d events, want 1", len(evs))
	}
	return &evs[0]
}

func propValue(ev *ical.Event, name string) string {
	p := ev.Props.Get(name)
	if p == nil {
		return ""
	}
	return p.Value
}

func attendees(ev *ical.Event) []string {
	var out []string
	for _, a := range ev.Props.Values(ical.PropAttendee) {
		out = append(out, strings.ToLower(strings.TrimPrefix(strings.ToLower(a.Value), "mailto:")))
	}
	return out
}

// forward is the owner's Gmail-style inline forward of one message from the
// contact.
func forward(id, contactWrote string, wrote time.Time, body string) string {
	return fmt.Sprintf(`From: Alex Rivera <%s>
To: %s
Subject: Fwd: Informational interview
Date: %s
Message-ID: <%s@mail.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

---------- Forwarded message ---------
From: Dana Whitfield <%s>
Date: %s
Subject: Re: Informational interview
To: Alex Rivera <%s>

%s

Best,
Dana Whitfield
Director of Operations, Northwind Health
`, owner, dedicated, wrote.Add(time.Hour).Format(time.RFC1123Z), id, contactWrote,
		wrote.In(nyc).Format("Mon, Jan 2, 2006 at 3:04 PM"), owner, body)
}

// ownerReply is the owner answering a coffeechat email.
func ownerReply(id, inReplyTo, body string) string {
	return fmt.Sprintf("From: Alex Rivera <%s>\nTo: %s\nSubject: Re: coffeechat\nDate: Mon, 16 Nov 2026 10:00:00 -0500\nMessage-ID: <%s@mail.example.test>\nIn-Reply-To: %s\nReferences: %s\n\n%s\n",
		owner, dedicated, id, inReplyTo, inReplyTo, body)
}

// calendarReply is an iTIP REPLY as a calendar sends it.
func calendarReply(id, from, uid string, seq int, partstat string) string {
	return fmt.Sprintf(`From: <%s>
To: %s
Subject: Accepted: invite
Date: Mon, 16 Nov 2026 10:00:00 -0500
Message-ID: <%s@cal.example.test>
MIME-Version: 1.0
Content-Type: text/calendar; method=REPLY; charset=UTF-8

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Calendar//EN
METHOD:REPLY
BEGIN:VEVENT
UID:%s
DTSTAMP:20261116T150000Z
SEQUENCE:%d
ATTENDEE;PARTSTAT=%s:mailto:%s
END:VEVENT
END:VCALENDAR
`, from, dedicated, id, uid, seq, partstat, from)
}

func (h *harness) meetings() []*store.Meeting {
	h.t.Helper()
	var out []*store.Meeting
	h.st.View(context.Background(), func(tx *store.Tx) error {
		var err error
		out, err = tx.MeetingsBetween(context.Background(), time.Unix(0, 0), time.Unix(1<<40, 0), true)
		if err != nil {
			h.t.Fatal(err)
		}
		return nil
	})
	return out
}

// contact reads the contact with that address.
func (h *harness) contact(email string) (*store.Contact, error) {
	var c *store.Contact
	err := h.st.View(context.Background(), func(tx *store.Tx) error {
		var err error
		c, err = tx.ContactByEmail(context.Background(), email)
		return err
	})
	return c, err
}

var dec1at2pm = time.Date(2026, 11, 24, 14, 0, 0, 0, nyc) // Tuesday 24 Nov, 2pm New York

// scheduleDana runs the first step every lifecycle test shares: Dana
// offers Tuesday 24 November at 2pm ET; the owner gets the invite.
func scheduleDana(t *testing.T, h *harness) (*store.Meeting, sent) {
	t.Helper()
	wrote := h.clock.Now().Add(-2 * time.Hour)
	h.deliver(forward("fwd1", contact, wrote, "Hi Alex,\n\nHappy to help. Would Tuesday, November 24 at 2pm ET work? 20 minutes is plenty."))
	h.once()
	ms := h.meetings()
	if len(ms) != 1 {
		t.Fatalf("meetings = %d, want 1", len(ms))
	}
	m := ms[0]
	if m.Status != store.Proposed || !m.Start.Equal(dec1at2pm) || m.End.Sub(m.Start) != 20*time.Minute {
		t.Fatalf("meeting = %+v, want proposed at %v for 20 minutes", m, dec1at2pm)
	}
	mails := h.newMail()
	inv := only(t, mails, KindInvite)
	return m, inv
}

func TestThread_becomesInviteToOwner(t *testing.T) {
	h := newHarness(t, nil)
	m, inv := scheduleDana(t, h)
	if len(inv.env.To) != 1 || inv.env.To[0] != owner {
		t.Errorf("invite envelope to %v, want only the owner", inv.env.To)
	}
	if inv.method != "REQUEST" || len(inv.ics) == 0 {
		t.Fatalf("invite calendar part method %q, %d bytes", inv.method, len(inv.ics))
	}
	ev := event(t, inv.ics)
	if got := propValue(ev, ical.PropUID); got != m.UID {
		t.Errorf("UID = %q, want the meeting's %q", got, m.UID)
	}
	start, err := ev.DateTimeStart(time.UTC)
	if err != nil || !start.Equal(dec1at2pm) {
		t.Errorf("DTSTART = %v, %v; want %v", start, err, dec1at2pm.UTC())
	}
	end, _ := ev.DateTimeEnd(time.UTC)
	if end.Sub(start) != 20*time.Minute {
		t.Errorf("duration = %v, want 20m", end.Sub(start))
	}
	org := ev.Props.Get(ical.PropOrganizer)
	if org == nil || !strings.EqualFold(org.Value, "mailto:"+dedicated) || org.Params.Get(ical.ParamCommonName) != "Alex Rivera" {
		t.Errorf("ORGANIZER = %+v, want mailto:%s with CN Alex Rivera", org, dedicated)
	}
	if got := attendees(ev); len(got) != 1 || got[0] != owner {
		t.Errorf("ATTENDEEs = %v, want exactly the owner (the address the invite is sent to)", got)
	}
	if !strings.Contains(inv.text, "Tuesday, November 24, 2:00–2:20 PM EST") {
		t.Errorf("invite text does not show the time in the owner's zone:\n%s", inv.text)
	}
	if !strings.Contains(inv.text, "Prep brief\nWho: Dana Whitfield, Director of Operations, Northwind Health") ||
		!strings.Contains(inv.text, "The full brief, with more questions, comes again 24 hours before the call.") {
		t.Errorf("invite text does not hold the prep brief and say when the full one comes:\n%s", inv.text)
	}
	if !strings.Contains(inv.text, "yes") || !strings.Contains(inv.text, "cancel") {
		t.Errorf("invite text does not list the replies it understands:\n%s", inv.text)
	}
	// Nothing went to the contact: the owner has not approved yet.
	for _, e := range h.srv.Sent() {
		for _, r := range e.To {
			if r != owner {
				t.Errorf("mail to %s before the owner accepted", r)
			}
		}
	}
	// The message was filed as processed.
	if msgs, _ := h.srv.Messages(dedicated, "Archive"); len(msgs) != 1 {
		t.Errorf("Archive holds %d messages, want the forward", len(msgs))
	}
}

func TestThread_handledOnceAcrossRuns(t *testing.T) {
	h := newHarness(t, nil)
	scheduleDana(t, h)
	h.once()
	h.once()
	none(t, h.newMail(), KindInvite)
	if n := len(h.meetings()); n != 1 {
		t.Errorf("meetings = %d after three runs, want 1", n)
	}
	// The same forward delivered again (same Message-ID) changes nothing.
	wrote := h.clock.Now().Add(-2 * time.Hour)
	h.deliver(forward("fwd1", contact, wrote, "Hi Alex,\n\nWould Tuesday, November 24 at 2pm ET work?"))
	h.once()
	none(t, h.newMail(), KindInvite)
}

func TestOwnerAccepts_contactInvited(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	got := h.meetings()[0]
	if got.Status != store.Confirmed || got.OwnerPartStat != "ACCEPTED" || !got.ContactInvited {
		t.Fatalf("after owner's ACCEPTED: %+v", got)
	}
	ci := only(t, h.newMail(), KindContactInvite)
	if strings.Join(ci.env.To, ",") != contact {
		t.Errorf("contact invite envelope to %v, want %s alone (the owner has a copy of their own)", ci.env.To, contact)
	}
	if rt := ci.header.Get("Reply-To"); !strings.Contains(rt, owner) {
		t.Errorf("contact invite Reply-To = %q, want the owner", rt)
	}
	ev := event(t, ci.ics)
	if propValue(ev, ical.PropUID) != m.UID {
		t.Errorf("contact invite UID differs from the owner's")
	}
	if got := attendees(ev); !slices.Equal(got, []string{contact}) {
		t.Errorf("contact invite ATTENDEEs %v, want the contact alone (the address it is sent to)", got)
	}
	// The contact's own REPLY updates only the contact's answer, and the
	// owner is told in one short email.
	h.deliver(calendarReply("acc2", contact, m.UID, 0, "ACCEPTED"))
	h.once()
	if got := h.meetings()[0]; got.ContactPartStat != "ACCEPTED" || got.OwnerPartStat != "ACCEPTED" {
		t.Errorf("after contact's ACCEPTED: owner %s, contact %s", got.OwnerPartStat, got.ContactPartStat)
	}
	mails := h.newMail()
	n := only(t, mails, KindNotice)
	if len(mails) != 1 || strings.Join(n.env.To, ",") != owner || n.subject != "Dana Whitfield accepted the call" ||
		!strings.Contains(n.text, "Dana Whitfield accepted the invite for Tuesday, November 24, 2:00–2:20 PM EST.") {
		t.Errorf("%d mails; notice to %v %q:\n%s", len(mails), n.env.To, n.subject, n.text)
	}
	// Her calendar sending the same answer again is no news.
	h.deliver(calendarReply("acc3", contact, m.UID, 0, "ACCEPTED"))
	h.once()
	if mails := h.newMail(); len(mails) != 0 {
		t.Errorf("%d mails for a repeated acceptance (first: %s)", len(mails), mails[0].subject)
	}
}

func TestContactDeclines_ownerToldOnce(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	only(t, h.newMail(), KindContactInvite)
	h.deliver(calendarReply("dec1", contact, m.UID, 0, "DECLINED"))
	h.once()
	got := h.meetings()[0]
	if got.ContactPartStat != "DECLINED" || got.Status != store.Confirmed {
		t.Errorf("after contact's DECLINED: status %s, contact %s (the call stays until the owner cancels)", got.Status, got.ContactPartStat)
	}
	mails := h.newMail()
	n := only(t, mails, KindNotice)
	if len(mails) != 1 || strings.Join(n.env.To, ",") != owner || n.subject != "Dana Whitfield declined the call" ||
		!strings.Contains(n.text, "Dana Whitfield declined the invite for Tuesday, November 24, 2:00–2:20 PM EST.") ||
		!strings.Contains(n.text, `reply "cancel"`) {
		t.Errorf("%d mails; notice to %v %q:\n%s", len(mails), n.env.To, n.subject, n.text)
	}
	h.deliver(calendarReply("dec2", contact, m.UID, 0, "DECLINED"))
	h.once()
	if mails := h.newMail(); len(mails) != 0 {
		t.Errorf("%d mails for a repeated decline (first: %s)", len(mails), mails[0].subject)
	}
}

func TestContactTentative_ownerToldOnce(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	only(t, h.newMail(), KindContactInvite)
	h.deliver(calendarReply("tent1", contact, m.UID, 0, "TENTATIVE"))
	h.once()
	if got := h.meetings()[0]; got.ContactPartStat != "TENTATIVE" || got.Status != store.Confirmed {
		t.Errorf("after contact's TENTATIVE: status %s, contact %s", got.Status, got.ContactPartStat)
	}
	mails := h.newMail()
	n := only(t, mails, KindNotice)
	if len(mails) != 1 || strings.Join(n.env.To, ",") != owner || n.subject != "Dana Whitfield might make the call" ||
		!strings.Contains(n.text, `Dana Whitfield answered "maybe" (tentative) to the invite for Tuesday, November 24, 2:00–2:20 PM EST.`) ||
		!strings.Contains(n.text, `reply "reschedule <time>"`) || !strings.Contains(n.html, "tentative") {
		t.Errorf("%d mails; notice to %v %q:\n%s", len(mails), n.env.To, n.subject, n.text)
	}
	h.deliver(calendarReply("tent2", contact, m.UID, 0, "TENTATIVE"))
	h.once()
	if mails := h.newMail(); len(mails) != 0 {
		t.Errorf("%d mails for a repeated tentative answer (first: %s)", len(mails), mails[0].subject)
	}
	// Turning the maybe into a yes is news again.
	h.deliver(calendarReply("acc2", contact, m.UID, 0, "ACCEPTED"))
	h.once()
	if n := only(t, h.newMail(), KindNotice); n.subject != "Dana Whitfield accepted the call" {
		t.Errorf("after tentative then accepted: notice %q", n.subject)
	}
}

func TestOwnerRepliesYes_contactInvited(t *testing.T) {
	h := newHarness(t, nil)
	_, inv := scheduleDana(t, h)
	h.deliver(ownerReply("yes1", inv.header.Get("Message-Id"), "Yes\n\nOn Mon, coffeechat wrote:\n> quoted invite"))
	h.once()
	mails := h.newMail()
	only(t, mails, KindContactInvite)
	if got := h.meetings()[0]; got.Status != store.Confirmed {
		t.Errorf("status = %s after yes, want confirmed", got.Status)
	}
}

func TestForgedReply_changesNothing(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	// Mallory claims, from her own address, to be the owner accepting.
	raw := calendarReply("forged", "mallory@evil.example", m.UID, 0, "ACCEPTED")
	raw = strings.Replace(raw, "ATTENDEE;PARTSTAT=ACCEPTED:mailto:mallory@evil.example", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:"+owner, 1)
	h.deliver(raw)
	// And a REPLY for a UID coffeechat never issued.
	h.deliver(calendarReply("unknown", owner, "no-such-uid@x", 0, "ACCEPTED"))
	h.once()
	if got := h.meetings()[0]; got.Status != store.Proposed || got.OwnerPartStat != "NEEDS-ACTION" {
		t.Errorf("forged REPLY changed the meeting: %+v", got)
	}
	// Ignored and logged: nothing leaves, and the owner is not told (a
	// notice per forged REPLY would let strangers write to the owner).
	if mails := h.newMail(); len(mails) != 0 {
		t.Errorf("%d mails after a forged REPLY (first: %s to %v)", len(mails), mails[0].kind, mails[0].env.To)
	}
}

func TestCancel_sendsCancelToEveryoneWhoHadIt(t *testing.T) {
	h := newHarness(t, nil)
	m, inv := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	h.newMail()
	h.deliver(ownerReply("c1", inv.header.Get("Message-Id"), "cancel"))
	h.once()
	mails := h.newMail()
	var to []string
	for _, s := range mails {
		if s.kind != KindCancel {
			continue
		}
		if s.method != "CANCEL" {
			t.Errorf("cancel mail method %q", s.method)
		}
		ev := event(t, s.ics)
		if propValue(ev, ical.PropUID) != m.UID || propValue(ev, ical.PropSequence) != "1" {
			t.Errorf("CANCEL UID/SEQUENCE = %s/%s, want %s/1", propValue(ev, ical.PropUID), propValue(ev, ical.PropSequence), m.UID)
		}
		to = append(to, s.env.To...)
	}
	if strings.Join(to, ",") != owner+","+contact {
		t.Errorf("CANCEL sent to %v, want owner and contact", to)
	}
	if got := h.meetings()[0]; got.Status != store.Cancelled {
		t.Errorf("status = %s, want cancelled", got.Status)
	}
	// No thank-you for a cancelled call, whatever the clock says.
	h.clock.Advance(10 * 24 * time.Hour)
	h.once()
	none(t, h.newMail(), KindThankYou)
}

func TestHeldMeeting_thankYouNextMorning(t *testing.T) {
	h := newHarness(t, nil)
	// Dana wrote last Thursday agreeing on Friday at 3pm; the owner
	// forwards on Monday after the call.
	wrote := time.Date(2026, 11, 12, 10, 0, 0, 0, nyc)
	h.clock.Set(time.Date(2026, 11, 13, 16, 0, 0, 0, nyc).UTC()) // Friday 4pm, after the call
	h.deliver(forward("held1", contact, wrote, "Hi Alex,\n\nFriday, November 13 at 3pm ET works for me. Talk then!"))
	h.once()
	ms := h.meetings()
	if len(ms) != 1 || ms[0].Status != store.Held {
		t.Fatalf("meetings = %+v, want one held", ms)
	}
	mails := h.newMail()
	none(t, mails, KindInvite)
	only(t, mails, KindNotesPrompt)
	// Next morning 08:59: not yet. 09:00: the thank-you goes.
	h.clock.Set(time.Date(2026, 11, 14, 8, 59, 0, 0, nyc).UTC())
	h.once()
	none(t, h.newMail(), KindThankYou)
	h.clock.Set(time.Date(2026, 11, 14, 9, 0, 0, 0, nyc).UTC())
	h.once()
	ty := only(t, h.newMail(), KindThankYou)
	if len(ty.env.To) != 1 || ty.env.To[0] != contact {
		t.Errorf("thank-you to %v", ty.env.To)
	}
	if !strings.Contains(ty.text, "Hi Dana,") || !strings.Contains(ty.text, "Friday") {
		t.Errorf("thank-you text not personal:\n%s", ty.text)
	}
	// Once only.
	h.clock.Advance(48 * time.Hour)
	h.once()
	none(t, h.newMail(), KindThankYou)
}

func TestThankYou_daemonDownThreeDaysSendsEightDaysMissed(t *testing.T) {
	for _, tc := range []struct {
		name     string
		downFor  time.Duration
		wantSent bool
	}{
		{"3 days", 3 * 24 * time.Hour, true},
		{"8 days", 8 * 24 * time.Hour, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, nil)
			m, _ := scheduleDana(t, h)
			h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
			h.once()
			h.newMail()
			// The daemon is stopped from before the call until downFor after it.
			h.clock.Set(m.End.Add(tc.downFor))
			h.once()
			mails := h.newMail()
			if tc.wantSent {
				only(t, mails, KindThankYou)
				if got := h.meetings()[0].ThankYou; got != store.ThankYouSent {
					t.Errorf("thank_you = %s", got)
				}
			} else {
				none(t, mails, KindThankYou)
				n := only(t, mails, KindNotice)
				if !strings.Contains(n.subject, "not sent") {
					t.Errorf("owner notice subject = %q", n.subject)
				}
				if got := h.meetings()[0].ThankYou; got != store.ThankYouMissed {
					t.Errorf("thank_you = %s, want missed", got)
				}
			}
		})
	}
}

func TestNotesReply_recordsNotesAndReferrals(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	// "How did it go?" comes notes_prompt_delay (10 minutes) after the call.
	h.clock.Set(m.End.Add(9 * time.Minute))
	h.once()
	none(t, h.newMail(), KindNotesPrompt)
	h.clock.Set(m.End.Add(15 * time.Minute))
	h.once()
	prompt := only(t, h.newMail(), KindNotesPrompt)
	h.deliver(ownerReply("notes1", prompt.header.Get("Message-Id"),
		"Great call. Learned: how nurses move into operations roles\nReferrals: Sam Ortiz <sam@northwind.example>, Priya Nair"))
	h.once()
	if got := h.meetings()[0]; !strings.Contains(got.Notes, "Great call") {
		t.Errorf("notes = %q", got.Notes)
	}
	h.st.View(context.Background(), func(tx *store.Tx) error {
		c, err := tx.ContactByEmail(context.Background(), "sam@northwind.example")
		if err != nil {
			t.Fatalf("referral not recorded: %v", err)
		}
		if c.Status != store.ToContact || c.ReferredBy == 0 || c.Name != "Sam Ortiz" {
			t.Errorf("referral = %+v", c)
		}
		if c.MayMentionReferrer {
			t.Errorf("referral may mention Dana, but the notes never said so")
		}
		return nil
	})
	// The thank-you mentions what was learned and the referral.
	h.clock.Set(h.d.thankYouAt(m.End))
	h.once()
	ty := only(t, h.newMail(), KindThankYou)
	if !strings.Contains(ty.text, "how nurses move into operations roles") || !strings.Contains(ty.text, "Sam Ortiz") {
		t.Errorf("thank-you does not use the notes:\n%s", ty.text)
	}
	// An inline forward does not carry the contact's Message-ID: the
	// thank-you continues the thread by subject only.
	if irt := ty.header.Get("In-Reply-To"); irt != "" {
		t.Errorf("thank-you In-Reply-To = %q, but the contact's Message-ID was never known", irt)
	}
	if ty.subject != "Re: Informational interview" {
		t.Errorf("thank-you subject = %q, want the thread's", ty.subject)
	}
}

// attachedForward is the owner forwarding the contact's message as an
// attachment (message/rfc822), which keeps its Message-ID.
func attachedForward(id, contactMsgID string, wrote time.Time, body string) string {
	return fmt.Sprintf(`From: Alex Rivera <%s>
To: %s
Subject: Fwd: Informational interview
Date: %s
Message-ID: <%s@mail.example.test>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=UTF-8

See below.

--b1
Content-Type: message/rfc822

From: Dana Whitfield <%s>
To: Alex Rivera <%s>
Subject: Re: Informational interview
Date: %s
Message-ID: <%s>
In-Reply-To: <outreach-1@mail.example.test>
References: <outreach-1@mail.example.test>
Content-Type: text/plain; charset=UTF-8

%s

Dana Whitfield
Northwind Health

--b1--
`, owner, dedicated, wrote.Add(time.Hour).Format(time.RFC1123Z), id, contact, owner,
		wrote.Format(time.RFC1123Z), contactMsgID, body)
}

func TestThankYou_threadedToContactsMessage(t *testing.T) {
	h := newHarness(t, nil)
	wrote := time.Date(2026, 11, 12, 10, 0, 0, 0, nyc)
	h.clock.Set(time.Date(2026, 11, 13, 16, 0, 0, 0, nyc).UTC())
	h.deliver(attachedForward("att1", "dana-42@northwind.example", wrote, "Friday, November 13 at 3pm ET works for me."))
	h.once()
	if ms := h.meetings(); len(ms) != 1 || ms[0].Status != store.Held {
		t.Fatalf("meetings = %+v, want one held", ms)
	}
	h.clock.Set(time.Date(2026, 11, 14, 9, 0, 0, 0, nyc).UTC())
	h.once()
	ty := only(t, h.newMail(), KindThankYou)
	if irt := ty.header.Get("In-Reply-To"); irt != "<dana-42@northwind.example>" {
		t.Errorf("In-Reply-To = %q, want <dana-42@northwind.example>", irt)
	}
	refs := ty.header.Get("References")
	if !strings.HasSuffix(refs, "<dana-42@northwind.example>") || strings.Contains(refs, "att1@") {
		t.Errorf("References = %q, want the thread ending with the contact's message, without the owner's forward", refs)
	}
}

func TestSkip_noThankYou(t *testing.T) {
	h := newHarness(t, nil)
	m, inv := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.deliver(ownerReply("skip1", inv.header.Get("Message-Id"), "skip"))
	h.once()
	h.clock.Set(m.End.Add(3 * 24 * time.Hour))
	h.once()
	none(t, h.newMail(), KindThankYou)
	if got := h.meetings()[0].ThankYou; got != store.ThankYouSkipped {
		t.Errorf("thank_you = %s, want skipped", got)
	}
}

func TestQuarantine_unreadableAndForeign(t *testing.T) {
	h := newHarness(t, nil)
	// Not from the owner: a stranger tries to make coffeechat mail someone.
	h.deliver(strings.Replace(forward("evil1", contact, h.clock.Now().Add(-time.Hour), "Tuesday, November 24 at 2pm ET?"),
		"From: Alex Rivera <"+owner+">", "From: Mallory <mallory@evil.example>", 1))
	h.once()
	mails := h.newMail()
	n := only(t, mails, KindForeign)
	if n.env.To[0] != owner || !strings.Contains(n.text, "mallory@evil.example") {
		t.Errorf("quarantine notice to %v:\n%s", n.env.To, n.text)
	}
	if len(h.meetings()) != 0 {
		t.Errorf("a stranger's forward created a meeting")
	}
	if msgs, _ := h.srv.Messages(dedicated, "Junk"); len(msgs) != 1 {
		t.Errorf("Junk holds %d messages, want the quarantined one", len(msgs))
	}
	for _, s := range mails {
		for _, r := range s.env.To {
			if r != owner {
				t.Errorf("mail to %s because of a stranger's message", r)
			}
		}
	}
}

func TestWeeklySummary_sentMondayMorningOnce(t *testing.T) {
	h := newHarness(t, nil)
	scheduleDana(t, h) // clock: Monday 16 Nov 09:00, after this week's 08:00
	none(t, h.newMail(), KindSummary)
	h.clock.Set(time.Date(2026, 11, 23, 7, 59, 0, 0, nyc).UTC())
	h.once()
	none(t, h.newMail(), KindSummary)
	h.clock.Set(time.Date(2026, 11, 23, 8, 0, 0, 0, nyc).UTC())
	h.once()
	s := only(t, h.newMail(), KindSummary)
	if !strings.Contains(s.text, "Dana Whitfield") || !strings.Contains(s.text, "Coming up") {
		t.Errorf("summary does not list the upcoming call:\n%s", s.text)
	}
	if !strings.Contains(s.html, "background: #4a7bd0") {
		t.Errorf("summary HTML has no funnel chart")
	}
	h.once()
	none(t, h.newMail(), KindSummary)
}

func TestSendRetry_temporaryFailureDeliveredOnce(t *testing.T) {
	h := newHarness(t, nil)
	h.srv.FailSMTP(451, 1)
	wrote := h.clock.Now().Add(-2 * time.Hour)
	h.deliver(forward("fwd1", contact, wrote, "Would Tuesday, November 24 at 2pm ET work?"))
	h.once()
	if len(h.newMail()) != 0 {
		t.Fatal("mail accepted although the server answered 451")
	}
	h.once() // not due yet: the retry waits
	if len(h.newMail()) != 0 {
		t.Fatal("retried before the backoff")
	}
	h.clock.Advance(10 * time.Minute)
	h.once()
	only(t, h.newMail(), KindInvite)
	h.clock.Advance(time.Hour)
	h.once()
	none(t, h.newMail(), KindInvite)
}

func TestRun_idleDeliveryThenGracefulStop(t *testing.T) {
	h := newHarness(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.d.Run(ctx) }()
	// Delivered while the daemon idles: handled and answered promptly.
	wrote := time.Now().Add(-time.Hour)
	offer := time.Now().In(nyc).AddDate(0, 0, 3)
	for offer.Weekday() == time.Saturday || offer.Weekday() == time.Sunday {
		offer = offer.AddDate(0, 0, 1)
	}
	h.deliver(forward("run1", contact, wrote, fmt.Sprintf("Would %s, %s %d at 11am ET work?", offer.Weekday(), offer.Month(), offer.Day())))
	wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
	defer wcancel()
	if _, err := h.srv.WaitSent(wctx, 1); err != nil {
		t.Fatalf("no invite while running: %v", err)
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel = %v, want nil", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Run took %v to stop", d)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not stop within 15s of cancellation")
	}
	only(t, h.newMail(), KindInvite)
	// The outbox is consistent: the invite is recorded as sent, nothing is
	// left to send twice on the next start.
	h.st.View(context.Background(), func(tx *store.Tx) error {
		due, err := tx.DueMail(context.Background(), time.Now().Add(24*time.Hour), 10)
		if err != nil || len(due) != 0 {
			t.Errorf("after a graceful stop %d mails are still pending (%v)", len(due), err)
		}
		return nil
	})
}

// TestNewMessageID: ids are kind.<24 hex digits>@domain, unique, and ids
// made in a later second sort after earlier ones (so the store's unique
// indexes on them grow at their end).
func TestNewMessageID(t *testing.T) {
	d := &Daemon{cfg: Config{Dedicated: "chats@example.test"}}
	re := regexp.MustCompile(`^invite\.[0-9a-f]{24}@example\.test$`)
	seen := map[string]bool{}
	for i := 0; i < 1000; i++ {
		id := d.newMessageID("invite")
		if !re.MatchString(id) {
			t.Fatalf("id %q does not match %v", id, re)
		}
		if seen[id] {
			t.Fatalf("id %q made twice", id)
		}
		seen[id] = true
	}
	first := d.newMessageID("invite")
	time.Sleep(1100 * time.Millisecond)
	if later := d.newMessageID("invite"); later <= first {
		t.Errorf("id made a second later %q sorts before %q", later, first)
	}
}
