package mail

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests read zone-less dates in America/New_York
)

// want is the expected reading of one fixture, written by hand from the .eml.
type want struct {
	Subject        string        `json:"subject"`
	From           string        `json:"from"`
	FromName       string        `json:"from_name"`
	Cc             string        `json:"cc"`
	InReplyTo      string        `json:"in_reply_to"`
	References     int           `json:"references"`
	AuthResults    int           `json:"auth_results"`
	AutoSubmitted  string        `json:"auto_submitted"`
	CalendarMethod string        `json:"calendar_method"`
	CalendarHas    string        `json:"calendar_has"`
	FullTextHas    string        `json:"full_text_has"`
	Messages       []wantMessage `json:"messages"`
}

type wantMessage struct {
	From      string `json:"from"`
	Name      string `json:"name"`
	To        string `json:"to"`
	Subject   string `json:"subject"`
	Date      string `json:"date"` // RFC 3339 with the offset the message showed or Location gave
	Zone      bool   `json:"zone"`
	TopLevel  bool   `json:"top"`
	MessageID string `json:"message_id"`
	TextHas   string `json:"text_has"`
	TextNot   string `json:"text_not"`
	SigHas    string `json:"sig_has"`
}

func newYork(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatalf("LoadLocation: %v", err)
	}
	return loc
}

func TestRead_fixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.eml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 25 {
		t.Errorf("found %d fixtures, want at least 25", len(files))
	}
	loc := newYork(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			wj, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".want.json")
			if err != nil {
				t.Fatalf("every fixture needs a want file: %v", err)
			}
			var w want
			dec := json.NewDecoder(bytes.NewReader(wj))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&w); err != nil {
				t.Fatalf("want file: %v", err)
			}
			th, err := Read(bytes.NewReader(raw), Options{Location: loc})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			checkThread(t, th, &w)
		})
	}
}

func checkThread(t *testing.T, th *Thread, w *want) {
	t.Helper()
	if th.Subject != w.Subject {
		t.Errorf("Subject = %q, want %q", th.Subject, w.Subject)
	}
	if th.From.Email != w.From {
		t.Errorf("From = %q, want %q", th.From.Email, w.From)
	}
	if w.FromName != "" && th.From.Name != w.FromName {
		t.Errorf("From.Name = %q, want %q", th.From.Name, w.FromName)
	}
	if w.Cc != "" && !hasAddress(th.Cc, w.Cc) {
		t.Errorf("Cc = %v, want it to hold %q", th.Cc, w.Cc)
	}
	if w.InReplyTo != "" && (len(th.InReplyTo) == 0 || th.InReplyTo[0] != w.InReplyTo) {
		t.Errorf("InReplyTo = %v, want [%q]", th.InReplyTo, w.InReplyTo)
	}
	if w.References != 0 && len(th.References) != w.References {
		t.Errorf("References = %v, want %d ids", th.References, w.References)
	}
	if w.AuthResults != 0 && len(th.AuthResults) != w.AuthResults {
		t.Errorf("AuthResults = %q, want %d values", th.AuthResults, w.AuthResults)
	}
	if th.AutoSubmitted != w.AutoSubmitted {
		t.Errorf("AutoSubmitted = %q, want %q", th.AutoSubmitted, w.AutoSubmitted)
	}
	if th.CalendarMethod != w.CalendarMethod {
		t.Errorf("CalendarMethod = %q, want %q", th.CalendarMethod, w.CalendarMethod)
	}
	if w.CalendarHas != "" && !bytes.Contains(th.Calendar, []byte(w.CalendarHas)) {
		t.Errorf("Calendar = %q, want substring %q", th.Calendar, w.CalendarHas)
	}
	if w.FullTextHas != "" && !strings.Contains(th.FullText, w.FullTextHas) {
		t.Errorf("FullText = %q, want substring %q", th.FullText, w.FullTextHas)
	}
	if len(th.Messages) != len(w.Messages) {
		t.Errorf("got %d messages, want %d:\n%s", len(th.Messages), len(w.Messages), dumpMessages(th.Messages))
		return
	}
	last := th.Messages[len(th.Messages)-1]
	if th.Text != last.Text {
		t.Errorf("Thread.Text = %q, want the top-level message's Text %q", th.Text, last.Text)
	}
	for i, wm := range w.Messages {
		m := th.Messages[i]
		if m.From.Email != wm.From {
			t.Errorf("message %d: From = %q, want %q", i, m.From.Email, wm.From)
		}
		if wm.Name != "" && m.From.Name != wm.Name {
			t.Errorf("message %d: From.Name = %q, want %q", i, m.From.Name, wm.Name)
		}
		if wm.To != "" && !hasAddress(m.To, wm.To) {
			t.Errorf("message %d: To = %v, want it to hold %q", i, m.To, wm.To)
		}
		if wm.Subject != "" && m.Subject != wm.Subject {
			t.Errorf("message %d: Subject = %q, want %q", i, m.Subject, wm.Subject)
		}
		if wm.MessageID != "" && m.MessageID != wm.MessageID {
			t.Errorf("message %d: MessageID = %q, want %q", i, m.MessageID, wm.MessageID)
		}
		got := ""
		if !m.Date.IsZero() {
			got = m.Date.Format(time.RFC3339)
		}
		if got != wm.Date {
			t.Errorf("message %d: Date = %q, want %q", i, got, wm.Date)
		}
		if m.DateHasZone != wm.Zone {
			t.Errorf("message %d: DateHasZone = %v, want %v", i, m.DateHasZone, wm.Zone)
		}
		if m.TopLevel != wm.TopLevel {
			t.Errorf("message %d: TopLevel = %v, want %v", i, m.TopLevel, wm.TopLevel)
		}
		if wm.TextHas != "" && !strings.Contains(m.Text, wm.TextHas) {
			t.Errorf("message %d: Text = %q, want substring %q", i, m.Text, wm.TextHas)
		}
		if wm.TextNot != "" && strings.Contains(m.Text, wm.TextNot) {
			t.Errorf("message %d: Text = %q, must not contain %q", i, m.Text, wm.TextNot)
		}
		if wm.SigHas != "" && !strings.Contains(m.Signature, wm.SigHas) {
			t.Errorf("message %d: Signature = %q, want substring %q", i, m.Signature, wm.SigHas)
		}
	}
}

func hasAddress(list []Address, email string) bool {
	for _, a := range list {
		if a.Email == email {
			return true
		}
	}
	return false
}

func dumpMessages(ms []Message) string {
	var b strings.Builder
	for i, m := range ms {
		b.WriteString(strings.Repeat("-", 20) + "\n")
		b.WriteString(strings.Join([]string{
			"#" + strconv.Itoa(i), "from=" + m.From.Name + " <" + m.From.Email + ">",
			"date=" + m.Date.Format(time.RFC3339), "zone=" + boolStr(m.DateHasZone),
		}, " ") + "\n")
		b.WriteString("text=" + m.Text + "\nsig=" + m.Signature + "\n")
	}
	return b.String()
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestRead_limits(t *testing.T) {
	raw, err := os.ReadFile("testdata/nested_forward.eml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts Options
		want error
	}{
		{"size", Options{MaxSize: 100}, ErrTooLarge},
		{"depth", Options{MaxDepth: 2}, ErrTooDeep},
		{"parts", Options{MaxParts: 3}, ErrTooMany},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(raw), tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), "read message") {
				t.Errorf("error %q does not say what failed", err)
			}
		})
	}
	if _, err := Read(bytes.NewReader(raw), Options{}); err != nil {
		t.Errorf("Read with default limits: %v", err)
	}
}

func TestRead_notMail(t *testing.T) {
	for _, in := range []string{"", "   \n", "this is not\x00 a message at all\n\nbody", "\x00\x01\x02"} {
		if _, err := Read(strings.NewReader(in), Options{}); err == nil {
			t.Errorf("Read(%q) = nil error, want one", in)
		}
	}
}

// TestRead_htmlAlternativeReadsLikePlain reads the Gmail forward with its
// text/plain part disabled: the HTML alternative must give the same thread.
func TestRead_htmlAlternativeReadsLikePlain(t *testing.T) {
	raw, err := os.ReadFile("testdata/gmail_forward.eml")
	if err != nil {
		t.Fatal(err)
	}
	htmlOnly := bytes.Replace(raw, []byte(`Content-Type: text/plain; charset="UTF-8"`), []byte(`Content-Type: application/octet-stream`), 1)
	if bytes.Equal(htmlOnly, raw) {
		t.Fatal("fixture changed: no text/plain part to disable")
	}
	loc := newYork(t)
	th, err := Read(bytes.NewReader(htmlOnly), Options{Location: loc})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(th.FullText, "> Hi Dana,") {
		t.Errorf("FullText from HTML lacks the blockquote as \"> \" lines:\n%s", th.FullText)
	}
	checkThread(t, th, &want{
		Subject: "Fwd: Informational interview?", From: "alex.rivera@gmail.com",
		Messages: []wantMessage{
			{From: "alex.rivera@gmail.com", Date: "2026-11-13T16:02:00-05:00", TextHas: "15-20 minutes", TextNot: "Thanks so much", SigHas: "Alex"},
			{From: "dana@northwind.example", Name: "Dana Whitfield", Date: "2026-11-16T09:14:00-05:00",
				TextHas: "Here's my Zoom: https://zoom.example/j/5551234", TextNot: "Director of Product", SigHas: "Northwind Health"},
			{From: "alex.rivera@gmail.com", Date: "2026-11-16T10:31:07-05:00", Zone: true, TopLevel: true, TextHas: "can you set it up"},
		},
	})
}

func TestRead_headers(t *testing.T) {
	raw := "From: \"Rivera, Alex\" <Alex.Rivera@Example.COM>\r\n" +
		"Sender: Calendar <calendar-notification@google.example>\r\n" +
		"To: a@b.example, \"C D\" <c@d.example>\r\n" +
		"Subject: =?utf-8?q?caf=C3=A9?= =?x-unknown?q?abc?=\r\n" +
		"Message-ID: <id-1@example.com>\r\n" +
		"In-Reply-To: <p-2@example.com>\r\n" +
		"References: <p-1@example.com>\r\n <p-2@example.com>\r\n" +
		"Authentication-Results: mx.example; dkim=pass header.d=example.com\r\n" +
		"Authentication-Results: other.example; spf=fail\r\n" +
		"Date: not a date\r\n" +
		"\r\nhello\r\n"
	th, err := Read(strings.NewReader(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if th.From != (Address{"Rivera, Alex", "alex.rivera@example.com"}) {
		t.Errorf("From = %+v", th.From)
	}
	if th.Sender == nil || th.Sender.Email != "calendar-notification@google.example" {
		t.Errorf("Sender = %+v", th.Sender)
	}
	if len(th.To) != 2 || th.To[1] != (Address{"C D", "c@d.example"}) {
		t.Errorf("To = %+v", th.To)
	}
	// One word in an unknown charset keeps the whole subject raw.
	if th.Subject != "=?utf-8?q?caf=C3=A9?= =?x-unknown?q?abc?=" {
		t.Errorf("Subject = %q", th.Subject)
	}
	if th.MessageID != "id-1@example.com" || len(th.InReplyTo) != 1 || th.InReplyTo[0] != "p-2@example.com" {
		t.Errorf("MessageID = %q, InReplyTo = %q", th.MessageID, th.InReplyTo)
	}
	if len(th.References) != 2 || th.References[0] != "p-1@example.com" {
		t.Errorf("References = %q", th.References)
	}
	if len(th.AuthResults) != 2 || !strings.HasPrefix(th.AuthResults[0], "mx.example;") {
		t.Errorf("AuthResults = %q, want the receiving server's first", th.AuthResults)
	}
	if !th.Date.IsZero() || th.Messages[0].DateHasZone {
		t.Errorf("Date = %v, want zero for an unparseable header", th.Date)
	}
	if th.Text != "hello" || th.FullText != "hello" {
		t.Errorf("Text = %q, FullText = %q", th.Text, th.FullText)
	}
}

// TestRead_invalidMessageIDsDropped: ids that could not be written back
// into an In-Reply-To or References header are not kept, so threading a
// reply to a broken or hostile message never yields an email that fails
// to build.
func TestRead_invalidMessageIDsDropped(t *testing.T) {
	tests := []struct {
		name, header string
		wantID       string
		wantRefs     []string
	}{
		{"space", "Message-ID: <a b@example.com>\r\nReferences: <ok@x.example> <bad id@x.example>\r\n", "", []string{"ok@x.example"}},
		{"eight-bit", "Message-ID: <caf\xc3\xa9@example.com>\r\nReferences: <r\xc3\xa9@x.example>\r\n", "", nil},
		{"bare", "Message-ID: plain@example.com\r\nReferences: one@x.example, two@x.example\r\n", "plain@example.com", []string{"one@x.example", "two@x.example"}},
		{"empty brackets", "Message-ID: <>\r\nReferences: <>\r\n", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := "From: a@b.example\r\nTo: c@d.example\r\nSubject: s\r\n" + tc.header + "\r\nhello\r\n"
			th, err := Read(strings.NewReader(raw), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if th.MessageID != tc.wantID {
				t.Errorf("MessageID = %q, want %q", th.MessageID, tc.wantID)
			}
			if !slices.Equal(th.References, tc.wantRefs) {
				t.Errorf("References = %q, want %q", th.References, tc.wantRefs)
			}
		})
	}
}

func TestRead_lenientBodies(t *testing.T) {
	tests := []struct {
		name, raw, wantText string
	}{
		{"broken quoted-printable keeps going",
			"From: a@b.example\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" +
				"caf=C3=A9 =ZZ 50=% and =\nsoft\x01break\n",
			"café =ZZ 50=% and soft\x01break"},
		{"broken base64 decodes what it can",
			"From: a@b.example\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nVHVlc2RheSBhdCAy!!\nIHdvcmtz\n=",
			"Tuesday at 2 works"},
		{"truncated multipart keeps the parts read",
			"From: a@b.example\nContent-Type: multipart/alternative; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nTuesday works\n--zz\nContent-Type: text/html\n\n<p>Tues",
			"Tuesday works"},
		{"empty plain part falls back to html",
			"From: a@b.example\nContent-Type: multipart/alternative; boundary=zz\n\n--zz\nContent-Type: text/plain\n\n \n--zz\nContent-Type: text/html\n\n<p>From <b>HTML</b></p>\n--zz--\n",
			"From HTML"},
		{"unknown transfer encoding is read raw",
			"From: a@b.example\nContent-Type: text/plain\nContent-Transfer-Encoding: x-uuencode-ish\n\nplain words\n",
			"plain words"},
		{"utf-8 declared, latin-1 sent",
			"From: a@b.example\nContent-Type: text/plain; charset=utf-8\n\ncaf\xe9\n",
			"caf\uFFFD"},
		{"text attachment is not the body",
			"From: a@b.example\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nbody\n--zz\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nnotes\n--zz--\n",
			"body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th, err := Read(strings.NewReader(tt.raw), Options{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if th.FullText != tt.wantText {
				t.Errorf("FullText = %q, want %q", th.FullText, tt.wantText)
			}
		})
	}
}

func TestRead_calendarMethodFromObject(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nmethod:reply\r\nBEGIN:VEVENT\r\nUID:u1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	raw := "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nAccepted\r\n" +
		"--zz\r\nContent-Type: application/ics; name=invite.ics\r\nContent-Disposition: attachment\r\n\r\n" + ics +
		"--zz\r\nContent-Type: text/calendar; method=CANCEL\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--zz--\r\n"
	th, err := Read(strings.NewReader(raw), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if th.CalendarMethod != "REPLY" {
		t.Errorf("CalendarMethod = %q, want REPLY from the first calendar's METHOD line", th.CalendarMethod)
	}
	// The CRLF before a boundary belongs to the boundary (RFC 2046 5.1.1).
	if want := strings.TrimSuffix(ics, "\r\n"); string(th.Calendar) != want {
		t.Errorf("Calendar = %q, want the first calendar byte for byte: %q", th.Calendar, want)
	}
}
