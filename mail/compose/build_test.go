package compose

import (
	"bytes"
	"io"
	"mime"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

var testDate = time.Date(2026, 11, 17, 9, 30, 0, 0, time.FixedZone("", -5*3600))

func baseMessage() Message {
	return Message{
		MessageID: "invite-abc123@coffeechat.example",
		Date:      testDate,
		From:      Address{Name: "Alice Ångström", Email: "alice@example.org"},
		To:        []Address{{Name: "Bob", Email: "bob@example.org"}},
		Subject:   "Coffee chat — Tue 24 Nov",
		Text:      "Hi Bob,\n\nDoes Tuesday work?\n\n— Alice\n",
	}
}

// part is a decoded leaf or multipart node of a parsed message.
type part struct {
	mediaType string
	params    map[string]string
	disp      string
	dispParam map[string]string
	body      []byte // leaves only, transfer-decoded
	children  []part
}

func parsePart(t *testing.T, e *message.Entity) part {
	t.Helper()
	mt, params, err := e.Header.ContentType()
	if err != nil {
		t.Fatalf("content type: %v", err)
	}
	p := part{mediaType: mt, params: params}
	if d := e.Header.Get("Content-Disposition"); d != "" {
		p.disp, p.dispParam, err = mime.ParseMediaType(d)
		if err != nil {
			t.Fatalf("content disposition %q: %v", d, err)
		}
	}
	if mr := e.MultipartReader(); mr != nil {
		for {
			child, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("next part of %s: %v", mt, err)
			}
			p.children = append(p.children, parsePart(t, child))
		}
		return p
	}
	if p.body, err = io.ReadAll(e.Body); err != nil {
		t.Fatalf("read %s: %v", mt, err)
	}
	return p
}

func parse(t *testing.T, raw []byte) (*message.Entity, part) {
	t.Helper()
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse built message: %v\n%s", err, raw)
	}
	// Read again for the tree: the first entity keeps its header for callers.
	e2, _ := message.Read(bytes.NewReader(raw))
	return e, parsePart(t, e2)
}

// shape renders the MIME tree as e.g. "multipart/mixed[multipart/alternative[text/plain,text/html],application/ics]".
func shape(p part) string {
	if len(p.children) == 0 {
		return p.mediaType
	}
	var s []string
	for _, c := range p.children {
		s = append(s, shape(c))
	}
	return p.mediaType + "[" + strings.Join(s, ",") + "]"
}

func TestBuild_structure(t *testing.T) {
	ics, err := os.ReadFile("testdata/invite.ics")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		html      string
		calendar  []byte
		wantShape string
	}{
		{"text only", "", nil, "text/plain"},
		{"text and html", "<p>Hi Bob</p>", nil, "multipart/alternative[text/plain,text/html]"},
		{"text, html and calendar", "<p>Hi Bob</p>", ics,
			"multipart/mixed[multipart/alternative[text/plain,text/html,text/calendar],application/ics]"},
		{"text and calendar", "", ics,
			"multipart/mixed[multipart/alternative[text/plain,text/calendar],application/ics]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := baseMessage()
			m.HTML = tt.html
			m.Calendar = tt.calendar
			m.CalendarMethod = "REQUEST"
			raw, err := Build(m)
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			_, root := parse(t, raw)
			if got := shape(root); got != tt.wantShape {
				t.Fatalf("shape = %s, want %s", got, tt.wantShape)
			}
			leaves := map[string]part{}
			var walk func(p part)
			walk = func(p part) {
				if len(p.children) == 0 {
					leaves[p.mediaType] = p
				}
				for _, c := range p.children {
					walk(c)
				}
			}
			walk(root)
			text := leaves["text/plain"]
			if got := string(text.body); got != strings.ReplaceAll(m.Text, "\n", "\r\n") && got != m.Text {
				t.Errorf("text body = %q, want %q", got, m.Text)
			}
			if cs := text.params["charset"]; !strings.EqualFold(cs, "utf-8") {
				t.Errorf("text charset = %q, want UTF-8", cs)
			}
			if tt.html != "" && string(leaves["text/html"].body) != tt.html {
				t.Errorf("html body = %q, want %q", leaves["text/html"].body, tt.html)
			}
			if tt.calendar == nil {
				return
			}
			cal := leaves["text/calendar"]
			if cal.params["method"] != "REQUEST" || !strings.EqualFold(cal.params["charset"], "utf-8") {
				t.Errorf("calendar params = %v, want method=REQUEST charset=UTF-8", cal.params)
			}
			if !bytes.Equal(cal.body, ics) {
				t.Errorf("calendar body = %q, want %q", cal.body, ics)
			}
			att := leaves["application/ics"]
			if att.disp != "attachment" || att.dispParam["filename"] != "invite.ics" {
				t.Errorf("attachment disposition = %q %v, want attachment filename=invite.ics", att.disp, att.dispParam)
			}
			if !bytes.Equal(att.body, ics) {
				t.Errorf("attachment body = %q, want %q", att.body, ics)
			}
		})
	}
}

func TestBuild_headers(t *testing.T) {
	m := baseMessage()
	m.InReplyTo = "orig-1@mail.example.com"
	m.References = []string{"thread-0@mail.example.com", "orig-1@mail.example.com",
		"a-rather-long-message-identifier-0123456789@mail.example.com",
		"another-rather-long-message-identifier-0123456789@mail.example.com"}
	m.ReplyTo = []Address{{Name: "Alice", Email: "alice+replies@example.org"}}
	m.Cc = []Address{{Name: "Owner, The", Email: "owner@example.org"}}
	m.Headers = map[string]string{"X-Coffeechat-Kind": "invite", "Auto-Submitted": "auto-generated"}

	raw, err := Build(m)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	e, _ := parse(t, raw)
	h := mail.Header{Header: e.Header}

	if id, err := h.MessageID(); err != nil || id != m.MessageID {
		t.Errorf("Message-ID = %q, %v; want %q", id, err, m.MessageID)
	}
	if d, err := h.Date(); err != nil || !d.Equal(testDate) {
		t.Errorf("Date = %v, %v; want %v", d, err, testDate)
	}
	if got := h.Get("Date"); got != "Tue, 17 Nov 2026 09:30:00 -0500" {
		t.Errorf("Date header = %q", got)
	}
	if ids, err := h.MsgIDList("In-Reply-To"); err != nil || len(ids) != 1 || ids[0] != m.InReplyTo {
		t.Errorf("In-Reply-To = %v, %v; want [%s]", ids, err, m.InReplyTo)
	}
	if ids, err := h.MsgIDList("References"); err != nil || strings.Join(ids, " ") != strings.Join(m.References, " ") {
		t.Errorf("References = %v, %v; want %v", ids, err, m.References)
	}
	if fields := h.Values("References"); len(fields) != 1 || strings.Contains(fields[0], ",") {
		t.Errorf("References fields = %q, want one space-separated value", fields)
	}
	if subj, err := h.Subject(); err != nil || subj != m.Subject {
		t.Errorf("Subject = %q, %v; want %q", subj, err, m.Subject)
	}
	from, err := h.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Name != "Alice Ångström" || from[0].Address != "alice@example.org" {
		t.Errorf("From = %v, %v", from, err)
	}
	cc, err := h.AddressList("Cc")
	if err != nil || len(cc) != 1 || cc[0].Name != "Owner, The" || cc[0].Address != "owner@example.org" {
		t.Errorf("Cc = %v, %v", cc, err)
	}
	rt, err := h.AddressList("Reply-To")
	if err != nil || len(rt) != 1 || rt[0].Address != "alice+replies@example.org" {
		t.Errorf("Reply-To = %v, %v", rt, err)
	}
	for k, v := range m.Headers {
		if got := h.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	for _, k := range []string{"User-Agent", "X-Mailer", "Bcc"} {
		if h.Has(k) {
			t.Errorf("unexpected header %s: %q", k, h.Get(k))
		}
	}

	// Non-ASCII must be RFC 2047 encoded in the raw header section.
	head, _, _ := bytes.Cut(raw, []byte("\r\n\r\n"))
	for i, b := range head {
		if b >= 0x80 {
			t.Fatalf("raw 8-bit byte in header at %d: %q", i, head[max(0, i-20):min(len(head), i+20)])
		}
	}
	for _, k := range []string{"Subject", "From"} {
		if v := e.Header.Get(k); !strings.Contains(strings.ToLower(v), "=?utf-8?") {
			t.Errorf("raw %s = %q, want an RFC 2047 encoded-word", k, v)
		}
	}
	if !bytes.Contains(raw, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
		t.Error("message lines are not all CRLF-terminated")
	}
}

func TestBuild_rejects(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Message)
	}{
		{"empty message id", func(m *Message) { m.MessageID = "" }},
		{"message id with brackets", func(m *Message) { m.MessageID = "<x@y>" }},
		{"message id with CRLF", func(m *Message) { m.MessageID = "x@y\r\nBcc: evil@example.net" }},
		{"empty from", func(m *Message) { m.From.Email = "" }},
		{"no recipients", func(m *Message) { m.To = nil }},
		{"empty text", func(m *Message) { m.Text = "" }},
		{"CRLF in subject", func(m *Message) { m.Subject = "hi\r\nBcc: evil@example.net" }},
		{"LF in subject", func(m *Message) { m.Subject = "hi\nBcc: evil@example.net" }},
		{"CR in subject", func(m *Message) { m.Subject = "hi\rthere" }},
		{"LF in from name", func(m *Message) { m.From.Name = "Alice\nBcc: evil@example.net" }},
		{"LF in to name", func(m *Message) { m.To[0].Name = "Bob\n" }},
		{"LF in cc address", func(m *Message) { m.Cc = []Address{{Email: "c@example.org\nBcc: e@x"}} }},
		{"LF in reply-to name", func(m *Message) { m.ReplyTo = []Address{{Name: "R\r\n", Email: "r@example.org"}} }},
		{"invalid to address", func(m *Message) { m.To[0].Email = "not an address" }},
		{"address with name inside", func(m *Message) { m.To[0].Email = "Bob <bob@example.org>" }},
		{"LF in in-reply-to", func(m *Message) { m.InReplyTo = "a@b\nX: y" }},
		{"space in reference", func(m *Message) { m.References = []string{"a@b c@d"} }},
		{"LF in extra header value", func(m *Message) { m.Headers = map[string]string{"X-Kind": "a\r\nBcc: e@x"} }},
		{"colon in header name", func(m *Message) { m.Headers = map[string]string{"X-Kind: a\r\nBcc": "x"} }},
		{"space in header name", func(m *Message) { m.Headers = map[string]string{"X Kind": "x"} }},
		{"extra header overrides To", func(m *Message) { m.Headers = map[string]string{"to": "e@example.net"} }},
		{"calendar without method", func(m *Message) { m.Calendar = []byte("BEGIN:VCALENDAR\r\n") }},
		{"calendar method injection", func(m *Message) {
			m.Calendar = []byte("BEGIN:VCALENDAR\r\n")
			m.CalendarMethod = "REQUEST\r\nBcc: e@x"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := baseMessage()
			tt.modify(&m)
			raw, err := Build(m)
			if err == nil {
				t.Fatalf("Build succeeded, want error; output:\n%s", raw)
			}
			if raw != nil {
				t.Errorf("Build returned bytes with an error")
			}
		})
	}
}

// FuzzBuild checks that no subject, name or header value makes Build
// panic or produce a message with a header the caller did not ask for.
func FuzzBuild(f *testing.F) {
	f.Add("Coffee chat", "Alice", "invite")
	f.Add("hi\r\nBcc: evil@example.net", "Zoë \"Z\" O'Neil", "a\nb")
	f.Add("=?utf-8?q?x?=", "\x00", "très long "+strings.Repeat("word ", 40))
	f.Fuzz(func(t *testing.T, subject, name, kind string) {
		m := baseMessage()
		m.Subject, m.From.Name = subject, name
		m.Headers = map[string]string{"X-Coffeechat-Kind": kind}
		raw, err := Build(m)
		if err != nil {
			return
		}
		e, err := message.Read(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("built message does not parse: %v", err)
		}
		want := map[string]bool{"Date": true, "Message-Id": true, "Mime-Version": true, "Subject": true,
			"From": true, "To": true, "Content-Type": true, "Content-Transfer-Encoding": true, "X-Coffeechat-Kind": true}
		fields := e.Header.Fields()
		for fields.Next() {
			if !want[fields.Key()] {
				t.Fatalf("unexpected header %q: %q", fields.Key(), fields.Value())
			}
		}
	})
}
