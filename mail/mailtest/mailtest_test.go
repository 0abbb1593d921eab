package mailtest

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const (
	alice   = "alice@example.org"
	alicePW = "alice-pw"
)

func msg(subject string) []byte {
	return []byte("From: bob@example.com\r\nTo: alice@example.org\r\nSubject: " + subject +
		"\r\nMessage-ID: <" + subject + "@example.com>\r\n\r\nbody of " + subject + "\r\n")
}

func login(t *testing.T, addr string, opts *imapclient.Options) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, opts)
	if err != nil {
		t.Fatalf("dial imap: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(alice, alicePW).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	return c
}

func TestFoldersAndDeliver(t *testing.T) {
	s := New(t, Options{Users: map[string]string{alice: alicePW}})
	c := login(t, s.IMAPAddr, nil)
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	got := map[string]bool{}
	for _, l := range list {
		got[l.Mailbox] = true
	}
	for _, f := range []string{"INBOX", "Drafts", "Sent", "Archive", "Junk", "Trash"} {
		if !got[f] {
			t.Errorf("folder %q missing; have %v", f, got)
		}
	}

	for _, subj := range []string{"one", "two", "three"} {
		if err := s.Deliver(alice, "INBOX", msg(subj)); err != nil {
			t.Fatalf("Deliver: %v", err)
		}
	}
	raws, err := s.Messages(alice, "INBOX")
	if err != nil {
		t.Fatalf("Messages: %v", err)
	}
	if len(raws) != 3 {
		t.Fatalf("Messages returned %d, want 3", len(raws))
	}
	for i, subj := range []string{"one", "two", "three"} {
		if !bytes.Equal(raws[i], msg(subj)) {
			t.Errorf("message %d = %q, want %q", i, raws[i], msg(subj))
		}
	}
	if err := s.Deliver("nobody@example.org", "INBOX", msg("x")); err == nil {
		t.Error("Deliver to unknown user: want error")
	}
	if err := s.Deliver(alice, "NoSuchFolder", msg("x")); err == nil {
		t.Error("Deliver to unknown folder: want error")
	}
	if err := s.AddUser(alice, "again"); err == nil {
		t.Error("AddUser twice: want error")
	}
}

func TestDeliverWakesIdle(t *testing.T) {
	s := New(t, Options{Users: map[string]string{alice: alicePW}})
	exists := make(chan uint32, 1)
	c := login(t, s.IMAPAddr, &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages != nil {
				select {
				case exists <- *d.NumMessages:
				default:
				}
			}
		},
	}})
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("select: %v", err)
	}
	idle, err := c.Idle()
	if err != nil {
		t.Fatalf("idle: %v", err)
	}
	if err := s.Deliver(alice, "INBOX", msg("wake")); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	select {
	case n := <-exists:
		if n != 1 {
			t.Errorf("EXISTS %d, want 1", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no EXISTS while idling")
	}
	if err := idle.Close(); err != nil {
		t.Fatalf("idle close: %v", err)
	}
	if err := idle.Wait(); err != nil {
		t.Fatalf("idle wait: %v", err)
	}
}

func sendSMTP(addr string, auth sasl.Client, from string, to []string, data []byte) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if auth != nil {
		if err := c.Auth(auth); err != nil {
			return err
		}
	}
	if err := c.SendMail(from, to, bytes.NewReader(data)); err != nil {
		return err
	}
	return c.Quit()
}

func TestSMTPRecordsAndDelivers(t *testing.T) {
	s := New(t, Options{Users: map[string]string{alice: alicePW}})
	data := msg("hello")
	// Mixed case recipient: delivery matches addresses case-insensitively.
	if err := sendSMTP(s.SMTPAddr, nil, "bob@example.com", []string{"Alice@Example.org", "carol@elsewhere.example"}, data); err != nil {
		t.Fatalf("send: %v", err)
	}
	if err := sendSMTP(s.SMTPAddr, sasl.NewPlainClient("", alice, alicePW), alice, []string{"carol@elsewhere.example"}, msg("second")); err != nil {
		t.Fatalf("send with auth: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	sent, err := s.WaitSent(ctx, 2)
	if err != nil {
		t.Fatalf("WaitSent: %v", err)
	}
	if len(sent) != 2 {
		t.Fatalf("Sent %d, want 2", len(sent))
	}
	if sent[0].From != "bob@example.com" || strings.Join(sent[0].To, ",") != "Alice@Example.org,carol@elsewhere.example" {
		t.Errorf("envelope 0 = %s -> %v", sent[0].From, sent[0].To)
	}
	if !bytes.Equal(sent[0].Data, data) {
		t.Errorf("data = %q, want %q", sent[0].Data, data)
	}
	if sent[0].Username != "" || sent[1].Username != alice {
		t.Errorf("usernames = %q, %q; want \"\", %q", sent[0].Username, sent[1].Username, alice)
	}
	inbox, err := s.Messages(alice, "INBOX")
	if err != nil {
		t.Fatalf("Messages: %v", err)
	}
	if len(inbox) != 1 || !bytes.Equal(inbox[0], data) {
		t.Errorf("INBOX = %q, want just %q", inbox, data)
	}
	if err := sendSMTP(s.SMTPAddr, sasl.NewPlainClient("", alice, "wrong"), alice, []string{"x@example.net"}, data); err == nil {
		t.Error("AUTH with a wrong password: want error")
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	if _, err := s.WaitSent(ctx2, 3); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("WaitSent for a third message = %v, want deadline exceeded", err)
	}
}

func TestFailSMTPAndRejectRcpt(t *testing.T) {
	s := New(t, Options{})
	s.FailSMTP(451, 1)
	s.RejectRcpt("bad@example.net", 550)
	tests := []struct {
		name string
		to   string
		code int // 0: accepted
	}{
		{"first transaction fails", "a@example.net", 451},
		{"then accepted", "a@example.net", 0},
		{"rejected recipient", "bad@example.net", 550},
	}
	for _, tt := range tests {
		err := sendSMTP(s.SMTPAddr, nil, "from@example.org", []string{tt.to}, msg("x"))
		var se *smtp.SMTPError
		switch {
		case tt.code == 0 && err != nil:
			t.Errorf("%s: %v, want success", tt.name, err)
		case tt.code != 0 && (!errors.As(err, &se) || se.Code != tt.code):
			t.Errorf("%s: %v, want SMTP %d", tt.name, err, tt.code)
		}
	}
	if n := len(s.Sent()); n != 1 {
		t.Errorf("Sent %d, want 1", n)
	}
}

func TestStopStartIMAP(t *testing.T) {
	s := New(t, Options{Users: map[string]string{alice: alicePW}})
	c := login(t, s.IMAPAddr, nil)
	addr := s.IMAPAddr
	s.StopIMAP()
	select {
	case <-c.Closed():
	case <-time.After(5 * time.Second):
		t.Fatal("client connection not closed by StopIMAP")
	}
	if _, err := imapclient.DialInsecure(addr, nil); err == nil {
		t.Fatal("dial while stopped: want error")
	}
	// Delivery and Messages keep working while IMAP is down.
	if err := s.Deliver(alice, "INBOX", msg("during")); err != nil {
		t.Fatalf("Deliver while stopped: %v", err)
	}
	if raws, err := s.Messages(alice, "INBOX"); err != nil || len(raws) != 1 {
		t.Fatalf("Messages while stopped = %d, %v; want 1", len(raws), err)
	}
	if err := s.StartIMAP(); err != nil {
		t.Fatalf("StartIMAP: %v", err)
	}
	if s.IMAPAddr != addr {
		t.Errorf("address changed: %s -> %s", addr, s.IMAPAddr)
	}
	c2 := login(t, addr, nil)
	sel, err := c2.Select("INBOX", nil).Wait()
	if err != nil {
		t.Fatalf("select: %v", err)
	}
	if sel.NumMessages != 1 {
		t.Errorf("after restart INBOX has %d, want 1", sel.NumMessages)
	}
}

func TestRev1OnlyHasNoMove(t *testing.T) {
	s := New(t, Options{Users: map[string]string{alice: alicePW}, IMAP4rev1Only: true})
	c := login(t, s.IMAPAddr, nil)
	caps, err := c.Capability().Wait()
	if err != nil {
		t.Fatalf("capability: %v", err)
	}
	if caps.Has(imap.CapMove) || !caps.Has(imap.CapIdle) {
		t.Errorf("caps = %v, want IDLE and no MOVE", caps)
	}
}
