package daemon

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/calendar/caltest"
)

var updateGolden = flag.Bool("update", false, "rewrite daemon/testdata/golden/*.eml from this run; then read and check each by hand (see TestIMIP_golden)")

// goldenForward is the owner forwarding, as an attachment, Dana's reply
// from California: her Date carries -0800, she names her title and sends
// a video link.
const goldenForward = `From: Alex Rivera <alex@example.test>
To: chats@example.test
Subject: Fwd: Informational interview
Date: Mon, 16 Nov 2026 08:30:00 -0500
Message-ID: <golden-fwd@mail.example.test>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=UTF-8

Dana's answer below.

--b1
Content-Type: message/rfc822

From: Dana Whitfield <dana@northwind.example>
To: Alex Rivera <alex@example.test>
Subject: Re: Informational interview
Date: Sun, 15 Nov 2026 10:00:00 -0800
Message-ID: <dana-golden@northwind.example>
In-Reply-To: <outreach-1@mail.example.test>
References: <outreach-1@mail.example.test>
Content-Type: text/plain; charset=UTF-8

Hi Alex,

Happy to help. Would Tuesday, November 24 at 11am PT work? 20 minutes is plenty.
Here is my Zoom link: https://zoom.us/j/5551234567

Best,
Dana Whitfield
Director of Operations, Northwind Health

--b1--
`

// TestIMIP_golden (issue 4) compares every email that carries a calendar
// with a golden .eml in testdata/golden: the owner's and the contact's
// REQUEST, both updates (SEQUENCE 1), both CANCELs (SEQUENCE 2).
//
// What varies between runs is normalised: Message-IDs and the meeting UID
// (random; replaced, also inside the base64 invite.ics) and MIME
// boundaries (random). Date and DTSTAMP come from the test clock, so they
// do not vary and are compared as they are.
//
// The golden files were made with -update and then checked, not trusted:
// each was read by hand (headers, both bodies, the calendar: times in UTC,
// the owner's and Dana's zones, one ATTENDEE equal to the To, PARTSTATs,
// SEQUENCE, the brief only in the owner's copies); each passed
// `../shared/tools/ics-check` with no WARN or FAIL; and each was parsed with
// python3's email package (policy.default) and python3-icalendar, printing
// From, To, Cc, the part tree, METHOD, UID, SEQUENCE, DTSTART, ATTENDEEs
// and PARTSTATs, which were compared with what the flow should produce.
// Besides the byte comparison, this test checks each golden file again,
// on its own, with CheckIMIP (structure), ics-check and python3-icalendar,
// so a golden file can never hold what the independent checkers reject.
func TestIMIP_golden(t *testing.T) {
	h := newHarness(t, nil)
	h.deliver(goldenForward)
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	m := h.meetings()[0]
	// Each step a while after the last, so Date and DTSTAMP move on.
	h.clock.Advance(90 * time.Minute)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	ci := only(t, h.newMail(), KindContactInvite)
	h.clock.Advance(24 * time.Hour)
	h.deliver(calendarReply("acc2", contact, m.UID, 0, "ACCEPTED"))
	h.deliver(ownerReply("r1", inv.header.Get("Message-Id"), "reschedule Wednesday, November 25 at 11am"))
	h.once()
	up := h.newMail()
	h.clock.Advance(24 * time.Hour)
	h.deliver(ownerReply("c1", inv.header.Get("Message-Id"), "cancel"))
	h.once()
	cn := h.newMail()

	byTo := func(mails []sent, kind, to string) sent {
		t.Helper()
		for _, s := range mails {
			if s.kind == kind && strings.Join(s.env.To, ",") == to {
				return s
			}
		}
		t.Fatalf("no %s mail to %s", kind, to)
		return sent{}
	}
	for _, g := range []struct {
		file             string
		mail             sent
		method, to, body string
		seq              int
	}{
		{"owner-request.eml", inv, "REQUEST", owner, "Prep brief", 0},
		{"contact-request.eml", ci, "REQUEST", contact, "Here is a calendar invite for our call.", 0},
		{"owner-update.eml", byTo(up, KindInvite, owner), "REQUEST", owner, "has a new time", 1},
		{"contact-update.eml", byTo(up, KindContactInvite, contact), "REQUEST", contact, "at the new time", 1},
		{"owner-cancel.eml", byTo(cn, KindCancel, owner), "CANCEL", owner, "is cancelled, and removed from your calendar", 2},
		{"contact-cancel.eml", byTo(cn, KindCancel, contact), "CANCEL", contact, "I have to cancel our call", 2},
	} {
		t.Run(g.file, func(t *testing.T) {
			got := normalizeEML(t, g.mail.env.Data, m.UID)
			path := filepath.Join("testdata", "golden", g.file)
			if *updateGolden {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to write it, then check it as the test's comment says)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s after normalising:\n%s", g.file, path, lineDiff(string(want), string(got)))
			}
			// The golden file itself, by the independent checkers.
			im := caltest.ParseIMIP(t, want)
			if im.Method != g.method || strings.Join(im.Recipients, ",") != g.to || strings.Join(im.Attendees, ",") != g.to || im.From != dedicated {
				t.Errorf("%s: %s from %s to %v naming %v; want %s from %s to and naming %s", g.file, im.Method, im.From, im.Recipients, im.Attendees, g.method, dedicated, g.to)
			}
			if !strings.Contains(im.Text, g.body) || !strings.Contains(im.HTML, g.body) {
				t.Errorf("%s: text and HTML should both say %q", g.file, g.body)
			}
			if seq := caltest.Props(im.Calendar)["SEQUENCE"]; len(seq) != 1 || seq[0] != fmt.Sprint(g.seq) {
				t.Errorf("%s: SEQUENCE %v, want %d", g.file, seq, g.seq)
			}
			if g.to == contact && strings.Contains(im.Text+im.HTML, "Prep brief") {
				t.Errorf("%s: the contact's copy holds the prep brief", g.file)
			}
			caltest.ICSCheck(t, g.file, want)
			py := caltest.Python(t, im.Calendar)[0]
			if py.Method != g.method || len(py.Events) != 1 || py.Events[0].Sequence != g.seq || py.Events[0].UID != goldenUID {
				t.Errorf("%s: python3-icalendar reads %+v", g.file, py)
			}
		})
	}
}

// goldenUID replaces the meeting's random UID (24 hex digits at the
// dedicated domain): the same length, so base64 lines keep their shape.
const goldenUID = "000000000000000000golden@example.test"

var (
	reMessageID = regexp.MustCompile(`\b([a-z_]+)\.[0-9a-f]{24}@example\.test\b`)
	reBoundary  = regexp.MustCompile(`boundary="?([0-9A-Za-z'()+_,./:=?-]+)"?`)
)

// normalizeEML replaces what legitimately varies between runs in raw, an
// email as sent: Message-IDs, the UID (also inside the base64 invite.ics,
// decoded and encoded again), and MIME boundaries.
func normalizeEML(t *testing.T, raw []byte, uid string) []byte {
	t.Helper()
	if len(uid) != len(goldenUID) {
		t.Fatalf("UID %q is %d long; goldenUID is %d", uid, len(uid), len(goldenUID))
	}
	s := string(raw)
	s = rewriteBase64(t, s, func(b []byte) []byte { return bytes.ReplaceAll(b, []byte(uid), []byte(goldenUID)) })
	s = strings.ReplaceAll(s, uid, goldenUID)
	s = reMessageID.ReplaceAllString(s, "$1.golden@example.test")
	for i, m := range reBoundary.FindAllStringSubmatch(s, -1) {
		s = strings.ReplaceAll(s, m[1], fmt.Sprintf("golden-boundary-%d", i+1))
	}
	return []byte(s)
}

// rewriteBase64 applies f to the decoded body of each base64 part of s and
// encodes it again with the same line length and CRLF. It first checks
// that decoding and encoding an untouched body gives back its bytes, so
// the rewriting never hides a change in how bodies are encoded.
func rewriteBase64(t *testing.T, s string, f func([]byte) []byte) string {
	t.Helper()
	lines := strings.Split(s, "\r\n")
	for i := 0; i < len(lines); i++ {
		if !strings.EqualFold(lines[i], "Content-Transfer-Encoding: base64") {
			continue
		}
		for i < len(lines) && lines[i] != "" { // the rest of the part's header
			i++
		}
		start := i + 1
		end := start
		for end < len(lines) && lines[end] != "" && !strings.HasPrefix(lines[end], "--") {
			end++
		}
		if end == start {
			t.Fatalf("empty base64 body at line %d", start)
		}
		width := len(lines[start])
		dec, err := base64.StdEncoding.DecodeString(strings.Join(lines[start:end], ""))
		if err != nil {
			t.Fatalf("base64 body at line %d: %v", start, err)
		}
		if again := wrap(base64.StdEncoding.EncodeToString(dec), width); !slices.Equal(again, lines[start:end]) {
			t.Fatalf("base64 body at line %d does not encode back to itself with %d-character lines", start, width)
		}
		out := wrap(base64.StdEncoding.EncodeToString(f(dec)), width)
		lines = append(lines[:start], append(out, lines[end:]...)...)
		i = start + len(out)
	}
	return strings.Join(lines, "\r\n")
}

func wrap(s string, width int) []string {
	var out []string
	for len(s) > width {
		out, s = append(out, s[:width]), s[width:]
	}
	return append(out, s)
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\r\n"), strings.Split(got, "\r\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, a, b))
		}
	}
	return strings.Join(out, "\n")
}
