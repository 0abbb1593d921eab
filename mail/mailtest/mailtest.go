// Package mailtest runs real in-process IMAP (go-imap's imapserver with its
// in-memory backend) and SMTP (go-smtp) servers on 127.0.0.1, in the spirit
// of net/http/httptest, for tests and for `coffeechat demo`. Mail accepted
// by the SMTP server for a known user is delivered to that user's INBOX.
package mailtest

import (
	"sync"
	"time"

	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"
)

// Envelope is one message the SMTP server accepted.
type Envelope struct {
	From string
	To   []string
	Data []byte
	At   time.Time
	// Username is the AUTH PLAIN identity of the session; "" without AUTH.
	Username string
}

// Options configure a Server.
type Options struct {
	// Users maps each address to its password. Each user gets INBOX,
	// Drafts, Sent, Archive, Junk and Trash.
	Users map[string]string
	// IMAP4rev1Only advertises only IMAP4rev1 (no MOVE, UIDPLUS, ...), so
	// clients' fallbacks (COPY + \Deleted + EXPUNGE) can be tested.
	IMAP4rev1Only bool
}

// Server is a running pair of servers.
type Server struct {
	IMAPAddr string // host:port, plaintext, LOGIN allowed
	SMTPAddr string // host:port, plaintext, AUTH PLAIN allowed, any recipient

	opts Options
	mem  *imapmemserver.Server

	// backdoor serves the same data on its own address and is never
	// stopped, so Messages works while the public IMAP listener is down.
	backdoor     *imapserver.Server
	backdoorAddr string

	smtp *smtp.Server

	mu         sync.Mutex
	users      map[string]*user   // key: lower-cased address; guarded by mu
	imap       *imapserver.Server // nil while stopped; guarded by mu
	imapDone   chan struct{}      // closed when the public Serve returns; guarded by mu
	sent       []Envelope         // guarded by mu
	sentNotify chan struct{}      // closed and replaced on each accepted message; guarded by mu
	failCode   int                // guarded by mu
	failLeft   int                // guarded by mu
	rejectRcpt map[string]int     // lower-cased address -> SMTP code; guarded by mu
	closed     bool               // guarded by mu
	wg         sync.WaitGroup
}

type user struct {
	addr     string
	password string
	mem      *imapmemserver.User
}
