package daemon

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/templates"
)

// Outbox kinds.
const (
	KindInvite        = "invite"
	KindContactInvite = "contact_invite"
	KindCancel        = "cancel"
	KindThankYou      = "thank_you"
	KindThankYouDraft = "thank_you_review"
	KindSummary       = "weekly_summary"
	KindNotice        = "notice"
	KindAsksForTimes  = "asks_for_times"
	KindPrepBrief     = "prep_brief"
	KindNotesPrompt   = "notes_prompt"
	KindQuarantine    = "quarantine_notice"
	KindForeign       = "foreign_notice"
	KindSendFailed    = "send_failed_notice"
	KindCapReached    = "cap_notice"
	// KindDraft is not sent: it is APPENDed to the Drafts folder.
	KindDraft = "draft"
)

// sendTimeout bounds one send, including during shutdown.
const sendTimeout = 60 * time.Second

// errNotApproved is returned when code tries to mail a third party without
// the owner's approval. It is a bug, never an outcome of input.
var errNotApproved = errors.New("refusing to mail a third party without the owner's approval")

// outgoing is one email to enqueue.
type outgoing struct {
	kind      string
	meetingID int64
	msg       compose.Message
	// approved must be true when any recipient is not the owner: the owner
	// accepted the invite, forwarded a call that already happened, said
	// "send", or configured contact_invites = "immediately".
	approved bool
	// draft: APPEND to the Drafts folder instead of sending; the owner
	// sends it, or not, from their own client.
	draft bool
}

// enqueue builds the email and stores its bytes in the outbox, inside tx.
func (d *Daemon) enqueue(ctx context.Context, tx *store.Tx, o outgoing) error {
	m := o.msg
	if m.MessageID == "" {
		m.MessageID = d.newMessageID(o.kind)
	}
	if m.Date.IsZero() {
		m.Date = tx.Now
	}
	if m.From.Email == "" {
		m.From = compose.Address{Name: d.cfg.OwnerName + " via coffeechat", Email: d.cfg.Dedicated}
	}
	if m.Headers == nil {
		m.Headers = map[string]string{}
	}
	// RFC 3834: this is automatic mail; well-behaved autoresponders do not
	// answer it, so two robots cannot start a mail loop.
	m.Headers["Auto-Submitted"] = "auto-generated"
	m.Headers["X-Coffeechat-Kind"] = o.kind
	var rcpts []string
	third := false
	for _, a := range append(append([]compose.Address{}, m.To...), m.Cc...) {
		if o.draft {
			break // nothing is sent: no envelope recipients
		}
		rcpts = append(rcpts, a.Email)
		if !d.isOwner(a.Email) {
			third = true
		}
	}
	if third && !o.approved {
		return fmt.Errorf("%s mail to %v: %w", o.kind, rcpts, errNotApproved)
	}
	raw, err := compose.Build(m)
	if err != nil {
		return fmt.Errorf("build %s mail: %w", o.kind, err)
	}
	row := &store.Mail{Kind: o.kind, MessageID: m.MessageID, MeetingID: o.meetingID, From: d.cfg.Dedicated,
		Rcpts: rcpts, ThirdParty: third, Subject: m.Subject, Raw: raw}
	if err := tx.Enqueue(ctx, row); err != nil {
		return err
	}
	d.log.Info("mail queued", "kind", o.kind, "meeting", o.meetingID, "message_id", m.MessageID, "third_party", third)
	return nil
}

// toOwner returns an email to the owner rendered from a template.
func (d *Daemon) toOwner(name string, data any, inReplyTo string) (compose.Message, error) {
	r, err := d.tmpl.Render(name, data)
	if err != nil {
		return compose.Message{}, err
	}
	m := compose.Message{
		To:      []compose.Address{{Name: d.cfg.OwnerName, Email: d.cfg.OwnerEmail}},
		Subject: r.Subject, Text: r.Text, HTML: r.HTML,
	}
	if inReplyTo != "" {
		m.InReplyTo = inReplyTo
		m.References = []string{inReplyTo}
	}
	return m, nil
}

// notify enqueues a short notice to the owner.
func (d *Daemon) notify(ctx context.Context, tx *store.Tx, kind string, meetingID int64, subject string, lines []string, replies []templates.Reply) error {
	if len(replies) == 0 {
		// Every email to the owner ends with the replies it understands.
		replies = []templates.Reply{replyStatus}
		if meetingID != 0 {
			replies = []templates.Reply{replyStatus, replyCancel, replyReschedule}
		}
	}
	m, err := d.toOwner(templates.NameNotice, templates.Notice{
		OwnerFirstName: templates.FirstName(d.cfg.OwnerName), Subject: subject, Lines: lines, Replies: replies,
	}, "")
	if err != nil {
		return err
	}
	return d.enqueue(ctx, tx, outgoing{kind: kind, meetingID: meetingID, msg: m})
}

// sendLoop works the outbox until ctx is cancelled.
func (d *Daemon) sendLoop(ctx context.Context) error {
	for ctx.Err() == nil {
		next, err := d.sendDue(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			d.log.Error("outbox", "err", err)
			next = d.now().Add(5 * time.Second)
		}
		d.sleep(ctx, next, d.wakeMail)
	}
	return nil
}

// sendDue sends every mail that is due and returns when the next one is.
func (d *Daemon) sendDue(ctx context.Context) (time.Time, error) {
	for {
		var due []*store.Mail
		err := d.store.View(ctx, func(tx *store.Tx) error {
			var err error
			due, err = tx.DueMail(ctx, d.now(), 50)
			return err
		})
		if err != nil {
			return time.Time{}, err
		}
		if len(due) == 0 {
			break
		}
		for _, m := range due {
			if ctx.Err() != nil {
				return time.Time{}, ctx.Err()
			}
			if err := d.sendOne(ctx, m); err != nil {
				return time.Time{}, err
			}
		}
	}
	var next time.Time
	err := d.store.View(ctx, func(tx *store.Tx) error {
		var err error
		next, err = tx.NextMailAt(ctx)
		return err
	})
	return next, err
}

// sendOne sends one outbox row and records the outcome. A crash between
// the send and the record sends the mail again on restart, with the same
// Message-ID: at least once, never a different message.
func (d *Daemon) sendOne(ctx context.Context, m *store.Mail) error {
	log := d.log.With("kind", m.Kind, "message_id", m.MessageID, "attempt", m.Attempts+1)
	if m.ThirdParty && d.cfg.ThirdPartyDailyCap > 0 {
		held, err := d.holdForCap(ctx, m)
		if err != nil || held {
			return err
		}
	}
	// A send in progress is finished even when a shutdown begins: cutting
	// it after the server accepted the message, but before its reply was
	// read, is exactly how a mail gets sent twice.
	sctx, scancel := context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
	defer scancel()
	var sendErr error
	if m.Kind == KindDraft {
		sendErr = d.appendDraft(sctx, m.Raw)
	} else {
		sendErr = d.send.Send(sctx, m.From, m.Rcpts, m.Raw)
	}
	d.observer().MailSent(m.Kind, sendErr == nil)
	// Record the outcome even when a shutdown cancelled ctx meanwhile: a
	// sent mail left unmarked would be sent again on restart.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	ctx = rctx
	return d.store.InTx(ctx, func(tx *store.Tx) error {
		if sendErr == nil {
			log.Info("mail sent", "meeting", m.MeetingID)
			return tx.MarkSent(ctx, m.ID)
		}
		if compose.IsTemporary(sendErr) || errors.Is(sendErr, context.Canceled) {
			next := retryAt(tx.Now, m.Attempts, d.retryBase)
			log.Warn("send failed, will retry", "err", sendErr, "retry_at", next)
			d.setFailure(sendErr)
			return tx.MarkRetry(ctx, m.ID, next, sendErr.Error())
		}
		log.Error("send failed permanently", "err", sendErr)
		d.setFailure(sendErr)
		if err := tx.MarkFailed(ctx, m.ID, sendErr.Error()); err != nil {
			return err
		}
		if m.Kind == KindSendFailed {
			return nil // never a notice about a failed notice: that could loop
		}
		return d.notify(ctx, tx, KindSendFailed, m.MeetingID, "Could not send: "+m.Subject, []string{
			fmt.Sprintf("The mail server refused an email coffeechat tried to send to %v.", m.Rcpts),
			"Subject: " + m.Subject,
			"The server said: " + sendErr.Error(),
			"It will not be tried again. Check the address, then forward the thread again if you want coffeechat to retry.",
		}, nil)
	})
}

// holdForCap postpones a third-party mail when the daily cap is reached,
// and tells the owner once a day. Nothing is dropped: the mail goes when
// the oldest send of the last 24 hours ages out.
func (d *Daemon) holdForCap(ctx context.Context, m *store.Mail) (bool, error) {
	held := false
	err := d.store.InTx(ctx, func(tx *store.Tx) error {
		n, first, err := tx.ThirdPartySentSince(ctx, tx.Now.Add(-24*time.Hour))
		if err != nil || n < d.cfg.ThirdPartyDailyCap {
			return err
		}
		held = true
		until := first.Add(24*time.Hour + time.Minute)
		d.log.Warn("daily cap on mail to other people reached; mail postponed", "message_id", m.MessageID, "until", until, "cap", d.cfg.ThirdPartyDailyCap)
		if err := tx.Postpone(ctx, m.ID, until, "daily cap on mail to other people reached"); err != nil {
			return err
		}
		if c, err := tx.CountMailSince(ctx, KindCapReached, tx.Now.Add(-24*time.Hour)); err != nil || c > 0 {
			return err
		}
		return d.notify(ctx, tx, KindCapReached, 0, "Daily limit reached: some emails wait", []string{
			fmt.Sprintf("coffeechat has sent %d emails to other people in the last 24 hours, the limit set by [security] third_party_daily_cap.", n),
			"The next ones wait, and go out as the day's count falls (the first around " + until.In(d.cfg.Location).Format("Monday 3:04 PM MST") + ").",
			"If this is more than you expected, stop coffeechat and check its outbox (coffeechat status); raise the limit if it is right.",
		}, nil)
	})
	return held, err
}

func (d *Daemon) setFailure(err error) {
	d.mu.Lock()
	d.lastFailure = err
	d.mu.Unlock()
}

// retryAt spaces retries exponentially (base, doubling, to 6 h) with
// jitter, so a server outage is not met with a burst of connections.
func retryAt(now time.Time, attempts int, base time.Duration) time.Time {
	d := min(base<<min(attempts, 9), 6*time.Hour)
	return now.Add(d + rand.N(d/5))
}
