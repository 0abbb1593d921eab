package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Meeting statuses.
const (
	Proposed  = "proposed"  // invite sent to the owner, not yet accepted
	Confirmed = "confirmed" // the owner accepted
	Held      = "held"      // recorded after the fact; no invite
	Cancelled = "cancelled"
)

// Thank-you states.
const (
	ThankYouPending = "pending"
	ThankYouReview  = "review" // draft sent to the owner, waiting for "send"
	ThankYouSent    = "sent"
	ThankYouSkipped = "skipped"
	ThankYouMissed  = "missed"
)

// Meeting is one informational interview, for its whole life.
type Meeting struct {
	ID              int64
	ContactID       int64
	UID             string // iCalendar UID, fixed at creation
	Sequence        int
	Status          string
	Start, End      time.Time
	LocationKind    string
	Location        string
	OwnerPartStat   string
	ContactPartStat string
	ContactInvited  bool
	Notes           string
	ThankYou        string
	ThankYouAt      time.Time
	SourceMessageID string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

const meetingCols = `id, contact_id, uid, sequence, status, start_at, end_at, location_kind, location,
	owner_partstat, contact_partstat, contact_invited, notes, thank_you, thank_you_at, source_message_id,
	created_at, updated_at`

func scanMeeting(row interface{ Scan(...any) error }) (*Meeting, error) {
	var m Meeting
	var start, end, created, updated int64
	var tyAt sql.NullInt64
	err := row.Scan(&m.ID, &m.ContactID, &m.UID, &m.Sequence, &m.Status, &start, &end, &m.LocationKind,
		&m.Location, &m.OwnerPartStat, &m.ContactPartStat, &m.ContactInvited, &m.Notes, &m.ThankYou, &tyAt,
		&m.SourceMessageID, &created, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	m.Start, m.End = time.Unix(start, 0).UTC(), time.Unix(end, 0).UTC()
	m.ThankYouAt = fromUnix(tyAt)
	m.CreatedAt, m.UpdatedAt = time.Unix(created, 0).UTC(), time.Unix(updated, 0).UTC()
	return &m, nil
}

// Meeting returns the meeting with that id.
func (tx *Tx) Meeting(ctx context.Context, id int64) (*Meeting, error) {
	m, err := scanMeeting(tx.tx.QueryRowContext(ctx, `SELECT `+meetingCols+` FROM meetings WHERE id = ?`, id))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("meeting %d: %w", id, err)
	}
	return m, err
}

// MeetingByUID returns the meeting with that iCalendar UID.
func (tx *Tx) MeetingByUID(ctx context.Context, uid string) (*Meeting, error) {
	m, err := scanMeeting(tx.tx.QueryRowContext(ctx, `SELECT `+meetingCols+` FROM meetings WHERE uid = ?`, uid))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("meeting %s: %w", uid, err)
	}
	return m, err
}

// OpenMeetingForContact returns the contact's latest meeting that is not
// cancelled and not over, or ErrNotFound.
func (tx *Tx) OpenMeetingForContact(ctx context.Context, contactID int64) (*Meeting, error) {
	m, err := scanMeeting(tx.tx.QueryRowContext(ctx, `SELECT `+meetingCols+` FROM meetings
		WHERE contact_id = ? AND status IN ('proposed', 'confirmed') AND end_at > ?
		ORDER BY start_at DESC LIMIT 1`, contactID, unix(tx.Now)))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("open meeting for contact %d: %w", contactID, err)
	}
	return m, err
}

// SaveMeeting inserts m (ID 0) or updates it, and sets m.ID.
func (tx *Tx) SaveMeeting(ctx context.Context, m *Meeting) error {
	if m.ThankYou == "" {
		m.ThankYou = ThankYouPending
	}
	if m.OwnerPartStat == "" {
		m.OwnerPartStat = "NEEDS-ACTION"
	}
	if m.ContactPartStat == "" {
		m.ContactPartStat = "NEEDS-ACTION"
	}
	if m.LocationKind == "" {
		m.LocationKind = "unspecified"
	}
	m.UpdatedAt = tx.Now
	if m.ID == 0 {
		m.CreatedAt = tx.Now
		res, err := tx.tx.ExecContext(ctx, `INSERT INTO meetings(contact_id, uid, sequence, status, start_at, end_at,
			location_kind, location, owner_partstat, contact_partstat, contact_invited, notes, thank_you, thank_you_at,
			source_message_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			m.ContactID, m.UID, m.Sequence, m.Status, unix(m.Start), unix(m.End), m.LocationKind, m.Location,
			m.OwnerPartStat, m.ContactPartStat, m.ContactInvited, m.Notes, m.ThankYou, nullUnix(m.ThankYouAt),
			m.SourceMessageID, unix(tx.Now), unix(tx.Now))
		if err != nil {
			return fmt.Errorf("insert meeting: %w", err)
		}
		m.ID, err = res.LastInsertId()
		return err
	}
	_, err := tx.tx.ExecContext(ctx, `UPDATE meetings SET contact_id=?, uid=?, sequence=?, status=?, start_at=?, end_at=?,
		location_kind=?, location=?, owner_partstat=?, contact_partstat=?, contact_invited=?, notes=?, thank_you=?,
		thank_you_at=?, source_message_id=?, updated_at=? WHERE id=?`,
		m.ContactID, m.UID, m.Sequence, m.Status, unix(m.Start), unix(m.End), m.LocationKind, m.Location,
		m.OwnerPartStat, m.ContactPartStat, m.ContactInvited, m.Notes, m.ThankYou, nullUnix(m.ThankYouAt),
		m.SourceMessageID, unix(tx.Now), m.ID)
	if err != nil {
		return fmt.Errorf("update meeting %d: %w", m.ID, err)
	}
	return nil
}

// LogMeeting appends to the meeting's history.
func (tx *Tx) LogMeeting(ctx context.Context, meetingID int64, event, detail string) error {
	_, err := tx.tx.ExecContext(ctx, `INSERT INTO meeting_events(meeting_id, at, event, detail) VALUES (?, ?, ?, ?)`,
		meetingID, unix(tx.Now), event, detail)
	if err != nil {
		return fmt.Errorf("log meeting %d: %w", meetingID, err)
	}
	return nil
}

// MeetingEvent is one entry of a meeting's history.
type MeetingEvent struct {
	At     time.Time
	Event  string
	Detail string
}

// MeetingHistory returns the meeting's history, oldest first.
func (tx *Tx) MeetingHistory(ctx context.Context, meetingID int64) ([]MeetingEvent, error) {
	rows, err := tx.tx.QueryContext(ctx, `SELECT at, event, detail FROM meeting_events WHERE meeting_id = ? ORDER BY id`, meetingID)
	if err != nil {
		return nil, fmt.Errorf("meeting %d history: %w", meetingID, err)
	}
	defer rows.Close()
	var out []MeetingEvent
	for rows.Next() {
		var e MeetingEvent
		var at int64
		if err := rows.Scan(&at, &e.Event, &e.Detail); err != nil {
			return nil, err
		}
		e.At = time.Unix(at, 0).UTC()
		out = append(out, e)
	}
	return out, rows.Err()
}

// MeetingsBetween returns meetings (any status but cancelled unless
// withCancelled) starting in [from, to), by start.
func (tx *Tx) MeetingsBetween(ctx context.Context, from, to time.Time, withCancelled bool) ([]*Meeting, error) {
	q := `SELECT ` + meetingCols + ` FROM meetings WHERE start_at >= ? AND start_at < ?`
	if !withCancelled {
		q += ` AND status != 'cancelled'`
	}
	q += ` ORDER BY start_at, id`
	rows, err := tx.tx.QueryContext(ctx, q, unix(from), unix(to))
	if err != nil {
		return nil, fmt.Errorf("meetings between: %w", err)
	}
	defer rows.Close()
	var out []*Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Busy returns the spans of meetings that are not cancelled and overlap
// [from, to).
func (tx *Tx) Busy(ctx context.Context, from, to time.Time) ([][2]time.Time, error) {
	// INDEXED BY (migration 0004): left to itself SQLite walks meetings_start
	// for the ORDER BY, reading every meeting that started before to; by
	// end_at it reads only those ending after from, the future ones.
	rows, err := tx.tx.QueryContext(ctx, `SELECT start_at, end_at FROM meetings INDEXED BY meetings_busy
		WHERE status != 'cancelled' AND end_at > ? AND start_at < ? ORDER BY start_at`, unix(from), unix(to))
	if err != nil {
		return nil, fmt.Errorf("busy: %w", err)
	}
	defer rows.Close()
	var out [][2]time.Time
	for rows.Next() {
		var s, e int64
		if err := rows.Scan(&s, &e); err != nil {
			return nil, err
		}
		out = append(out, [2]time.Time{time.Unix(s, 0).UTC(), time.Unix(e, 0).UTC()})
	}
	return out, rows.Err()
}
