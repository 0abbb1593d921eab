// Package mailbox watches the dedicated IMAP mailbox (go-imap v2): it
// resumes from a UIDVALIDITY + UID checkpoint, fetches what is new in UID
// order, hands each message to a Handler, files it away (processed or
// quarantine folder, or a flag where MOVE is not offered), then waits in
// IDLE. Network errors reconnect with backoff; only cancellation or a
// permanent error (rejected credentials) ends Run.
package mailbox

import (
	"context"
	"log/slog"
	"time"
)

// Config says how to reach the mailbox and where to file messages.
type Config struct {
	Addr     string // host:port
	TLS      string // "none", "starttls" or "tls"
	Username string
	Password string
	CAFile   string // extra root CA (PEM), besides the system roots
	// InsecureSkipVerify is honoured only for loopback hosts.
	InsecureSkipVerify bool

	Mailbox    string // watched mailbox; "" means INBOX
	Processed  string // folder for handled messages; "" leaves them in place, flagged
	Quarantine string // folder for unreadable messages; "" leaves them, flagged
	Drafts     string // folder for Append of drafts; may be empty
	// Sent is the folder for the copies of coffeechat's own emails that
	// come back to the mailbox (the daemon Bcc's itself to confirm a
	// send); "" leaves them in place, flagged like processed mail.
	Sent string

	// MaxSize: messages larger than this are not fetched; the handler gets
	// Fetched.TooLarge instead. 0 means 25 MiB.
	MaxSize int64

	// Tunables; zero values take the defaults shown.
	IdleRestart time.Duration // 25m: re-issue IDLE before servers' 29-30 min cut
	BackoffMin  time.Duration // 1s
	BackoffMax  time.Duration // 5m

	// OnProgress, if set, is called on the watcher's goroutine as a backlog
	// is read, as often as the "catch-up" log line: at most every second or
	// every 10%. It must not block.
	OnProgress func(Progress)
	// OnIdle, if set, is called on the watcher's goroutine with "idle" each
	// time IDLE starts and "exists" when the server announces new mail:
	// the heartbeat of a healthy watcher, for metrics.
	OnIdle func(event string)
}

// Checkpoint is where intake stopped: the mailbox's UIDVALIDITY and the
// highest UID fully handled.
type Checkpoint struct {
	UIDValidity uint32
	UID         uint32
}

// Fetched is one message handed to the Handler.
type Fetched struct {
	UID          uint32
	UIDValidity  uint32
	Size         int64
	InternalDate time.Time
	Raw          []byte // nil when TooLarge
	TooLarge     bool
	// From (the address) and Subject of a TooLarge message, from the
	// server's ENVELOPE, so the owner can be told which message was set
	// aside; "" otherwise.
	From, Subject string
}

// Action says where a handled message goes.
type Action int

const (
	Processed  Action = iota // move to Config.Processed (or flag)
	Quarantine               // move to Config.Quarantine (or flag)
	Keep                     // leave it where it is
	Sent                     // move to Config.Sent (or flag as processed)
)

// Handler is the daemon's side of intake.
type Handler interface {
	// Checkpoint returns where to resume. A zero Checkpoint means "from the
	// start".
	Checkpoint(ctx context.Context) (Checkpoint, error)
	// Handle processes one message and commits the new checkpoint (its UID
	// and UIDValidity) in the same transaction as its effects. It is called
	// on the watcher's goroutine, in UID order. An error means "not handled,
	// try again later": the watcher backs off and starts over from the
	// checkpoint.
	Handle(ctx context.Context, m *Fetched) (Action, error)
}

// Refiler may be implemented by a Handler. A restart finds messages that
// were handled but not yet filed (the watcher stopped between the commit
// and the MOVE); Refile says where each goes. Without it, or for a UID it
// leaves out, they go where processed mail goes.
type Refiler interface {
	Refile(ctx context.Context, uidValidity uint32, uids []uint32) (map[uint32]Action, error)
}

// BatchHandler may be implemented by a Handler to take a backlog several
// messages at a time (a fetch batch, at most 50) and commit them together:
// one commit per batch instead of one per message.
type BatchHandler interface {
	// HandleBatch processes ms in UID order and commits, together, their
	// effects and the checkpoint (the UID of the last one it returns an
	// Action for). It returns one Action per handled message, for a prefix
	// of ms: all of them, or, with an error, those committed before the
	// error (their filing still happens). The watcher files messages only
	// after HandleBatch returns, so a message is moved only once its
	// effects are committed. An error means the rest are not handled: the
	// watcher backs off and starts over from the checkpoint.
	HandleBatch(ctx context.Context, ms []*Fetched) ([]Action, error)
}

// Preparer may be implemented by a BatchHandler. The watcher calls Prepare
// with the messages of a batch as soon as their bodies arrive, on a
// goroutine of its own and while it may still be handling the batch
// before; HandleBatch later gets the same *Fetched values. It lets the
// handler start work that needs no order and no store (parsing) early. It
// must not block, and a batch it saw may never reach HandleBatch (the
// session failed).
type Preparer interface {
	Prepare(ms []*Fetched)
}

// Progress is reported during catch-up of a backlog.
type Progress struct {
	Done, Total int
}

// Watcher watches one mailbox. Run it on one goroutine.
type Watcher struct {
	cfg Config
	h   Handler
	log *slog.Logger
}

// New returns a Watcher; it does not connect.
func New(cfg Config, h Handler, log *slog.Logger) *Watcher {
	return &Watcher{cfg: cfg, h: h, log: log}
}

// Run watches until ctx is cancelled (returns nil) or a permanent error.
func (w *Watcher) Run(ctx context.Context) error { return w.run(ctx) }

// Once connects, handles everything newer than the checkpoint, files it,
// and returns (for `coffeechat run --once`).
func (w *Watcher) Once(ctx context.Context) error { return w.once(ctx) }

// FindMessageIDs looks for messages whose Message-ID header is one of ids
// in each of folders (a folder that does not exist holds none), over a
// connection of its own, and returns the ids found.
func FindMessageIDs(ctx context.Context, cfg Config, folders []string, ids []string) (map[string]bool, error) {
	return findMessageIDs(ctx, cfg, folders, ids)
}

// Append stores raw in folder (e.g. Drafts) with the given flags, over a
// connection of its own.
func Append(ctx context.Context, cfg Config, folder string, raw []byte, flags []string) error {
	return appendMessage(ctx, cfg, folder, raw, flags)
}
