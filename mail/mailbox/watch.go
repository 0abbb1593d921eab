package mailbox

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Keywords set on messages left in the watched mailbox, so a restart can
// tell them from messages handled before a crash but not yet filed.
const (
	keywordDone       = imap.Flag("$coffeechat-done")
	keywordQuarantine = imap.Flag("$coffeechat-quarantine")
	keywordKept       = imap.Flag("$coffeechat-kept")
)

const (
	defaultMaxSize     = 25 << 20
	defaultIdleRestart = 25 * time.Minute
	defaultBackoffMin  = time.Second
	defaultBackoffMax  = 5 * time.Minute

	// A backlog is fetched in batches: bodies of at most fetchBatch
	// messages or about fetchBatchBytes at a time, handled, then filed.
	// A BatchHandler commits a batch in one transaction: the index pages
	// a batch touches are written to the WAL once per commit. Over a
	// 10,000-thread backlog, 100 rather than 50 made 17% fewer write
	// calls and ~8% less CPU; 200 saved few more but held 5 MB more heap
	// at rest afterwards (survivors scattered over a larger peak) and
	// raised the peak RSS from 56 to 63 MB.
	fetchBatch      = 100
	fetchBatchBytes = 32 << 20
	// Handled messages are filed fileBatch at a time (and at the end of a
	// catch-up): Dovecot spends ~17 ms on each MOVE besides ~50 us per
	// message, so 10,000 messages took it 3.6 s to file 50 at a time and
	// 0.6 s 1,000 at a time (bench/RESULTS.md).
	fileBatch = 1000

	// stopIdleTimeout bounds the wait for the server to end IDLE; a link
	// that died silently would otherwise block until TCP gives up.
	stopIdleTimeout = time.Minute
)

func (w *Watcher) settings() Config {
	cfg := w.cfg
	if cfg.Mailbox == "" {
		cfg.Mailbox = "INBOX"
	}
	if cfg.MaxSize <= 0 {
		cfg.MaxSize = defaultMaxSize
	}
	if cfg.IdleRestart <= 0 {
		cfg.IdleRestart = defaultIdleRestart
	}
	if cfg.BackoffMin <= 0 {
		cfg.BackoffMin = defaultBackoffMin
	}
	if cfg.BackoffMax <= 0 {
		cfg.BackoffMax = defaultBackoffMax
	}
	if cfg.BackoffMax < cfg.BackoffMin {
		cfg.BackoffMax = cfg.BackoffMin
	}
	return cfg
}

func (w *Watcher) logger() *slog.Logger {
	if w.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.log
}

func (w *Watcher) run(ctx context.Context) error {
	cfg := w.settings()
	log := w.logger().With("mailbox", cfg.Mailbox, "addr", cfg.Addr)
	attempt := 0
	for {
		healthy, err := w.session(ctx, cfg, log)
		if ctx.Err() != nil {
			return nil
		}
		if isPermanent(err) {
			log.Error("imap: giving up", "err", err)
			return err
		}
		if healthy {
			attempt = 0
		}
		d := backoff(cfg.BackoffMin, cfg.BackoffMax, attempt)
		attempt++
		log.Warn("imap: session ended, reconnecting", "err", err, "wait", d, "attempt", attempt)
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// backoff is exponential from lo, capped at hi, with up to 20% jitter so
// many clients do not come back at once.
func backoff(lo, hi time.Duration, attempt int) time.Duration {
	d := hi
	if attempt < 30 && lo<<attempt < hi && lo<<attempt > 0 {
		d = lo << attempt
	}
	return d + rand.N(d/5+1)
}

// session runs one connection: catch up, then IDLE and handle new mail
// until an error or ctx ends. healthy reports whether it got as far as
// IDLE, which resets the backoff.
func (w *Watcher) session(ctx context.Context, cfg Config, log *slog.Logger) (healthy bool, err error) {
	s, err := w.connect(ctx, cfg, log)
	if err != nil {
		return false, err
	}
	defer s.close()
	if err := s.start(ctx); err != nil {
		return false, err
	}
	for {
		idle, err := s.c.Idle()
		if err != nil {
			return healthy, fmt.Errorf("idle: %w", err)
		}
		healthy = true
		// Caught up and listening: what an operator (and the e2e test
		// that delivers only now) waits for.
		log.Debug("imap: idling")
		if cfg.OnIdle != nil {
			cfg.OnIdle("idle")
		}
		t := time.NewTimer(cfg.IdleRestart)
		select {
		case <-ctx.Done():
		case at := <-s.newMail:
			// When the server's announcement arrived, for measuring what
			// the daemon adds to it (bench/cmd/idleprobe).
			log.Debug("imap: new mail announced", "exists_at", at)
			if cfg.OnIdle != nil {
				cfg.OnIdle("exists")
			}
		case <-t.C:
		case <-s.c.Closed():
		}
		t.Stop()
		if ctx.Err() != nil {
			return healthy, nil // the client is closed already
		}
		watchdog := time.AfterFunc(stopIdleTimeout, func() { s.c.Close() })
		err = errors.Join(idle.Close(), idle.Wait())
		watchdog.Stop()
		if err != nil {
			return healthy, fmt.Errorf("stop idle: %w", err)
		}
		if err := s.catchUp(ctx); err != nil {
			return healthy, err
		}
	}
}

func (w *Watcher) once(ctx context.Context) error {
	cfg := w.settings()
	log := w.logger().With("mailbox", cfg.Mailbox, "addr", cfg.Addr)
	s, err := w.connect(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer s.close()
	if err := s.start(ctx); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	if err := s.c.Logout().Wait(); err != nil && ctx.Err() == nil {
		log.Debug("imap: logout", "err", err)
	}
	return ctx.Err()
}

// session is one logged-in connection with the watched mailbox selected.
// Only the goroutine that runs it touches it, except that the unilateral
// data handler fills newMail and a ctx watcher may Close c.
type session struct {
	w           *Watcher
	cfg         Config
	log         *slog.Logger
	c           *imapclient.Client
	stopClose   func() bool
	newMail     chan time.Time // capacity 1: arrival of the first EXISTS not yet acted on
	uidValidity uint32
	next        uint32 // lowest UID not yet handled or skipped in this session
}

func (w *Watcher) connect(ctx context.Context, cfg Config, log *slog.Logger) (*session, error) {
	s := &session{w: w, cfg: cfg, log: log, newMail: make(chan time.Time, 1)}
	handler := &imapclient.UnilateralDataHandler{
		// Runs on the client's reader goroutine: it must never block or
		// call the client (that deadlocks the reader and Close with it).
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages == nil {
				return
			}
			select {
			case s.newMail <- time.Now():
			default:
			}
		},
	}
	c, err := dial(ctx, cfg, handler)
	if err != nil {
		return nil, err
	}
	s.c = c
	s.stopClose = context.AfterFunc(ctx, func() { c.Close() })
	if err := login(c, cfg); err != nil {
		s.close()
		return nil, err
	}
	for _, f := range []string{cfg.Processed, cfg.Quarantine, cfg.Sent} {
		if err := s.ensureFolder(f); err != nil {
			s.close()
			return nil, err
		}
	}
	sel, err := c.Select(cfg.Mailbox, nil).Wait()
	if err != nil {
		s.close()
		err = fmt.Errorf("select %s: %w", cfg.Mailbox, err)
		var ie *imap.Error
		if errors.As(err, &ie) {
			return nil, permanent(err)
		}
		return nil, err
	}
	s.uidValidity = sel.UIDValidity
	log.Debug("imap: selected", "messages", sel.NumMessages, "uidvalidity", sel.UIDValidity, "uidnext", sel.UIDNext)
	return s, nil
}

func (s *session) close() {
	s.stopClose()
	s.c.Close()
}

// ensureFolder creates folder unless it exists; a refusal is permanent.
func (s *session) ensureFolder(folder string) error {
	if folder == "" || folder == s.cfg.Mailbox {
		return nil
	}
	list, err := s.c.List("", folder, nil).Collect()
	if err != nil {
		return fmt.Errorf("list %s: %w", folder, err)
	}
	for _, l := range list {
		if l.Mailbox == folder {
			return nil
		}
	}
	err = s.c.Create(folder, nil).Wait()
	var ie *imap.Error
	switch {
	case err == nil:
		s.log.Info("imap: created folder", "folder", folder)
		return nil
	case errors.As(err, &ie) && ie.Code == imap.ResponseCodeAlreadyExists:
		return nil
	case errors.As(err, &ie):
		return permanent(fmt.Errorf("create %s: %w", folder, err))
	default:
		return fmt.Errorf("create %s: %w", folder, err)
	}
}

// start reads the checkpoint, files what was handled before a restart but
// is still in the mailbox, and catches up with everything newer.
func (s *session) start(ctx context.Context) error {
	cp, err := s.w.h.Checkpoint(ctx)
	if err != nil {
		return fmt.Errorf("read checkpoint: %w", err)
	}
	last := cp.UID
	if cp.UIDValidity != s.uidValidity {
		if cp != (Checkpoint{}) {
			s.log.Warn("imap: UIDVALIDITY changed, reading the mailbox from the start",
				"was", cp.UIDValidity, "now", s.uidValidity)
		}
		last = 0
	}
	if last > 0 {
		if err := s.fileLeftovers(ctx, last); err != nil {
			return err
		}
	}
	s.next = last + 1
	return s.catchUp(ctx)
}

// fileLeftovers files messages up to UID last (already handled) that are
// still in the mailbox without one of our keywords: the watcher stopped
// between handling and filing them.
func (s *session) fileLeftovers(ctx context.Context, last uint32) error {
	crit := &imap.SearchCriteria{
		UID:     []imap.UIDSet{{{Start: 1, Stop: imap.UID(last)}}},
		NotFlag: []imap.Flag{keywordDone, keywordQuarantine, keywordKept},
	}
	data, err := s.c.UIDSearch(crit, nil).Wait()
	if err != nil {
		return fmt.Errorf("search handled messages: %w", err)
	}
	uids := data.AllUIDs()
	if len(uids) == 0 {
		return nil
	}
	s.log.Info("imap: filing messages handled before a restart", "count", len(uids))
	r, ok := s.w.h.(Refiler)
	if !ok {
		return s.file(uids, Processed)
	}
	nums := make([]uint32, len(uids))
	for i, u := range uids {
		nums[i] = uint32(u)
	}
	actions, err := r.Refile(ctx, s.uidValidity, nums)
	if err != nil {
		return fmt.Errorf("where to file handled messages: %w", err)
	}
	byAction := map[Action][]imap.UID{}
	for _, u := range uids {
		a, ok := actions[uint32(u)]
		if !ok {
			a = Processed
		}
		byAction[a] = append(byAction[a], u)
	}
	for _, wait := range s.fileAsync(byAction) {
		if err := wait(); err != nil {
			return err
		}
	}
	return nil
}

// catchUp handles every message from UID s.next on, in UID order.
//
// The round trips overlap the handling: the bodies of batch i+1 are
// requested (and read in the background) before batch i is handled, and
// the MOVE filing batch i is waited for only after batch i+1 has been
// handled and filed in turn. The server's work (reading the files, moving
// them) no longer waits for ours, nor ours for it: on Dovecot with 10,000
// messages, waiting for MOVE alone was a quarter of the catch-up. At most
// two batches of bodies are held at once. A failed MOVE is reported one
// batch late, which changes nothing: handled messages are checkpointed and
// a restart files them (fileLeftovers).
func (s *session) catchUp(ctx context.Context) error {
	metas, err := s.c.Fetch(imap.UIDSet{{Start: imap.UID(s.next), Stop: 0}}, &imap.FetchOptions{
		UID: true, RFC822Size: true, InternalDate: true,
	}).Collect()
	if err != nil {
		return fmt.Errorf("fetch uids from %d: %w", s.next, err)
	}
	// "n:*" also returns the newest message when n is past the end.
	metas = slices.DeleteFunc(metas, func(m *imapclient.FetchMessageBuffer) bool { return uint32(m.UID) < s.next })
	if len(metas) == 0 {
		return nil
	}
	slices.SortFunc(metas, func(a, b *imapclient.FetchMessageBuffer) int { return int(a.UID) - int(b.UID) })

	var batches [][]*imapclient.FetchMessageBuffer
	for len(metas) > 0 {
		n, size := 0, int64(0)
		for n < len(metas) && n < fetchBatch && (n == 0 || size < fetchBatchBytes) {
			if m := metas[n]; m.RFC822Size <= s.cfg.MaxSize {
				size += m.RFC822Size
			}
			n++
		}
		batches = append(batches, metas[:n])
		metas = metas[n:]
	}

	p := newProgress(s, countAll(batches))
	var filing []func() error // the previous MOVE/STORE commands, not yet answered
	unfiled, nUnfiled := map[Action][]imap.UID{}, 0
	next := s.requestBodies(batches[0])
	for i, batch := range batches {
		fs, err := next.collect()
		next = nil
		if err != nil {
			return errors.Join(err, s.fileNow(unfiled), waitAll(filing))
		}
		if i+1 < len(batches) {
			next = s.requestBodies(batches[i+1])
		}
		filed, herr := s.handleBatch(ctx, batch, fs)
		for a, uids := range filed {
			unfiled[a] = append(unfiled[a], uids...)
			nUnfiled += len(uids)
		}
		var werr error
		if herr != nil || i+1 == len(batches) || nUnfiled >= fileBatch {
			cur := s.fileAsync(unfiled)
			unfiled, nUnfiled = map[Action][]imap.UID{}, 0
			// Most likely answered already: it ran while batches were handled.
			werr = waitAll(filing)
			filing = cur
		}
		if err := errors.Join(herr, werr); err != nil {
			next.close()
			return errors.Join(err, waitAll(filing))
		}
		p.add(len(batch))
	}
	return waitAll(filing)
}

// fileNow files handled messages and waits for the answers.
func (s *session) fileNow(filed map[Action][]imap.UID) error {
	return waitAll(s.fileAsync(filed))
}

func countAll(batches [][]*imapclient.FetchMessageBuffer) int {
	n := 0
	for _, b := range batches {
		n += len(b)
	}
	return n
}

func waitAll(fs []func() error) error {
	var errs []error
	for _, f := range fs {
		errs = append(errs, f())
	}
	return errors.Join(errs...)
}

// bodiesRequest is a FETCH of message bodies in flight. A goroutine of its
// own reads the answer as it comes: a server does not finish a MOVE while
// an earlier FETCH is still being sent (it may not announce the expunges
// in between), so an answer left unread while the watcher waits for a MOVE
// would deadlock.
type bodiesRequest struct {
	batch []*imapclient.FetchMessageBuffer
	done  chan struct{}
	fs    []*Fetched // set before done is closed
	err   error
}

// requestBodies sends the UID FETCH of the bodies of batch (those not too
// large) and of the envelopes of those too large, reads the answers in the
// background, then hands the messages to the handler's Prepare, if it has
// one, while the watcher is still busy with the batch before.
func (s *session) requestBodies(batch []*imapclient.FetchMessageBuffer) *bodiesRequest {
	r := &bodiesRequest{batch: batch, done: make(chan struct{})}
	var want, big imap.UIDSet
	for _, m := range batch {
		if m.RFC822Size <= s.cfg.MaxSize {
			want.AddNum(m.UID)
		} else {
			big.AddNum(m.UID)
		}
	}
	section := &imap.FetchItemBodySection{Peek: true}
	var bodyCmd, envCmd *imapclient.FetchCommand
	if len(want) > 0 {
		bodyCmd = s.c.Fetch(want, &imap.FetchOptions{
			UID: true, BodySection: []*imap.FetchItemBodySection{section},
		})
	}
	if len(big) > 0 {
		// Only who sent it and its subject, which the server has parsed:
		// the owner's notice then says which message was set aside.
		envCmd = s.c.Fetch(big, &imap.FetchOptions{UID: true, Envelope: true})
	}
	go func() {
		defer close(r.done)
		var bodies map[imap.UID][]byte
		var envelopes map[imap.UID]*imap.Envelope
		var errs []error
		// Both answers are read to the end, also after an error: an
		// unread answer would stall the connection.
		if bodyCmd != nil {
			var err error
			if bodies, err = readBodies(bodyCmd, len(want), s.cfg.MaxSize); err != nil {
				errs = append(errs, fmt.Errorf("fetch bodies %s: %w", want, err))
			}
		}
		if envCmd != nil {
			msgs, err := envCmd.Collect()
			if err != nil {
				errs = append(errs, fmt.Errorf("fetch envelopes %s: %w", big, err))
			}
			envelopes = make(map[imap.UID]*imap.Envelope, len(msgs))
			for _, m := range msgs {
				if m.Envelope != nil {
					envelopes[m.UID] = m.Envelope
				}
			}
		}
		if r.err = errors.Join(errs...); r.err != nil {
			return
		}
		r.fs = s.fetched(batch, bodies, envelopes)
		if p, ok := s.w.h.(Preparer); ok && bodyCmd != nil && len(r.fs) > 0 {
			p.Prepare(r.fs)
		}
	}()
	return r
}

// readBodies reads the answer to a FETCH of one body section per message
// as it streams in, each body into a buffer of the size its literal
// announces. (FetchCommand.Collect reads each with io.ReadAll, which grew
// a buffer step by step: 2.3 times a backlog's bytes allocated and
// copied.) A literal larger than maxSize, which the server should not
// send for a message it said was smaller, is read without trusting its
// size.
func readBodies(cmd *imapclient.FetchCommand, n int, maxSize int64) (map[imap.UID][]byte, error) {
	bodies := make(map[imap.UID][]byte, n)
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		var uid imap.UID
		var body []byte
		for {
			item := msg.Next()
			if item == nil {
				break
			}
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = it.UID
			case imapclient.FetchItemDataBodySection:
				if it.Literal == nil {
					continue
				}
				var err error
				if size := it.Literal.Size(); size >= 0 && size <= maxSize {
					body = make([]byte, size)
					_, err = io.ReadFull(it.Literal, body)
				} else {
					body, err = io.ReadAll(it.Literal)
				}
				if err != nil {
					return nil, errors.Join(err, cmd.Close())
				}
			}
		}
		if uid != 0 && body != nil {
			bodies[uid] = body
		}
	}
	return bodies, cmd.Close()
}

// fetched returns the messages of batch with their bodies (or, when too
// large, their envelope's sender and subject), in UID order, leaving out
// those that vanished. It runs on the reading goroutine: it touches
// nothing of the session but its configuration.
func (s *session) fetched(batch []*imapclient.FetchMessageBuffer, bodies map[imap.UID][]byte, envelopes map[imap.UID]*imap.Envelope) []*Fetched {
	fs := make([]*Fetched, 0, len(batch))
	for _, m := range batch {
		f := &Fetched{
			UID:          uint32(m.UID),
			UIDValidity:  s.uidValidity,
			Size:         m.RFC822Size,
			InternalDate: m.InternalDate,
		}
		if m.RFC822Size > s.cfg.MaxSize {
			f.TooLarge = true
			if e := envelopes[m.UID]; e != nil {
				f.Subject = e.Subject
				if len(e.From) > 0 {
					f.From = strings.ToLower(e.From[0].Addr())
				}
			}
		} else if f.Raw = bodies[m.UID]; f.Raw == nil {
			// Expunged by someone else since the UID list was read.
			s.log.Info("imap: message vanished before it was fetched", "uid", m.UID)
			continue
		}
		fs = append(fs, f)
	}
	return fs
}

// collect waits for the answer: the batch's messages.
func (r *bodiesRequest) collect() ([]*Fetched, error) {
	<-r.done
	return r.fs, r.err
}

// close waits for a request whose answer is no longer wanted (r may be
// nil), so no reader of the connection outlives the session's use of it.
func (r *bodiesRequest) close() {
	if r != nil {
		<-r.done
	}
}

// handleBatch hands each message of batch to the handler in UID order
// (all at once to a BatchHandler) and returns those handled by action, also
// when the handler fails part-way (they must still be filed).
func (s *session) handleBatch(ctx context.Context, batch []*imapclient.FetchMessageBuffer, fs []*Fetched) (map[Action][]imap.UID, error) {
	filed := map[Action][]imap.UID{}
	if bh, ok := s.w.h.(BatchHandler); ok && len(fs) > 0 {
		actions, err := bh.HandleBatch(ctx, fs)
		for i, a := range actions[:min(len(actions), len(fs))] {
			filed[a] = append(filed[a], imap.UID(fs[i].UID))
			s.next = fs[i].UID + 1
		}
		if err == nil && len(actions) < len(fs) {
			err = fmt.Errorf("handler took %d of %d messages", len(actions), len(fs))
		}
		if err != nil {
			return filed, fmt.Errorf("handle uids from %d: %w", s.next, err)
		}
		s.skipVanished(batch)
		return filed, nil
	}
	for _, f := range fs {
		action, err := s.w.h.Handle(ctx, f)
		// The handler is done with the body: let it go before the next.
		f.Raw = nil
		if err != nil {
			return filed, fmt.Errorf("handle uid %d: %w", f.UID, err)
		}
		filed[action] = append(filed[action], imap.UID(f.UID))
		s.next = f.UID + 1
	}
	s.skipVanished(batch)
	return filed, nil
}

// skipVanished moves s.next past the batch once all of it is handled: a
// message that vanished at its end is not looked for again.
func (s *session) skipVanished(batch []*imapclient.FetchMessageBuffer) {
	if n := len(batch); n > 0 && uint32(batch[n-1].UID) >= s.next {
		s.next = uint32(batch[n-1].UID) + 1
	}
}

// fileAsync sends the commands filing what handleBatch returned and returns
// the functions that wait for their answers.
func (s *session) fileAsync(filed map[Action][]imap.UID) []func() error {
	var waits []func() error
	for a, uids := range filed {
		if a != Processed && a != Quarantine && a != Keep && a != Sent {
			s.log.Warn("imap: unknown action, keeping messages", "action", int(a), "uids", len(uids))
			filed[Keep] = append(filed[Keep], uids...)
		}
	}
	for _, a := range []Action{Processed, Quarantine, Keep, Sent} {
		if len(filed[a]) == 0 {
			continue
		}
		waits = append(waits, s.fileStart(filed[a], a))
	}
	return waits
}

// file moves uids to the folder for action, or marks them with a keyword
// when that folder is "" (and for Keep), and waits for the answer.
func (s *session) file(uids []imap.UID, action Action) error {
	return s.fileStart(uids, action)()
}

// fileStart sends the command filing uids and returns the wait for its
// answer.
func (s *session) fileStart(uids []imap.UID, action Action) func() error {
	var folder string
	var keyword imap.Flag
	switch action {
	case Processed:
		folder, keyword = s.cfg.Processed, keywordDone
	case Quarantine:
		folder, keyword = s.cfg.Quarantine, keywordQuarantine
	case Sent:
		folder, keyword = s.cfg.Sent, keywordDone
	default:
		keyword = keywordKept
	}
	set := imap.UIDSetNum(uids...)
	if folder == "" || folder == s.cfg.Mailbox {
		cmd := s.c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{keyword}}, nil)
		return func() error {
			err := cmd.Close()
			var ie *imap.Error
			if errors.As(err, &ie) {
				// Some servers refuse keywords. Nothing is lost: a restart
				// files these again (messages at or below the checkpoint
				// are never handled twice).
				s.log.Warn("imap: could not flag messages", "keyword", keyword, "uids", set.String(), "err", err)
				return nil
			}
			if err != nil {
				return fmt.Errorf("flag %s %s: %w", set, keyword, err)
			}
			return nil
		}
	}
	// imapclient falls back to COPY + STORE \Deleted + (UID) EXPUNGE when
	// the server lacks MOVE.
	cmd := s.c.Move(set, folder)
	return func() error {
		if _, err := cmd.Wait(); err != nil {
			return fmt.Errorf("move %s to %s: %w", set, folder, err)
		}
		return nil
	}
}

// progress reports catch-up of a backlog at most every second or every
// 10%, and at the end.
type progress struct {
	s           *session
	total, done int
	last        time.Time
	lastTenth   int
}

func newProgress(s *session, total int) *progress {
	p := &progress{s: s, total: total, last: time.Now()}
	if total > 1 {
		p.report()
	}
	return p
}

func (p *progress) add(n int) {
	p.done += n
	tenth := p.done * 10 / p.total
	if p.total > 1 && (p.done == p.total || tenth > p.lastTenth || time.Since(p.last) >= time.Second) {
		p.lastTenth = tenth
		p.last = time.Now()
		p.report()
	}
}

func (p *progress) report() {
	p.s.log.Info("catch-up", "done", p.done, "total", p.total)
	if f := p.s.cfg.OnProgress; f != nil {
		f(Progress{Done: p.done, Total: p.total})
	}
}
