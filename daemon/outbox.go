package daemon

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
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
	// body, when set, fills msg's subject and bodies (templates, the
	// iCalendar object): rendering that reads nothing from the store, so
	// that intake can run it off the transaction's goroutine (see
	// builds). It must not share anything the transaction changes later.
	body func(m *compose.Message) error
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
	row := &store.Mail{Kind: o.kind, MessageID: m.MessageID, MeetingID: o.meetingID, From: d.cfg.Dedicated,
		Rcpts: rcpts, ThirdParty: third, Subject: m.Subject}
	if b := buildsFrom(ctx); b != nil {
		// The row is written now, so that everything later in the
		// transaction sees it; its bytes (and a rendered subject) follow
		// before the commit (builds.finish).
		if err := tx.Enqueue(ctx, row); err != nil {
			return err
		}
		b.start(row.ID, o.kind, func() ([]byte, string, error) { return buildMail(m, o) })
	} else {
		raw, subject, err := buildMail(m, o)
		if err != nil {
			return err
		}
		row.Raw, row.Subject = raw, subject
		if err := tx.Enqueue(ctx, row); err != nil {
			return err
		}
	}
	d.log.Info("mail queued", "kind", o.kind, "meeting", o.meetingID, "message_id", m.MessageID, "third_party", third)
	return nil
}

// buildMail renders (o.body) and builds m: the email's bytes and subject.
// It reads no store: safe on any goroutine.
func buildMail(m compose.Message, o outgoing) ([]byte, string, error) {
	if o.body != nil {
		if err := o.body(&m); err != nil {
			return nil, "", err
		}
	}
	raw, err := compose.Build(m)
	if err != nil {
		return nil, "", fmt.Errorf("build %s mail: %w", o.kind, err)
	}
	return raw, m.Subject, nil
}

// builds are the emails one transaction of intake enqueued, being built
// (templates, iCalendar, MIME: a third of the CPU of a forwarded thread)
// on other goroutines while the transaction goes on with its next
// messages, instead of on the single writer's. finish waits for them and
// writes their bytes into their rows before the commit, so a meeting and
// the email it causes still commit together, and the Message-ID is fixed
// when the row is written. A build that fails fails the transaction:
// intake then redoes the batch one message per transaction, building in
// place, so the failure is the one message's.
type builds struct {
	pending []*pendingBuild
	sem     chan struct{} // bounds the builders running at once
}

type pendingBuild struct {
	id      int64 // outbox row
	kind    string
	build   func() ([]byte, string, error)
	claimed atomic.Bool // by a builder goroutine or by finish
	done    chan struct{}
	raw     []byte
	subject string
	err     error
}

// run builds p unless another goroutine claimed it first.
func (p *pendingBuild) run() bool {
	if !p.claimed.CompareAndSwap(false, true) {
		return false
	}
	p.raw, p.subject, p.err = p.build()
	close(p.done)
	return true
}

type buildsKey struct{}

func newBuilds() *builds {
	return &builds{sem: make(chan struct{}, max(runtime.GOMAXPROCS(0), 1))}
}

// withBuilds makes enqueue under ctx build its emails through b.
func withBuilds(ctx context.Context, b *builds) context.Context {
	return context.WithValue(ctx, buildsKey{}, b)
}

func buildsFrom(ctx context.Context) *builds {
	b, _ := ctx.Value(buildsKey{}).(*builds)
	return b
}

func (b *builds) start(id int64, kind string, build func() ([]byte, string, error)) {
	p := &pendingBuild{id: id, kind: kind, build: build, done: make(chan struct{})}
	b.pending = append(b.pending, p)
	go func() {
		b.sem <- struct{}{}
		defer func() { <-b.sem }()
		p.run()
	}()
}

// mark and rollback forget the builds of a savepoint rolled back: their
// rows are gone, and a later row may reuse their ids.
func (b *builds) mark() int {
	if b == nil {
		return 0
	}
	return len(b.pending)
}

func (b *builds) rollback(mark int) {
	if b != nil {
		b.pending = b.pending[:mark]
	}
}

// finish waits for the builds and stores their bytes in their rows. A
// build no builder has started yet it runs itself rather than wait.
func (b *builds) finish(ctx context.Context, tx *store.Tx) error {
	for _, p := range b.pending {
		if !p.run() {
			<-p.done
		}
		if p.err != nil {
			return p.err
		}
		if err := tx.SetMailRaw(ctx, p.id, p.subject, p.raw); err != nil {
			return err
		}
	}
	b.pending = nil
	return nil
}

// toOwner returns an email to the owner rendered from a template.
func (d *Daemon) toOwner(name string, data any, inReplyTo string) (compose.Message, error) {
	m := d.ownerMsg(inReplyTo)
	if err := d.render(&m, name, data); err != nil {
		return compose.Message{}, err
	}
	return m, nil
}

// ownerMsg is an email to the owner, not yet rendered.
func (d *Daemon) ownerMsg(inReplyTo string) compose.Message {
	m := compose.Message{To: []compose.Address{{Name: d.cfg.OwnerName, Email: d.cfg.OwnerEmail}}}
	if inReplyTo != "" {
		m.InReplyTo = inReplyTo
		m.References = []string{inReplyTo}
	}
	return m
}

// render fills m's subject and bodies from a template.
func (d *Daemon) render(m *compose.Message, name string, data any) error {
	r, err := d.tmpl.Render(name, data)
	if err != nil {
		return err
	}
	m.Subject, m.Text, m.HTML = r.Subject, r.Text, r.HTML
	return nil
}

// renderBody is an outgoing.body that renders the template name with
// data; data must not change after.
func (d *Daemon) renderBody(name string, data any) func(*compose.Message) error {
	return func(m *compose.Message) error { return d.render(m, name, data) }
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
	return d.enqueue(ctx, tx, outgoing{kind: kind, meetingID: meetingID, msg: d.ownerMsg(""),
		body: d.renderBody(templates.NameNotice, templates.Notice{
			OwnerFirstName: templates.FirstName(d.cfg.OwnerName), Subject: subject, Lines: lines, Replies: replies,
		})})
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
		due, err = d.resolveInFlight(ctx, due)
		if err != nil {
			return time.Time{}, err
		}
		if d.cfg.BccSelf && len(due) > 0 {
			var ids []int64
			for _, m := range due {
				if m.Kind != KindDraft { // a draft has no copy to look for
					ids = append(ids, m.ID)
				}
			}
			// Committed before the first byte goes out: a row still marked
			// after a crash is looked up before it is sent again.
			if err := d.store.InTx(ctx, func(tx *store.Tx) error { return tx.MarkSending(ctx, ids) }); err != nil {
				return time.Time{}, err
			}
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

// resolveInFlight settles the rows of due whose earlier send has no known
// outcome (a crash between the server's "250" and the commit, or a
// connection lost before the server's answer) and returns the rows to send
// now. A row whose copy (BccSelf) is in the mailbox was sent: it is marked
// so. A row whose copy has not come may still be on its way: it waits until
// ConfirmWait after the send began, then is sent again. Without BccSelf
// there is nothing to look up, and such rows are sent again at once (at
// least once, with the same Message-ID).
func (d *Daemon) resolveInFlight(ctx context.Context, due []*store.Mail) ([]*store.Mail, error) {
	var inFlight, ready []*store.Mail
	for _, m := range due {
		if m.SendingAt.IsZero() || m.Kind == KindDraft {
			ready = append(ready, m)
		} else {
			inFlight = append(inFlight, m)
		}
	}
	if len(inFlight) == 0 {
		return due, nil
	}
	var found map[string]bool
	var lookErr error
	if d.cfg.BccSelf {
		ids := make([]string, len(inFlight))
		for i, m := range inFlight {
			ids[i] = m.MessageID
		}
		lctx, cancel := context.WithTimeout(ctx, sendTimeout)
		found, lookErr = d.findSent(lctx, ids)
		cancel()
		if lookErr != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	err := d.store.InTx(ctx, func(tx *store.Tx) error {
		for _, m := range inFlight {
			log := d.log.With("kind", m.Kind, "message_id", m.MessageID, "meeting", m.MeetingID, "sending_since", m.SendingAt)
			switch {
			case !d.cfg.BccSelf:
				log.Warn("a send was interrupted and no copy is kept to check it; sending again with the same Message-ID")
			case found[m.MessageID]:
				log.Info("mail sent (an interrupted send; its copy is in the mailbox)")
				if _, err := tx.MarkSent(ctx, m.ID); err != nil {
					return err
				}
				continue
			case lookErr != nil:
				// Never resend blind: the mailbox holds the answer.
				next := tx.Now.Add(time.Minute)
				log.Warn("cannot look up an interrupted send; will look again", "err", lookErr, "at", next)
				if err := tx.Postpone(ctx, m.ID, next, "looking up an interrupted send: "+lookErr.Error()); err != nil {
					return err
				}
				continue
			case tx.Now.Before(m.SendingAt.Add(d.cfg.ConfirmWait)):
				next := m.SendingAt.Add(d.cfg.ConfirmWait)
				log.Info("waiting for the copy of an interrupted send", "until", next)
				if err := tx.Postpone(ctx, m.ID, next, "an interrupted send: waiting for its copy"); err != nil {
					return err
				}
				continue
			default:
				log.Warn("no copy of an interrupted send arrived; sending again with the same Message-ID", "waited", d.cfg.ConfirmWait)
			}
			if err := tx.ClearSending(ctx, m.ID); err != nil {
				return err
			}
			ready = append(ready, m)
		}
		return nil
	})
	return ready, err
}

// sendOne sends one outbox row and records the outcome. With BccSelf the
// dedicated address gets a copy (resolveInFlight); a crash between the
// send and the record then never sends the mail twice. Without it, such a
// crash sends it again on restart with the same Message-ID: at least once,
// never a different message.
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
		sendErr = d.sendRaw(sctx, m)
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
			_, err := tx.MarkSent(ctx, m.ID)
			return err
		}
		if compose.MaybeSent(sendErr) && d.cfg.BccSelf {
			// The server had the whole mail when the connection broke:
			// look for its copy before sending it again.
			next := tx.Now.Add(d.cfg.ConfirmWait)
			log.Warn("send interrupted after the server had the mail; will check for its copy", "err", sendErr, "at", next)
			d.setFailure(sendErr)
			return tx.MarkMaybeSent(ctx, m.ID, next, sendErr.Error())
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

// sendRaw hands one row to the server, with the dedicated address as an
// extra envelope recipient when BccSelf.
func (d *Daemon) sendRaw(ctx context.Context, m *store.Mail) error {
	if !d.cfg.BccSelf {
		return d.send.Send(ctx, m.From, m.Rcpts, m.Raw)
	}
	if cs, ok := d.send.(copySender); ok {
		copied, err := cs.SendWithCopy(ctx, m.From, m.Rcpts, d.cfg.Dedicated, m.Raw)
		if err == nil && !copied {
			d.log.Warn("the server refused the copy to the dedicated address; a crash now could send this mail twice", "message_id", m.MessageID)
		}
		return err
	}
	return d.send.Send(ctx, m.From, append(append([]string{}, m.Rcpts...), d.cfg.Dedicated), m.Raw)
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
		if err := tx.ClearSending(ctx, m.ID); err != nil { // not sent, not in flight
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
