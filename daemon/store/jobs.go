package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Job kinds.
const (
	JobThankYou      = "thank_you"
	JobWeeklySummary = "weekly_summary"
	JobPrepBrief     = "prep_brief"
	JobNotesPrompt   = "notes_prompt"
)

// Job is a durable timer: work to do at RunAt.
type Job struct {
	ID        int64
	Kind      string
	MeetingID int64 // 0 for jobs not tied to a meeting
	RunAt     time.Time
	Attempts  int
	LastError string
	DoneAt    time.Time
	Outcome   string
}

const jobCols = `id, kind, meeting_id, run_at, attempts, last_error, done_at, outcome`

func scanJob(row interface{ Scan(...any) error }) (*Job, error) {
	var j Job
	var meeting, done sql.NullInt64
	var runAt int64
	err := row.Scan(&j.ID, &j.Kind, &meeting, &runAt, &j.Attempts, &j.LastError, &done, &j.Outcome)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	j.MeetingID = meeting.Int64
	j.RunAt = time.Unix(runAt, 0).UTC()
	j.DoneAt = fromUnix(done)
	return &j, nil
}

// AddJob schedules a job.
func (tx *Tx) AddJob(ctx context.Context, kind string, meetingID int64, runAt time.Time) (int64, error) {
	var meeting any
	if meetingID != 0 {
		meeting = meetingID
	}
	res, err := tx.tx.ExecContext(ctx, `INSERT INTO jobs(kind, meeting_id, run_at, created_at) VALUES (?, ?, ?, ?)`,
		kind, meeting, unix(runAt), unix(tx.Now))
	if err != nil {
		return 0, fmt.Errorf("add job %s: %w", kind, err)
	}
	return res.LastInsertId()
}

// PendingJob returns the pending job of that kind for the meeting (0: none),
// or ErrNotFound.
func (tx *Tx) PendingJob(ctx context.Context, kind string, meetingID int64) (*Job, error) {
	q := `SELECT ` + jobCols + ` FROM jobs WHERE kind = ? AND done_at IS NULL AND `
	args := []any{kind}
	if meetingID == 0 {
		q += `meeting_id IS NULL`
	} else {
		q += `meeting_id = ?`
		args = append(args, meetingID)
	}
	j, err := scanJob(tx.tx.QueryRowContext(ctx, q+` ORDER BY run_at LIMIT 1`, args...))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("pending job %s: %w", kind, err)
	}
	return j, err
}

// RescheduleJob moves a pending job.
func (tx *Tx) RescheduleJob(ctx context.Context, id int64, runAt time.Time) error {
	_, err := tx.tx.ExecContext(ctx, `UPDATE jobs SET run_at = ? WHERE id = ? AND done_at IS NULL`, unix(runAt), id)
	if err != nil {
		return fmt.Errorf("reschedule job %d: %w", id, err)
	}
	return nil
}

// DueJobs returns up to limit jobs due at or before now, oldest first.
func (tx *Tx) DueJobs(ctx context.Context, now time.Time, limit int) ([]*Job, error) {
	rows, err := tx.tx.QueryContext(ctx, `SELECT `+jobCols+` FROM jobs WHERE done_at IS NULL AND run_at <= ?
		ORDER BY run_at, id LIMIT ?`, unix(now), limit)
	if err != nil {
		return nil, fmt.Errorf("due jobs: %w", err)
	}
	defer rows.Close()
	var out []*Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// NextJobAt returns when the earliest pending job is due (zero when none).
func (tx *Tx) NextJobAt(ctx context.Context) (time.Time, error) {
	var v sql.NullInt64
	if err := tx.tx.QueryRowContext(ctx, `SELECT MIN(run_at) FROM jobs WHERE done_at IS NULL`).Scan(&v); err != nil {
		return time.Time{}, fmt.Errorf("next job: %w", err)
	}
	return fromUnix(v), nil
}

// FinishJob marks a job done with an outcome.
func (tx *Tx) FinishJob(ctx context.Context, id int64, outcome string) error {
	_, err := tx.tx.ExecContext(ctx, `UPDATE jobs SET done_at = ?, outcome = ? WHERE id = ?`, unix(tx.Now), outcome, id)
	if err != nil {
		return fmt.Errorf("finish job %d: %w", id, err)
	}
	return nil
}

// CancelJobs marks a meeting's pending jobs of the given kinds done.
func (tx *Tx) CancelJobs(ctx context.Context, meetingID int64, outcome string, kinds ...string) error {
	for _, k := range kinds {
		if _, err := tx.tx.ExecContext(ctx, `UPDATE jobs SET done_at = ?, outcome = ? WHERE meeting_id = ? AND kind = ? AND done_at IS NULL`,
			unix(tx.Now), outcome, meetingID, k); err != nil {
			return fmt.Errorf("cancel %s jobs of meeting %d: %w", k, meetingID, err)
		}
	}
	return nil
}

// RetryJob records a failed attempt and when to try again.
func (tx *Tx) RetryJob(ctx context.Context, id int64, runAt time.Time, errText string) error {
	_, err := tx.tx.ExecContext(ctx, `UPDATE jobs SET attempts = attempts + 1, last_error = ?, run_at = ? WHERE id = ?`,
		errText, unix(runAt), id)
	if err != nil {
		return fmt.Errorf("retry job %d: %w", id, err)
	}
	return nil
}
