package compose

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"syscall"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"github.com/coffeechat/coffeechat/mail/mailtls"
)

const defaultTimeout = 30 * time.Second

func newSender(cfg SMTPConfig) (*Sender, error) {
	host, portStr, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("smtp address %q: %w", cfg.Addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 1 || port > 65535 {
		return nil, fmt.Errorf("smtp address %q: invalid port", cfg.Addr)
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = defaultTimeout
	}
	tlsCfg, err := tlsConfig(host, cfg.CAFile, cfg.InsecureSkipVerify)
	if err != nil {
		return nil, fmt.Errorf("smtp tls: %w", err)
	}
	var implicitTLS bool
	s := &Sender{cfg: cfg, timeout: timeout}
	opts := []gomail.Option{
		gomail.WithPort(port),
		gomail.WithTimeout(timeout),
		gomail.WithTLSConfig(tlsCfg),
		// Our own dialer keeps hold of the socket: go-mail's smtp client
		// has no context and its Close waits for a command in flight, so
		// closing the socket is the only way to cut a send short.
		gomail.WithDialContextFunc(func(ctx context.Context, network, addr string) (net.Conn, error) {
			var (
				conn net.Conn
				err  error
			)
			d := &net.Dialer{Timeout: timeout}
			if implicitTLS {
				conn, err = (&tls.Dialer{NetDialer: d, Config: tlsCfg}).DialContext(ctx, network, addr)
			} else {
				conn, err = d.DialContext(ctx, network, addr)
			}
			if err != nil {
				return nil, err
			}
			s.rawMu.Lock()
			s.raw = conn
			s.rawMu.Unlock()
			return conn, nil
		}),
	}
	if cfg.HELO != "" {
		opts = append(opts, gomail.WithHELO(cfg.HELO))
	}
	switch cfg.TLS {
	case "none":
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	case "starttls", "":
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case "tls":
		// The dialer does the TLS; go-mail must not try STARTTLS on top.
		implicitTLS = true
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	default:
		return nil, fmt.Errorf("smtp tls %q: want none, starttls or tls", cfg.TLS)
	}
	if cfg.Username != "" {
		// The first of these the server offers. go-mail's PLAIN and LOGIN
		// refuse to run without TLS unless the host is localhost, so a
		// password never crosses the network in the clear.
		opts = append(opts, gomail.WithOpportunisticSMTPAuth(
			gomail.SMTPAuthSCRAMSHA256, gomail.SMTPAuthSCRAMSHA1,
			gomail.SMTPAuthPlain, gomail.SMTPAuthLogin, gomail.SMTPAuthCramMD5),
			gomail.WithUsername(cfg.Username), gomail.WithPassword(cfg.Password))
	}
	client, err := gomail.NewClient(host, opts...)
	if err != nil {
		return nil, fmt.Errorf("smtp client: %w", err)
	}
	s.client = client
	return s, nil
}

// tlsConfig returns the TLS settings for host (see mailtls.Config).
func tlsConfig(host, caFile string, insecure bool) (*tls.Config, error) {
	return mailtls.Config(host, caFile, insecure)
}

func isLoopback(host string) bool { return mailtls.IsLoopback(host) }

func (s *Sender) send(ctx context.Context, from string, rcpts []string, copyTo string, raw []byte) (copied bool, err error) {
	if len(rcpts) == 0 {
		return false, &SendError{Err: errors.New("send: no recipients")}
	}
	for _, a := range append([]string{from, copyTo}, rcpts...) {
		if a == copyTo && a == "" {
			continue
		}
		if a == "" || strings.ContainsAny(a, "\r\n<> ") {
			return false, &SendError{Err: fmt.Errorf("send: invalid envelope address %q", a)}
		}
	}
	if err := ctx.Err(); err != nil {
		return false, &SendError{Temporary: true, Err: fmt.Errorf("send: %w", err)}
	}
	s.mu.Lock()
	defer s.mu.Unlock()

	// The library has no context: closing the socket is how a cancelled
	// ctx interrupts the dial's greeting or a command in flight.
	stop := context.AfterFunc(ctx, s.closeRaw)
	defer stop()

	conn, unprobed, err := s.connLocked(ctx)
	if err != nil {
		return false, classify(ctx, fmt.Errorf("connect to %s: %w", s.cfg.Addr, err))
	}

	dataStarted, copied, err := s.transaction(conn, from, rcpts, copyTo, raw)
	var te *textproto.Error
	if err != nil && unprobed && !dataStarted && !errors.As(err, &te) && ctx.Err() == nil {
		// The connection was reused without a probe and had died (a
		// server restart, an idle cut). The server never got this
		// message's data, so a second try cannot duplicate it.
		s.dropLocked()
		if conn, err = s.dialLocked(ctx); err != nil {
			return false, classify(ctx, fmt.Errorf("connect to %s: %w", s.cfg.Addr, err))
		}
		dataStarted, copied, err = s.transaction(conn, from, rcpts, copyTo, raw)
	}
	if err != nil {
		answered := errors.As(err, &te)
		if answered && ctx.Err() == nil {
			// The server answered: the connection is fine for the next
			// message once this transaction is aborted.
			if rerr := conn.Reset(); rerr != nil {
				s.dropLocked()
			}
		} else {
			s.dropLocked()
		}
		se := classify(ctx, err)
		// Without the server's answer to the end of the data, the message
		// may be on its way: the caller must not simply send it again.
		se.MaybeSent = dataStarted && !answered
		return false, se
	}
	if ctx.Err() != nil {
		s.dropLocked()
		return copied, nil
	}
	s.lastOK = time.Now()
	return copied, nil
}

// probeAfter is how long a connection may have been idle before it is
// probed with RSET before reuse. A transaction that just completed leaves
// the session clean (RFC 5321 4.1.1.4), so while the outbox drains the
// probe would only add a round trip per message.
const probeAfter = 5 * time.Second

// connLocked returns the open connection, probed with RSET unless it
// completed a transaction less than probeAfter ago (then unprobed is
// true), or dials a new one.
func (s *Sender) connLocked(ctx context.Context) (conn *smtp.Client, unprobed bool, err error) {
	if s.conn != nil {
		if err := s.conn.UpdateDeadline(s.timeout); err == nil {
			if time.Since(s.lastOK) < probeAfter {
				return s.conn, true, nil
			}
			if err := s.conn.Reset(); err == nil {
				return s.conn, false, nil
			}
		}
		s.dropLocked()
	}
	conn, err = s.dialLocked(ctx)
	return conn, false, err
}

// dialLocked dials, greets, and authenticates a new connection.
func (s *Sender) dialLocked(ctx context.Context) (*smtp.Client, error) {
	conn, err := s.client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		s.closeRaw() // the greeting, EHLO, STARTTLS or AUTH failed
		return nil, err
	}
	s.conn = conn
	return conn, nil
}

// transaction sends one message. dataStarted reports whether the server
// accepted DATA: from then on a failure may hide an accepted message.
// copyTo, when not "", is a recipient the server may refuse without
// failing the transaction; copied says whether it was taken.
func (s *Sender) transaction(conn *smtp.Client, from string, rcpts []string, copyTo string, raw []byte) (dataStarted, copied bool, err error) {
	if err := conn.UpdateDeadline(s.timeout); err != nil {
		return false, false, fmt.Errorf("set deadline: %w", err)
	}
	if err := conn.Mail("<" + from + ">"); err != nil {
		return false, false, fmt.Errorf("mail from %s: %w", from, err)
	}
	var failed []error
	for _, r := range rcpts {
		if err := conn.Rcpt("<" + r + ">"); err != nil {
			failed = append(failed, fmt.Errorf("rcpt to %s: %w", r, err))
			var te *textproto.Error
			if !errors.As(err, &te) {
				return false, false, failed[len(failed)-1] // connection trouble: stop here
			}
		}
	}
	if len(failed) > 0 {
		// All or nothing: a message that reaches only some recipients
		// cannot be retried without duplicating it for the others.
		return false, false, fmt.Errorf("recipients refused, message not sent: %w", errors.Join(failed...))
	}
	if copyTo != "" {
		err := conn.Rcpt("<" + copyTo + ">")
		var te *textproto.Error
		switch {
		case err == nil:
			copied = true
		case !errors.As(err, &te):
			return false, false, fmt.Errorf("rcpt to %s: %w", copyTo, err)
		}
	}
	w, err := conn.Data()
	if err != nil {
		return false, false, fmt.Errorf("data: %w", err)
	}
	if _, err := w.Write(raw); err != nil {
		w.Close()
		return true, false, fmt.Errorf("write data: %w", err)
	}
	if err := w.Close(); err != nil {
		return true, false, fmt.Errorf("end of data: %w", err)
	}
	return true, copied, nil
}

func (s *Sender) dropLocked() {
	s.closeRaw()
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
}

func (s *Sender) closeRaw() {
	s.rawMu.Lock()
	defer s.rawMu.Unlock()
	if s.raw != nil {
		s.raw.Close()
	}
}

func (s *Sender) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil {
		return nil
	}
	err := s.conn.Quit()
	s.dropLocked()
	if err != nil && !isNetErr(err) {
		return fmt.Errorf("quit: %w", err)
	}
	return nil
}

// classify wraps err in a SendError. Server replies decide by their code
// (4xx later, 5xx never); network trouble and cancellation are temporary;
// anything else (TLS verification, missing STARTTLS, bad config) needs a
// person and is permanent.
func classify(ctx context.Context, err error) *SendError {
	se := &SendError{Err: err}
	var codes []int
	collectCodes(err, &codes)
	switch {
	case len(codes) > 0:
		se.Temporary = true
		for _, c := range codes {
			if c < 400 || c >= 500 {
				se.Temporary = false
			}
		}
	case ctx.Err() != nil:
		se.Temporary = true
	case isNetErr(err):
		se.Temporary = true
	}
	return se
}

// collectCodes gathers the SMTP reply codes in err's tree (several when
// more than one recipient was refused).
func collectCodes(err error, codes *[]int) {
	if err == nil {
		return
	}
	if te, ok := err.(*textproto.Error); ok {
		*codes = append(*codes, te.Code)
		return
	}
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		for _, e := range u.Unwrap() {
			collectCodes(e, codes)
		}
	case interface{ Unwrap() error }:
		collectCodes(u.Unwrap(), codes)
	}
}

func isNetErr(err error) bool {
	var ne net.Error
	var tv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &tv), errors.As(err, &ua), errors.As(err, &hn), errors.As(err, &ci):
		return false // a certificate problem does not fix itself
	case errors.As(err, &ne):
		return true
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	}
	return false
}
