package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"

	"github.com/coffeechat/coffeechat/calendar/caltest"
)

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

// goldenEvent is the Event behind testdata/request-golden.ics; the times are
// given in New York to show they are written in UTC (14:00 EST = 19:00Z).
func goldenEvent(t testing.TB) Event {
	ny := mustLoad(t, "America/New_York")
	return Event{
		UID:      "20261124-7f3c2a9e@coffeechat.example",
		Sequence: 0,
		Stamp:    time.Date(2026, 11, 17, 4, 0, 0, 0, ny),
		Start:    time.Date(2026, 11, 24, 14, 0, 0, 0, ny),
		End:      time.Date(2026, 11, 24, 14, 30, 0, 0, ny),
		Summary:  "Coffee chat: Alex Rivera / Dana Whitfield",
		Description: "Dana asked about moving into product management.\r\n" +
			"Notes: bring the roadmap, the 2027 plan; C:\\Users\\dana\\plan.txt\r\n" +
			"Join: https://meet.example.com/abc-defg-hij — or call +1 555 0100 ✓",
		Location:  "Café Nero, 12 Main St; Room 3",
		URL:       "https://meet.example.com/abc-defg-hij",
		Organizer: Person{Name: "Alex Rivera", Email: "chats@coffeechat.example"},
		Attendees: []Attendee{
			{Person: Person{Name: "Alex Rivera", Email: "owner@example.test"}, RSVP: true},
			{Person: Person{Name: "Whitfield, Dana", Email: "contact@example.org"}, PartStat: NeedsAction, RSVP: true},
		},
		Alarm: 10 * time.Minute,
	}
}

// goldenCancel is the Event behind testdata/cancel-golden.ics: the update
// after goldenEvent, with no URL, description or location, an alarm that a
// CANCEL must not carry, RSVP asked for but not written, and a quote in a
// name.
func goldenCancel(t testing.TB) Event {
	ev := goldenEvent(t)
	ev.Sequence = 1
	ev.Stamp = time.Date(2026, 11, 20, 8, 30, 0, 0, time.UTC)
	ev.URL, ev.Description, ev.Location = "", "", ""
	ev.Attendees = []Attendee{
		{Person: Person{Name: "Alex Rivera", Email: "owner@example.test"}, PartStat: "accepted", RSVP: true},
		{Person: Person{Name: `Dana "DW" Whitfield`, Email: "contact@example.org"}, RSVP: true},
	}
	return ev
}

func TestEncode_golden(t *testing.T) {
	tests := []struct {
		name   string
		build  func(Event) ([]byte, error)
		ev     Event
		golden string
	}{
		{"request", Request, goldenEvent(t), "testdata/request-golden.ics"},
		{"cancel", Cancel, goldenCancel(t), "testdata/cancel-golden.ics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.build(tt.ev)
			if err != nil {
				t.Fatalf("build: %v", err)
			}
			want, err := os.ReadFile(tt.golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s\n got:\n%s\nwant:\n%s", tt.golden, got, want)
			}
		})
	}
}

// interopEvents are every Event the interop test sends through Request and
// Cancel and a second implementation.
func interopEvents(t testing.TB) map[string]Event {
	berlin := mustLoad(t, "Europe/Berlin")
	long := goldenEvent(t)
	long.UID = "cc-long@coffeechat.example"
	long.Summary = strings.Repeat("Kaffee mit Jürgen — Übergabe ", 5)
	long.Description = strings.Repeat("Zeile mit Umlauten äöü, Kommas; und \\ Backslashes.\r\n", 12) + "日本語のテキスト🙂"
	long.Organizer.Name = "Ångström, Åsa 日本"
	long.Attendees = append(long.Attendees, Attendee{Person: Person{Name: "Tentative Tom", Email: "tom+chats@example.net"}, PartStat: Tentative})
	long.Alarm = 90 * time.Second

	minimal := Event{
		UID:       "m@x",
		Sequence:  7,
		Stamp:     time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC),
		Start:     time.Date(2026, 10, 26, 9, 0, 0, 0, berlin), // Monday after the EU change: CET, 08:00Z
		End:       time.Date(2026, 10, 26, 9, 15, 0, 0, berlin),
		Summary:   "Call",
		Organizer: Person{Email: "chats@coffeechat.example"},
		Attendees: []Attendee{{Person: Person{Email: "owner@example.test"}, PartStat: Accepted, RSVP: true}},
	}
	return map[string]Event{
		"golden":  goldenEvent(t),
		"cancel":  goldenCancel(t),
		"long":    long,
		"minimal": minimal,
	}
}

func TestEncode_interopPythonICalendar(t *testing.T) {
	for name, ev := range interopEvents(t) {
		for _, method := range []string{"REQUEST", "CANCEL"} {
			t.Run(name+"/"+method, func(t *testing.T) {
				build := Request
				if method == "CANCEL" {
					build = Cancel
				}
				b, err := build(ev)
				if err != nil {
					t.Fatalf("build: %v", err)
				}
				checkWithPython(t, method, ev, b)
			})
		}
	}
}

// checkWithPython reads b with Debian's python3-icalendar (caltest.Python;
// the test command installs it, so its absence is a failure, not a skip)
// and compares every field with what ev asked for.
func checkWithPython(t *testing.T, method string, ev Event, b []byte) {
	t.Helper()
	cal := caltest.Python(t, b)[0]
	if cal.Method != method || cal.ProdID != "-//coffeechat//coffeechat//EN" || cal.Version != "2.0" {
		t.Errorf("calendar = METHOD %q PRODID %q VERSION %q", cal.Method, cal.ProdID, cal.Version)
	}
	if len(cal.Events) != 1 {
		t.Fatalf("python found %d VEVENTs, want 1", len(cal.Events))
	}
	got := cal.Events[0]
	iso := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	wantStatus := map[string]string{"REQUEST": "CONFIRMED", "CANCEL": "CANCELLED"}[method]
	// What we put in, in python's terms: CRLF became LF in text. (Avoid a
	// backslash before "n" in test text: python-icalendar 4.0.3 unescapes
	// `\\n` as a newline, a bug of its own; go-ical reads it right.)
	wantDesc := strings.ReplaceAll(ev.Description, "\r\n", "\n")
	checks := []struct {
		field     string
		got, want any
	}{
		{"uid", got.UID, ev.UID},
		{"sequence", got.Sequence, ev.Sequence},
		{"status", got.Status, wantStatus},
		{"transp", got.Transp, "OPAQUE"},
		{"dtstamp", got.DTStamp, iso(ev.Stamp)},
		{"dtstart", got.DTStart, iso(ev.Start)},
		{"dtend", got.DTEnd, iso(ev.End)},
		{"summary", got.Summary, ev.Summary},
		{"description", got.Description, wantDesc},
		{"location", got.Location, ev.Location},
		{"url", got.URL, ev.URL},
		{"conference", got.Conference, ev.URL},
		{"organizer", got.Organizer.Addr, "mailto:" + ev.Organizer.Email},
		{"organizer cn", got.Organizer.CN, strings.ReplaceAll(ev.Organizer.Name, `"`, "'")},
		{"attendees", len(got.Attendees), len(ev.Attendees)},
	}
	for _, c := range checks {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("%s = %q, want %q", c.field, fmt.Sprint(c.got), fmt.Sprint(c.want))
		}
	}
	for i, a := range ev.Attendees {
		if i >= len(got.Attendees) {
			break
		}
		g := got.Attendees[i]
		wantPS := strings.ToUpper(a.PartStat)
		if wantPS == "" {
			wantPS = NeedsAction
		}
		wantRSVP := "FALSE"
		if a.RSVP && method == "REQUEST" {
			wantRSVP = "TRUE"
		}
		want := fmt.Sprint("mailto:"+a.Email, strings.ReplaceAll(a.Name, `"`, "'"), wantPS, wantRSVP, "REQ-PARTICIPANT", "INDIVIDUAL")
		if have := fmt.Sprint(g.Addr, g.CN, g.PartStat, g.RSVP, g.Role, g.CUType); have != want {
			t.Errorf("attendee %d = %s, want %s", i, have, want)
		}
	}
	wantAlarms := 0
	if ev.Alarm > 0 && method == "REQUEST" {
		wantAlarms = 1
	}
	if len(got.Alarms) != wantAlarms {
		t.Fatalf("%d VALARMs, want %d", len(got.Alarms), wantAlarms)
	}
	if wantAlarms == 1 {
		a := got.Alarms[0]
		if a.Action != "DISPLAY" || a.TriggerSeconds != -int(ev.Alarm/time.Second) || a.Description != ev.Summary {
			t.Errorf("alarm = %+v, want DISPLAY %d s %q", a, -int(ev.Alarm/time.Second), ev.Summary)
		}
	}
}

// TestEncode_goIcalRoundTrip decodes our output with go-ical (the library
// that reads REPLYs) and checks the text values survive escaping and
// folding.
func TestEncode_goIcalRoundTrip(t *testing.T) {
	ev := interopEvents(t)["long"]
	b, err := Request(ev)
	if err != nil {
		t.Fatal(err)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("go-ical decode: %v", err)
	}
	vev := cal.Events()[0]
	for _, c := range []struct{ prop, want string }{
		{ical.PropSummary, ev.Summary},
		{ical.PropDescription, strings.ReplaceAll(ev.Description, "\r\n", "\n")},
	} {
		p := vev.Props.Get(c.prop)
		l, err := p.TextList()
		if err != nil {
			t.Fatalf("%s: %v", c.prop, err)
		}
		if got := strings.Join(l, ","); got != c.want {
			t.Errorf("%s = %q, want %q", c.prop, got, c.want)
		}
	}
	if got := vev.Props.Get(ical.PropOrganizer).Params.Get(ical.ParamCommonName); got != ev.Organizer.Name {
		t.Errorf("ORGANIZER CN = %q, want %q", got, ev.Organizer.Name)
	}
	if p := vev.Children[0].Props.Get(ical.PropTrigger); p == nil || p.Value != "-PT90S" {
		t.Errorf("TRIGGER = %v, want -PT90S", p)
	}
}

func TestEncode_linesFoldedAndCRLF(t *testing.T) {
	for name, ev := range interopEvents(t) {
		b, err := Request(ev)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.HasSuffix(b, []byte("END:VCALENDAR\r\n")) {
			t.Errorf("%s: does not end with END:VCALENDAR CRLF", name)
		}
		for i, line := range bytes.Split(bytes.TrimSuffix(b, []byte("\r\n")), []byte("\r\n")) {
			if len(line) > 75 {
				t.Errorf("%s: line %d is %d octets: %q", name, i+1, len(line), line)
			}
			if bytes.ContainsAny(line, "\r\n") {
				t.Errorf("%s: line %d has a bare CR or LF: %q", name, i+1, line)
			}
			if !utf8.Valid(line) {
				t.Errorf("%s: line %d splits a UTF-8 sequence: %q", name, i+1, line)
			}
		}
	}
}

func TestFold(t *testing.T) {
	a74 := strings.Repeat("a", 74)
	tests := []struct {
		name, in, want string
	}{
		{"short", "A:b\r\n", "A:b\r\n"},
		{"exactly 75", a74 + "b\r\n", a74 + "b\r\n"},
		{"76 ascii", a74 + "bc\r\n", a74 + "b\r\n c\r\n"},
		// "é" is 2 octets at offsets 74-75: it must move whole.
		{"utf8 straddles the limit", a74 + "éz\r\n", a74 + "\r\n éz\r\n"},
		// continuation lines hold 74 octets after the space.
		{"three lines", strings.Repeat("x", 75+74+3) + "\r\n",
			strings.Repeat("x", 75) + "\r\n " + strings.Repeat("x", 74) + "\r\n xxx\r\n"},
		// "✓" is 3 octets; 74 x then ✓ at 74..76.
		{"3-octet rune at the limit", a74 + "✓\r\n", a74 + "\r\n ✓\r\n"},
		{"two lines", "A:1\r\nB:2\r\n", "A:1\r\nB:2\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(fold([]byte(tt.in))); got != tt.want {
				t.Errorf("fold(%q) =\n%q, want\n%q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEncode_invalid(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(*Event)
		wantErr string
	}{
		{"no uid", func(e *Event) { e.UID = "" }, "uid is empty"},
		{"uid with space", func(e *Event) { e.UID = "a b@x" }, "uid"},
		{"uid with comma", func(e *Event) { e.UID = "a,b@x" }, "uid"},
		{"no stamp", func(e *Event) { e.Stamp = time.Time{} }, "stamp"},
		{"end before start", func(e *Event) { e.End = e.Start.Add(-time.Minute) }, "is not after start"},
		{"end equals start", func(e *Event) { e.End = e.Start }, "is not after start"},
		{"same second", func(e *Event) { e.End = e.Start.Add(500 * time.Millisecond) }, "is not after start"},
		{"no start", func(e *Event) { e.Start = time.Time{} }, "must both be set"},
		{"negative sequence", func(e *Event) { e.Sequence = -1 }, "sequence -1"},
		{"no organizer email", func(e *Event) { e.Organizer.Email = "" }, "organizer email: empty"},
		{"organizer not an address", func(e *Event) { e.Organizer.Email = "alex" }, "organizer email"},
		{"no attendees", func(e *Event) { e.Attendees = nil }, "no attendees"},
		{"attendee without email", func(e *Event) { e.Attendees[1].Email = "" }, "attendee 2 email: empty"},
		{"attendee email with space", func(e *Event) { e.Attendees[0].Email = "a b@example.org" }, "attendee 1 email"},
		{"CR in attendee name", func(e *Event) { e.Attendees[0].Name = "Eve\r\nATTENDEE:mailto:x@y" }, "line break"},
		{"LF in organizer name", func(e *Event) { e.Organizer.Name = "A\nB" }, "organizer name"},
		{"unknown partstat", func(e *Event) { e.Attendees[0].PartStat = "MAYBE" }, `unknown PARTSTAT "MAYBE"`},
		{"relative url", func(e *Event) { e.URL = "meet/abc" }, "not an absolute URI"},
		{"url with newline", func(e *Event) { e.URL = "https://x/\nEVIL:1" }, "not an absolute URI"},
		{"negative alarm", func(e *Event) { e.Alarm = -time.Minute }, "alarm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := goldenEvent(t)
			tt.edit(&ev)
			for _, build := range []func(Event) ([]byte, error){Request, Cancel} {
				b, err := build(ev)
				if err == nil {
					t.Fatalf("got no error, want %q; output:\n%s", tt.wantErr, b)
				}
				if !errors.Is(err, ErrInvalidEvent) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error = %v, want ErrInvalidEvent containing %q", err, tt.wantErr)
				}
			}
		})
	}
}

// TestEncode_icsCheck runs the shared validator (three more parsers and
// the RFC 5545/5546 checklists) over every object the interop test builds:
// no WARN, no FAIL.
func TestEncode_icsCheck(t *testing.T) {
	for name, ev := range interopEvents(t) {
		for method, build := range map[string]func(Event) ([]byte, error){"request": Request, "cancel": Cancel} {
			b, err := build(ev)
			if err != nil {
				t.Fatal(err)
			}
			caltest.ICSCheck(t, name+"-"+method+".ics", b)
		}
	}
}
