package daemon

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/coffeechat/coffeechat/daemon/reading"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/mailbox"
)

// Checkpoint implements mailbox.Handler.
func (d *Daemon) Checkpoint(ctx context.Context) (mailbox.Checkpoint, error) {
	var cp mailbox.Checkpoint
	err := d.store.View(ctx, func(tx *store.Tx) error {
		var err error
		cp.UIDValidity, cp.UID, err = tx.Checkpoint(ctx, d.cfg.Mailbox.Mailbox)
		return err
	})
	return cp, err
}

// decision is what intake made of one message.
type decision struct {
	kind      string // thread | reply | command | quarantined | ignored
	outcome   string // a few words for the log and messages_seen
	contactID int64
	meetingID int64
}

// errQuarantine marks a message intake cannot act on; its text is the
// reason the owner is told.
type errQuarantine struct {
	reason string
	// foreign: not (provably) from the owner. The owner is told about such
	// mail at most once per Config.ForeignNoticeEvery.
	foreign bool
}

func (e *errQuarantine) Error() string { return e.reason }

func quarantine(format string, args ...any) error {
	return &errQuarantine{reason: fmt.Sprintf(format, args...)}
}

func foreign(format string, args ...any) error {
	return &errQuarantine{reason: fmt.Sprintf(format, args...), foreign: true}
}

// maxIntakeFailures is how often a message may fail intake (with an error
// that is not about the message, such as a full disk) before it is
// quarantined rather than retried forever.
const maxIntakeFailures = 3

// handleTimeout bounds the work on one message.
const handleTimeout = 30 * time.Second

// Handle implements mailbox.Handler: one message, one transaction holding
// its effects, its messages_seen row and the new checkpoint. A returned
// error means the store failed; bad mail never returns an error, it is
// quarantined.
func (d *Daemon) Handle(ctx context.Context, f *mailbox.Fetched) (mailbox.Action, error) {
	// Finish the message in hand even when a shutdown begins: its
	// transaction is short, and a half-done message would only be redone.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	log := d.log.With("uid", f.UID)
	var t *mail.Thread
	var readErr error
	if f.TooLarge {
		readErr = fmt.Errorf("the message is %d bytes, larger than the %d bytes coffeechat reads", f.Size, d.cfg.Mailbox.MaxSize)
	} else {
		t, readErr = mail.Read(bytes.NewReader(f.Raw), d.cfg.Limits)
	}
	msgID := ""
	if t != nil {
		msgID = t.MessageID
	}
	if msgID == "" {
		// No Message-ID: key the message by its content so a redelivery
		// of the same bytes is still recognised.
		sum := sha256.Sum256(f.Raw)
		msgID = "sha256:" + hex.EncodeToString(sum[:])
		if f.TooLarge {
			msgID = fmt.Sprintf("uid:%d:%d", f.UIDValidity, f.UID)
		}
	}

	action := mailbox.Processed
	var dec decision
	var qErr *errQuarantine
	err := d.store.InTx(ctx, func(tx *store.Tx) error {
		if own, err := d.ownCopy(ctx, tx, t); err != nil {
			return err
		} else if own != nil {
			dec, action = *own, mailbox.Sent
			if seen, err := tx.Seen(ctx, msgID); err != nil || seen {
				if err != nil {
					return err
				}
				return tx.SetCheckpoint(ctx, d.cfg.Mailbox.Mailbox, f.UIDValidity, f.UID)
			}
			if err := tx.MarkSeen(ctx, store.Seen{MessageID: msgID, UIDValidity: f.UIDValidity, UID: f.UID,
				Kind: dec.kind, Outcome: dec.outcome, MeetingID: dec.meetingID}); err != nil {
				return err
			}
			return tx.SetCheckpoint(ctx, d.cfg.Mailbox.Mailbox, f.UIDValidity, f.UID)
		}
		seen, err := tx.Seen(ctx, msgID)
		if err != nil {
			return err
		}
		if seen {
			dec = decision{kind: "duplicate", outcome: "already handled"}
			return tx.SetCheckpoint(ctx, d.cfg.Mailbox.Mailbox, f.UIDValidity, f.UID)
		}
		if readErr == nil {
			dec, err = d.intake(ctx, tx, t)
		} else {
			err = &errQuarantine{reason: readErr.Error()}
		}
		if errors.As(err, &qErr) {
			// Roll back whatever intake wrote; the quarantine is recorded
			// in a transaction of its own.
			return errQuarantined
		}
		if err != nil {
			return err
		}
		if err := tx.MarkSeen(ctx, store.Seen{MessageID: msgID, UIDValidity: f.UIDValidity, UID: f.UID,
			Kind: dec.kind, Outcome: dec.outcome, ContactID: dec.contactID, MeetingID: dec.meetingID}); err != nil {
			return err
		}
		return tx.SetCheckpoint(ctx, d.cfg.Mailbox.Mailbox, f.UIDValidity, f.UID)
	})
	if errors.Is(err, errQuarantined) {
		return d.quarantine(ctx, f, t, msgID, qErr)
	}
	if err != nil {
		key := uint64(f.UIDValidity)<<32 | uint64(f.UID)
		d.failures[key]++
		if d.failures[key] >= maxIntakeFailures && ctx.Err() == nil {
			delete(d.failures, key)
			return d.quarantine(ctx, f, t, msgID, &errQuarantine{reason: fmt.Sprintf("coffeechat failed %d times to process it: %v", maxIntakeFailures, err)})
		}
		d.observer().Failed("intake")
		return mailbox.Keep, fmt.Errorf("intake of uid %d: %w", f.UID, err)
	}
	delete(d.failures, uint64(f.UIDValidity)<<32|uint64(f.UID))
	if dec.kind == kindOwnCopy {
		log.Debug("own copy filed", "outcome", dec.outcome, "meeting", dec.meetingID)
		return action, nil
	}
	log.Info("message handled", "kind", dec.kind, "outcome", dec.outcome, "meeting", dec.meetingID)
	d.observer().MessageHandled(dec.kind)
	wake(d.wakeMail)
	wake(d.wakeJobs)
	return action, nil
}

var errQuarantined = errors.New("quarantined")

// kindOwnCopy is the messages_seen kind of coffeechat's own mail come back
// to its mailbox (Config.BccSelf).
const kindOwnCopy = "own_copy"

// ownCopy recognises a copy of coffeechat's own mail: From the dedicated
// address, with the Message-ID of an outbox row. Its arrival proves the
// send, so a row still unsent (a crash between the server's "250" and the
// commit) is marked sent now. Such a copy is never read as a thread.
// Message-IDs are random and the unsent ones have been seen by no one, so
// a stranger cannot use one to suppress a send.
func (d *Daemon) ownCopy(ctx context.Context, tx *store.Tx, t *mail.Thread) (*decision, error) {
	if t == nil || t.MessageID == "" || !strings.EqualFold(t.From.Email, d.cfg.Dedicated) {
		return nil, nil
	}
	m, err := tx.MailByMessageID(ctx, t.MessageID)
	if errors.Is(err, store.ErrNotFound) {
		// From our own address but not in this outbox (another database,
		// or a spoof): never act on it, and never answer it.
		return &decision{kind: kindOwnCopy, outcome: "from the dedicated address, not in the outbox: ignored"}, nil
	}
	if err != nil {
		return nil, err
	}
	dec := &decision{kind: kindOwnCopy, outcome: "copy of a sent " + m.Kind, meetingID: m.MeetingID}
	if m.SentAt.IsZero() && m.FailedAt.IsZero() {
		marked, err := tx.MarkSent(ctx, m.ID)
		if err != nil {
			return nil, err
		}
		if marked {
			d.log.Info("mail sent (its copy arrived before the send was recorded)", "kind", m.Kind, "message_id", m.MessageID)
			dec.outcome += "; confirmed the send"
		}
	}
	return dec, nil
}

// Refile implements mailbox.Refiler: a message handled before a restart
// but not yet moved goes where its kind belongs.
func (d *Daemon) Refile(ctx context.Context, uidValidity uint32, uids []uint32) (map[uint32]mailbox.Action, error) {
	var kinds map[uint32]string
	err := d.store.View(ctx, func(tx *store.Tx) error {
		var err error
		kinds, err = tx.SeenKinds(ctx, uidValidity, uids)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make(map[uint32]mailbox.Action, len(kinds))
	for u, k := range kinds {
		switch k {
		case "quarantined":
			out[u] = mailbox.Quarantine
		case kindOwnCopy:
			out[u] = mailbox.Sent
		default:
			out[u] = mailbox.Processed
		}
	}
	return out, nil
}

// quarantine records the message as quarantined, tells the owner why, and
// moves it aside.
func (d *Daemon) quarantine(ctx context.Context, f *mailbox.Fetched, t *mail.Thread, msgID string, reason *errQuarantine) (mailbox.Action, error) {
	d.log.Warn("message quarantined", "uid", f.UID, "reason", reason.Error(), "foreign", reason.foreign)
	d.observer().MessageHandled("quarantined")
	from, subject := "(unknown sender)", "(no subject)"
	if t != nil {
		if t.From.Email != "" {
			from = t.From.Email
		}
		if t.Subject != "" {
			subject = t.Subject
		}
	}
	err := d.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.MarkSeen(ctx, store.Seen{MessageID: msgID, UIDValidity: f.UIDValidity, UID: f.UID,
			Kind: "quarantined", Outcome: truncate(reason.Error(), 500)}); err != nil {
			return err
		}
		if err := tx.SetCheckpoint(ctx, d.cfg.Mailbox.Mailbox, f.UIDValidity, f.UID); err != nil {
			return err
		}
		folder := d.cfg.Mailbox.Quarantine
		where := "It was moved to the folder \"" + folder + "\"."
		if folder == "" {
			where = "It was left in the inbox and flagged."
		}
		if reason.foreign {
			// Never echo a stranger's words more than this, and never more
			// often than once per interval: the address must not become a
			// way to flood the owner.
			n, err := tx.CountMailSince(ctx, KindForeign, tx.Now.Add(-d.cfg.ForeignNoticeEvery))
			if err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			return d.notify(ctx, tx, KindForeign, 0, "Set aside a message that is not from you", []string{
				"coffeechat set aside a message it will not act on.",
				"From: " + truncate(from, 200) + "\nSubject: " + truncate(subject, 120),
				"Why: " + truncate(reason.Error(), 400),
				where + " Nothing was sent to anyone because of it. coffeechat acts only on mail from your own addresses; if this was you, check that your mail provider signs your mail (DKIM). Further messages like it in the next " + d.cfg.ForeignNoticeEvery.String() + " are set aside without a note.",
			}, nil)
		}
		return d.notify(ctx, tx, KindQuarantine, 0, "Could not read a message: "+truncate(subject, 60), []string{
			"coffeechat could not act on a message in its inbox.",
			"From: " + truncate(from, 200) + "\nSubject: " + truncate(subject, 200),
			"Why: " + truncate(reason.Error(), 500),
			where + " Nothing was sent to anyone because of it. If it was a thread you meant to forward, forward it again as an attachment or inline.",
		}, nil)
	})
	if err != nil {
		return mailbox.Keep, fmt.Errorf("quarantine uid %d: %w", f.UID, err)
	}
	wake(d.wakeMail)
	return mailbox.Quarantine, nil
}

// intake decides what one readable message means and records it in tx.
func (d *Daemon) intake(ctx context.Context, tx *store.Tx, t *mail.Thread) (decision, error) {
	if t.CalendarMethod == "REPLY" && len(t.Calendar) > 0 {
		return d.handleReply(ctx, tx, t)
	}
	if t.From.Email == "" {
		return decision{}, foreign("it has no sender (no readable From address); coffeechat acts only on mail from you (and on calendar replies to its invites)")
	}
	if !d.isOwner(t.From.Email) {
		return decision{}, foreign("it is from %s, which is not one of your addresses; coffeechat acts only on mail from you (and on calendar replies to its invites)", t.From.Email)
	}
	if err := d.checkOwnerAuth(t); err != nil {
		return decision{}, &errQuarantine{reason: err.Error(), foreign: true}
	}
	if ref, ok, err := d.repliesTo(ctx, tx, t); err != nil {
		return decision{}, err
	} else if ok {
		return d.handleCommand(ctx, tx, t, ref)
	}
	// A fresh email to the dedicated address that is only a command word,
	// with no thread inside it.
	if cmd := parseCommand(t.Text); cmd.verb != "" && len(t.Messages) <= 1 {
		return d.handleFreshCommand(ctx, tx, t, cmd)
	}
	return d.handleThread(ctx, tx, t)
}

// repliesTo finds the coffeechat mail the owner is answering, through
// In-Reply-To and References.
func (d *Daemon) repliesTo(ctx context.Context, tx *store.Tx, t *mail.Thread) (*store.Mail, bool, error) {
	ids := append(append([]string{}, t.InReplyTo...), reverse(t.References)...)
	for _, id := range ids {
		m, err := tx.MailByMessageID(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, false, err
		}
		return m, true, nil
	}
	return nil, false, nil
}

// readThread runs the same reading as `coffeechat inspect`.
func (d *Daemon) readThread(t *mail.Thread) *reading.Result {
	return reading.Read(t, reading.Options{
		Location:           d.cfg.Location,
		OwnerAddresses:     d.cfg.OwnerAddresses,
		DedicatedAddresses: []string{d.cfg.Dedicated},
	})
}

func reverse(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func truncate(s string, n int) string {
	s = strings.ToValidUTF8(s, "�")
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
