// Package daemon is coffeechat's workflow. It reads each message the
// mailbox hands it, decides what it means, and records the decision and the
// mail it causes in one transaction; a scheduler runs durable jobs
// (thank-yous, prep briefs, the weekly summary) and a sender works the
// outbox. Data flows one way: mailbox → mail.Read → reading → decision →
// store (meetings, jobs, outbox) → sender.
package daemon

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon/reading"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/mail/mailbox"
	"github.com/coffeechat/coffeechat/templates"
)

// Config is what the daemon needs to know about its owner and their
// preferences. cmd/coffeechat builds it from the TOML file.
type Config struct {
	OwnerName      string
	OwnerEmail     string   // where coffeechat writes to the owner
	OwnerAddresses []string // every address of the owner, OwnerEmail included
	Dedicated      string   // coffeechat's own address
	Location       *time.Location
	Availability   calendar.Availability
	// AvailabilitySpec is the availability as configured, for messages.
	AvailabilitySpec string

	DefaultDuration time.Duration
	ContactInvites  string // after-owner-accepts | immediately | never
	ThankYouMode    string // auto | review
	// ThankYouDelay after the call ends; when ThankYouNextMorning, the next
	// morning at 09:00 in the owner's zone instead.
	ThankYouDelay       time.Duration
	ThankYouNextMorning bool
	SummaryDay          time.Weekday
	SummaryMinute       int // minutes after local midnight
	PrepBrief           time.Duration
	NotesPromptDelay    time.Duration
	NudgeAfter          time.Duration
	DeferDefault        time.Duration

	// Mailbox is the watched mailbox's configuration; its name keys the
	// checkpoint.
	Mailbox mailbox.Config
	// Limits bound the reading of hostile messages.
	Limits mail.Options

	// Auth is how mail claiming to be the owner's proves it.
	Auth AuthPolicy
	// ThirdPartyDailyCap is the most emails to people other than the owner
	// coffeechat sends in any 24 hours; 0 means no cap. More wait, and the
	// owner is told.
	ThirdPartyDailyCap int
	// ForeignNoticeEvery is the least time between two notices to the owner
	// about mail from strangers, so a flood cannot become a flood to the
	// owner. 0 means an hour.
	ForeignNoticeEvery time.Duration

	// BccSelf sends every email to Dedicated too (envelope only). Its copy
	// coming back is the proof that a send whose outcome a crash lost went
	// through: without it, such a send is repeated (at least once); with
	// it, it is looked up first (exactly once). See Deps.FindSent.
	BccSelf bool
	// ConfirmWait is how long after an interrupted send its copy may take
	// to arrive before the mail is sent again. 0 means 5 minutes.
	ConfirmWait time.Duration
}

// Sender sends the exact bytes of an outbox row. compose.Sender is one.
type Sender interface {
	Send(ctx context.Context, from string, rcpts []string, raw []byte) error
}

// copySender is a Sender that can add a recipient the server may refuse
// without failing the send (compose.Sender is one). With a Sender that is
// not, the copy is an ordinary recipient.
type copySender interface {
	SendWithCopy(ctx context.Context, from string, rcpts []string, copyTo string, raw []byte) (bool, error)
}

// Deps are the daemon's collaborators.
type Deps struct {
	Store     *store.Store
	Templates *templates.Set
	Sender    Sender
	Log       *slog.Logger
	// Now is the clock; nil means time.Now. Tests set it to walk a meeting
	// through its life without sleeping.
	Now func() time.Time
	// AppendDraft stores a draft in the Drafts folder; nil means an IMAP
	// APPEND over the mailbox configuration.
	AppendDraft func(ctx context.Context, raw []byte) error
	// FindSent looks for the copies (BccSelf) of mails by Message-ID and
	// returns those found; nil means an IMAP search of the watched mailbox
	// and the Sent folder of Config.Mailbox.
	FindSent func(ctx context.Context, messageIDs []string) (map[string]bool, error)
	Observer Observer // told what the daemon did, for metrics; nil: nobody
}

// Daemon is the running workflow.
type Daemon struct {
	cfg   Config
	store *store.Store
	tmpl  *templates.Set
	send  Sender
	log   *slog.Logger
	// appendDraft stores a draft (see Deps.AppendDraft).
	appendDraft func(ctx context.Context, raw []byte) error
	// findSent looks up copies of sent mail (see Deps.FindSent).
	findSent func(ctx context.Context, messageIDs []string) (map[string]bool, error)
	now      func() time.Time
	obs      Observer // may be nil; use observer()

	// Wake-ups after a commit: capacity 1, sent without blocking.
	wakeJobs chan struct{}
	wakeMail chan struct{}
	worked   chan struct{} // intake committed something (see releaseLoop)

	// Tunables, fields so tests can shrink them.
	maxSleep  time.Duration // longest the scheduler and sender sleep between looks
	retryBase time.Duration // first retry delay of a temporary send failure
	settle    time.Duration // quiet time before memory is given back (releaseLoop)
	releases  atomic.Int64  // times releaseLoop gave memory back

	mu          sync.Mutex
	lastFailure error // guarded by mu; the sender's last error, for Once

	// failures counts intake errors per message (UIDVALIDITY<<32|UID), on
	// the watcher's goroutine only: a message that keeps failing is
	// quarantined rather than retried forever.
	failures map[uint64]int
	// readAheadFor and readAheadResult hand intake the reading of the
	// thread in hand that was done ahead (see readThread); watcher's
	// goroutine only.
	readAheadFor    *mail.Thread
	readAheadResult *reading.Result

	prepMu sync.Mutex
	prep   []preparedBatch // guarded by prepMu; see Prepare
}

// New returns a Daemon. It starts nothing.
func New(cfg Config, deps Deps) (*Daemon, error) {
	if deps.Store == nil || deps.Templates == nil || deps.Sender == nil {
		return nil, errors.New("daemon: store, templates and sender are required")
	}
	if cfg.Location == nil {
		return nil, errors.New("daemon: owner time zone is required")
	}
	if deps.Log == nil {
		deps.Log = slog.New(slog.DiscardHandler)
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	cfg.OwnerEmail = strings.ToLower(cfg.OwnerEmail)
	cfg.Dedicated = strings.ToLower(cfg.Dedicated)
	has := false
	for i, a := range cfg.OwnerAddresses {
		cfg.OwnerAddresses[i] = strings.ToLower(a)
		has = has || cfg.OwnerAddresses[i] == cfg.OwnerEmail
	}
	if !has {
		cfg.OwnerAddresses = append(cfg.OwnerAddresses, cfg.OwnerEmail)
	}
	if cfg.Mailbox.Mailbox == "" {
		cfg.Mailbox.Mailbox = "INBOX"
	}
	if cfg.ForeignNoticeEvery == 0 {
		cfg.ForeignNoticeEvery = time.Hour
	}
	if deps.AppendDraft == nil {
		mcfg := cfg.Mailbox
		deps.AppendDraft = func(ctx context.Context, raw []byte) error {
			if mcfg.Drafts == "" {
				return errors.New("no [imap] drafts_folder configured")
			}
			err := mailbox.Append(ctx, mcfg, mcfg.Drafts, raw, []string{`\Draft`})
			if err != nil {
				// APPEND failures are the server's or the network's;
				// try again later like a temporary SMTP failure.
				return &compose.SendError{Temporary: true, Err: err}
			}
			return nil
		}
	}
	if cfg.ConfirmWait == 0 {
		cfg.ConfirmWait = 5 * time.Minute
	}
	if deps.FindSent == nil {
		mcfg := cfg.Mailbox
		deps.FindSent = func(ctx context.Context, ids []string) (map[string]bool, error) {
			return mailbox.FindMessageIDs(ctx, mcfg, []string{mcfg.Mailbox, mcfg.Sent}, ids)
		}
	}
	return &Daemon{
		appendDraft: deps.AppendDraft,
		findSent:    deps.FindSent,
		obs:         deps.Observer,
		cfg:         cfg, store: deps.Store, tmpl: deps.Templates, send: deps.Sender, log: deps.Log, now: deps.Now,
		wakeJobs:  make(chan struct{}, 1),
		wakeMail:  make(chan struct{}, 1),
		worked:    make(chan struct{}, 1),
		maxSleep:  time.Minute,
		retryBase: time.Minute,
		settle:    5 * time.Second,
		// Written by Handle when intake fails; a nil map would panic there.
		failures: map[uint64]int{},
	}, nil
}

// Run watches the mailbox, runs due jobs and sends the outbox until ctx is
// cancelled, then lets the message in hand finish and returns nil; or
// returns the watcher's permanent error (such as rejected credentials).
func (d *Daemon) Run(ctx context.Context) error {
	if err := d.ensureSummaryJob(ctx); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	start := func(name string, fn func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(ctx); err != nil && ctx.Err() == nil {
				d.log.Error("stopped", "part", name, "err", err)
				errc <- err
				cancel()
			}
		}()
	}
	w := mailbox.New(d.cfg.Mailbox, d, d.log.With("part", "mailbox"))
	start("mailbox", w.Run)
	start("scheduler", d.scheduleLoop)
	start("sender", d.sendLoop)
	start("memory", d.releaseLoop)
	wg.Wait()
	close(errc)
	return <-errc // nil when closed and empty
}

// Once handles what is in the mailbox, runs the jobs that are due and
// sends what is due, then returns: `coffeechat run --once`.
func (d *Daemon) Once(ctx context.Context) error {
	if err := d.ensureSummaryJob(ctx); err != nil {
		return err
	}
	w := mailbox.New(d.cfg.Mailbox, d, d.log.With("part", "mailbox"))
	werr := w.Once(ctx)
	if werr != nil {
		d.log.Error("mailbox", "err", werr)
	}
	if _, err := d.runDueJobs(ctx); err != nil {
		return err
	}
	if _, err := d.sendDue(ctx); err != nil {
		return err
	}
	return werr
}

// SendDue sends the mail that is due, once.
func (d *Daemon) SendDue(ctx context.Context) error {
	_, err := d.sendDue(ctx)
	return err
}

// RunDue runs due jobs and sends due mail once (for tests and `demo`).
func (d *Daemon) RunDue(ctx context.Context) error {
	if _, err := d.runDueJobs(ctx); err != nil {
		return err
	}
	_, err := d.sendDue(ctx)
	return err
}

func wake(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// sleep waits until t (capped at maxSleep), a wake-up, or cancellation.
func (d *Daemon) sleep(ctx context.Context, until time.Time, wakeup <-chan struct{}) {
	wait := d.maxSleep
	if !until.IsZero() {
		if w := until.Sub(d.now()); w < wait {
			wait = w
		}
	}
	if wait <= 0 {
		return
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-wakeup:
	case <-t.C:
	}
}

// newMessageID returns a fresh Message-ID (without brackets) on the
// dedicated address's domain. It is chosen once, when the mail is enqueued.
//
// It is the time in seconds and then 64 random bits (unguessable: see
// ownCopy), so that ids made one after another sort one after another:
// the store's unique indexes on them (outbox.message_id, meetings.uid)
// then grow at their end, where a batch of intake changes a page or two,
// instead of a page per message at random places (each written to the
// WAL at the commit).
func (d *Daemon) newMessageID(kind string) string {
	var b [12]byte
	binary.BigEndian.PutUint32(b[:4], uint32(time.Now().Unix()))
	rand.Read(b[4:])
	domain := "coffeechat.invalid"
	if _, dom, ok := strings.Cut(d.cfg.Dedicated, "@"); ok {
		domain = dom
	}
	return kind + "." + hex.EncodeToString(b[:]) + "@" + domain
}

func (d *Daemon) isOwner(addr string) bool {
	addr = strings.ToLower(addr)
	for _, a := range d.cfg.OwnerAddresses {
		if a == addr {
			return true
		}
	}
	return false
}

func (d *Daemon) isDedicated(addr string) bool {
	addr = strings.ToLower(addr)
	if addr == d.cfg.Dedicated {
		return true
	}
	// chats+anything@example.test is the dedicated address too.
	local, dom, ok := strings.Cut(addr, "@")
	dlocal, ddom, _ := strings.Cut(d.cfg.Dedicated, "@")
	if base, _, plus := strings.Cut(local, "+"); ok && plus && base == dlocal && dom == ddom {
		return true
	}
	return false
}
