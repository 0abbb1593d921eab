package calendar

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseReply_samples(t *testing.T) {
	tests := []struct {
		file    string
		want    *Reply
		wantErr string // substring; "" means success
	}{
		{file: "reply-google.ics", want: &Reply{
			UID:      "20261124-7f3c2a9e@coffeechat.example",
			Sequence: 0,
			Attendee: Person{Name: "Dana Whitfield", Email: "dana.whitfield@gmail.com"},
			PartStat: Accepted,
			// from X-RESPONSE-COMMENT, unescaped twice (TEXT, then HTML)
			Comment: "Looking forward to it, see you then. It's in my calendar",
		}},
		{file: "reply-outlook.ics", want: &Reply{
			UID:      "20261124-7f3c2a9e@coffeechat.example",
			Sequence: 2,
			Attendee: Person{Name: "Dana Whitfield", Email: "dana.whitfield@contoso.com"},
			PartStat: Declined,
			Comment:  "Sorry, something came up. Could we try next week, Tuesday or Wednesday?",
		}},
		{file: "reply-apple.ics", want: &Reply{
			UID:      "20261124-7f3c2a9e@coffeechat.example",
			Sequence: 1,
			Attendee: Person{Name: "Dana Whitfield", Email: "dana@icloud.com"},
			PartStat: Tentative,
		}},
		{file: "reply-minimal-lf.ics", want: &Reply{
			UID:      "cc-minimal@coffeechat.example",
			Attendee: Person{Email: "someone@example.org"},
			PartStat: Accepted,
		}},
		{file: "reply-two-attendees.ics", wantErr: "want exactly one ATTENDEE, got 2"},
		{file: "reply-no-partstat.ics", wantErr: "has no PARTSTAT"},
		{file: "request-golden.ics", wantErr: "METHOD is REQUEST, not REPLY"},
		{file: "cancel-golden.ics", wantErr: "METHOD is CANCEL, not REPLY"},
		{file: "broken-syntax.ics", wantErr: "decode calendar"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseReply(b)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseReply() = %+v, %v; want error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseReply: %v", err)
			}
			if *got != *tt.want {
				t.Errorf("ParseReply =\n %+v\nwant\n %+v", *got, *tt.want)
			}
		})
	}
}

// reply builds a small REPLY around one VEVENT body (lines joined by CRLF).
func reply(method string, vevent ...string) []byte {
	lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN"}
	if method != "" {
		lines = append(lines, "METHOD:"+method)
	}
	lines = append(lines, "BEGIN:VEVENT")
	lines = append(lines, vevent...)
	lines = append(lines, "END:VEVENT", "END:VCALENDAR", "")
	return []byte(strings.Join(lines, "\r\n"))
}

func TestParseReply_edgeCases(t *testing.T) {
	const uid, dt = "UID:u1@x", "DTSTAMP:20261118T171203Z"
	att := "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.org"
	tests := []struct {
		name    string
		in      []byte
		want    *Reply
		wantErr string
	}{
		{"mailto mixed case", reply("REPLY", uid, "ATTENDEE;PARTSTAT=TENTATIVE:MailTo:A.B@Example.ORG"),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a.b@example.org"}, PartStat: Tentative}, ""},
		{"windows TZID on dates is ignored", reply("REPLY", uid, dt, att,
			`DTSTART;TZID="W. Europe Standard Time":20261124T140000`, "DTEND;TZID=Pacific Standard Time:bogus"),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a@example.org"}, PartStat: Accepted}, ""},
		{"sequence with VALUE=TEXT", reply("REPLY", uid, att, "SEQUENCE;VALUE=TEXT:3"),
			&Reply{UID: "u1@x", Sequence: 3, Attendee: Person{Email: "a@example.org"}, PartStat: Accepted}, ""},
		{"two comments", reply("REPLY", uid, att, "COMMENT:first\\, one", "COMMENT:second"),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a@example.org"}, PartStat: Accepted, Comment: "first, one\nsecond"}, ""},
		// Prop.Text would stop at the unescaped comma
		{"unescaped comma in comment", reply("REPLY", uid, att, "COMMENT:See you there, bring notes"),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a@example.org"}, PartStat: Accepted, Comment: "See you there, bring notes"}, ""},
		{"COMMENT wins over X-RESPONSE-COMMENT", reply("REPLY", uid, "COMMENT:standard",
			`ATTENDEE;PARTSTAT=ACCEPTED;X-RESPONSE-COMMENT="google":mailto:a@example.org`),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a@example.org"}, PartStat: Accepted, Comment: "standard"}, ""},
		{"bad escape in comment kept raw", reply("REPLY", uid, att, `COMMENT:50\% sure`),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a@example.org"}, PartStat: Accepted, Comment: `50\% sure`}, ""},
		{"byte order mark", append([]byte("\uFEFF"), reply("REPLY", uid, att)...),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a@example.org"}, PartStat: Accepted}, ""},
		{"lower-case partstat", reply("REPLY", uid, "ATTENDEE;PARTSTAT=declined:mailto:a@example.org"),
			&Reply{UID: "u1@x", Attendee: Person{Email: "a@example.org"}, PartStat: Declined}, ""},
		{"no method", reply("", uid, att), nil, "no METHOD"},
		{"no uid", reply("REPLY", att), nil, "want exactly one UID, got 0"},
		{"two uids", reply("REPLY", uid, "UID:u2@x", att), nil, "want exactly one UID, got 2"},
		{"empty uid", reply("REPLY", "UID:", att), nil, "UID is empty"},
		{"no attendee", reply("REPLY", uid), nil, "want exactly one ATTENDEE, got 0"},
		{"attendee not mailto", reply("REPLY", uid, "ATTENDEE;PARTSTAT=ACCEPTED:urn:uuid:1"), nil, "not a mailto: address"},
		{"attendee empty address", reply("REPLY", uid, "ATTENDEE;PARTSTAT=ACCEPTED:mailto:"), nil, "ATTENDEE"},
		{"unknown partstat", reply("REPLY", uid, "ATTENDEE;PARTSTAT=X-MAYBE:mailto:a@example.org"), nil, `unknown PARTSTAT "X-MAYBE"`},
		{"negative sequence", reply("REPLY", uid, att, "SEQUENCE:-1"), nil, "SEQUENCE"},
		{"sequence not a number", reply("REPLY", uid, att, "SEQUENCE:one"), nil, "SEQUENCE"},
		{"two events", []byte("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), nil, "want exactly one VEVENT, got 2"},
		{"no event", []byte("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n"), nil, "want exactly one VEVENT, got 0"},
		{"empty input", nil, nil, "decode calendar"},
		{"not a calendar", []byte("BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n"), nil, "decode calendar"},
		{"unterminated", []byte("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\n"), nil, "decode calendar"},
		// go-ical's decodeParam panics on both of these; decode recovers.
		{"garbage after quoted param", reply("REPLY", uid, `ATTENDEE;CN="a"b:mailto:a@example.org`), nil, "decode calendar"},
		{"param at end of line", reply("REPLY", uid, `ATTENDEE;CN=abc`), nil, "decode calendar"},
		{"deep nesting", []byte(strings.Repeat("BEGIN:VCALENDAR\r\n", 100)), nil, "nest more than"},
		{"folded deep nesting", []byte(strings.Repeat("BEG\r\n IN:X\r\n", 100)), nil, "nest more than"},
		{"huge parameter", reply("REPLY", uid, "ATTENDEE;CN="+strings.Repeat("a", 5000)+":mailto:a@example.org"), nil, "parameters run"},
		{"too big", bytes.Repeat([]byte("X"), maxObjectSize+1), nil, "allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseReply(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseReply() = %+v, %v; want error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseReply: %v", err)
			}
			if *got != *tt.want {
				t.Errorf("ParseReply =\n %+v\nwant\n %+v", *got, *tt.want)
			}
		})
	}
}

func TestParseMethod(t *testing.T) {
	tests := []struct {
		file, want, wantErr string
	}{
		{file: "request-golden.ics", want: "REQUEST"},
		{file: "cancel-golden.ics", want: "CANCEL"},
		{file: "reply-outlook.ics", want: "REPLY"},
		{file: "reply-minimal-lf.ics", want: "REPLY"}, // written "reply"
		{file: "broken-syntax.ics", wantErr: "decode calendar"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseMethod(b)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseMethod() = %q, %v; want error containing %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseMethod() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if _, err := ParseMethod(reply("", "UID:x")); !errors.Is(err, ErrNoMethod) {
		t.Errorf("ParseMethod(no METHOD) error = %v, want ErrNoMethod", err)
	}
}

// FuzzParseReply checks that no input panics ParseReply or ParseMethod and
// that a successful parse honours the Reply contract.
func FuzzParseReply(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.ics"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(reply("REPLY", "UID:u", `ATTENDEE;CN="a"b:mailto:a@b`))
	f.Add(reply("REPLY", "UID:u", `ATTENDEE;CN=abc`))
	f.Add([]byte("BEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nUID:u\nATTENDEE;PARTSTAT=ACCEPTED:mailto:x@y\nEND:VEVENT\nEND:VCALENDAR"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ParseReply(b)
		_, _ = ParseMethod(b)
		if err != nil {
			return
		}
		if r.UID == "" || !knownPartStats[r.PartStat] || r.Sequence < 0 {
			t.Errorf("ParseReply accepted a reply breaking its contract: %+v", r)
		}
		if r.Attendee.Email != strings.ToLower(r.Attendee.Email) || !strings.Contains(r.Attendee.Email, "@") {
			t.Errorf("attendee email %q is not a lower-case address", r.Attendee.Email)
		}
	})
}
