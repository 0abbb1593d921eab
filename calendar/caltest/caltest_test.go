package caltest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// golden is an owner's invite as coffeechat sends it (checked by hand and
// by ics-check and python3-icalendar: daemon's TestIMIP_golden).
func golden(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(Root(), "daemon", "testdata", "golden", "owner-request.eml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The checkers must reject what they exist to catch: each case breaks one
// rule in an otherwise good email.
func TestCheckIMIP_catchesEachRule(t *testing.T) {
	good := golden(t)
	if m, errs := CheckIMIP([]byte(good)); len(errs) > 0 || m.Method != "REQUEST" || !slices.Equal(m.Attendees, []string{"alex@example.test"}) {
		t.Fatalf("the good email: %v, %+v", errs, m)
	}
	for _, tc := range []struct {
		name, old, new, wantErr string
	}{
		{"an attendee not addressed", `To: "Alex Rivera" <alex@example.test>`, `To: "Someone" <someone@example.test>`, "every attendee gets the message"},
		{"a recipient the calendar does not name", `To: "Alex Rivera" <alex@example.test>`,
			"To: \"Alex Rivera\" <alex@example.test>\r\nCc: Dana <dana@northwind.example>", "no one else"},
		{"method= differs from METHOD", "text/calendar; method=REQUEST", "text/calendar; method=PUBLISH", "must be equal"},
		{"From is not the ORGANIZER", `From: "Alex Rivera via coffeechat" <chats@example.test>`, `From: <other@example.test>`, "must be the same"},
		{"calendar not last", "Content-Type: text/html; charset=UTF-8", "Content-Type: text/x-other; charset=UTF-8", "alternatives"},
		{"no attachment name", `filename="invite.ics"`, `filename="x.bin"`, "want application/ics, attachment invite.ics"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(good, tc.old) {
				t.Fatalf("fixture lacks %q", tc.old)
			}
			_, errs := CheckIMIP([]byte(strings.Replace(good, tc.old, tc.new, 1)))
			var msgs []string
			for _, e := range errs {
				msgs = append(msgs, e.Error())
			}
			if !strings.Contains(strings.Join(msgs, "\n"), tc.wantErr) {
				t.Errorf("errors %q, want one saying %q", msgs, tc.wantErr)
			}
		})
	}
}

// RunICSCheck reports the WARN ICSCheck fails on: an attendee who is not
// among the recipients (what coffeechat's updates and cancels did before
// each attendee got a copy of their own).
func TestRunICSCheck_reportsWarn(t *testing.T) {
	if !ICSCheckAvailable() {
		t.Skipf("ics-check is not on this machine (%s); this test is about it alone", ICSCheckPath())
	}
	good := golden(t)
	out, bad, err := RunICSCheck(t.TempDir(), "good.eml", []byte(good))
	if err != nil || len(bad) > 0 && !onlyUnavailable(bad) {
		t.Fatalf("good email: %v %v\n%s", err, bad, out)
	}
	out, bad, err = RunICSCheck(t.TempDir(), "bad.eml", []byte(strings.Replace(good,
		`To: "Alex Rivera" <alex@example.test>`, `To: "Dana" <dana@northwind.example>`, 1)))
	var content []string
	for _, l := range bad {
		if !unavailable.MatchString(l) {
			content = append(content, l)
		}
	}
	if err != nil || len(content) != 1 || !strings.HasPrefix(content[0], "WARN  eml.recipients") {
		t.Errorf("an email to someone the calendar does not name: exit %v, WARN/FAIL %q; want the eml.recipients WARN\n%s", err, bad, out)
	}
}

func TestProps(t *testing.T) {
	p := Props([]byte("BEGIN:VEVENT\r\nATTENDEE;CN=\"Doe: Jo\";RSVP=TRUE:mailto:jo@x.exa\r\n mple\r\nSEQUENCE:3\r\nEND:VEVENT\r\n"))
	if got := p["ATTENDEE"]; !slices.Equal(got, []string{"mailto:jo@x.example"}) {
		t.Errorf("ATTENDEE = %q, want the unfolded address after the quoted colon", got)
	}
	if got := p["SEQUENCE"]; !slices.Equal(got, []string{"3"}) {
		t.Errorf("SEQUENCE = %q", got)
	}
}

// A machine without one of ics-check's parsers is told apart from a WARN
// about the input.
func TestUnavailableParserLines(t *testing.T) {
	for line, want := range map[string]bool{
		"WARN  parse.ical.js: node or ical.js missing (cd tools && npm ci)":                                    true,
		"WARN  parse.libical: libical-dev not installed (apt-get install -y libical-dev pkg-config)":           true,
		"WARN  parse.python-icalendar: python3-icalendar not installed (apt-get install -y python3-icalendar)": true,
		"WARN  eml.recipients: attendee(s) ['dana@northwind.example'] not in To/Cc (Bcc is invisible here)":    false,
		"FAIL  parse.libical: icalparser: missing DTSTART":                                                     false,
	} {
		if got := unavailable.MatchString(line); got != want {
			t.Errorf("unavailable(%q) = %v, want %v", line, got, want)
		}
	}
}
