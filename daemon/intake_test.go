package daemon

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/templates"
)

// failOnUnspecifiedPlace gives the daemon an invite template that renders
// with the sample data at load but fails for a call whose place is
// unspecified: a failure that is not about the message's content.
func failOnUnspecifiedPlace(t *testing.T, h *harness) {
	t.Helper()
	inviteTemplate(t, h, "Subject: Invite\n{{if eq .LocationKind \"unspecified\"}}{{index .Replies 99}}{{end}}Hi\n")
}

// inviteTemplate gives the daemon body as its invite.txt.tmpl.
func inviteTemplate(t *testing.T, h *harness, body string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "invite.txt.tmpl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	tmpl, err := templates.Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	h.d.tmpl = tmpl
}

// TestBatch_failuresRollBackAlone: four messages reach intake in one batch
// (one transaction). A stranger's message is quarantined without taking
// the others with it; a message whose handling fails (a template that
// breaks on its data) stops the batch there, while the ones before it are
// committed and filed and the ones after wait; once its retries run out it
// is quarantined and the last one goes through.
func TestBatch_failuresRollBackAlone(t *testing.T) {
	h := newHarness(t, nil)
	failOnUnspecifiedPlace(t, h)
	wrote := h.clock.Now().Add(-time.Hour)
	zoom := " on Zoom: https://zoom.us/j/123456"
	h.deliver(forward("b1", "ann@one.example", wrote, "Would Tuesday, November 24 at 2pm ET work"+zoom+"?"))
	h.deliver(strings.Replace(forward("b2", contact, wrote, "Tuesday, November 24 at 3pm ET?"),
		"From: Alex Rivera <"+owner+">", "From: Mallory <mallory@evil.example>", 1))
	h.deliver(forward("b3", "bob@two.example", wrote, "Would Wednesday, November 25 at 2pm ET work?"))
	h.deliver(forward("b4", "cy@three.example", wrote, "Would Thursday, November 26 at 2pm ET work"+zoom+"?"))

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	err := h.d.Once(ctx)
	cancel()
	if err == nil {
		t.Fatal("Once succeeded although message 3 cannot be handled")
	}
	if ms := h.meetings(); len(ms) != 1 || !ms[0].Start.Equal(dec1at2pm) {
		t.Fatalf("after the first run: meetings %v, want only the one of message 1", ms)
	}
	inbox, _ := h.srv.Messages(dedicated, "INBOX")
	archive, _ := h.srv.Messages(dedicated, "Archive")
	junk, _ := h.srv.Messages(dedicated, "Junk")
	if len(inbox) != 2 || len(archive) != 1 || len(junk) != 1 {
		t.Fatalf("after the first run: INBOX %d, Archive %d, Junk %d; want 2 (messages 3 and 4 wait), 1, 1", len(inbox), len(archive), len(junk))
	}
	mails := h.newMail()
	only(t, mails, KindInvite)
	only(t, mails, KindForeign)
	var cp uint32
	h.st.View(context.Background(), func(tx *store.Tx) error {
		_, cp, err = tx.Checkpoint(context.Background(), "INBOX")
		return err
	})
	if cp != 2 {
		t.Errorf("checkpoint at UID %d, want 2 (the last committed message)", cp)
	}

	for i := 1; i < maxIntakeFailures-1; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if err := h.d.Once(ctx); err == nil {
			t.Fatalf("run %d: Once succeeded although message 3 cannot be handled", i+1)
		}
		cancel()
	}
	h.once() // message 3's last failure quarantines it; message 4 follows
	mails = h.newMail()
	if n := only(t, mails, KindQuarantine); !strings.Contains(n.text, "failed 3 times") {
		t.Errorf("owner's notice does not say why:\n%s", n.text)
	}
	only(t, mails, KindInvite)
	if ms := h.meetings(); len(ms) != 2 {
		t.Errorf("meetings %d, want 2 (messages 1 and 4)", len(ms))
	}
	inbox, _ = h.srv.Messages(dedicated, "INBOX")
	archive, _ = h.srv.Messages(dedicated, "Archive")
	junk, _ = h.srv.Messages(dedicated, "Junk")
	if len(inbox) != 0 || len(archive) != 2 || len(junk) != 2 {
		t.Errorf("at the end: INBOX %d, Archive %d, Junk %d; want 0, 2, 2", len(inbox), len(archive), len(junk))
	}
}

// TestBatch_rolledBackEmailsAreDropped: in a batch, emails are built off
// the transaction and their bytes written before the commit (builds). A
// message rolled back after its invite was queued must not leave that
// build behind: here the contact's copy of bob's invite fails after the
// owner's copy was queued, and on the third failure bob's message is
// quarantined in the same transaction, whose notice takes the rolled-back
// invite's row id. Every email sent must be what its row says it is.
func TestBatch_rolledBackEmailsAreDropped(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ContactInvites = "immediately" })
	// Only the contact's copy of bob's invite fails to render.
	inviteTemplate(t, h, "Subject: Invite\n{{if and .ForContact (eq .ContactEmail \"bob@two.example\")}}{{index .Replies 99}}{{end}}Hi {{.ContactName}}\n")
	wrote := h.clock.Now().Add(-time.Hour)
	h.deliver(forward("r1", "ann@one.example", wrote, "Would Tuesday, November 24 at 2pm ET work?"))
	h.deliver(forward("r2", "bob@two.example", wrote, "Would Wednesday, November 25 at 2pm ET work?"))
	h.deliver(forward("r3", "cy@three.example", wrote, "Would Thursday, November 26 at 2pm ET work?"))

	for i := 0; i < maxIntakeFailures-1; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if err := h.d.Once(ctx); err == nil {
			t.Fatalf("run %d: Once succeeded although bob's message cannot be handled", i+1)
		}
		cancel()
	}
	h.once() // bob's third failure quarantines it, in a batch with cy's
	mails := h.newMail()
	var kinds []string
	for _, m := range mails {
		kinds = append(kinds, m.kind+"→"+strings.Join(m.env.To, ","))
		switch m.kind {
		case KindInvite, KindContactInvite:
			if strings.Contains(m.text, "bob") || strings.Contains(m.text, "Bob") {
				t.Errorf("a %s about bob was sent:\n%s", m.kind, m.text)
			}
			if m.method != "REQUEST" {
				t.Errorf("%s without its calendar (method %q)", m.kind, m.method)
			}
		case KindQuarantine:
			if !strings.Contains(m.text, "failed 3 times") || m.method != "" {
				t.Errorf("the quarantine notice is not one (method %q):\n%s", m.method, m.text)
			}
		}
	}
	if len(mails) != 5 {
		t.Errorf("sent %v; want the invite and contact invite of ann and of cy, and bob's quarantine notice", kinds)
	}
	only(t, mails, KindQuarantine)
	if ms := h.meetings(); len(ms) != 2 {
		t.Errorf("meetings %d, want 2 (ann and cy)", len(ms))
	}
}

// TestRun_releasesMemoryOnceSettled: after intake, once intake and the
// outbox are quiet, the daemon gives memory back (once per burst), and not
// before any work.
func TestRun_releasesMemoryOnceSettled(t *testing.T) {
	h := newHarness(t, nil)
	h.d.settle = 100 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- h.d.Run(ctx) }()
	time.Sleep(300 * time.Millisecond)
	if n := h.d.releases.Load(); n != 0 {
		t.Fatalf("released %d times before any work", n)
	}
	h.deliver(forward("rel1", contact, h.clock.Now().Add(-time.Hour), "Would Tuesday, November 24 at 2pm ET work?"))
	wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
	defer wcancel()
	if _, err := h.srv.WaitSent(wctx, 1); err != nil {
		t.Fatalf("no invite while running: %v", err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for h.d.releases.Load() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("memory not released 5s after the work settled")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	if n := h.d.releases.Load(); n != 1 {
		t.Errorf("released %d times for one burst of work, want 1", n)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
}
