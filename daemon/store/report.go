package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Read-only queries for the owner's commands (status, contacts, meetings,
// show, export) and for the metrics endpoint. They never write.

// MeetingFilter selects meetings. The zero value selects every meeting.
type MeetingFilter struct {
	// Upcoming: meetings that have not ended by Now. Past: meetings that
	// have. Both false: all.
	Upcoming, Past bool
	Now            time.Time
	// Cancelled includes cancelled meetings.
	Cancelled bool
	ContactID int64 // 0: any contact
	// Limit: at most this many, the earliest; 0 means all.
	Limit int
	// Latest makes Limit keep the latest meetings rather than the
	// earliest (`coffeechat meetings`: the last calls held); they are
	// still listed earliest first.
	Latest bool
}

// MeetingRow is a meeting with its contact's name and address, for
// listings.
type MeetingRow struct {
	Meeting
	ContactName  string
	ContactEmail string
}

// query is the listing query for f: selectFrom (SELECT ... FROM meetings m
// ...) with f's WHERE, ORDER BY and LIMIT. With Latest, the latest Limit
// are selected by start descending (meetings_start read backwards) and put
// back in order by an outer query, so selectFrom's column names must be
// unique and include id and start_at.
func (f MeetingFilter) query(selectFrom string) (string, []any) {
	cond, args := f.cond()
	if f.Latest && f.Limit > 0 {
		return `SELECT * FROM (` + selectFrom + cond + ` ORDER BY m.start_at DESC, m.id DESC LIMIT ?) ORDER BY start_at, id`,
			append(args, f.Limit)
	}
	order := ` ORDER BY m.start_at, m.id`
	if f.Upcoming && !f.Past && f.Limit == 0 {
		// Without a limit SQLite walks meetings_start from the first
		// meeting ever, looking up every row to test end_at: 10,000 for
		// `coffeechat meetings`' 200 to come. "+" takes meetings_start out
		// of the running, so the rows come from the end_at range of
		// meetings_busy and only they are sorted (TestReportQueryPlans).
		order = ` ORDER BY +m.start_at, m.id`
	}
	q := selectFrom + cond + order
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	return q, args
}

// cond is f as the WHERE clause of a query on meetings m ("" for all).
func (f MeetingFilter) cond() (string, []any) {
	var where []string
	var args []any
	// For the latest few, the plan must walk meetings_start backwards and
	// stop at Limit: "+" keeps SQLite from taking meetings_busy for the
	// end_at bound instead, which reads every past meeting and sorts them
	// (TestReportQueryPlans).
	endAt := `m.end_at`
	if f.Latest && f.Limit > 0 {
		endAt = `+m.end_at`
	}
	if f.Upcoming && !f.Past {
		where = append(where, endAt+` > ?`)
		args = append(args, unix(f.Now))
	}
	if f.Past && !f.Upcoming {
		where = append(where, endAt+` <= ?`)
		args = append(args, unix(f.Now))
	}
	if !f.Cancelled {
		where = append(where, `m.status != 'cancelled'`)
	}
	if f.ContactID != 0 {
		where = append(where, `m.contact_id = ?`)
		args = append(args, f.ContactID)
	}
	if len(where) == 0 {
		return "", args
	}
	return ` WHERE ` + strings.Join(where, " AND "), args
}

// CountMeetings returns how many meetings f selects, ignoring its Limit
// (what a listing cut short leaves out).
func (tx *Tx) CountMeetings(ctx context.Context, f MeetingFilter) (int, error) {
	cond, args := f.cond()
	var n int
	if err := tx.tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM meetings m`+cond, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count meetings: %w", err)
	}
	return n, nil
}

// MeetingLine is a meeting as a listing shows it: the columns of a table
// row, read without the rest of the record (notes, partstats), for tables
// of thousands.
type MeetingLine struct {
	ID                             int64
	Start, End                     time.Time
	Status, LocationKind, Location string
	ThankYou                       string
	ContactName, ContactEmail      string
}

// Line returns what a listing shows of r.
func (r *MeetingRow) Line() MeetingLine {
	return MeetingLine{ID: r.ID, Start: r.Start, End: r.End, Status: r.Status, LocationKind: r.LocationKind,
		Location: r.Location, ThankYou: r.ThankYou, ContactName: r.ContactName, ContactEmail: r.ContactEmail}
}

// EachMeetingLine calls fn with each meeting f selects, by start, as it
// reads them; l is reused between calls. An error from fn stops it and is
// returned.
func (tx *Tx) EachMeetingLine(ctx context.Context, f MeetingFilter, fn func(l *MeetingLine) error) error {
	q, args := f.query(`SELECT m.id, m.start_at, m.end_at, m.status, m.location_kind, m.location, m.thank_you, c.name, c.email
		FROM meetings m JOIN contacts c ON c.id = m.contact_id`)
	rows, err := tx.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("list meetings: %w", err)
	}
	defer rows.Close()
	var l MeetingLine
	var start, end int64
	for rows.Next() {
		if err := rows.Scan(&l.ID, &start, &end, &l.Status, &l.LocationKind, &l.Location, &l.ThankYou,
			&l.ContactName, &l.ContactEmail); err != nil {
			return fmt.Errorf("list meetings: %w", err)
		}
		l.Start, l.End = time.Unix(start, 0).UTC(), time.Unix(end, 0).UTC()
		if err := fn(&l); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list meetings: %w", err)
	}
	return nil
}

// ListMeetings returns the meetings f selects, by start (latest last).
func (tx *Tx) ListMeetings(ctx context.Context, f MeetingFilter) ([]*MeetingRow, error) {
	var out []*MeetingRow
	err := tx.EachMeeting(ctx, f, func(r *MeetingRow) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

// EachMeeting calls fn with each meeting f selects, by start, as it reads
// them; an error from fn stops it and is returned.
func (tx *Tx) EachMeeting(ctx context.Context, f MeetingFilter, fn func(*MeetingRow) error) error {
	q, args := f.query(`SELECT ` + qualify("m", meetingCols) + `, c.name, c.email FROM meetings m JOIN contacts c ON c.id = m.contact_id`)
	rows, err := tx.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("list meetings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r MeetingRow
		m, err := scanMeeting(scanWithTail{rows, []any{&r.ContactName, &r.ContactEmail}})
		if err != nil {
			return fmt.Errorf("list meetings: %w", err)
		}
		r.Meeting = *m
		if err := fn(&r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list meetings: %w", err)
	}
	return nil
}

// qualify prefixes each column of a column list with a table alias.
func qualify(alias, cols string) string {
	fields := strings.Split(cols, ",")
	for i, f := range fields {
		fields[i] = alias + "." + strings.TrimSpace(f)
	}
	return strings.Join(fields, ", ")
}

// scanWithTail scans a row whose leading columns belong to a record
// scanner and whose trailing columns go to tail.
type scanWithTail struct {
	row  interface{ Scan(...any) error }
	tail []any
}

func (s scanWithTail) Scan(dest ...any) error {
	return s.row.Scan(append(dest, s.tail...)...)
}

// Counts is the state of the database at a glance, for `coffeechat status`
// and the metrics endpoint.
type Counts struct {
	// ContactsByStatus counts contacts per status (awaiting_reply, ...).
	ContactsByStatus map[string]int
	// MeetingsByStatus counts meetings per status (proposed, ...).
	MeetingsByStatus map[string]int
	Upcoming         int // meetings not cancelled that have not ended
	// MessagesByKind counts handled messages per kind (thread, reply, ...).
	MessagesByKind map[string]int
	LastMessageAt  time.Time // when intake last finished a message; zero when never
	OutboxPending  int       // emails not yet sent (due or waiting to retry)
	OutboxFailed   int       // emails given up on
	OutboxSent     int
	// OldestDueMail is the due time of the oldest unsent email due by Now
	// (zero when none): how far the sender lags.
	OldestDueMail time.Time
	JobsPending   int
	// OldestDueJob is the run time of the oldest job due by Now (zero
	// when none): how far the scheduler lags.
	OldestDueJob time.Time
	NextJobAt    time.Time
	// Checkpoint is the last UID handled per mailbox.
	Checkpoints map[string]uint32
}

// Counts returns the counts as of now.
func (tx *Tx) Counts(ctx context.Context, now time.Time) (*Counts, error) {
	c := &Counts{
		ContactsByStatus: map[string]int{},
		MeetingsByStatus: map[string]int{},
		MessagesByKind:   map[string]int{},
		Checkpoints:      map[string]uint32{},
	}
	// Kept by triggers (0009): a GROUP BY visits every row of these
	// tables, and status runs in a fresh process where each page read is
	// a page fault too.
	byTable := map[string]map[string]int{"contacts": c.ContactsByStatus, "meetings": c.MeetingsByStatus,
		"messages_seen": c.MessagesByKind}
	counts, err := tx.tx.QueryContext(ctx, `SELECT tbl, key, n FROM row_counts WHERE n > 0`)
	if err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	defer counts.Close()
	for counts.Next() {
		var tbl, key string
		var n int
		if err := counts.Scan(&tbl, &key, &n); err != nil {
			return nil, fmt.Errorf("counts: %w", err)
		}
		if m := byTable[tbl]; m != nil {
			m[key] = n
		}
	}
	if err := counts.Err(); err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	counts.Close()
	var lastMsg, oldestMail, oldestJob, nextJob sql.NullInt64
	err = tx.tx.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM meetings WHERE status != 'cancelled' AND end_at > ?),
		(SELECT MAX(seen_at) FROM messages_seen),
		(SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL),
		(SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL),
		(SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL),
		(SELECT MIN(next_attempt_at) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?),
		(SELECT COUNT(*) FROM jobs WHERE done_at IS NULL),
		(SELECT MIN(run_at) FROM jobs WHERE done_at IS NULL AND run_at <= ?),
		(SELECT MIN(run_at) FROM jobs WHERE done_at IS NULL)`,
		unix(now), unix(now), unix(now)).
		Scan(&c.Upcoming, &lastMsg, &c.OutboxPending, &c.OutboxFailed, &c.OutboxSent, &oldestMail,
			&c.JobsPending, &oldestJob, &nextJob)
	if err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	c.LastMessageAt, c.OldestDueMail = fromUnix(lastMsg), fromUnix(oldestMail)
	c.OldestDueJob, c.NextJobAt = fromUnix(oldestJob), fromUnix(nextJob)

	rows, err := tx.tx.QueryContext(ctx, `SELECT mailbox, uid FROM checkpoints`)
	if err != nil {
		return nil, fmt.Errorf("checkpoints: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var mb string
		var uid uint32
		if err := rows.Scan(&mb, &uid); err != nil {
			return nil, fmt.Errorf("checkpoints: %w", err)
		}
		c.Checkpoints[mb] = uid
	}
	return c, rows.Err()
}

// PendingJobs returns the jobs not yet done, by run time.
func (tx *Tx) PendingJobs(ctx context.Context) ([]*Job, error) {
	rows, err := tx.tx.QueryContext(ctx, `SELECT `+jobCols+` FROM jobs WHERE done_at IS NULL ORDER BY run_at, id`)
	if err != nil {
		return nil, fmt.Errorf("pending jobs: %w", err)
	}
	defer rows.Close()
	var out []*Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("pending jobs: %w", err)
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// FindContacts returns the contacts whose address or name contains q
// (case-insensitive), by name. An exact address match comes alone.
func (tx *Tx) FindContacts(ctx context.Context, q string) ([]*Contact, error) {
	if c, err := tx.ContactByEmail(ctx, q); err == nil {
		return []*Contact{c}, nil
	}
	like := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(q) + "%"
	rows, err := tx.tx.QueryContext(ctx, `SELECT `+contactCols+` FROM contacts
		WHERE email LIKE ? ESCAPE '\' OR name LIKE ? ESCAPE '\' ORDER BY name COLLATE NOCASE, email`, like, like)
	if err != nil {
		return nil, fmt.Errorf("find contacts %q: %w", q, err)
	}
	defer rows.Close()
	var out []*Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, fmt.Errorf("find contacts %q: %w", q, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
