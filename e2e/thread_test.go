package e2e

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"path/filepath"
	"testing"
	"text/template"
	"time"
)

// gmailForward is the owner's Gmail-style inline forward of an outreach
// thread (multipart/alternative, "---------- Forwarded message ---------").
var gmailForward = template.Must(template.ParseFiles(filepath.Join("testdata", "gmail-forward.eml.tmpl")))

// thread describes one forwarded thread; render fills the fixture.
type thread struct {
	Subject      string
	ContactName  string
	ContactFirst string
	ContactEmail string
	Ask          string    // the owner's outreach, quoted
	AskAt        time.Time // when the owner wrote it
	Reply        string    // the contact's answer, with the time
	ReplyAt      time.Time // when the contact wrote it
	ForwardAt    time.Time // when the owner forwarded it (the Date header)
}

// gmailDate is how Gmail writes dates in a forward header and attribution.
const gmailDate = "Mon, Jan 2, 2006 at 3:04 PM"

// render returns the forward as sent by owner@example.test to the dedicated
// address, with a fresh Message-ID.
func (th thread) render(t testing.TB) []byte {
	t.Helper()
	loc := mustZone(t, ownerZone)
	var b bytes.Buffer
	err := gmailForward.Execute(&b, map[string]string{
		"Subject":      th.Subject,
		"ContactName":  th.ContactName,
		"ContactFirst": th.ContactFirst,
		"ContactEmail": th.ContactEmail,
		"Ask":          th.Ask,
		"AskDate":      th.AskAt.In(loc).Format(gmailDate),
		"Reply":        th.Reply,
		"ReplyDate":    th.ReplyAt.In(loc).Format(gmailDate),
		"ForwardDate":  th.ForwardAt.In(loc).Format(time.RFC1123Z),
		"MessageID":    "fwd-" + randomToken(t) + "@mail.example.test",
		"Boundary":     randomToken(t)[:12],
	})
	if err != nil {
		t.Fatalf("render forward: %v", err)
	}
	return b.Bytes()
}

func randomToken(t testing.TB) string {
	t.Helper()
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatalf("random: %v", err)
	}
	return hex.EncodeToString(b[:])
}

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load zone %s: %v", name, err)
	}
	return loc
}
