package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

func TestExport_csvParsesBack(t *testing.T) {
	f := seed(t)
	code, out, errs := runCmd(t, "export", "--format", "csv", "--config", f.config)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, out)
	}
	if len(rows) != 5 { // header + 4 meetings, cancelled included
		t.Fatalf("rows = %d, want 5:\n%s", len(rows), out)
	}
	if strings.Join(rows[0], ",") != "id,uid,contact_name,contact_email,status,start,end,minutes,location_kind,location,thank_you,notes" {
		t.Errorf("header = %v", rows[0])
	}
	first := rows[1]
	if first[1] != "m1@example.test" || first[5] != "2026-03-07T10:00:00-05:00" || first[7] != "20" ||
		first[11] != "Learned: platform teams, \"on-call\", and hiring.\nFollow up in May." {
		t.Errorf("first meeting row = %q", first)
	}

	code, out, _ = runCmd(t, "export", "--format", "csv", "--only", "contacts", "--config", f.config)
	if code != 0 {
		t.Fatal(code)
	}
	rows, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 4 {
		t.Fatalf("contacts csv: %v, %d rows:\n%s", err, len(rows), out)
	}
	for _, r := range rows[1:] {
		if r[1] == "dana@example.net" && !strings.HasPrefix(r[2], "'=") {
			t.Errorf("formula in a name not defused: %q", r[2])
		}
		if r[1] == "sam@example.com" && r[5] != "casey@example.org" {
			t.Errorf("sam referred_by = %q", r[5])
		}
	}
}

func TestExport_jsonParsesBack(t *testing.T) {
	f := seed(t)
	out := filepath.Join(t.TempDir(), "export.json")
	code, _, errs := runCmd(t, "export", "--format", "json", "--output", out, "--config", f.config)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("export file mode = %o, want 600", fi.Mode().Perm())
	}
	b, _ := os.ReadFile(out)
	var got struct {
		Contacts []contactJSON `json:"contacts"`
		Meetings []meetingJSON `json:"meetings"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("json: %v\n%s", err, b)
	}
	if len(got.Contacts) != 3 || len(got.Meetings) != 4 {
		t.Errorf("contacts %d meetings %d, want 3 and 4", len(got.Contacts), len(got.Meetings))
	}
	if got.Meetings[1].Start != "2026-03-09T11:00:00-04:00" {
		t.Errorf("second meeting start = %q, want EDT 11:00", got.Meetings[1].Start)
	}
}

func TestExport_usageErrors(t *testing.T) {
	f := seed(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "--format is required"},
		{[]string{"export", "--format", "xml"}, "not csv, ics or json"},
		{[]string{"export", "--format", "ics", "--only", "contacts"}, "holds only meetings"},
		{[]string{"export", "--format", "csv", "--only", "people"}, "not contacts or meetings"},
	} {
		code, _, errs := runCmd(t, append(tc.args, "--config", f.config)...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errs, tc.want)
		}
	}
}

// icsExport runs `export --format ics` on the seeded database.
func icsExport(t *testing.T) (*fixture, []byte) {
	t.Helper()
	f := seed(t)
	code, out, errs := runCmd(t, "export", "--format", "ics", "--config", f.config)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	return f, []byte(out)
}

func TestExport_icsGoIcal(t *testing.T) {
	f, raw := icsExport(t)
	for i, line := range strings.SplitAfter(string(raw), "\r\n") {
		if line == "" {
			continue
		}
		if !strings.HasSuffix(line, "\r\n") {
			t.Errorf("line %d does not end in CRLF: %q", i+1, line)
		}
		if n := len(strings.TrimSuffix(line, "\r\n")); n > 75 {
			t.Errorf("line %d is %d octets, over 75: %q", i+1, n, line)
		}
	}
	if !bytes.Contains(raw, []byte("\r\n ")) {
		t.Errorf("no folded line, yet the long location needs one:\n%s", raw)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(raw)).Decode()
	if err != nil {
		t.Fatalf("go-ical: %v\n%s", err, raw)
	}
	if m := cal.Props.Get(ical.PropMethod); m == nil || m.Value != "PUBLISH" {
		t.Errorf("METHOD = %v, want PUBLISH", m)
	}
	events := cal.Events()
	if len(events) != 3 {
		t.Fatalf("events = %d, want 3 (the cancelled call left out)", len(events))
	}
	want := []struct {
		uid, start, status string
		end                time.Time
	}{
		{"m1@example.test", "20260307T150000Z", "CONFIRMED", utc(t, "2026-03-07T15:20:00Z")},
		{"m2@example.test", "20260309T150000Z", "CONFIRMED", utc(t, "2026-03-09T15:20:00Z")},
		{"m3@example.test", f.upcomingStart.Format("20060102T150405Z"), "CONFIRMED", f.upcomingStart.Add(30 * time.Minute)},
	}
	for i, w := range want {
		ev := events[i]
		if uid, _ := ev.Props.Text(ical.PropUID); uid != w.uid {
			t.Errorf("event %d UID = %q, want %q", i, uid, w.uid)
		}
		if p := ev.Props.Get(ical.PropDateTimeStart); p == nil || p.Value != w.start {
			t.Errorf("event %d DTSTART = %v, want %s (UTC)", i, p, w.start)
		}
		if end, err := ev.Props.DateTime(ical.PropDateTimeEnd, nil); err != nil || !end.Equal(w.end) {
			t.Errorf("event %d DTEND = %v (%v), want %v", i, end, err, w.end)
		}
		if s, _ := ev.Props.Text(ical.PropStatus); s != w.status {
			t.Errorf("event %d STATUS = %q", i, s)
		}
	}
	if loc, _ := events[2].Props.Text(ical.PropLocation); !strings.HasPrefix(loc, "Café Ünïcode, 123 Long Street") || !strings.HasSuffix(loc, "Seventy-Five Octets") {
		t.Errorf("LOCATION after unfolding = %q", loc)
	}
	if d, _ := events[0].Props.Text(ical.PropDescription); !strings.Contains(d, "\"on-call\", and hiring.\nFollow up in May.") {
		t.Errorf("DESCRIPTION = %q", d)
	}
}

// pythonICS parses the export with python3-icalendar, a second
// implementation, and prints what it read as JSON.
const pythonICS = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
out = {"method": str(cal.get("method")), "events": []}
for ev in cal.walk("VEVENT"):
    out["events"].append({
        "uid": str(ev.get("uid")),
        "start": ev.decoded("dtstart").isoformat(),
        "end": ev.decoded("dtend").isoformat(),
        "summary": str(ev.get("summary")),
        "location": str(ev.get("location", "")),
        "sequence": int(ev.decoded("sequence")),
    })
print(json.dumps(out))
`

func TestExport_icsPythonIcalendar(t *testing.T) {
	const py = "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import icalendar").Run(); err != nil {
		t.Skipf("%s with python3-icalendar is needed (apt-get install python3-icalendar; scripts/test.sh installs it): %v", py, err)
	}
	f, raw := icsExport(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, "-c", pythonICS)
	cmd.Stdin = bytes.NewReader(raw)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python icalendar: %v\n%s\n%s", err, stderr.Bytes(), raw)
	}
	var got struct {
		Method string
		Events []struct {
			UID, Start, End, Summary, Location string
			Sequence                           int
		}
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Method != "PUBLISH" || len(got.Events) != 3 {
		t.Fatalf("python read method %q and %d events, want PUBLISH and 3", got.Method, len(got.Events))
	}
	e := got.Events[0]
	if e.UID != "m1@example.test" || e.Start != "2026-03-07T15:00:00+00:00" || e.End != "2026-03-07T15:20:00+00:00" ||
		e.Summary != "Coffee chat: Casey Contact" {
		t.Errorf("first event = %+v", e)
	}
	if l := got.Events[2].Location; l != "Café Ünïcode, 123 Long Street, Somewhere With A Very Long Name That Must Fold Over Seventy-Five Octets" {
		t.Errorf("python read LOCATION %q", l)
	}
	if s := got.Events[2].Start; s != f.upcomingStart.Format("2006-01-02T15:04:05")+"+00:00" {
		t.Errorf("python read DTSTART %q, want %s UTC", s, f.upcomingStart)
	}
}
