package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon/store"
)

const exportUsage = `Usage: coffeechat export --format csv|ics|json [--only contacts|meetings] [--output FILE] [--config FILE]

Writes what coffeechat recorded, for a spreadsheet, a calendar or a script.

  --format csv   one table: meetings (with the contact's name and address),
                 or contacts with --only contacts; times in your zone (RFC 3339)
  --format ics   the calls as an iCalendar file (METHOD:PUBLISH, times in UTC)
                 that any calendar imports; cancelled calls are left out
  --format json  {"contacts": [...], "meetings": [...]}, or one of them with --only
  --only WHAT    contacts or meetings
  --output FILE  write to FILE (created 0600: it holds your contacts) instead of stdout
  --config FILE  the TOML configuration (default $XDG_CONFIG_HOME/coffeechat/config.toml)

Examples:
  coffeechat export --format ics --output coffeechats.ics
  coffeechat export --format csv --only contacts > contacts.csv
  coffeechat export --format json | jq '.meetings | length'
`

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f := newReportFlags("export", exportUsage, stderr)
	format := f.fs.String("format", "", "csv, ics or json")
	only := f.fs.String("only", "", "contacts or meetings")
	output := f.fs.String("output", "", "file to write")
	if err := f.fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if f.fs.NArg() > 0 {
		return fail(stderr, 2, fmt.Errorf("export takes no arguments (got %q); see `coffeechat help export`", f.fs.Arg(0)))
	}
	switch *format {
	case "csv", "ics", "json":
	case "":
		return fail(stderr, 2, errors.New("--format is required: csv, ics or json (see `coffeechat help export`)"))
	default:
		return fail(stderr, 2, fmt.Errorf("--format %q is not csv, ics or json", *format))
	}
	switch *only {
	case "", "contacts", "meetings":
	default:
		return fail(stderr, 2, fmt.Errorf("--only %q is not contacts or meetings", *only))
	}
	if *format == "ics" && *only == "contacts" {
		return fail(stderr, 2, errors.New("an iCalendar file holds only meetings; use --format csv or json for contacts"))
	}
	cfg, st, err := openReport(ctx, *f.config)
	if err != nil {
		return fail(stderr, 1, err)
	}
	defer st.Close()
	var cs []*store.Contact
	var refs map[int64]string
	var ms []*store.MeetingRow
	err = st.View(ctx, func(tx *store.Tx) error {
		var err error
		if cs, err = tx.Contacts(ctx); err != nil {
			return err
		}
		if refs, err = referrers(ctx, tx, cs); err != nil {
			return err
		}
		ms, err = tx.ListMeetings(ctx, store.MeetingFilter{Cancelled: *format != "ics"})
		return err
	})
	if err != nil {
		return fail(stderr, 1, err)
	}
	var buf bytes.Buffer
	switch *format {
	case "csv":
		if *only == "contacts" {
			err = contactsCSV(&buf, cs, refs, cfg.loc)
		} else {
			err = meetingsCSV(&buf, ms, cfg.loc)
		}
	case "json":
		err = exportJSON(&buf, *only, cs, refs, ms, cfg.loc)
	case "ics":
		err = meetingsICS(&buf, ms, cfg.Owner, time.Now())
	}
	if err != nil {
		return fail(stderr, 1, fmt.Errorf("export %s: %w", *format, err))
	}
	if *output == "" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			return fail(stderr, 1, err)
		}
		return 0
	}
	if err := writeFile0600(*output, buf.Bytes()); err != nil {
		return fail(stderr, 1, err)
	}
	fmt.Fprintf(stderr, "wrote %d contacts and %d meetings to %s\n", len(cs), len(ms), *output)
	return 0
}

// writeFile0600 writes b to path, readable only by the owner (it holds
// contacts and notes), replacing any file there.
func writeFile0600(path string, b []byte) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// An existing file keeps its mode on open: narrow it too.
	if err := fh.Chmod(0o600); err != nil {
		fh.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := fh.Write(b); err != nil {
		fh.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := fh.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

var contactsHeader = []string{"id", "email", "name", "organization", "status", "referred_by",
	"outreach_at", "replied_at", "due_at", "subject"}

func contactsCSV(w io.Writer, cs []*store.Contact, refs map[int64]string, loc *time.Location) error {
	cw := csv.NewWriter(w)
	cw.Write(contactsHeader)
	for _, c := range cs {
		cw.Write([]string{strconv.FormatInt(c.ID, 10), c.Email, csvSafe(c.Name), csvSafe(c.Organization), c.Status,
			refs[c.ReferredBy], jsonTime(c.OutreachAt, loc), jsonTime(c.RepliedAt, loc), jsonTime(c.DueAt, loc),
			csvSafe(c.Subject)})
	}
	cw.Flush()
	return cw.Error()
}

var meetingsHeader = []string{"id", "uid", "contact_name", "contact_email", "status", "start", "end", "minutes",
	"location_kind", "location", "thank_you", "notes"}

func meetingsCSV(w io.Writer, ms []*store.MeetingRow, loc *time.Location) error {
	cw := csv.NewWriter(w)
	cw.Write(meetingsHeader)
	for _, m := range ms {
		cw.Write([]string{strconv.FormatInt(m.ID, 10), m.UID, csvSafe(m.ContactName), m.ContactEmail, m.Status,
			jsonTime(m.Start, loc), jsonTime(m.End, loc), strconv.Itoa(int(m.End.Sub(m.Start) / time.Minute)),
			m.LocationKind, csvSafe(m.Location), m.ThankYou, csvSafe(m.Notes)})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe defuses a cell a spreadsheet would run as a formula: names,
// subjects and notes come from other people's email.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func exportJSON(w io.Writer, only string, cs []*store.Contact, refs map[int64]string, ms []*store.MeetingRow, loc *time.Location) error {
	contacts := make([]contactJSON, 0, len(cs))
	for _, c := range cs {
		contacts = append(contacts, toContactJSON(c, refs[c.ReferredBy], loc))
	}
	meetings := make([]meetingJSON, 0, len(ms))
	for _, m := range ms {
		meetings = append(meetings, toMeetingJSON(m, loc))
	}
	switch only {
	case "contacts":
		return writeJSON(w, contacts)
	case "meetings":
		return writeJSON(w, meetings)
	}
	return writeJSON(w, struct {
		Contacts []contactJSON `json:"contacts"`
		Meetings []meetingJSON `json:"meetings"`
	}{contacts, meetings})
}

// meetingsICS writes the meetings as one METHOD:PUBLISH calendar. Times are
// UTC so no VTIMEZONE is needed; lines are folded at 75 octets (go-ical
// does not fold). The UIDs are the meetings' own, so a calendar that
// already holds an invite updates that entry rather than duplicating it.
func meetingsICS(w io.Writer, ms []*store.MeetingRow, owner OwnerConfig, now time.Time) error {
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropProductID, calendar.ProdID)
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	cal.Props.SetText(ical.PropMethod, "PUBLISH")
	for _, m := range ms {
		ev := ical.NewEvent()
		ev.Props.SetText(ical.PropUID, m.UID)
		ev.Props.SetDateTime(ical.PropDateTimeStamp, now.UTC().Truncate(time.Second))
		ev.Props.SetDateTime(ical.PropDateTimeStart, m.Start.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeEnd, m.End.UTC())
		// SEQUENCE is an INTEGER: SetText would add VALUE=TEXT, which
		// libical rejects (library-notes).
		seq := ical.NewProp(ical.PropSequence)
		seq.Value = strconv.Itoa(m.Sequence)
		ev.Props.Set(seq)
		name := m.ContactName
		if name == "" {
			name = m.ContactEmail
		}
		ev.Props.SetText(ical.PropSummary, icsText("Coffee chat: "+name))
		desc := "With " + who(m.ContactName, m.ContactEmail) + "."
		if m.Notes != "" {
			desc += "\n\nNotes:\n" + m.Notes
		}
		ev.Props.SetText(ical.PropDescription, icsText(desc))
		if m.Location != "" {
			ev.Props.SetText(ical.PropLocation, icsText(m.Location))
		}
		status := "CONFIRMED"
		if m.Status == store.Proposed {
			status = "TENTATIVE"
		}
		ev.Props.SetText(ical.PropStatus, status)
		org := ical.NewProp(ical.PropOrganizer)
		if owner.Name != "" {
			org.Params.Set(ical.ParamCommonName, icsParam(owner.Name))
		}
		org.Value = "mailto:" + owner.DedicatedAddress
		ev.Props.Set(org)
		cal.Children = append(cal.Children, ev.Component)
	}
	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return err
	}
	_, err := w.Write(foldICS(buf.Bytes()))
	return err
}

// icsText drops control characters other than newline and tab, which
// iCalendar TEXT cannot carry, and makes the text valid UTF-8.
func icsText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, strings.ReplaceAll(s, "\r\n", "\n"))
}

// icsParam makes s safe as a parameter value: no quotes or controls
// (RFC 5545 has no escape for them in parameters).
func icsParam(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '"' || r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
}

// foldICS folds CRLF-terminated content lines to at most 75 octets
// (RFC 5545 §3.1), never inside a UTF-8 sequence.
func foldICS(b []byte) []byte {
	const max = 75
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(b, []byte("\r\n")) {
		if len(line) == 0 {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\r\n"))
		limit := max
		for len(line) > limit {
			cut := limit
			for cut > 0 && !utf8.RuneStart(line[cut]) {
				cut--
			}
			if cut == 0 {
				cut = limit
			}
			out.Write(line[:cut])
			out.WriteString("\r\n ")
			line = line[cut:]
			limit = max - 1
		}
		out.Write(line)
		out.WriteString("\r\n")
	}
	return out.Bytes()
}
