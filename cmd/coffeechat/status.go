package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/coffeechat/coffeechat/daemon/store"
)

const statusUsage = `Usage: coffeechat status [--config FILE] [--json]

Shows what coffeechat has recorded: contacts and meetings by status, the
next calls, mail waiting to be sent, jobs waiting to run, and the last
message read. Times are in the [owner] timezone. It only reads the
database, so it is safe while the daemon runs.

  --config FILE  the TOML configuration (default $XDG_CONFIG_HOME/coffeechat/config.toml)
  --json         one JSON object, for scripts

Examples:
  coffeechat status
  coffeechat status --json | jq .outbox.pending
`

const contactsUsage = `Usage: coffeechat contacts [--config FILE] [--status STATUS] [--due] [--json]

Lists everyone coffeechat knows: the people you wrote to and the people
you were referred to, by name, with their status and when they last replied.

  --config FILE    the TOML configuration (default $XDG_CONFIG_HOME/coffeechat/config.toml)
  --status STATUS  only this status: awaiting_reply, replied, scheduled, met,
                   declined, deferred, referred, to_contact or awaiting_you (their
                   reply was unclear and coffeechat asked you what it meant);
                   a comma list for several
  --due            only contacts whose follow-up date has come (those who
                   asked to be written to later), as in the weekly summary
  --json           a JSON array, for scripts

Examples:
  coffeechat contacts
  coffeechat contacts --status awaiting_reply,to_contact
  coffeechat contacts --status deferred --due
  coffeechat contacts --json | jq -r '.[].email'
`

const meetingsUsage = `Usage: coffeechat meetings [--config FILE] [--upcoming | --past | --all] [--cancelled] [--json]

Lists the calls, earliest first, in the [owner] timezone: by default the
calls that have not ended yet and the last 10 that have, with a count of
the earlier ones left out.

  --config FILE  the TOML configuration (default $XDG_CONFIG_HOME/coffeechat/config.toml)
  --upcoming     only calls that have not ended yet
  --past         only calls that have ended, all of them
  --all          every call
  --cancelled    include cancelled calls
  --json         a JSON array, for scripts (times are RFC 3339 with your zone's offset);
                 every call unless --upcoming or --past

Examples:
  coffeechat meetings
  coffeechat meetings --upcoming
  coffeechat meetings --past --json | jq '.[] | select(.thank_you == "pending")'
`

// recentCalls is how many ended calls `coffeechat meetings` shows by
// default: the ones whose thank-you and notes are still on the owner's
// mind. A mature history holds thousands; printing them all buries the
// calls coming up (and took 120 ms for 10,000).
const recentCalls = 10

const showUsage = `Usage: coffeechat show [--config FILE] [--json] CONTACT|MEETING

Shows one contact (with their calls and referrals) or one meeting (with its
history and what is still scheduled for it).

  CONTACT  an email address, or part of a name or address
  MEETING  a meeting number (the # column of 'coffeechat meetings') or its calendar UID

  --config FILE  the TOML configuration (default $XDG_CONFIG_HOME/coffeechat/config.toml)
  --json         one JSON object, for scripts

Examples:
  coffeechat show 3
  coffeechat show casey@example.org
  coffeechat show --json Casey
`

// reportFlags are the flags every reading command shares.
type reportFlags struct {
	fs     *flag.FlagSet
	config *string
	json   *bool
}

func newReportFlags(name, usage string, stderr io.Writer) reportFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	return reportFlags{
		fs:     fs,
		config: fs.String("config", defaultConfigPath(), "configuration file"),
		json:   fs.Bool("json", false, "JSON output"),
	}
}

// usageExit is the exit status for a flag parsing error: 0 when the user
// asked for -h (the usage is already printed), 2 otherwise.
func usageExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}

// errNoDatabase is returned when the configured database does not exist
// yet: reading commands must not create it.
var errNoDatabase = errors.New("no database yet")

// openReport loads the config and opens its database for reading. The
// database must exist: an empty one would only hide a wrong path.
func openReport(ctx context.Context, path string) (*Config, *store.Store, error) {
	cfg, err := loadConfig(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, fmt.Errorf("%w (create one with `coffeechat init`, or name it with --config FILE)", err)
		}
		return nil, nil, err
	}
	if _, err := os.Stat(cfg.Database.Path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("%w at %s ([database] path): it is created by the first `coffeechat run`", errNoDatabase, cfg.Database.Path)
	}
	st, err := store.Open(ctx, cfg.Database.Path, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("database %s: %w", cfg.Database.Path, err)
	}
	return cfg, st, nil
}

// fail prints err the one way every command does and returns the exit code.
func fail(stderr io.Writer, code int, err error) int {
	fmt.Fprintf(stderr, "coffeechat: %v\n", err)
	return code
}

// whenLayout is how a time is shown in tables: weekday, date, time and the
// zone's abbreviation, which changes across DST (EST/EDT) so the reader
// sees which one applies.
const whenLayout = "Mon 2006-01-02 15:04 MST"

// fmtWhen shows t in loc; "-" when t is zero.
func fmtWhen(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "-"
	}
	return t.In(loc).Format(whenLayout)
}

// fmtSpan shows a meeting's start and end: the end as a time only when it
// falls on the same local day.
func fmtSpan(start, end time.Time, loc *time.Location) string {
	return string(appendSpan(nil, start, end, loc))
}

// appendSpan appends fmtSpan's text to dst.
func appendSpan(dst []byte, start, end time.Time, loc *time.Location) []byte {
	s, e := start.In(loc), end.In(loc)
	if s.Year() == e.Year() && s.YearDay() == e.YearDay() {
		// The same zone prints the same abbreviation: Format is needed
		// only when they differ (thousands of rows in `meetings`).
		sn, so := s.Zone()
		en, eo := e.Zone()
		if (sn != en || so != eo) && s.Format("MST") != e.Format("MST") {
			// A call across a DST change: each end keeps its own
			// abbreviation, or 01:50-01:10 would read backwards.
			return e.AppendFormat(append(s.AppendFormat(dst, whenLayout), '-'), "15:04 MST")
		}
		return e.AppendFormat(append(s.AppendFormat(dst, "Mon 2006-01-02 15:04"), '-'), "15:04 MST")
	}
	return e.AppendFormat(append(s.AppendFormat(dst, whenLayout), " - "...), whenLayout)
}

// jsonTime is an instant in the owner's zone, RFC 3339, omitted when zero.
func jsonTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.RFC3339)
}

// contactJSON is a contact as `--json` prints it.
type contactJSON struct {
	ID           int64  `json:"id"`
	Email        string `json:"email"`
	Name         string `json:"name"`
	Organization string `json:"organization,omitempty"`
	Status       string `json:"status"`
	ReferredBy   string `json:"referred_by,omitempty"` // the referrer's address
	OutreachAt   string `json:"outreach_at,omitempty"`
	RepliedAt    string `json:"replied_at,omitempty"`
	DueAt        string `json:"due_at,omitempty"`
	Subject      string `json:"subject,omitempty"`
	CreatedAt    string `json:"created_at"`
}

// meetingJSON is a meeting as `--json` prints it.
type meetingJSON struct {
	ID              int64  `json:"id"`
	UID             string `json:"uid"`
	ContactName     string `json:"contact_name"`
	ContactEmail    string `json:"contact_email"`
	Status          string `json:"status"`
	Start           string `json:"start"`
	End             string `json:"end"`
	Minutes         int    `json:"minutes"`
	LocationKind    string `json:"location_kind"`
	Location        string `json:"location,omitempty"`
	OwnerPartStat   string `json:"owner_partstat"`
	ContactPartStat string `json:"contact_partstat"`
	ContactInvited  bool   `json:"contact_invited"`
	Sequence        int    `json:"sequence"`
	ThankYou        string `json:"thank_you"`
	ThankYouAt      string `json:"thank_you_at,omitempty"`
	Notes           string `json:"notes,omitempty"`
}

func toContactJSON(c *store.Contact, referrer string, loc *time.Location) contactJSON {
	return contactJSON{
		ID: c.ID, Email: c.Email, Name: c.Name, Organization: c.Organization, Status: c.Status,
		ReferredBy: referrer, OutreachAt: jsonTime(c.OutreachAt, loc), RepliedAt: jsonTime(c.RepliedAt, loc),
		DueAt: jsonTime(c.DueAt, loc), Subject: c.Subject, CreatedAt: jsonTime(c.CreatedAt, loc),
	}
}

func toMeetingJSON(m *store.MeetingRow, loc *time.Location) meetingJSON {
	return meetingJSON{
		ID: m.ID, UID: m.UID, ContactName: m.ContactName, ContactEmail: m.ContactEmail, Status: m.Status,
		Start: jsonTime(m.Start, loc), End: jsonTime(m.End, loc), Minutes: int(m.End.Sub(m.Start) / time.Minute),
		LocationKind: m.LocationKind, Location: m.Location, OwnerPartStat: m.OwnerPartStat,
		ContactPartStat: m.ContactPartStat, ContactInvited: m.ContactInvited, Sequence: m.Sequence,
		ThankYou: m.ThankYou, ThankYouAt: jsonTime(m.ThankYouAt, loc), Notes: m.Notes,
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// who is "Name <email>", or the address alone.
func who(name, email string) string {
	if name == "" {
		return email
	}
	return name + " <" + email + ">"
}

// place is a meeting's location for a table cell.
func place(kind, loc string) string {
	switch {
	case loc != "" && kind != "" && kind != "unspecified":
		return kind + ": " + oneLine(loc, 40)
	case loc != "":
		return oneLine(loc, 40)
	case kind == "" || kind == "unspecified":
		return "-"
	}
	return kind
}

// oneLine flattens s to one line of at most n runes, for table cells.
func oneLine(s string, n int) string {
	if len(s) <= n && plainLine(s) {
		return s // already one line of printable ASCII, short enough
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// plainLine reports whether s is printable ASCII with single spaces only
// between words: what oneLine would leave as it is.
func plainLine(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
			continue
		}
		if c < 0x21 || c > 0x7e {
			return false
		}
	}
	return true
}

// referrers maps contact ids to addresses, for "referred by" columns.
func referrers(ctx context.Context, tx *store.Tx, cs []*store.Contact) (map[int64]string, error) {
	out := map[int64]string{}
	for _, c := range cs {
		if c.ReferredBy == 0 {
			continue
		}
		if _, ok := out[c.ReferredBy]; ok {
			continue
		}
		r, err := tx.Contact(ctx, c.ReferredBy)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if r != nil {
			out[c.ReferredBy] = r.Email
		}
	}
	return out, nil
}

func runContacts(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f := newReportFlags("contacts", contactsUsage, stderr)
	status := f.fs.String("status", "", "only these statuses, comma-separated")
	due := f.fs.Bool("due", false, "only contacts whose follow-up date has come")
	if err := f.fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if f.fs.NArg() > 0 {
		return fail(stderr, 2, fmt.Errorf("contacts takes no arguments (got %q); to see one contact, use `coffeechat show %s`", f.fs.Arg(0), f.fs.Arg(0)))
	}
	var statuses []string
	for s := range strings.SplitSeq(*status, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if !isContactStatus(s) {
			return fail(stderr, 2, fmt.Errorf("--status %q is not one of %s", s, strings.Join(contactStatuses, ", ")))
		}
		statuses = append(statuses, s)
	}
	cfg, st, err := openReport(ctx, *f.config)
	if err != nil {
		return fail(stderr, 1, err)
	}
	defer st.Close()
	var cs []*store.Contact
	var refs map[int64]string
	err = st.View(ctx, func(tx *store.Tx) error {
		var err error
		if cs, err = tx.Contacts(ctx, statuses...); err != nil {
			return err
		}
		if *due {
			// The weekly summary's "follow up now" list: a follow-up
			// date that has come (Tx.Now is the store's clock).
			cs = slices.DeleteFunc(cs, func(c *store.Contact) bool { return c.DueAt.IsZero() || c.DueAt.After(tx.Now) })
		}
		refs, err = referrers(ctx, tx, cs)
		return err
	})
	if err != nil {
		return fail(stderr, 1, err)
	}
	if *f.json {
		out := make([]contactJSON, 0, len(cs))
		for _, c := range cs {
			out = append(out, toContactJSON(c, refs[c.ReferredBy], cfg.loc))
		}
		if err := writeJSON(stdout, out); err != nil {
			return fail(stderr, 1, err)
		}
		return 0
	}
	if len(cs) == 0 && (len(statuses) > 0 || *due) {
		fmt.Fprintln(stdout, "No contacts match. `coffeechat contacts` lists everyone.")
		return 0
	}
	if len(cs) == 0 {
		fmt.Fprintln(stdout, "No contacts yet. Bcc your dedicated address on outreach, or forward a reply to it.")
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tEMAIL\tSTATUS\tWROTE\tREPLIED\tREFERRED BY")
	for _, c := range cs {
		name := c.Name
		if name == "" {
			name = "-"
		}
		ref := refs[c.ReferredBy]
		if ref == "" {
			ref = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", oneLine(name, 30), c.Email, c.Status,
			fmtWhen(c.OutreachAt, cfg.loc), fmtWhen(c.RepliedAt, cfg.loc), ref)
	}
	tw.Flush()
	return 0
}

var contactStatuses = []string{store.AwaitingReply, store.Replied, store.Scheduled, store.Met,
	store.ContactDeclined, store.Deferred, store.Referred, store.ToContact, store.AwaitingOwner}

func isContactStatus(s string) bool {
	for _, v := range contactStatuses {
		if v == s {
			return true
		}
	}
	return false
}

func runMeetings(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f := newReportFlags("meetings", meetingsUsage, stderr)
	upcoming := f.fs.Bool("upcoming", false, "only calls that have not ended")
	past := f.fs.Bool("past", false, "only calls that have ended")
	all := f.fs.Bool("all", false, "every call")
	cancelled := f.fs.Bool("cancelled", false, "include cancelled calls")
	if err := f.fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if *upcoming && *past {
		return fail(stderr, 2, errors.New("--upcoming and --past exclude each other; leave both out for the calls coming up and the last ones, --all for every call"))
	}
	if *all && (*upcoming || *past) {
		return fail(stderr, 2, errors.New("--all lists every call; leave out --upcoming and --past"))
	}
	if f.fs.NArg() > 0 {
		return fail(stderr, 2, fmt.Errorf("meetings takes no arguments (got %q); to see one meeting, use `coffeechat show NUMBER`", f.fs.Arg(0)))
	}
	cfg, st, err := openReport(ctx, *f.config)
	if err != nil {
		return fail(stderr, 1, err)
	}
	defer st.Close()
	filter := store.MeetingFilter{Upcoming: *upcoming, Past: *past, Now: time.Now(), Cancelled: *cancelled}
	// Thousands of rows: written through one buffer, not a write(2) per
	// table cell.
	out := bufio.NewWriter(stdout)
	if *f.json {
		var ms []*store.MeetingRow
		err = st.View(ctx, func(tx *store.Tx) error {
			var err error
			ms, err = tx.ListMeetings(ctx, filter)
			return err
		})
		if err != nil {
			return fail(stderr, 1, err)
		}
		js := make([]meetingJSON, 0, len(ms))
		for _, m := range ms {
			js = append(js, toMeetingJSON(m, cfg.loc))
		}
		if err := errors.Join(writeJSON(out, js), out.Flush()); err != nil {
			return fail(stderr, 1, err)
		}
		return 0
	}
	// The table is written as the rows are read.
	tab := newMeetingTable(out, cfg.loc)
	add := func(m *store.MeetingLine) error {
		tab.add(m)
		return nil
	}
	recent := !*upcoming && !*past && !*all
	var earlier int // ended calls left out
	err = st.View(ctx, func(tx *store.Tx) error {
		if !recent {
			return tx.EachMeetingLine(ctx, filter, add)
		}
		last := filter
		last.Past, last.Limit, last.Latest = true, recentCalls, true
		if err := tx.EachMeetingLine(ctx, last, add); err != nil {
			return err
		}
		if tab.rows == recentCalls {
			ended, err := tx.CountMeetings(ctx, store.MeetingFilter{Past: true, Now: filter.Now, Cancelled: filter.Cancelled})
			if err != nil {
				return err
			}
			earlier = ended - tab.rows
		}
		next := filter
		next.Upcoming = true
		return tx.EachMeetingLine(ctx, next, add)
	})
	if err != nil {
		return fail(stderr, 1, err)
	}
	if tab.rows == 0 {
		fmt.Fprintln(out, "No calls recorded. Forward a thread in which a contact offers a time to your dedicated address.")
	} else {
		tab.flush()
	}
	if earlier > 0 {
		calls := "calls"
		if earlier == 1 {
			calls = "call"
		}
		fmt.Fprintf(out, "\n%d earlier %s not shown: `coffeechat meetings --past` lists the calls that have ended, `--all` every call.\n",
			earlier, calls)
	}
	if err := out.Flush(); err != nil {
		return fail(stderr, 1, err)
	}
	return 0
}

// meetingTable writes meetings as an aligned table: the layout of a
// tabwriter with padding 2 (column widths in runes), without its
// byte-by-byte parsing of every cell, which was a quarter of `coffeechat
// meetings` over 10,000 calls. The cells are kept in one buffer (no
// pointers for the collector to follow) until flush.
type meetingTable struct {
	w     io.Writer
	loc   *time.Location
	rows  int
	text  []byte               // every cell, one after another
	ends  []int32              // where each cell ends in text, meetingCols per line
	width [meetingCols - 1]int // widest cell of each aligned column, in runes
	runes []int32              // each aligned cell's width, in runes
}

// meetingCols are the table's columns; the last one is not padded.
const meetingCols = 6

func newMeetingTable(w io.Writer, loc *time.Location) *meetingTable {
	t := &meetingTable{w: w, loc: loc}
	t.addCells(0, "#", "WHEN", "WITH", "STATUS", "WHERE", "THANK-YOU")
	return t
}

func (t *meetingTable) add(m *store.MeetingLine) {
	t.rows++
	if cap(t.text)-len(t.text) < 512 {
		// Doubling: append's own growth (a quarter at a time for large
		// slices) copied the table five times over.
		t.text = slices.Grow(t.text, max(len(t.text), 64<<10))
	}
	t.text = strconv.AppendInt(t.text, m.ID, 10)
	t.endCell(0)
	t.text = appendSpan(t.text, m.Start, m.End, t.loc)
	t.endCell(1)
	t.addCells(2, oneLine(who(m.ContactName, m.ContactEmail), 50), m.Status, place(m.LocationKind, m.Location), m.ThankYou)
}

// addCells adds cells as the columns from col on.
func (t *meetingTable) addCells(col int, cells ...string) {
	for i, c := range cells {
		t.text = append(t.text, c...)
		t.endCell(col + i)
	}
}

// endCell ends column col's cell at the end of text.
func (t *meetingTable) endCell(col int) {
	start := int32(0)
	if len(t.ends) > 0 {
		start = t.ends[len(t.ends)-1]
	}
	t.ends = append(t.ends, int32(len(t.text)))
	if col < len(t.width) {
		n := utf8.RuneCount(t.text[start:])
		t.width[col] = max(t.width[col], n)
		t.runes = append(t.runes, int32(n))
	}
}

// flush writes the table out (nothing is written before).
func (t *meetingTable) flush() {
	const padding = 2
	spaces := strings.Repeat(" ", slices.Max(t.width[:])+padding)
	var line []byte
	start := int32(0)
	for l := 0; l*meetingCols < len(t.ends); l++ {
		line = line[:0]
		for i := range meetingCols {
			end := t.ends[l*meetingCols+i]
			line = append(line, t.text[start:end]...)
			start = end
			if i < len(t.width) {
				line = append(line, spaces[:t.width[i]+padding-int(t.runes[l*len(t.width)+i])]...)
			}
		}
		t.w.Write(append(line, '\n'))
	}
}

func writeMeetingTable(w io.Writer, ms []*store.MeetingRow, loc *time.Location) {
	t := newMeetingTable(w, loc)
	for _, m := range ms {
		l := m.Line()
		t.add(&l)
	}
	t.flush()
}

// statusJSON is `coffeechat status --json`.
type statusJSON struct {
	Database      string            `json:"database"`
	SchemaVersion int               `json:"schema_version"`
	Zone          string            `json:"zone"`
	Contacts      map[string]int    `json:"contacts"`
	Meetings      map[string]int    `json:"meetings"`
	Upcoming      []meetingJSON     `json:"upcoming"`
	Messages      map[string]int    `json:"messages"`
	LastMessageAt string            `json:"last_message_at,omitempty"`
	Outbox        outboxJSON        `json:"outbox"`
	Jobs          jobsJSON          `json:"jobs"`
	Checkpoints   map[string]uint32 `json:"checkpoints"`
}

type outboxJSON struct {
	Pending   int    `json:"pending"`
	Failed    int    `json:"failed"`
	Sent      int    `json:"sent"`
	OldestDue string `json:"oldest_due,omitempty"`
}

type jobsJSON struct {
	Pending   int    `json:"pending"`
	NextAt    string `json:"next_at,omitempty"`
	OldestDue string `json:"oldest_due,omitempty"`
}

func runStatus(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f := newReportFlags("status", statusUsage, stderr)
	if err := f.fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if f.fs.NArg() > 0 {
		return fail(stderr, 2, fmt.Errorf("status takes no arguments (got %q)", f.fs.Arg(0)))
	}
	cfg, st, err := openReport(ctx, *f.config)
	if err != nil {
		return fail(stderr, 1, err)
	}
	defer st.Close()
	now := time.Now()
	version, err := st.SchemaVersion(ctx)
	if err != nil {
		return fail(stderr, 1, fmt.Errorf("schema version: %w", err))
	}
	var c *store.Counts
	var next []*store.MeetingRow
	err = st.View(ctx, func(tx *store.Tx) error {
		var err error
		if c, err = tx.Counts(ctx, now); err != nil {
			return err
		}
		// Only the next five are shown: do not read the other thousands.
		next, err = tx.ListMeetings(ctx, store.MeetingFilter{Upcoming: true, Now: now, Limit: 5})
		return err
	})
	if err != nil {
		return fail(stderr, 1, err)
	}
	if *f.json {
		out := statusJSON{
			Database: cfg.Database.Path, SchemaVersion: version, Zone: cfg.loc.String(),
			Contacts: c.ContactsByStatus, Meetings: c.MeetingsByStatus, Upcoming: []meetingJSON{},
			Messages: c.MessagesByKind, LastMessageAt: jsonTime(c.LastMessageAt, cfg.loc),
			Outbox: outboxJSON{Pending: c.OutboxPending, Failed: c.OutboxFailed, Sent: c.OutboxSent,
				OldestDue: jsonTime(c.OldestDueMail, cfg.loc)},
			Jobs:        jobsJSON{Pending: c.JobsPending, NextAt: jsonTime(c.NextJobAt, cfg.loc), OldestDue: jsonTime(c.OldestDueJob, cfg.loc)},
			Checkpoints: c.Checkpoints,
		}
		for _, m := range next {
			out.Upcoming = append(out.Upcoming, toMeetingJSON(m, cfg.loc))
		}
		if err := writeJSON(stdout, out); err != nil {
			return fail(stderr, 1, err)
		}
		return 0
	}
	fmt.Fprintf(stdout, "database   %s (schema %d)\n", cfg.Database.Path, version)
	fmt.Fprintf(stdout, "zone       %s\n", cfg.loc)
	fmt.Fprintf(stdout, "contacts   %s\n", countLine(c.ContactsByStatus, contactStatuses))
	fmt.Fprintf(stdout, "meetings   %s\n", countLine(c.MeetingsByStatus, []string{store.Proposed, store.Confirmed, store.Held, store.Cancelled}))
	fmt.Fprintf(stdout, "messages   %s; last read %s\n", countLine(c.MessagesByKind, nil), fmtWhen(c.LastMessageAt, cfg.loc))
	outbox := fmt.Sprintf("%d waiting, %d sent, %d failed", c.OutboxPending, c.OutboxSent, c.OutboxFailed)
	if !c.OldestDueMail.IsZero() {
		outbox += fmt.Sprintf("; oldest due since %s (is `coffeechat run` running?)", fmtWhen(c.OldestDueMail, cfg.loc))
	}
	fmt.Fprintf(stdout, "outbox     %s\n", outbox)
	jobs := fmt.Sprintf("%d scheduled, next %s", c.JobsPending, fmtWhen(c.NextJobAt, cfg.loc))
	if !c.OldestDueJob.IsZero() {
		jobs += fmt.Sprintf("; overdue since %s", fmtWhen(c.OldestDueJob, cfg.loc))
	}
	fmt.Fprintf(stdout, "jobs       %s\n", jobs)
	if len(next) == 0 {
		fmt.Fprintln(stdout, "\nNo calls coming up.")
		return 0
	}
	fmt.Fprintln(stdout, "\nComing up:")
	writeMeetingTable(stdout, next, cfg.loc)
	return 0
}

// countLine writes "3 awaiting_reply, 1 met" in the order given (then any
// other keys alphabetically), or "none".
func countLine(m map[string]int, order []string) string {
	var parts []string
	done := map[string]bool{}
	for _, k := range order {
		if m[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[k], k))
		}
		done[k] = true
	}
	var rest []string
	for k := range m {
		if !done[k] && m[k] > 0 {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		parts = append(parts, fmt.Sprintf("%d %s", m[k], k))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// showJSON is `coffeechat show --json`: exactly one of Contact and Meeting
// is set.
type showJSON struct {
	Contact   *contactJSON  `json:"contact,omitempty"`
	Meetings  []meetingJSON `json:"meetings,omitempty"`
	Referrals []contactJSON `json:"referrals,omitempty"`
	Meeting   *meetingJSON  `json:"meeting,omitempty"`
	History   []eventJSON   `json:"history,omitempty"`
	Scheduled []jobJSON     `json:"scheduled,omitempty"`
}

type eventJSON struct {
	At     string `json:"at"`
	Event  string `json:"event"`
	Detail string `json:"detail,omitempty"`
}

type jobJSON struct {
	Kind  string `json:"kind"`
	RunAt string `json:"run_at"`
}

func runShow(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f := newReportFlags("show", showUsage, stderr)
	if err := f.fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if f.fs.NArg() != 1 {
		fmt.Fprint(stderr, showUsage)
		return 2
	}
	key := strings.TrimSpace(f.fs.Arg(0))
	cfg, st, err := openReport(ctx, *f.config)
	if err != nil {
		return fail(stderr, 1, err)
	}
	defer st.Close()
	var out showJSON
	var matches []*store.Contact
	err = st.View(ctx, func(tx *store.Tx) error {
		m, err := findMeeting(ctx, tx, key)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if m != nil {
			return showMeeting(ctx, tx, m, cfg.loc, &out)
		}
		matches, err = tx.FindContacts(ctx, key)
		if err != nil || len(matches) != 1 {
			return err
		}
		return showContact(ctx, tx, matches[0], cfg.loc, &out)
	})
	if err != nil {
		return fail(stderr, 1, err)
	}
	if out.Contact == nil && out.Meeting == nil {
		if len(matches) == 0 {
			return fail(stderr, 1, fmt.Errorf("no contact or meeting matches %q (see `coffeechat contacts` and `coffeechat meetings`)", key))
		}
		var names []string
		for _, c := range matches {
			names = append(names, who(c.Name, c.Email))
		}
		return fail(stderr, 1, fmt.Errorf("%d contacts match %q: %s; give the whole address", len(matches), key, strings.Join(names, "; ")))
	}
	if *f.json {
		if err := writeJSON(stdout, out); err != nil {
			return fail(stderr, 1, err)
		}
		return 0
	}
	printShow(stdout, &out, cfg.loc)
	return 0
}

// findMeeting reads key as a meeting number, then as a calendar UID.
func findMeeting(ctx context.Context, tx *store.Tx, key string) (*store.MeetingRow, error) {
	var m *store.Meeting
	var err error
	if id, perr := strconv.ParseInt(strings.TrimPrefix(key, "#"), 10, 64); perr == nil {
		m, err = tx.Meeting(ctx, id)
	} else if strings.Contains(key, "@") && !strings.Contains(key, " ") {
		// Both UIDs and addresses hold an "@": try the UID first, it is exact.
		m, err = tx.MeetingByUID(ctx, key)
	} else {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	c, err := tx.Contact(ctx, m.ContactID)
	if err != nil {
		return nil, err
	}
	return &store.MeetingRow{Meeting: *m, ContactName: c.Name, ContactEmail: c.Email}, nil
}

func showMeeting(ctx context.Context, tx *store.Tx, m *store.MeetingRow, loc *time.Location, out *showJSON) error {
	mj := toMeetingJSON(m, loc)
	out.Meeting = &mj
	hist, err := tx.MeetingHistory(ctx, m.ID)
	if err != nil {
		return err
	}
	for _, e := range hist {
		out.History = append(out.History, eventJSON{At: jsonTime(e.At, loc), Event: e.Event, Detail: e.Detail})
	}
	jobs, err := tx.PendingJobs(ctx)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		if j.MeetingID == m.ID {
			out.Scheduled = append(out.Scheduled, jobJSON{Kind: j.Kind, RunAt: jsonTime(j.RunAt, loc)})
		}
	}
	return nil
}

func showContact(ctx context.Context, tx *store.Tx, c *store.Contact, loc *time.Location, out *showJSON) error {
	refs, err := referrers(ctx, tx, []*store.Contact{c})
	if err != nil {
		return err
	}
	cj := toContactJSON(c, refs[c.ReferredBy], loc)
	out.Contact = &cj
	ms, err := tx.ListMeetings(ctx, store.MeetingFilter{ContactID: c.ID, Cancelled: true})
	if err != nil {
		return err
	}
	for _, m := range ms {
		out.Meetings = append(out.Meetings, toMeetingJSON(m, loc))
	}
	rs, err := tx.ReferredBy(ctx, c.ID)
	if err != nil {
		return err
	}
	for _, r := range rs {
		out.Referrals = append(out.Referrals, toContactJSON(r, c.Email, loc))
	}
	return nil
}

// printShow writes the human form of show. Times in out are already in the
// owner's zone (RFC 3339); they are reformatted for reading.
func printShow(w io.Writer, out *showJSON, loc *time.Location) {
	readable := func(s string) string { return readable(s, loc) }
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(tw, "%s\t%s\n", k, v)
		}
	}
	if c := out.Contact; c != nil {
		row("contact", who(c.Name, c.Email))
		row("organization", c.Organization)
		row("status", c.Status)
		row("referred by", c.ReferredBy)
		row("first wrote", readable(c.OutreachAt))
		row("last reply", readable(c.RepliedAt))
		row("due again", readable(c.DueAt))
		row("subject", c.Subject)
		tw.Flush()
		if len(out.Meetings) > 0 {
			fmt.Fprintln(w, "\nCalls:")
			for _, m := range out.Meetings {
				fmt.Fprintf(w, "  #%d  %s  %s  thank-you %s\n", m.ID, readable(m.Start), m.Status, m.ThankYou)
			}
		}
		if len(out.Referrals) > 0 {
			fmt.Fprintln(w, "\nReferred you to:")
			for _, r := range out.Referrals {
				fmt.Fprintf(w, "  %s  (%s)\n", who(r.Name, r.Email), r.Status)
			}
		}
		return
	}
	m := out.Meeting
	row("meeting", fmt.Sprintf("#%d", m.ID))
	row("with", who(m.ContactName, m.ContactEmail))
	row("when", fmt.Sprintf("%s (%d minutes)", readable(m.Start), m.Minutes))
	row("status", m.Status)
	row("where", place(m.LocationKind, m.Location))
	row("you", strings.ToLower(m.OwnerPartStat))
	invited := "not invited yet"
	if m.ContactInvited {
		invited = "invited, " + strings.ToLower(m.ContactPartStat)
	}
	row("contact", invited)
	ty := m.ThankYou
	if m.ThankYouAt != "" {
		ty += " " + readable(m.ThankYouAt)
	}
	row("thank-you", ty)
	row("uid", m.UID)
	tw.Flush()
	if m.Notes != "" {
		fmt.Fprintf(w, "\nNotes:\n  %s\n", strings.ReplaceAll(strings.TrimSpace(m.Notes), "\n", "\n  "))
	}
	if len(out.Scheduled) > 0 {
		fmt.Fprintln(w, "\nScheduled:")
		for _, j := range out.Scheduled {
			fmt.Fprintf(w, "  %s  %s\n", readable(j.RunAt), strings.ReplaceAll(j.Kind, "_", " "))
		}
	}
	if len(out.History) > 0 {
		fmt.Fprintln(w, "\nHistory:")
		for _, e := range out.History {
			line := "  " + readable(e.At) + "  " + e.Event
			if e.Detail != "" {
				line += ": " + oneLine(e.Detail, 100)
			}
			fmt.Fprintln(w, line)
		}
	}
}

// readable turns an RFC 3339 time written by jsonTime back into the table
// form in loc.
func readable(s string, loc *time.Location) string {
	if s == "" {
		return ""
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return t.In(loc).Format(whenLayout)
}
