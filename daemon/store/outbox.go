package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Mail is one outbox row: an email fixed to the byte.
type Mail struct {
	ID            int64
	Kind          string
	MessageID     string
	MeetingID     int64
	From          string
	Rcpts         []string
	ThirdParty    bool
	Subject       string
	Raw           []byte
	CreatedAt     time.Time
	NextAttemptAt time.Time
	Attempts      int
	LastError     string
	SentAt        time.Time
	FailedAt      time.Time
	// SendingAt is when a send began whose outcome is not known: set by
	// MarkSending, cleared by MarkSent, MarkRetry and MarkFailed, left set
	// by a crash or by MarkMaybeSent.
	SendingAt time.Time
}

// mailCols are read FROM mailFrom: the row and its bytes (outbox_raw).
const mailCols = `o.id, o.kind, o.message_id, o.meeting_id, o.env_from, o.rcpts, o.third_party, o.subject, r.raw, o.created_at,
	o.next_attempt_at, o.attempts, o.last_error, o.sent_at, o.failed_at, o.sending_at`

const mailFrom = `outbox o LEFT JOIN outbox_raw r ON r.id = o.id`

func scanMail(row interface{ Scan(...any) error }) (*Mail, error) {
	var m Mail
	var meeting, sent, failed, sending sql.NullInt64
	var rcpts string
	var created, next int64
	err := row.Scan(&m.ID, &m.Kind, &m.MessageID, &meeting, &m.From, &rcpts, &m.ThirdParty, &m.Subject, &m.Raw,
		&created, &next, &m.Attempts, &m.LastError, &sent, &failed, &sending)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(rcpts), &m.Rcpts); err != nil {
		return nil, fmt.Errorf("outbox %d recipients: %w", m.ID, err)
	}
	m.MeetingID = meeting.Int64
	m.CreatedAt, m.NextAttemptAt = time.Unix(created, 0).UTC(), time.Unix(next, 0).UTC()
	m.SentAt, m.FailedAt, m.SendingAt = fromUnix(sent), fromUnix(failed), fromUnix(sending)
	return &m, nil
}

// Enqueue adds m to the outbox, due now, and sets m.ID. A mail without
// Raw gets its bytes from SetMailRaw before the transaction commits.
func (tx *Tx) Enqueue(ctx context.Context, m *Mail) error {
	rcpts, err := json.Marshal(m.Rcpts)
	if err != nil {
		return err
	}
	var meeting any
	if m.MeetingID != 0 {
		meeting = m.MeetingID
	}
	m.CreatedAt, m.NextAttemptAt = tx.Now, tx.Now
	res, err := tx.tx.ExecContext(ctx, `INSERT INTO outbox(kind, message_id, meeting_id, env_from, rcpts, third_party,
		subject, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.Kind, m.MessageID, meeting, m.From, string(rcpts), m.ThirdParty, m.Subject, unix(tx.Now), unix(tx.Now))
	if err != nil {
		return fmt.Errorf("enqueue %s mail: %w", m.Kind, err)
	}
	if m.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	if m.Raw == nil {
		return nil
	}
	return tx.insertRaw(ctx, m.ID, m.Raw)
}

func (tx *Tx) insertRaw(ctx context.Context, id int64, raw []byte) error {
	if _, err := tx.tx.ExecContext(ctx, `INSERT INTO outbox_raw(id, raw) VALUES (?, ?)`, id, raw); err != nil {
		return fmt.Errorf("store mail %d bytes: %w", id, err)
	}
	return nil
}

// SetMailRaw stores the bytes of an outbox row Enqueue wrote without
// them, and its subject when that differs from the row's.
func (tx *Tx) SetMailRaw(ctx context.Context, id int64, subject string, raw []byte) error {
	if raw == nil {
		raw = []byte{}
	}
	if err := tx.insertRaw(ctx, id, raw); err != nil {
		return err
	}
	_, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET subject = ? WHERE id = ? AND subject != ?`, subject, id, subject)
	if err != nil {
		return fmt.Errorf("set mail %d subject: %w", id, err)
	}
	return nil
}

// DueMail returns up to limit unsent mails due at or before now, oldest first.
func (tx *Tx) DueMail(ctx context.Context, now time.Time, limit int) ([]*Mail, error) {
	rows, err := tx.tx.QueryContext(ctx, `SELECT `+mailCols+` FROM `+mailFrom+`
		WHERE o.sent_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, o.id LIMIT ?`,
		unix(now), limit)
	if err != nil {
		return nil, fmt.Errorf("due mail: %w", err)
	}
	defer rows.Close()
	var out []*Mail
	for rows.Next() {
		m, err := scanMail(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// NextMailAt returns when the earliest unsent mail is due (zero when none).
func (tx *Tx) NextMailAt(ctx context.Context) (time.Time, error) {
	var v sql.NullInt64
	err := tx.tx.QueryRowContext(ctx, `SELECT MIN(next_attempt_at) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL`).Scan(&v)
	if err != nil {
		return time.Time{}, fmt.Errorf("next mail: %w", err)
	}
	return fromUnix(v), nil
}

// MarkSending records that the sends of ids are about to begin. It is
// committed before the first byte goes to the server, so a row that still
// carries it after a restart is one whose fate must be looked up.
func (tx *Tx) MarkSending(ctx context.Context, ids []int64) error {
	for _, id := range ids {
		if _, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET sending_at = ? WHERE id = ? AND sent_at IS NULL`, unix(tx.Now), id); err != nil {
			return fmt.Errorf("mark mail %d sending: %w", id, err)
		}
	}
	return nil
}

// MarkSent records a successful send. It reports whether the row was
// unsent until now: the sender and the arrival of the mail's own copy
// may both confirm it, and only the first counts an attempt.
func (tx *Tx) MarkSent(ctx context.Context, id int64) (bool, error) {
	res, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = '', sending_at = NULL
		WHERE id = ? AND sent_at IS NULL`, unix(tx.Now), id)
	if err != nil {
		return false, fmt.Errorf("mark mail %d sent: %w", id, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// MarkRetry records a temporary failure that certainly did not deliver the
// mail, and when to try again.
func (tx *Tx) MarkRetry(ctx context.Context, id int64, next time.Time, errText string) error {
	_, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, sending_at = NULL
		WHERE id = ? AND sent_at IS NULL`, errText, unix(next), id)
	if err != nil {
		return fmt.Errorf("mark mail %d for retry: %w", id, err)
	}
	return nil
}

// MarkMaybeSent records a failure after the server had the whole message
// (the connection broke before its reply): the mail may have been
// delivered. The row stays in flight, to be looked up before it is sent
// again at next.
func (tx *Tx) MarkMaybeSent(ctx context.Context, id int64, next time.Time, errText string) error {
	_, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
		WHERE id = ? AND sent_at IS NULL`, errText, unix(next), id)
	if err != nil {
		return fmt.Errorf("mark mail %d maybe sent: %w", id, err)
	}
	return nil
}

// MarkFailed records a permanent failure.
func (tx *Tx) MarkFailed(ctx context.Context, id int64, errText string) error {
	_, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET attempts = attempts + 1, last_error = ?, failed_at = ?, sending_at = NULL
		WHERE id = ? AND sent_at IS NULL`, errText, unix(tx.Now), id)
	if err != nil {
		return fmt.Errorf("mark mail %d failed: %w", id, err)
	}
	return nil
}

// ClearSending ends the in-flight state of a row whose send was looked up
// and not found: it will be sent again as a new attempt.
func (tx *Tx) ClearSending(ctx context.Context, id int64) error {
	if _, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET sending_at = NULL WHERE id = ?`, id); err != nil {
		return fmt.Errorf("clear mail %d sending: %w", id, err)
	}
	return nil
}

// MailByMessageID returns the outbox row with that Message-ID.
func (tx *Tx) MailByMessageID(ctx context.Context, messageID string) (*Mail, error) {
	m, err := scanMail(tx.tx.QueryRowContext(ctx, `SELECT `+mailCols+` FROM `+mailFrom+` WHERE o.message_id = ?`, messageID))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("mail %q: %w", messageID, err)
	}
	return m, err
}

// Mails returns the outbox rows of a kind ("" for all), oldest first.
func (tx *Tx) Mails(ctx context.Context, kind string) ([]*Mail, error) {
	q := `SELECT ` + mailCols + ` FROM ` + mailFrom
	var args []any
	if kind != "" {
		q += ` WHERE o.kind = ?`
		args = append(args, kind)
	}
	rows, err := tx.tx.QueryContext(ctx, q+` ORDER BY o.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list mail: %w", err)
	}
	defer rows.Close()
	var out []*Mail
	for rows.Next() {
		m, err := scanMail(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// CountMailSince counts outbox rows of a kind created at or after since.
func (tx *Tx) CountMailSince(ctx context.Context, kind string, since time.Time) (int, error) {
	var n int
	err := tx.tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE kind = ? AND created_at >= ?`, kind, unix(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count %s mail: %w", kind, err)
	}
	return n, nil
}

// ThirdPartySentSince counts mails to third parties sent at or after since,
// and returns the earliest such send (zero when none).
func (tx *Tx) ThirdPartySentSince(ctx context.Context, since time.Time) (int, time.Time, error) {
	var n int
	var first sql.NullInt64
	err := tx.tx.QueryRowContext(ctx, `SELECT COUNT(*), MIN(sent_at) FROM outbox WHERE third_party = 1 AND sent_at >= ?`,
		unix(since)).Scan(&n, &first)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("count third-party mail: %w", err)
	}
	return n, fromUnix(first), nil
}

// Postpone moves an unsent mail's next attempt without counting a failure.
// A send in flight stays in flight.
func (tx *Tx) Postpone(ctx context.Context, id int64, until time.Time, why string) error {
	_, err := tx.tx.ExecContext(ctx, `UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?`, unix(until), why, id)
	if err != nil {
		return fmt.Errorf("postpone mail %d: %w", id, err)
	}
	return nil
}
