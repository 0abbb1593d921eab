// Package caltest checks, for tests, the calendars and iMIP emails that
// coffeechat writes, with implementations other than the ones that wrote
// them:
//
//   - ICSCheck runs the shared validator ../shared/tools/ics-check (three
//     parsers: python3-icalendar, ical.js and libical, plus RFC 5545/5546 and
//     RFC 6047 checklists) and fails on any WARN or FAIL;
//   - Python reads objects with Debian's python3-icalendar through
//     calendar/testdata/ics2json.py;
//   - ParseIMIP checks the MIME structure RFC 6047 asks for with go-message
//     (not go-mail, which builds the emails) and a line reader of its own
//     (not go-ical, which builds the calendars).
//
// The calendar, daemon and e2e tests use it, so every REQUEST and CANCEL
// their flows produce goes through the same checks.
package caltest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	gomessage "github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // charsets other than UTF-8 in test mail
)

// Root is the repository root: this file is calendar/caltest/caltest.go.
func Root() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("caltest: runtime.Caller failed")
	}
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// ICSCheckPath is the shared validator: $COFFEECHAT_ICS_CHECK, else
// shared/tools/ics-check beside the checkout (where CI puts shared/).
func ICSCheckPath() string {
	if p := os.Getenv("COFFEECHAT_ICS_CHECK"); p != "" {
		return p
	}
	return filepath.Join(Root(), "..", "shared", "tools", "ics-check")
}

var warnOrFail = regexp.MustCompile(`(?m)^(WARN|FAIL)\b.*$`)

// unavailable matches ics-check's WARN that one of its parsers is not
// installed on this machine: a fact about the machine, not the input.
var unavailable = regexp.MustCompile(`^WARN\s+parse\.\S+: .*(not installed|missing)`)

// ICSCheck writes data (an .eml or an .ics, as name's extension says) to a
// temporary file and runs the shared validator on it, when this machine
// has it: it ships in shared/tools beside the checkout, outside the
// repository, and its ical.js needs npm (no network in CI). The project's
// own interop checks (CheckIMIP and python3-icalendar, from Debian) run
// everywhere; ics-check is a third opinion where it is installed. Any WARN
// or FAIL about the input fails t; a WARN that one of its parsers is not
// installed is logged. It returns the tool's output ("" when not run).
func ICSCheck(t testing.TB, name string, data []byte) string {
	t.Helper()
	out, bad, err := RunICSCheck(t.TempDir(), name, data)
	if errors.Is(err, os.ErrNotExist) {
		t.Logf("ics-check not run on %s: %v (set COFFEECHAT_ICS_CHECK to its path)", name, err)
		return ""
	}
	var real []string
	for _, l := range bad {
		if unavailable.MatchString(l) {
			t.Logf("ics-check %s ran without one of its parsers: %s", name, l)
			continue
		}
		real = append(real, l)
	}
	if len(real) > 0 || (err != nil && len(real) == 0 && !onlyUnavailable(bad)) {
		t.Errorf("ics-check %s: exit %v; WARN/FAIL lines:\n%s\nfull output:\n%s\ninput:\n%s", name, err, strings.Join(real, "\n"), out, data)
	} else {
		t.Logf("ics-check %s: %s", name, strings.TrimSpace(out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:]))
	}
	return out
}

// onlyUnavailable reports whether every WARN/FAIL line says a parser is
// missing (ics-check exits 0 on WARN, so a non-zero exit with only these
// lines is unexpected and fails).
func onlyUnavailable(bad []string) bool {
	for _, l := range bad {
		if !unavailable.MatchString(l) {
			return false
		}
	}
	return len(bad) > 0
}

// ICSCheckAvailable reports whether the shared validator is on this
// machine (tests about the validator itself skip without it).
func ICSCheckAvailable() bool {
	_, err := os.Stat(ICSCheckPath())
	return err == nil
}

// RunICSCheck runs ics-check -q on data written to dir/name and returns
// its output and its WARN and FAIL lines; err is its exit status (1 when a
// check FAILs), or an error wrapping os.ErrNotExist when the tool is
// missing.
func RunICSCheck(dir, name string, data []byte) (out string, bad []string, err error) {
	tool := ICSCheckPath()
	if _, err := os.Stat(tool); err != nil {
		return "", nil, fmt.Errorf("ics-check not found: %w", err)
	}
	f := filepath.Join(dir, name)
	if err := os.WriteFile(f, data, 0o644); err != nil {
		return "", nil, err
	}
	b, err := exec.Command(tool, "-q", f).CombinedOutput()
	return string(b), warnOrFail.FindAllString(string(b), -1), err
}

// Event is what ics2json.py prints for one VEVENT.
type Event struct {
	UID         string            `json:"uid"`
	Sequence    int               `json:"sequence"`
	Status      string            `json:"status"`
	Transp      string            `json:"transp"`
	DTStamp     string            `json:"dtstamp"`
	DTStart     string            `json:"dtstart"`
	DTEnd       string            `json:"dtend"`
	Summary     string            `json:"summary"`
	Description string            `json:"description"`
	Location    string            `json:"location"`
	URL         string            `json:"url"`
	Conference  string            `json:"conference"`
	ConfParams  map[string]string `json:"conference_params"`
	Organizer   *struct {
		Addr string `json:"addr"`
		CN   string `json:"cn"`
	} `json:"organizer"`
	Attendees []struct {
		Addr     string `json:"addr"`
		CN       string `json:"cn"`
		PartStat string `json:"partstat"`
		RSVP     string `json:"rsvp"`
		Role     string `json:"role"`
		CUType   string `json:"cutype"`
	} `json:"attendees"`
	Alarms []struct {
		Action         string `json:"action"`
		TriggerSeconds int    `json:"trigger_seconds"`
		Description    string `json:"description"`
	} `json:"alarms"`
}

// Calendar is what ics2json.py prints for one VCALENDAR.
type Calendar struct {
	Method  string   `json:"method"`
	ProdID  string   `json:"prodid"`
	Version string   `json:"version"`
	Events  []Event  `json:"events"`
	Errors  []string `json:"errors"`
}

// AttendeeAddrs returns the event's ATTENDEE addresses, lower-case,
// without "mailto:".
func (e Event) AttendeeAddrs() []string {
	var out []string
	for _, a := range e.Attendees {
		out = append(out, strings.ToLower(strings.TrimPrefix(strings.ToLower(a.Addr), "mailto:")))
	}
	return out
}

// DebianPython is the interpreter that has python3-icalendar (apt); a
// python3 earlier on PATH (pyenv, a venv) usually does not.
const DebianPython = "/usr/bin/python3"

// Python reads each object with python3-icalendar, in one process. Its
// absence is fatal: scripts/test.sh installs it. Parse errors the library
// records fail t.
func Python(t testing.TB, objs ...[]byte) []Calendar {
	t.Helper()
	if len(objs) == 0 {
		return nil
	}
	dir := t.TempDir()
	args := []string{filepath.Join(Root(), "calendar", "testdata", "ics2json.py")}
	for i, b := range objs {
		f := filepath.Join(dir, strconv.Itoa(i)+".ics")
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, f)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(DebianPython, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() == 3 || strings.Contains(stderr.String(), "No module named") {
			t.Fatalf("%s cannot import icalendar: install Debian's python3-icalendar (apt-get install -y python3-icalendar): %s", DebianPython, stderr.String())
		}
		t.Fatalf("ics2json.py (python3-icalendar): %v\nstderr: %s", err, stderr.String())
	}
	var cals []Calendar
	if err := json.Unmarshal(out, &cals); err != nil {
		t.Fatalf("decode ics2json.py output: %v\n%s", err, out)
	}
	if len(cals) != len(objs) {
		t.Fatalf("ics2json.py read %d objects, want %d", len(cals), len(objs))
	}
	for i, c := range cals {
		if len(c.Errors) > 0 {
			t.Errorf("python3-icalendar reports errors %v in:\n%s", c.Errors, objs[i])
		}
	}
	return cals
}

// IMIP is an iMIP email taken apart.
type IMIP struct {
	From       string   // address, lower-case
	Recipients []string // To and Cc addresses, lower-case, sorted
	Subject    string
	Text, HTML string
	Calendar   []byte // the text/calendar alternative, decoded
	Method     string // its method= parameter, upper-case
	Attachment []byte // the invite.ics attachment, decoded
	// Read from Calendar by Props, not by go-ical.
	ICSMethod string
	Organizer string   // address, lower-case
	Attendees []string // addresses, lower-case, sorted
}

// ParseIMIP checks that raw is an iMIP email as RFC 6047 and coffeechat's
// clients want it (see CheckIMIP), failing t on every deviation, and
// returns its parts.
func ParseIMIP(t testing.TB, raw []byte) IMIP {
	t.Helper()
	m, errs := CheckIMIP(raw)
	for _, err := range errs {
		t.Errorf("%v", err)
	}
	if len(errs) > 0 {
		t.FailNow()
	}
	return m
}

// CheckIMIP takes raw apart and returns every way it is not the iMIP email
// coffeechat means to send:
//
//	multipart/mixed
//	├── multipart/alternative: text/plain, text/html, text/calendar; method=M; charset=UTF-8 (last)
//	└── application/ics attachment "invite.ics", byte for byte the calendar part
//
// with M equal to the object's METHOD, From equal to its ORGANIZER, and the
// To and Cc addresses exactly its ATTENDEEs: every attendee gets the
// message, and nobody gets a calendar that does not name them.
func CheckIMIP(raw []byte) (IMIP, []error) {
	var m IMIP
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	ent, err := gomessage.Read(bytes.NewReader(raw))
	if err != nil {
		return m, []error{fmt.Errorf("email does not parse: %w", err)}
	}
	h := mail.Header(ent.Header.Map())
	from, err := h.AddressList("From")
	if err != nil || len(from) != 1 {
		return m, []error{fmt.Errorf("From %q: %v", ent.Header.Get("From"), err)}
	}
	m.From = strings.ToLower(from[0].Address)
	for _, f := range []string{"To", "Cc"} {
		if ent.Header.Get(f) == "" {
			continue
		}
		l, err := h.AddressList(f)
		if err != nil {
			return m, []error{fmt.Errorf("%s %q: %w", f, ent.Header.Get(f), err)}
		}
		for _, a := range l {
			m.Recipients = append(m.Recipients, strings.ToLower(a.Address))
		}
	}
	slices.Sort(m.Recipients)
	m.Subject, _ = ent.Header.Text("Subject")
	if ent.Header.Get("MIME-Version") != "1.0" {
		bad("MIME-Version = %q, want 1.0", ent.Header.Get("MIME-Version"))
	}

	mixed, err := children(ent, "multipart/mixed")
	if err != nil {
		return m, append(errs, err)
	}
	if len(mixed) != 2 {
		return m, append(errs, fmt.Errorf("multipart/mixed has %d parts, want 2 (the alternatives, invite.ics)", len(mixed)))
	}
	alts, err := children(mixed[0], "multipart/alternative")
	if err != nil {
		return m, append(errs, err)
	}
	var types []string
	for _, a := range alts {
		ct, _, _ := a.Header.ContentType()
		types = append(types, ct)
	}
	if want := []string{"text/plain", "text/html", "text/calendar"}; !slices.Equal(types, want) {
		return m, append(errs, fmt.Errorf("alternatives %v, want %v (text/calendar last: clients show the last one they understand)", types, want))
	}
	m.Text, m.HTML, m.Calendar = string(body(alts[0])), string(body(alts[1])), body(alts[2])
	for i, a := range alts {
		if _, p, _ := a.Header.ContentType(); strings.ToUpper(p["charset"]) != "UTF-8" {
			bad("%s charset=%q, want UTF-8", types[i], p["charset"])
		}
	}
	_, params, _ := alts[2].Header.ContentType()
	m.Method = strings.ToUpper(params["method"])

	att := mixed[1]
	ct, _, _ := att.Header.ContentType()
	disp, dp, _ := att.Header.ContentDisposition()
	if ct != "application/ics" || disp != "attachment" || dp["filename"] != "invite.ics" {
		bad("attachment is %s, %s filename=%q; want application/ics, attachment invite.ics", ct, disp, dp["filename"])
	}
	m.Attachment = body(att)
	if !bytes.Equal(m.Attachment, m.Calendar) {
		bad("invite.ics differs from the text/calendar part:\n%s\n---\n%s", m.Attachment, m.Calendar)
	}

	props := Props(m.Calendar)
	m.ICSMethod = first(props["METHOD"])
	if m.Method == "" || m.Method != m.ICSMethod {
		bad("Content-Type method=%q, METHOD:%q inside: they must be equal (RFC 6047 2.4)", m.Method, m.ICSMethod)
	}
	m.Organizer = mailto(first(props["ORGANIZER"]))
	for _, a := range props["ATTENDEE"] {
		m.Attendees = append(m.Attendees, mailto(a))
	}
	slices.Sort(m.Attendees)
	if m.From != m.Organizer {
		bad("From %s, ORGANIZER %s: coffeechat sends from the organizer's address, so they must be the same", m.From, m.Organizer)
	}
	if !slices.Equal(m.Recipients, m.Attendees) {
		bad("To/Cc %v, ATTENDEEs %v: every attendee gets the message and no one else (each attendee has a copy of their own)", m.Recipients, m.Attendees)
	}
	return m, errs
}

func children(e *gomessage.Entity, want string) ([]*gomessage.Entity, error) {
	ct, _, _ := e.Header.ContentType()
	if ct != want {
		return nil, fmt.Errorf("part is %s, want %s", ct, want)
	}
	mr := e.MultipartReader()
	if mr == nil {
		return nil, fmt.Errorf("%s is not multipart", ct)
	}
	var out []*gomessage.Entity
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", ct, err)
		}
		// Buffer the part: the reader moves on at the next NextPart.
		b, err := io.ReadAll(p.Body)
		if err != nil {
			return nil, fmt.Errorf("read part of %s: %w", ct, err)
		}
		p.Body = bytes.NewReader(b)
		out = append(out, p)
	}
}

// body reads a part buffered by children; it cannot fail.
func body(e *gomessage.Entity) []byte {
	b, _ := io.ReadAll(e.Body)
	return b
}

// Props reads an iCalendar object's content lines, unfolded, as NAME ->
// values (parameters dropped; "ATTENDEE;CN=x:mailto:a" gives
// ATTENDEE -> "mailto:a"). It is deliberately naive: a second reading that
// shares no code with go-ical.
func Props(ics []byte) map[string][]string {
	out := map[string][]string{}
	text := strings.ReplaceAll(string(ics), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\n ", "")
	text = strings.ReplaceAll(text, "\n\t", "")
	for _, l := range strings.Split(text, "\n") {
		nameParams, value, ok := cutValue(l)
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(nameParams, ";")
		out[strings.ToUpper(name)] = append(out[strings.ToUpper(name)], value)
	}
	return out
}

// cutValue splits a content line at the colon that ends its name and
// parameters: the first one outside a quoted parameter value.
func cutValue(l string) (string, string, bool) {
	quoted := false
	for i, r := range l {
		switch r {
		case '"':
			quoted = !quoted
		case ':':
			if !quoted {
				return l[:i], l[i+1:], true
			}
		}
	}
	return "", "", false
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

func mailto(v string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	return strings.TrimPrefix(v, "mailto:")
}
