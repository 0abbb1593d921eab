package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
)

// utc parses an RFC 3339 instant for fixtures.
func utc(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// fixture is a config file and a database seeded with known rows.
type fixture struct {
	config string
	db     string
	// Meeting ids by name.
	heldEST, heldEDT, upcoming, cancelled int64
	upcomingStart                         time.Time
}

// seed writes a config (owner zone America/New_York) and a database with
// three contacts and four meetings: two past ones on either side of the
// 2026 US DST change (March 8), one upcoming, one cancelled.
func seed(t *testing.T) *fixture {
	t.Helper()
	cfgPath := writeConfig(t, validConfig)
	f := &fixture{config: cfgPath, db: filepath.Join(filepath.Dir(cfgPath), "cc.db")}
	ctx := context.Background()
	st, err := store.Open(ctx, f.db, func() time.Time { return utc(t, "2026-03-01T12:00:00Z") })
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Whole minutes, two days ahead: upcoming whatever the test's clock.
	f.upcomingStart = time.Now().Add(48 * time.Hour).Truncate(time.Minute).UTC()
	err = st.InTx(ctx, func(tx *store.Tx) error {
		casey := &store.Contact{Email: "casey@example.org", Name: "Casey Contact", Organization: "Example Org",
			Status: store.Scheduled, OutreachAt: utc(t, "2026-03-01T14:00:00Z"), RepliedAt: utc(t, "2026-03-02T16:30:00Z"),
			Subject: "Coffee chat?"}
		if err := tx.SaveContact(ctx, casey); err != nil {
			return err
		}
		sam := &store.Contact{Email: "sam@example.com", Name: "Sam Ortiz", Status: store.ToContact, ReferredBy: casey.ID}
		if err := tx.SaveContact(ctx, sam); err != nil {
			return err
		}
		dana := &store.Contact{Email: "dana@example.net", Name: `=HYPERLINK("http://evil.example")`, Status: store.AwaitingReply,
			OutreachAt: utc(t, "2026-03-03T09:00:00Z")}
		if err := tx.SaveContact(ctx, dana); err != nil {
			return err
		}
		for _, m := range []struct {
			id        *int64
			uid       string
			status    string
			start     time.Time
			minutes   int
			kind, loc string
			notes     string
			thankYou  string
			contactID int64
		}{
			{&f.heldEST, "m1@example.test", store.Held, utc(t, "2026-03-07T15:00:00Z"), 20, "video", "https://meet.example/abc",
				"Learned: platform teams, \"on-call\", and hiring.\nFollow up in May.", store.ThankYouSent, casey.ID},
			{&f.heldEDT, "m2@example.test", store.Confirmed, utc(t, "2026-03-09T15:00:00Z"), 20, "phone", "", "", store.ThankYouPending, casey.ID},
			{&f.upcoming, "m3@example.test", store.Confirmed, f.upcomingStart, 30, "in_person",
				"Café Ünïcode, 123 Long Street, Somewhere With A Very Long Name That Must Fold Over Seventy-Five Octets",
				"", store.ThankYouPending, casey.ID},
			{&f.cancelled, "m4@example.test", store.Cancelled, f.upcomingStart.Add(24 * time.Hour), 15, "", "", "", store.ThankYouPending, dana.ID},
		} {
			mt := &store.Meeting{ContactID: m.contactID, UID: m.uid, Status: m.status, Start: m.start,
				End: m.start.Add(time.Duration(m.minutes) * time.Minute), LocationKind: m.kind, Location: m.loc,
				Notes: m.notes, ThankYou: m.thankYou}
			if err := tx.SaveMeeting(ctx, mt); err != nil {
				return err
			}
			*m.id = mt.ID
		}
		if err := tx.LogMeeting(ctx, f.heldEST, "created", "forwarded after the call"); err != nil {
			return err
		}
		if _, err := tx.AddJob(ctx, store.JobPrepBrief, f.upcoming, f.upcomingStart.Add(-24*time.Hour)); err != nil {
			return err
		}
		// A job and a mail overdue since March 1: the daemon is not running.
		if _, err := tx.AddJob(ctx, store.JobWeeklySummary, 0, utc(t, "2026-03-02T13:00:00Z")); err != nil {
			return err
		}
		if err := tx.Enqueue(ctx, &store.Mail{Kind: "invite", MessageID: "x1@example.test", From: "chats@example.test",
			Rcpts: []string{"alex@example.test"}, Subject: "Invite", Raw: []byte("Subject: Invite\r\n\r\nhi\r\n")}); err != nil {
			return err
		}
		return tx.MarkSeen(ctx, store.Seen{MessageID: "seen1@example.test", Kind: "thread", UIDValidity: 7, UID: 3})
	})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return f
}

// runCmd runs a subcommand through run and returns its exit code and
// output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestFmtWhen_ownerZoneAcrossDST(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	london, _ := time.LoadLocation("Europe/London")
	for _, tc := range []struct {
		name       string
		start, end string
		loc        *time.Location
		want       string
	}{
		{"EST before the change", "2026-03-07T15:00:00Z", "2026-03-07T15:20:00Z", ny, "Sat 2026-03-07 10:00-10:20 EST"},
		{"EDT after the change", "2026-03-09T15:00:00Z", "2026-03-09T15:20:00Z", ny, "Mon 2026-03-09 11:00-11:20 EDT"},
		{"London still GMT while New York is on EDT", "2026-03-09T15:00:00Z", "2026-03-09T15:30:00Z", london, "Mon 2026-03-09 15:00-15:30 GMT"},
		{"London BST", "2026-03-30T15:00:00Z", "2026-03-30T15:30:00Z", london, "Mon 2026-03-30 16:00-16:30 BST"},
		{"across fall-back keeps both zones", "2026-11-01T05:50:00Z", "2026-11-01T06:10:00Z", ny, "Sun 2026-11-01 01:50 EDT-01:10 EST"},
		{"across midnight", "2026-06-01T03:50:00Z", "2026-06-01T04:20:00Z", ny, "Sun 2026-05-31 23:50 EDT - Mon 2026-06-01 00:20 EDT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmtSpan(utc(t, tc.start), utc(t, tc.end), tc.loc); got != tc.want {
				t.Errorf("fmtSpan(%s, %s, %s) = %q, want %q", tc.start, tc.end, tc.loc, got, tc.want)
			}
		})
	}
	if got := fmtWhen(time.Time{}, ny); got != "-" {
		t.Errorf("fmtWhen(zero) = %q, want -", got)
	}
	if got := jsonTime(utc(t, "2026-03-09T15:00:00Z"), ny); got != "2026-03-09T11:00:00-04:00" {
		t.Errorf("jsonTime = %q, want 2026-03-09T11:00:00-04:00", got)
	}
}

func TestMeetings_jsonInOwnerZone(t *testing.T) {
	f := seed(t)
	for _, tc := range []struct {
		name string
		args []string
		want []int64
	}{
		{"all but cancelled", nil, []int64{f.heldEST, f.heldEDT, f.upcoming}},
		{"with cancelled", []string{"--cancelled"}, []int64{f.heldEST, f.heldEDT, f.upcoming, f.cancelled}},
		{"upcoming", []string{"--upcoming"}, []int64{f.upcoming}},
		{"past", []string{"--past"}, []int64{f.heldEST, f.heldEDT}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, append([]string{"meetings", "--json", "--config", f.config}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %s", code, errs)
			}
			var got []meetingJSON
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("output is not a JSON array: %v\n%s", err, out)
			}
			var ids []int64
			for _, m := range got {
				ids = append(ids, m.ID)
			}
			if !equalIDs(ids, tc.want) {
				t.Errorf("ids = %v, want %v", ids, tc.want)
			}
		})
	}

	code, out, _ := runCmd(t, "meetings", "--json", "--past", "--config", f.config)
	if code != 0 {
		t.Fatal(code)
	}
	var got []meetingJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("past meetings = %d, want 2", len(got))
	}
	want := []struct{ start, end, contact, status, notes string }{
		{"2026-03-07T10:00:00-05:00", "2026-03-07T10:20:00-05:00", "casey@example.org", "held", "Learned: platform teams"},
		{"2026-03-09T11:00:00-04:00", "2026-03-09T11:20:00-04:00", "casey@example.org", "confirmed", ""},
	}
	for i, w := range want {
		g := got[i]
		if g.Start != w.start || g.End != w.end || g.ContactEmail != w.contact || g.Status != w.status || g.Minutes != 20 {
			t.Errorf("meeting %d = %+v, want start %s end %s contact %s status %s, 20 minutes", i, g, w.start, w.end, w.contact, w.status)
		}
		if !strings.HasPrefix(g.Notes, w.notes) {
			t.Errorf("meeting %d notes = %q, want prefix %q", i, g.Notes, w.notes)
		}
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMeetings_tableShowsZoneAbbreviations(t *testing.T) {
	f := seed(t)
	code, out, errs := runCmd(t, "meetings", "--past", "--config", f.config)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Sat 2026-03-07 10:00-10:20 EST", "Mon 2026-03-09 11:00-11:20 EDT",
		"Casey Contact <casey@example.org>", "video: https://meet.example/abc", "WHEN"} {
		if !strings.Contains(out, want) {
			t.Errorf("meetings table lacks %q:\n%s", want, out)
		}
	}
	if code, _, errs := runCmd(t, "meetings", "--past", "--upcoming", "--config", f.config); code != 2 || !strings.Contains(errs, "leave both out") {
		t.Errorf("--past --upcoming: exit %d, stderr %q; want 2 and a hint", code, errs)
	}
}

func TestContacts_jsonAndStatusFilter(t *testing.T) {
	f := seed(t)
	code, out, errs := runCmd(t, "contacts", "--json", "--config", f.config)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []contactJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	byEmail := map[string]contactJSON{}
	for _, c := range got {
		byEmail[c.Email] = c
	}
	if len(got) != 3 {
		t.Fatalf("contacts = %d, want 3: %s", len(got), out)
	}
	if c := byEmail["casey@example.org"]; c.OutreachAt != "2026-03-01T09:00:00-05:00" || c.RepliedAt != "2026-03-02T11:30:00-05:00" || c.Organization != "Example Org" {
		t.Errorf("casey = %+v", c)
	}
	if c := byEmail["sam@example.com"]; c.ReferredBy != "casey@example.org" || c.Status != "to_contact" || c.OutreachAt != "" {
		t.Errorf("sam = %+v, want referred by casey, to_contact, no outreach", c)
	}

	code, out, _ = runCmd(t, "contacts", "--json", "--status", "awaiting_reply,to_contact", "--config", f.config)
	if code != 0 {
		t.Fatal(code)
	}
	got = nil
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Errorf("--status awaiting_reply,to_contact: %d contacts, want 2", len(got))
	}
	if code, _, errs := runCmd(t, "contacts", "--status", "waiting", "--config", f.config); code != 2 || !strings.Contains(errs, "awaiting_reply") {
		t.Errorf("bad --status: exit %d, stderr %q; want 2 listing the statuses", code, errs)
	}
}

// --due keeps the contacts the weekly summary tells the owner to follow up
// now: a follow-up date that has come, not every deferred contact.
func TestContacts_due(t *testing.T) {
	f := seed(t)
	ctx := context.Background()
	st, err := store.Open(ctx, f.db, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	err = st.InTx(ctx, func(tx *store.Tx) error {
		for _, c := range []*store.Contact{
			{Email: "due@example.org", Name: "Due Now", Status: store.Deferred, DueAt: time.Now().Add(-24 * time.Hour)},
			{Email: "later@example.org", Name: "Not Yet", Status: store.Deferred, DueAt: time.Now().Add(30 * 24 * time.Hour)},
		} {
			if err := tx.SaveContact(ctx, c); err != nil {
				return err
			}
		}
		return nil
	})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "contacts", "--status", "deferred", "--config", f.config)
	if code != 0 || !strings.Contains(out, "due@example.org") || !strings.Contains(out, "later@example.org") {
		t.Fatalf("--status deferred: exit %d, %q %q; want both deferred contacts", code, out, errs)
	}
	code, out, errs = runCmd(t, "contacts", "--status", "deferred", "--due", "--config", f.config)
	if code != 0 || !strings.Contains(out, "due@example.org") || strings.Contains(out, "later@example.org") {
		t.Errorf("--status deferred --due: exit %d, %q %q; want only the one due", code, out, errs)
	}
	code, out, _ = runCmd(t, "contacts", "--status", "declined", "--due", "--config", f.config)
	if code != 0 || !strings.Contains(out, "No contacts match") {
		t.Errorf("--status declined --due: exit %d, %q; want \"No contacts match\"", code, out)
	}
}

func TestStatus_countsAndLag(t *testing.T) {
	f := seed(t)
	code, out, errs := runCmd(t, "status", "--json", "--config", f.config)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s statusJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if s.SchemaVersion != store.LatestSchemaVersion() || s.Zone != "America/New_York" {
		t.Errorf("schema %d zone %q", s.SchemaVersion, s.Zone)
	}
	if s.Contacts["scheduled"] != 1 || s.Contacts["to_contact"] != 1 || s.Contacts["awaiting_reply"] != 1 {
		t.Errorf("contacts = %v", s.Contacts)
	}
	if s.Meetings["held"] != 1 || s.Meetings["confirmed"] != 2 || s.Meetings["cancelled"] != 1 {
		t.Errorf("meetings = %v", s.Meetings)
	}
	if len(s.Upcoming) != 1 || s.Upcoming[0].UID != "m3@example.test" {
		t.Errorf("upcoming = %+v, want m3 only", s.Upcoming)
	}
	if s.Outbox.Pending != 1 || s.Outbox.OldestDue != "2026-03-01T07:00:00-05:00" {
		t.Errorf("outbox = %+v, want 1 pending due since 2026-03-01T07:00:00-05:00", s.Outbox)
	}
	if s.Jobs.Pending != 2 || s.Jobs.OldestDue != "2026-03-02T08:00:00-05:00" {
		t.Errorf("jobs = %+v, want 2 pending, oldest due 2026-03-02T08:00:00-05:00", s.Jobs)
	}
	if s.Messages["thread"] != 1 || s.Checkpoints == nil {
		t.Errorf("messages = %v", s.Messages)
	}

	code, out, _ = runCmd(t, "status", "--config", f.config)
	if code != 0 {
		t.Fatal(code)
	}
	for _, want := range []string{"1 scheduled", "1 held", "1 waiting", "is `coffeechat run` running?", "Coming up:"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
}

func TestShow_contactAndMeeting(t *testing.T) {
	f := seed(t)
	code, out, errs := runCmd(t, "show", "--json", "--config", f.config, "casey@example.org")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s showJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if s.Contact == nil || s.Contact.Email != "casey@example.org" || len(s.Meetings) != 3 || len(s.Referrals) != 1 || s.Referrals[0].Email != "sam@example.com" {
		t.Errorf("show casey = %+v", s)
	}

	code, out, errs = runCmd(t, "show", "--config", f.config, "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Casey Contact <casey@example.org>", "Sat 2026-03-07 10:00 EST (20 minutes)", "created: forwarded after the call", "Follow up in May."} {
		if !strings.Contains(out, want) {
			t.Errorf("show 1 lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCmd(t, "show", "--json", "--config", f.config, "m3@example.test")
	s = showJSON{}
	if code != 0 || json.Unmarshal([]byte(out), &s) != nil || s.Meeting == nil || s.Meeting.ID != f.upcoming ||
		len(s.Scheduled) != 1 || s.Scheduled[0].Kind != store.JobPrepBrief {
		t.Errorf("show by UID: exit %d, %+v", code, s)
	}

	// "example" matches several contacts: the error lists them.
	if code, _, errs := runCmd(t, "show", "--config", f.config, "example"); code != 1 || !strings.Contains(errs, "give the whole address") {
		t.Errorf("ambiguous: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := runCmd(t, "show", "--config", f.config, "nobody"); code != 1 || !strings.Contains(errs, "coffeechat contacts") {
		t.Errorf("no match: exit %d, stderr %q", code, errs)
	}
}

func TestReports_missingDatabaseSaysWhatToDo(t *testing.T) {
	cfg := writeConfig(t, validConfig)
	for _, cmd := range []string{"status", "contacts", "meetings"} {
		code, _, errs := runCmd(t, cmd, "--config", cfg)
		if code != 1 || !strings.Contains(errs, "created by the first `coffeechat run`") {
			t.Errorf("%s without a database: exit %d, stderr %q", cmd, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfg), "cc.db")); err == nil {
		t.Errorf("a reading command created the database")
	}
	code, _, errs := runCmd(t, "status", "--config", filepath.Join(t.TempDir(), "none.toml"))
	if code != 1 || !strings.Contains(errs, "coffeechat init") {
		t.Errorf("missing config: exit %d, stderr %q", code, errs)
	}
}

// oneLine's fast path (plain ASCII, short enough) must give what the
// general path gives.
func TestOneLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"Dana Whitfield <dana@northwind.example>", 50, "Dana Whitfield <dana@northwind.example>"},
		{"", 10, ""},
		{"  padded  ", 10, "padded"},
		{"two  spaces", 20, "two spaces"},
		{"trailing ", 20, "trailing"},
		{"line\nbreak", 20, "line break"},
		{"tab\there", 20, "tab here"},
		{"no\u00a0break space", 20, "no break space"},
		{"José Núñez", 20, "José Núñez"},
		{"0123456789", 10, "0123456789"},
		{"01234567890", 10, "012345678…"},
		{"ünïcödé ünïcödé", 10, "ünïcödé ü…"},
	} {
		if got := oneLine(tc.in, tc.n); got != tc.want {
			t.Errorf("oneLine(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

// The contacts table shows each contact's times in the owner's zone.
func TestContacts_tableInOwnerZone(t *testing.T) {
	f := seed(t)
	code, out, errs := runCmd(t, "contacts", "--config", f.config)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"NAME", "REFERRED BY",
		"Casey Contact", "casey@example.org", "scheduled", "Sun 2026-03-01 09:00 EST", "Mon 2026-03-02 11:30 EST",
		"Sam Ortiz", "to_contact"} {
		if !strings.Contains(out, want) {
			t.Errorf("contacts table lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "Sam Ortiz") && !strings.HasSuffix(strings.TrimSpace(line), "casey@example.org") {
			t.Errorf("Sam's row does not name the referrer last: %q", line)
		}
	}
}

// seedHistory writes a config and a database with past calls p0..p(past-1)
// an hour apart ending before now, upcoming calls u0..u(upcoming-1) after
// it, and one cancelled call x0 that ended after the last past one.
func seedHistory(t *testing.T, past, upcoming int) string {
	t.Helper()
	cfgPath := writeConfig(t, validConfig)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(filepath.Dir(cfgPath), "cc.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now().Truncate(time.Minute)
	err = st.InTx(ctx, func(tx *store.Tx) error {
		add := func(name, status string, start time.Time) error {
			c := &store.Contact{Email: name + "@example.org", Name: name, Status: store.Scheduled}
			if err := tx.SaveContact(ctx, c); err != nil {
				return err
			}
			return tx.SaveMeeting(ctx, &store.Meeting{ContactID: c.ID, UID: name + "@example.test", Status: status,
				Start: start, End: start.Add(20 * time.Minute)})
		}
		for i := range past {
			if err := add(fmt.Sprintf("p%d", i), store.Held, now.Add(time.Duration(i-past-1)*time.Hour)); err != nil {
				return err
			}
		}
		for i := range upcoming {
			if err := add(fmt.Sprintf("u%d", i), store.Confirmed, now.Add(time.Duration(i+1)*time.Hour)); err != nil {
				return err
			}
		}
		return add("x0", store.Cancelled, now.Add(-90*time.Minute-30*time.Second))
	})
	if err != nil {
		t.Fatal(err)
	}
	return cfgPath
}

// By default `coffeechat meetings` shows the calls coming up and the last
// ten that ended, earliest first, and says how many earlier ones it left
// out; --past, --all and --json list them all.
func TestMeetings_recentByDefault(t *testing.T) {
	names := func(prefix string, from, to int) []string {
		var out []string
		for i := from; i < to; i++ {
			out = append(out, fmt.Sprintf("%s%d", prefix, i))
		}
		return out
	}
	for _, tc := range []struct {
		name           string
		past, upcoming int
		args           []string
		want           []string // contacts, in the table's order
		earlier        string   // the note's start; "" for none
	}{
		{"nothing ended yet", 0, 2, nil, names("u", 0, 2), ""},
		{"one ended, none coming", 1, 0, nil, names("p", 0, 1), ""},
		{"exactly ten ended", 10, 1, nil, append(names("p", 0, 10), "u0"), ""},
		{"eleven ended: one left out", 11, 1, nil, append(names("p", 1, 11), "u0"), "1 earlier call not shown"},
		{"thirteen ended", 13, 2, nil, append(names("p", 3, 13), "u0", "u1"), "3 earlier calls not shown"},
		{"cancelled counted with --cancelled", 13, 2, []string{"--cancelled"},
			append(append(names("p", 4, 13), "x0"), "u0", "u1"), "4 earlier calls not shown"},
		{"--past: every ended call", 13, 2, []string{"--past"}, names("p", 0, 13), ""},
		{"--upcoming", 13, 2, []string{"--upcoming"}, names("u", 0, 2), ""},
		{"--all", 13, 2, []string{"--all"}, append(names("p", 0, 13), "u0", "u1"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := seedHistory(t, tc.past, tc.upcoming)
			code, out, errs := runCmd(t, append([]string{"meetings", "--config", cfg}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got []string
			for _, line := range strings.Split(out, "\n") {
				if _, rest, ok := strings.Cut(line, " <"); ok {
					got = append(got, strings.TrimSuffix(strings.Fields(rest)[0], "@example.org>"))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("rows %v, want %v\n%s", got, tc.want, out)
			}
			note := strings.Contains(out, "not shown")
			if tc.earlier == "" && note || tc.earlier != "" && !strings.Contains(out, "\n"+tc.earlier+": `coffeechat meetings --past`") {
				t.Errorf("note of earlier calls: want %q in\n%s", tc.earlier, out)
			}
		})
	}
	cfg := seedHistory(t, 13, 2)
	code, out, errs := runCmd(t, "meetings", "--json", "--config", cfg)
	var js []meetingJSON
	if code != 0 || json.Unmarshal([]byte(out), &js) != nil || len(js) != 15 {
		t.Errorf("--json: exit %d, %d meetings (want every one of 15), stderr %q", code, len(js), errs)
	}
	for _, args := range [][]string{{"--all", "--past"}, {"--all", "--upcoming"}} {
		if code, _, errs := runCmd(t, append([]string{"meetings", "--config", cfg}, args...)...); code != 2 || !strings.Contains(errs, "--all lists every call") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a hint", args, code, errs)
		}
	}
}
