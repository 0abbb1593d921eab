package compose

import (
	"context"
	"errors"
	"net"
	"sync"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"
)

// SMTPConfig says how to reach the submission server.
type SMTPConfig struct {
	Addr     string // host:port
	TLS      string // "none", "starttls" or "tls"
	Username string // empty: no AUTH
	Password string
	CAFile   string // extra root CA (PEM), besides the system roots
	// InsecureSkipVerify is honoured only for loopback hosts.
	InsecureSkipVerify bool
	HELO               string
	Timeout            time.Duration // per connection; 0: 30s
}

// Sender sends built messages. It is safe for use by one goroutine at a
// time and may keep a connection open between sends.
type Sender struct {
	cfg     SMTPConfig
	timeout time.Duration
	client  *gomail.Client // immutable: dial settings only

	mu     sync.Mutex
	conn   *smtp.Client // open connection or nil; guarded by mu
	lastOK time.Time    // when conn last completed a transaction; guarded by mu

	rawMu sync.Mutex
	raw   net.Conn // the socket under conn, closed to interrupt a command; guarded by rawMu
}

// NewSender checks cfg and returns a Sender. It does not connect.
func NewSender(cfg SMTPConfig) (*Sender, error) { return newSender(cfg) }

// Send sends raw to rcpts with envelope sender from. The error is a
// *SendError that says whether trying again later can help.
func (s *Sender) Send(ctx context.Context, from string, rcpts []string, raw []byte) error {
	_, err := s.send(ctx, from, rcpts, "", raw)
	return err
}

// SendWithCopy is Send with one more envelope recipient, copyTo, that may
// be refused without failing the send: coffeechat Bcc's its own mailbox
// to learn, after a crash, whether a send went through. copied reports
// whether the server took copyTo.
func (s *Sender) SendWithCopy(ctx context.Context, from string, rcpts []string, copyTo string, raw []byte) (copied bool, err error) {
	return s.send(ctx, from, rcpts, copyTo, raw)
}

// Close closes any open connection.
func (s *Sender) Close() error { return s.close() }

// SendError is a failed send.
type SendError struct {
	Temporary bool // 4xx, timeouts, refused connections: try again later
	// MaybeSent: the server had the whole message when the connection
	// failed, before its reply was read; it may have delivered it.
	MaybeSent bool
	Err       error
}

func (e *SendError) Error() string { return e.Err.Error() }
func (e *SendError) Unwrap() error { return e.Err }

// MaybeSent reports whether err leaves open that the mail was delivered.
func MaybeSent(err error) bool {
	var se *SendError
	return errors.As(err, &se) && se.MaybeSent
}

// IsTemporary reports whether err is worth retrying.
func IsTemporary(err error) bool {
	var se *SendError
	if errors.As(err, &se) {
		return se.Temporary
	}
	return false
}
