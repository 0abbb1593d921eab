package daemon

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	gomessage "github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"

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

// handleTimeout bounds the work on one transaction of intake.
const handleTimeout = 30 * time.Second

// Handle implements mailbox.Handler: one message, as a batch of one.
func (d *Daemon) Handle(ctx context.Context, f *mailbox.Fetched) (mailbox.Action, error) {
	actions, err := d.HandleBatch(ctx, []*mailbox.Fetched{f})
	if len(actions) == 1 {
		return actions[0], err
	}
	return mailbox.Keep, err
}

// HandleBatch implements mailbox.BatchHandler: the messages of a fetch
// batch share one transaction, each inside a savepoint of its own. Each
// message's effects (its meeting, jobs and outbox rows), its messages_seen
// row and the new checkpoint commit together, and the watcher moves the
// messages only after the commit. A message that turns out unreadable is
// rolled back to its savepoint and quarantined in the same transaction;
// one that fails for another reason (the store) ends the batch there, and
// the messages before it are committed. A batch whose commit fails is
// redone one message per transaction, so the guard against a message that
// always fails (maxIntakeFailures) still points at one message. A returned
// error means the store failed; bad mail never returns an error, it is
// quarantined.
//
// Parsing (mail.Read and the reading of the thread) touches no store, so
// it runs ahead on other goroutines while earlier messages are written.
func (d *Daemon) HandleBatch(ctx context.Context, fs []*mailbox.Fetched) ([]mailbox.Action, error) {
	get := d.prepared(fs)
	if get == nil {
		get = d.readAhead(fs)
	}
	hs, stopErr, txErr := d.intakeTx(ctx, fs, get)
	if txErr != nil && len(fs) > 1 {
		d.log.Warn("intake: a batch failed to commit; redoing it one message at a time", "messages", len(fs), "err", txErr)
		hs, stopErr, txErr = nil, nil, nil
		for i := range fs {
			one, serr, terr := d.intakeTx(ctx, fs[i:i+1], func(int) *parsed { return get(i) })
			hs = append(hs, one...)
			if stopErr, txErr = serr, terr; serr != nil || terr != nil {
				break
			}
		}
	}
	if txErr != nil {
		// Only a batch of one gets here: count the failure against it.
		f := fs[len(hs)]
		key := uint64(f.UIDValidity)<<32 | uint64(f.UID)
		d.failures[key]++
		if d.failures[key] < maxIntakeFailures || ctx.Err() != nil {
			stopErr = fmt.Errorf("intake of uid %d: %w", f.UID, txErr)
		} else {
			delete(d.failures, key)
			h, err := d.quarantineTx(ctx, f, get(len(hs)), &errQuarantine{reason: fmt.Sprintf("coffeechat failed %d times to process it: %v", maxIntakeFailures, txErr)})
			if err != nil {
				stopErr = err
			} else {
				hs = append(hs, h)
			}
		}
	}
	actions := d.handled(hs)
	if stopErr != nil && ctx.Err() == nil {
		d.observer().Failed("intake")
	}
	return actions, stopErr
}

// parsed is a message read ahead of its transaction.
type parsed struct {
	t       *mail.Thread
	readErr error
	// foreign: readErr is about a message that is not (provably) from
	// the owner, whose notice is rate-limited (errQuarantine.foreign).
	foreign bool
	// header is the top header of a message mail.Read refused (From,
	// Subject, Authentication-Results only), for the owner's notice; never
	// acted on.
	header *mail.Thread
	msgID  string
	// r is the reading of t as a thread, done ahead for mail from the
	// owner (see readThread); nil otherwise.
	r *reading.Result
}

// described returns what is known of the message for a notice about it:
// the thread read, or the header of one that could not be.
func (p *parsed) described() *mail.Thread {
	if p.t != nil {
		return p.t
	}
	return p.header
}

// headerOf reads only the top header of a message mail.Read refused: its
// sender, subject and Authentication-Results. nil when there is none.
func headerOf(raw []byte) *mail.Thread {
	h, err := textproto.ReadHeader(bufio.NewReader(io.LimitReader(bytes.NewReader(raw), 256<<10)))
	if err != nil && h.Len() == 0 {
		return nil
	}
	mh := gomail.Header{Header: gomessage.Header{Header: h}}
	t := &mail.Thread{}
	if s, err := mh.Subject(); err == nil {
		t.Subject = cleanText(s, 200)
	} else {
		t.Subject = cleanText(mh.Get("Subject"), 200)
	}
	if l, err := mh.AddressList("From"); err == nil && len(l) > 0 {
		t.From = mail.Address{Name: l[0].Name, Email: strings.ToLower(l[0].Address)}
	}
	fields := h.FieldsByKey("Authentication-Results")
	for fields.Next() {
		t.AuthResults = append(t.AuthResults, strings.TrimSpace(fields.Value()))
	}
	return t
}

// parse reads one fetched message: no store, safe on any goroutine.
func (d *Daemon) parse(f *mailbox.Fetched) *parsed {
	p := &parsed{}
	if f.TooLarge {
		p.readErr = fmt.Errorf("the message is %d bytes, larger than the %d bytes coffeechat reads", f.Size, d.cfg.Mailbox.MaxSize)
		// Its envelope says who sent it, unauthenticated: a stranger's
		// large mail is told about like any stranger's, at most once an
		// interval, so it cannot flood the owner.
		if !d.isOwner(f.From) {
			p.foreign = true
			sender := "it has no readable sender"
			if f.From != "" {
				sender = "it is from " + f.From + ", which is not one of your addresses"
			}
			p.readErr = fmt.Errorf("%s, and it is %d bytes, larger than the %d bytes coffeechat reads", sender, f.Size, d.cfg.Mailbox.MaxSize)
		}
	} else {
		p.t, p.readErr = mail.Read(bytes.NewReader(f.Raw), d.cfg.Limits)
	}
	if p.readErr != nil && p.t == nil && !f.TooLarge {
		// Unreadable: only its header says who sent it. Unless that is the
		// owner, authenticated, its notice is rate-limited like any
		// stranger's, or malformed mail could flood the owner with notices.
		p.header = headerOf(f.Raw)
		p.foreign = p.header == nil || !d.isOwner(p.header.From.Email) || d.checkOwnerAuth(p.header) != nil
	}
	if p.t != nil {
		p.msgID = p.t.MessageID
	}
	if p.msgID == "" {
		// No Message-ID: key the message by its content so a redelivery
		// of the same bytes is still recognised.
		sum := sha256.Sum256(f.Raw)
		p.msgID = "sha256:" + hex.EncodeToString(sum[:])
		if f.TooLarge {
			p.msgID = fmt.Sprintf("uid:%d:%d", f.UIDValidity, f.UID)
		}
	}
	// Most mail from the owner is a forwarded thread: read it now, off
	// the transaction. A calendar reply or a command wastes this, rarely.
	if p.readErr == nil && p.t != nil && p.t.CalendarMethod != "REPLY" && d.isOwner(p.t.From.Email) {
		p.r = d.readThreadNow(p.t)
	}
	return p
}

// readAhead parses fs in order on up to GOMAXPROCS goroutines (at most 4);
// get(i) waits for message i. A batch of one is parsed on the caller's
// goroutine.
func (d *Daemon) readAhead(fs []*mailbox.Fetched) (get func(i int) *parsed) {
	if len(fs) == 1 {
		p := d.parse(fs[0])
		return func(int) *parsed { return p }
	}
	out := make([]*parsed, len(fs))
	done := make([]chan struct{}, len(fs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(fs), 4) {
		go func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(fs) {
					return
				}
				out[i] = d.parse(fs[i])
				close(done[i])
			}
		}()
	}
	return func(i int) *parsed {
		<-done[i]
		return out[i]
	}
}

// Prepare implements mailbox.Preparer: the next batch is parsed while the
// one before is still being written.
func (d *Daemon) Prepare(fs []*mailbox.Fetched) {
	get := d.readAhead(fs)
	d.prepMu.Lock()
	defer d.prepMu.Unlock()
	// A batch prepared but never handled (its session failed) must not
	// pin its messages: only the newest two are kept.
	if len(d.prep) >= 2 {
		d.prep = d.prep[1:]
	}
	d.prep = append(d.prep, preparedBatch{first: fs[0], n: len(fs), get: get})
}

// preparedBatch is a batch Prepare started reading.
type preparedBatch struct {
	first *mailbox.Fetched
	n     int
	get   func(int) *parsed
}

// prepared returns the reading Prepare started for fs, or nil.
func (d *Daemon) prepared(fs []*mailbox.Fetched) func(int) *parsed {
	d.prepMu.Lock()
	defer d.prepMu.Unlock()
	for i, p := range d.prep {
		if p.first == fs[0] && p.n == len(fs) {
			d.prep = append(d.prep[:i], d.prep[i+1:]...)
			return p.get
		}
	}
	return nil
}

// handledMsg is what intake did with one message, reported (logged,
// counted) only once its transaction has committed.
type handledMsg struct {
	f          *mailbox.Fetched
	action     mailbox.Action
	dec        decision
	quarantine *errQuarantine // set when quarantined
}

// intakeTx handles fs in one transaction. hs are the messages committed;
// stopErr ends the batch after them (a store error on the next message, or
// a shutdown); txErr means the transaction failed and nothing in it was
// committed.
func (d *Daemon) intakeTx(ctx context.Context, fs []*mailbox.Fetched, get func(int) *parsed) (hs []*handledMsg, stopErr, txErr error) {
	stop := ctx
	// Finish the message in hand even when a shutdown begins: its
	// transaction is short, and a half-done message would only be redone.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	txErr = d.store.InTx(ctx, func(tx *store.Tx) error {
		hs, stopErr = nil, nil
		ctx := ctx
		var b *builds
		if len(fs) > 1 {
			// Emails are built off this goroutine while the next
			// messages are decided. A batch of one builds in place: its
			// build failing is its own failure (see builds).
			b = newBuilds()
			ctx = withBuilds(ctx, b)
		}
		for i, f := range fs {
			if i > 0 && stop.Err() != nil {
				stopErr = stop.Err()
				break
			}
			h, msgErr, err := d.handleOne(ctx, tx, f, get(i))
			if err != nil {
				return err
			}
			if msgErr != nil {
				stopErr = fmt.Errorf("intake of uid %d: %w", f.UID, msgErr)
				break
			}
			hs = append(hs, h)
		}
		if len(hs) == 0 {
			return nil
		}
		if b != nil {
			if err := b.finish(ctx, tx); err != nil {
				return err
			}
		}
		last := hs[len(hs)-1].f
		return tx.SetCheckpoint(ctx, d.cfg.Mailbox.Mailbox, last.UIDValidity, last.UID)
	})
	if txErr != nil {
		return nil, nil, txErr
	}
	return hs, stopErr, nil
}

// handleOne does the intake of one message inside tx, in a savepoint: an
// unreadable message is rolled back and quarantined; any other failure
// (msgErr) is rolled back and not handled. err means tx is unusable.
func (d *Daemon) handleOne(ctx context.Context, tx *store.Tx, f *mailbox.Fetched, p *parsed) (h *handledMsg, msgErr, err error) {
	h = &handledMsg{f: f, action: mailbox.Processed}
	t, msgID := p.t, p.msgID
	var qErr *errQuarantine
	b := buildsFrom(ctx)
	mark := b.mark()
	msgErr, err = tx.Savepoint(ctx, func() error {
		// A copy of coffeechat's own mail (BccSelf) is never read as a
		// thread: it confirms its send and goes to the Sent folder.
		if own, err := d.ownCopy(ctx, tx, t); err != nil || own != nil {
			if err != nil {
				return err
			}
			h.dec, h.action = *own, mailbox.Sent
			if seen, err := tx.Seen(ctx, msgID); err != nil || seen {
				return err
			}
			return tx.MarkSeen(ctx, store.Seen{MessageID: msgID, UIDValidity: f.UIDValidity, UID: f.UID,
				Kind: own.kind, Outcome: own.outcome, MeetingID: own.meetingID})
		}
		seen, err := tx.Seen(ctx, msgID)
		if err != nil {
			return err
		}
		if seen {
			h.dec = decision{kind: "duplicate", outcome: "already handled"}
			return nil
		}
		var dec decision
		if p.readErr == nil {
			d.readAheadFor, d.readAheadResult = t, p.r
			dec, err = d.intake(ctx, tx, t)
			d.readAheadFor, d.readAheadResult = nil, nil
		} else {
			err = &errQuarantine{reason: p.readErr.Error(), foreign: p.foreign}
		}
		if err != nil {
			return err
		}
		h.dec = dec
		return tx.MarkSeen(ctx, store.Seen{MessageID: msgID, UIDValidity: f.UIDValidity, UID: f.UID,
			Kind: dec.kind, Outcome: dec.outcome, ContactID: dec.contactID, MeetingID: dec.meetingID})
	})
	if err != nil || msgErr == nil {
		return h, nil, err
	}
	b.rollback(mark)
	if !errors.As(msgErr, &qErr) {
		key := uint64(f.UIDValidity)<<32 | uint64(f.UID)
		d.failures[key]++
		if d.failures[key] < maxIntakeFailures || ctx.Err() != nil {
			return h, msgErr, nil
		}
		delete(d.failures, key)
		qErr = &errQuarantine{reason: fmt.Sprintf("coffeechat failed %d times to process it: %v", maxIntakeFailures, msgErr)}
	}
	// Whatever intake wrote is rolled back; the quarantine is recorded in
	// a savepoint of its own.
	msgErr, err = tx.Savepoint(ctx, func() error { return d.recordQuarantine(ctx, tx, f, p.described(), msgID, qErr) })
	if err != nil || msgErr != nil {
		b.rollback(mark)
		return h, msgErr, err
	}
	h.action, h.quarantine = mailbox.Quarantine, qErr
	h.dec = decision{kind: "quarantined"}
	return h, nil, nil
}

// quarantineTx quarantines f in a transaction of its own, with the
// checkpoint.
func (d *Daemon) quarantineTx(ctx context.Context, f *mailbox.Fetched, p *parsed, reason *errQuarantine) (*handledMsg, error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), handleTimeout)
	defer cancel()
	err := d.store.InTx(ctx, func(tx *store.Tx) error {
		if err := d.recordQuarantine(ctx, tx, f, p.described(), p.msgID, reason); err != nil {
			return err
		}
		return tx.SetCheckpoint(ctx, d.cfg.Mailbox.Mailbox, f.UIDValidity, f.UID)
	})
	if err != nil {
		return nil, fmt.Errorf("quarantine uid %d: %w", f.UID, err)
	}
	return &handledMsg{f: f, action: mailbox.Quarantine, quarantine: reason, dec: decision{kind: "quarantined"}}, nil
}

// handled reports committed messages (log, metrics, wake-ups) and returns
// their actions.
func (d *Daemon) handled(hs []*handledMsg) []mailbox.Action {
	actions := make([]mailbox.Action, len(hs))
	for i, h := range hs {
		actions[i] = h.action
		f := h.f
		delete(d.failures, uint64(f.UIDValidity)<<32|uint64(f.UID))
		if h.quarantine != nil {
			d.log.Warn("message quarantined", "uid", f.UID, "reason", h.quarantine.Error(), "foreign", h.quarantine.foreign)
			d.observer().MessageHandled("quarantined")
			continue
		}
		if h.dec.kind == kindOwnCopy {
			d.log.Debug("own copy filed", "uid", f.UID, "outcome", h.dec.outcome, "meeting", h.dec.meetingID)
			continue
		}
		d.log.Info("message handled", "uid", f.UID, "kind", h.dec.kind, "outcome", h.dec.outcome, "meeting", h.dec.meetingID)
		d.observer().MessageHandled(h.dec.kind)
	}
	if len(hs) > 0 {
		wake(d.wakeMail)
		wake(d.wakeJobs)
		wake(d.worked)
	}
	return actions
}

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

// recordQuarantine records the message as quarantined and tells the owner
// why; the watcher moves it aside.
func (d *Daemon) recordQuarantine(ctx context.Context, tx *store.Tx, f *mailbox.Fetched, t *mail.Thread, msgID string, reason *errQuarantine) error {
	from, subject := "(unknown sender)", "(no subject)"
	if t != nil {
		if t.From.Email != "" {
			from = t.From.Email
		}
		if t.Subject != "" {
			subject = t.Subject
		}
	} else if f.TooLarge {
		// Not read: the server's envelope says who sent it and what it is.
		if f.From != "" {
			from = cleanText(f.From, 200)
		}
		if s := cleanText(f.Subject, 200); s != "" {
			subject = s
		}
	}
	if err := tx.MarkSeen(ctx, store.Seen{MessageID: msgID, UIDValidity: f.UIDValidity, UID: f.UID,
		Kind: "quarantined", Outcome: truncate(reason.Error(), 500)}); err != nil {
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

// readThread runs the same reading as `coffeechat inspect`, or returns
// the one parse did ahead for t.
func (d *Daemon) readThread(t *mail.Thread) *reading.Result {
	if t == d.readAheadFor && d.readAheadResult != nil {
		return d.readAheadResult
	}
	return d.readThreadNow(t)
}

func (d *Daemon) readThreadNow(t *mail.Thread) *reading.Result {
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
