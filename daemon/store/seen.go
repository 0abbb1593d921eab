package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Seen is a message intake has finished with.
type Seen struct {
	MessageID   string
	UIDValidity uint32
	UID         uint32
	Kind        string // thread | reply | command | quarantined | ignored
	Outcome     string
	ContactID   int64
	MeetingID   int64
}

// Seen reports whether a message with that Message-ID was already handled.
func (tx *Tx) Seen(ctx context.Context, messageID string) (bool, error) {
	var one int
	err := tx.tx.QueryRowContext(ctx, `SELECT 1 FROM messages_seen WHERE message_id = ?`, messageID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("seen %q: %w", messageID, err)
	}
	return true, nil
}

// MarkSeen records a handled message.
func (tx *Tx) MarkSeen(ctx context.Context, s Seen) error {
	var contact, meeting any
	if s.ContactID != 0 {
		contact = s.ContactID
	}
	if s.MeetingID != 0 {
		meeting = s.MeetingID
	}
	_, err := tx.tx.ExecContext(ctx, `INSERT INTO messages_seen(message_id, uid_validity, uid, kind, outcome,
		contact_id, meeting_id, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		s.MessageID, s.UIDValidity, s.UID, s.Kind, s.Outcome, contact, meeting, unix(tx.Now))
	if err != nil {
		return fmt.Errorf("mark seen %q: %w", s.MessageID, err)
	}
	return nil
}

// Checkpoint returns where intake of mailbox stopped (zeros when never).
func (tx *Tx) Checkpoint(ctx context.Context, mailbox string) (uidValidity, uid uint32, err error) {
	err = tx.tx.QueryRowContext(ctx, `SELECT uid_validity, uid FROM checkpoints WHERE mailbox = ?`, mailbox).Scan(&uidValidity, &uid)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("checkpoint %s: %w", mailbox, err)
	}
	return uidValidity, uid, nil
}

// SetCheckpoint records where intake of mailbox stopped.
func (tx *Tx) SetCheckpoint(ctx context.Context, mailbox string, uidValidity, uid uint32) error {
	_, err := tx.tx.ExecContext(ctx, `INSERT INTO checkpoints(mailbox, uid_validity, uid) VALUES (?, ?, ?)
		ON CONFLICT(mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, uid = excluded.uid`,
		mailbox, uidValidity, uid)
	if err != nil {
		return fmt.Errorf("set checkpoint %s: %w", mailbox, err)
	}
	return nil
}

// SeenKinds returns the kind of each message recorded with uidValidity and
// one of uids (those not recorded are left out).
func (tx *Tx) SeenKinds(ctx context.Context, uidValidity uint32, uids []uint32) (map[uint32]string, error) {
	out := make(map[uint32]string, len(uids))
	for _, u := range uids {
		var kind string
		err := tx.tx.QueryRowContext(ctx, `SELECT kind FROM messages_seen WHERE uid_validity = ? AND uid = ? ORDER BY id DESC LIMIT 1`,
			uidValidity, u).Scan(&kind)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("seen uid %d: %w", u, err)
		}
		out[u] = kind
	}
	return out, nil
}
