package daemon

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail/compose"
)

// Exactly once (issue 6): with BccSelf every email also goes to the
// dedicated address; a send whose outcome was lost is looked up there
// before it is sent again.

func bccSelf(c *Config) {
	c.BccSelf = true
	c.Mailbox.Sent = "Sent"
	c.ConfirmWait = 5 * time.Minute
}

// lossySender sends through the real SMTP sender, then, while lose is set,
// reports the connection as lost after the server had the data (the
// outcome a crash or a cut connection hides). With drop set it does not
// even send: the mail never left.
type lossySender struct {
	inner      *compose.Sender
	mu         sync.Mutex
	lose, drop bool
}

func (s *lossySender) set(lose, drop bool) {
	s.mu.Lock()
	s.lose, s.drop = lose, drop
	s.mu.Unlock()
}

func (s *lossySender) Send(ctx context.Context, from string, rcpts []string, raw []byte) error {
	_, err := s.SendWithCopy(ctx, from, rcpts, "", raw)
	return err
}

func (s *lossySender) SendWithCopy(ctx context.Context, from string, rcpts []string, copyTo string, raw []byte) (bool, error) {
	s.mu.Lock()
	lose, drop := s.lose, s.drop
	s.mu.Unlock()
	copied := false
	if !drop {
		var err error
		if copied, err = s.inner.SendWithCopy(ctx, from, rcpts, copyTo, raw); err != nil {
			return false, err
		}
	}
	if lose {
		return false, &compose.SendError{Temporary: true, MaybeSent: true, Err: errors.New("end of data: connection reset by peer")}
	}
	return copied, nil
}

func withLossySender(t *testing.T, h *harness) *lossySender {
	t.Helper()
	inner, ok := h.d.send.(*compose.Sender)
	if !ok {
		t.Fatalf("harness sender is %T", h.d.send)
	}
	ls := &lossySender{inner: inner}
	h.d.send = ls
	return ls
}

// inviteOnce delivers a thread offering a time and runs one pass: its
// invite is enqueued and handed to the sender.
func inviteOnce(h *harness) {
	h.t.Helper()
	wrote := h.clock.Now().Add(-2 * time.Hour)
	h.deliver(forward("fwd1", contact, wrote, "Would Tuesday, November 24 at 2pm ET work?"))
	h.once()
}

func mailboxLen(t *testing.T, h *harness, user, folder string) int {
	t.Helper()
	msgs, err := h.srv.Messages(user, folder)
	if err != nil {
		return 0 // a folder never created holds nothing
	}
	return len(msgs)
}

func outboxRow(t *testing.T, h *harness, kind string) *store.Mail {
	t.Helper()
	var rows []*store.Mail
	err := h.st.View(context.Background(), func(tx *store.Tx) error {
		var err error
		rows, err = tx.Mails(context.Background(), kind)
		return err
	})
	if err != nil || len(rows) != 1 {
		t.Fatalf("outbox rows of kind %s: %d, %v; want 1", kind, len(rows), err)
	}
	return rows[0]
}

func TestBccSelf_copyGoesToSentFolderAndIsNotRead(t *testing.T) {
	h := newHarness(t, bccSelf)
	_, inv := scheduleDana(t, h)
	if strings.Join(inv.env.To, ",") != owner+","+dedicated {
		t.Errorf("invite envelope to %v, want the owner and the dedicated address's copy", inv.env.To)
	}
	if to := inv.header.Get("To"); strings.Contains(to, dedicated) || inv.header.Get("Bcc") != "" || inv.header.Get("Cc") != "" {
		t.Errorf("the copy shows in the headers: To %q, Cc %q, Bcc %q", to, inv.header.Get("Cc"), inv.header.Get("Bcc"))
	}
	// The copy is in the watched inbox now; the next pass files it as sent
	// mail and acts on nothing in it (it is an invite with a calendar).
	h.once()
	if got := h.newMail(); len(got) != 0 {
		t.Fatalf("the copy of the invite caused %d more emails", len(got))
	}
	for folder, want := range map[string]int{"INBOX": 0, "Sent": 1, "Archive": 1, "Junk": 0} {
		if n := mailboxLen(t, h, dedicated, folder); n != want {
			t.Errorf("%s of the dedicated mailbox holds %d messages, want %d", folder, n, want)
		}
	}
	if n := mailboxLen(t, h, owner, "INBOX"); n != 1 {
		t.Errorf("the owner received %d emails, want the one invite", n)
	}
	if ms := h.meetings(); len(ms) != 1 {
		t.Errorf("meetings = %d after the copy came back, want 1", len(ms))
	}
}

// The server had the whole invite when the connection broke: the row stays
// in flight, its copy arrives, and intake marks it sent. Nothing is sent
// again, even after the wait for the copy is over.
func TestInterruptedSend_copyArrivesAndConfirms(t *testing.T) {
	h := newHarness(t, bccSelf)
	ls := withLossySender(t, h)
	ls.set(true, false)
	inviteOnce(h)
	row := outboxRow(t, h, KindInvite)
	if !row.SentAt.IsZero() || row.SendingAt.IsZero() {
		t.Fatalf("after a lost answer the row is sent %v, sending since %v; want unsent and in flight", row.SentAt, row.SendingAt)
	}
	ls.set(false, false)
	h.once() // intake reads the copy
	if row := outboxRow(t, h, KindInvite); row.SentAt.IsZero() || !row.SendingAt.IsZero() {
		t.Fatalf("after its copy came back the row is sent %v, sending since %v; want sent, not in flight", row.SentAt, row.SendingAt)
	}
	h.clock.Advance(time.Hour)
	h.once()
	if n := mailboxLen(t, h, owner, "INBOX"); n != 1 {
		t.Errorf("the owner received %d invites, want exactly 1", n)
	}
	if n := mailboxLen(t, h, dedicated, "Sent"); n != 1 {
		t.Errorf("Sent holds %d copies, want 1", n)
	}
}

// The copy is found by looking it up (the restart path), before intake
// has read it.
func TestInterruptedSend_copyFoundByLookup(t *testing.T) {
	h := newHarness(t, bccSelf)
	ls := withLossySender(t, h)
	ls.set(true, false)
	inviteOnce(h)
	ls.set(false, false)
	h.clock.Advance(6 * time.Minute) // past ConfirmWait: the row is due
	if err := h.d.RunDue(context.Background()); err != nil {
		t.Fatal(err)
	}
	if row := outboxRow(t, h, KindInvite); row.SentAt.IsZero() {
		t.Fatalf("the lookup did not find the copy in the inbox: row %+v", row.LastError)
	}
	if n := mailboxLen(t, h, owner, "INBOX"); n != 1 {
		t.Errorf("the owner received %d invites, want exactly 1", n)
	}
}

// The connection broke and the mail never left: after ConfirmWait without
// a copy it is sent again, once, with the same Message-ID.
func TestInterruptedSend_noCopySendsAgainAfterWait(t *testing.T) {
	h := newHarness(t, bccSelf)
	ls := withLossySender(t, h)
	ls.set(true, true)
	inviteOnce(h)
	ls.set(false, false)
	id := outboxRow(t, h, KindInvite).MessageID
	h.clock.Advance(2 * time.Minute) // within ConfirmWait: wait for the copy
	h.once()
	if n := mailboxLen(t, h, owner, "INBOX"); n != 0 {
		t.Fatalf("sent again %d times before the wait for its copy was over", n)
	}
	h.clock.Advance(4 * time.Minute)
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	if got := strings.Trim(inv.header.Get("Message-Id"), "<>"); got != id {
		t.Errorf("sent again with Message-ID %q, want the row's %q", got, id)
	}
	h.clock.Advance(time.Hour)
	h.once()
	if n := mailboxLen(t, h, owner, "INBOX"); n != 1 {
		t.Errorf("the owner received %d invites, want exactly 1", n)
	}
	if row := outboxRow(t, h, KindInvite); row.SentAt.IsZero() || !row.SendingAt.IsZero() {
		t.Errorf("row sent %v, in flight since %v; want sent", row.SentAt, row.SendingAt)
	}
}

// Without BccSelf nothing can be looked up: an interrupted send goes again
// (at least once), and the daemon still files nothing in Sent.
func TestInterruptedSend_withoutBccSelfAtLeastOnce(t *testing.T) {
	h := newHarness(t, nil)
	ls := withLossySender(t, h)
	ls.set(true, false)
	inviteOnce(h)
	ls.set(false, false)
	h.clock.Advance(10 * time.Minute)
	h.once()
	if n := mailboxLen(t, h, owner, "INBOX"); n != 2 {
		t.Errorf("the owner received %d invites; without a copy to look up, the lost answer means a second send", n)
	}
}

// A stranger's mail claiming the dedicated address as sender, carrying the
// Message-ID of no outbox row, is filed away silently and acted on never.
func TestOwnAddressSpoof_ignored(t *testing.T) {
	h := newHarness(t, bccSelf)
	h.deliver("From: Alex Rivera via coffeechat <" + dedicated + ">\nTo: " + owner + "\nSubject: Fwd: lunch\nMessage-ID: <spoof1@evil.example>\nDate: Mon, 16 Nov 2026 08:00:00 -0500\n\nWould Tuesday, November 24 at 2pm ET work?\n")
	h.once()
	if got := h.newMail(); len(got) != 0 {
		t.Errorf("mail from the dedicated address caused %d emails", len(got))
	}
	if ms := h.meetings(); len(ms) != 0 {
		t.Errorf("mail from the dedicated address made %d meetings", len(ms))
	}
	if n := mailboxLen(t, h, dedicated, "Sent"); n != 1 {
		t.Errorf("Sent holds %d messages, want the spoof filed there", n)
	}
}
