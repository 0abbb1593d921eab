package mailbox

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/coffeechat/coffeechat/mail/mailtls"
)

const dialTimeout = 30 * time.Second

// permanentError is an error that retrying cannot fix: rejected
// credentials, a certificate that does not verify, a missing mailbox.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

func permanent(err error) error { return &permanentError{err} }

func isPermanent(err error) bool {
	var pe *permanentError
	return errors.As(err, &pe)
}

// dial connects and reads the greeting. The connection is closed if ctx
// ends before dial returns.
func dial(ctx context.Context, cfg Config, h *imapclient.UnilateralDataHandler) (*imapclient.Client, error) {
	host, _, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, permanent(fmt.Errorf("imap address %q: %w", cfg.Addr, err))
	}
	tlsCfg, err := tlsConfig(host, cfg.CAFile, cfg.InsecureSkipVerify)
	if err != nil {
		return nil, permanent(fmt.Errorf("imap tls: %w", err))
	}
	switch cfg.TLS {
	case "none", "starttls", "tls", "":
	default:
		return nil, permanent(fmt.Errorf("imap tls %q: want none, starttls or tls", cfg.TLS))
	}
	d := &net.Dialer{Timeout: dialTimeout}
	raw, err := d.DialContext(ctx, "tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", cfg.Addr, err)
	}
	// imapclient has no context: closing the socket is how ctx interrupts
	// a greeting or STARTTLS that never comes.
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()

	opts := &imapclient.Options{TLSConfig: tlsCfg, UnilateralDataHandler: h}
	var c *imapclient.Client
	switch cfg.TLS {
	case "none":
		c = imapclient.New(raw, opts)
	case "tls":
		tc := tls.Client(raw, tlsCfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, classifyDial(fmt.Errorf("tls handshake with %s: %w", cfg.Addr, err))
		}
		c = imapclient.New(tc, opts)
	default: // starttls
		if c, err = imapclient.NewStartTLS(raw, opts); err != nil {
			raw.Close()
			return nil, classifyDial(fmt.Errorf("starttls with %s: %w", cfg.Addr, err))
		}
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, fmt.Errorf("greeting from %s: %w", cfg.Addr, err)
	}
	return c, nil
}

// login authenticates; a refusal is permanent unless the server says it
// is only temporarily unavailable.
func login(c *imapclient.Client, cfg Config) error {
	err := c.Login(cfg.Username, cfg.Password).Wait()
	if err == nil {
		return nil
	}
	err = fmt.Errorf("login as %s: %w", cfg.Username, err)
	var ie *imap.Error
	if errors.As(err, &ie) && ie.Code != imap.ResponseCodeUnavailable {
		return permanent(err)
	}
	return err
}

// classifyDial makes certificate and protocol trouble during connection
// setup permanent; network trouble stays temporary.
func classifyDial(err error) error {
	var tv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	var ie *imap.Error
	var ae tls.AlertError
	var rh tls.RecordHeaderError
	switch {
	case errors.As(err, &tv), errors.As(err, &ua), errors.As(err, &hn), errors.As(err, &ci),
		errors.As(err, &ie), errors.As(err, &ae), errors.As(err, &rh):
		return permanent(err)
	}
	return err
}

func isNetErr(err error) bool {
	var ne net.Error
	var tv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &tv), errors.As(err, &ua), errors.As(err, &hn), errors.As(err, &ci):
		return false
	case errors.As(err, &ne):
		return true
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	}
	return false
}

// tlsConfig returns the TLS settings for host (see mailtls.Config).
func tlsConfig(host, caFile string, insecure bool) (*tls.Config, error) {
	cfg, err := mailtls.Config(host, caFile, insecure)
	if err != nil {
		return nil, err
	}
	cfg.NextProtos = []string{"imap"}
	return cfg, nil
}

func isLoopback(host string) bool { return mailtls.IsLoopback(host) }

func appendMessage(ctx context.Context, cfg Config, folder string, raw []byte, flags []string) error {
	if folder == "" {
		folder = cfg.Drafts
	}
	if folder == "" {
		return errors.New("append: no folder given and no drafts folder configured")
	}
	c, err := dial(ctx, cfg, nil)
	if err != nil {
		return fmt.Errorf("append: %w", err)
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	if err := login(c, cfg); err != nil {
		return fmt.Errorf("append: %w", err)
	}
	fl := make([]imap.Flag, len(flags))
	for i, f := range flags {
		fl[i] = imap.Flag(f)
	}
	cmd := c.Append(folder, int64(len(raw)), &imap.AppendOptions{Flags: fl, Time: time.Now()})
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
		return fmt.Errorf("append to %s: %w", folder, err)
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("append to %s: %w", folder, err)
	}
	if _, err := cmd.Wait(); err != nil {
		return fmt.Errorf("append to %s: %w", folder, err)
	}
	// The message is stored; a failed LOGOUT changes nothing.
	_ = c.Logout().Wait()
	return nil
}

func findMessageIDs(ctx context.Context, cfg Config, folders []string, ids []string) (map[string]bool, error) {
	found := map[string]bool{}
	if len(ids) == 0 {
		return found, nil
	}
	c, err := dial(ctx, cfg, nil)
	if err != nil {
		return nil, fmt.Errorf("look up sent mail: %w", err)
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	if err := login(c, cfg); err != nil {
		return nil, fmt.Errorf("look up sent mail: %w", err)
	}
	seen := map[string]bool{}
	for _, folder := range folders {
		if folder == "" || seen[folder] {
			continue
		}
		seen[folder] = true
		if _, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			var ie *imap.Error
			if errors.As(err, &ie) {
				continue // no such folder: nothing of ours in it
			}
			return nil, fmt.Errorf("look up sent mail: select %s: %w", folder, err)
		}
		for _, id := range ids {
			if found[id] {
				continue
			}
			// HEADER matches a substring (RFC 3501 6.4.4); the brackets
			// keep "<a@x>" from matching "<ba@x>".
			crit := &imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: "<" + id + ">"}}}
			data, err := c.UIDSearch(crit, nil).Wait()
			if err != nil {
				return nil, fmt.Errorf("look up sent mail: search %s: %w", folder, err)
			}
			if len(data.AllUIDs()) > 0 {
				found[id] = true
			}
		}
	}
	_ = c.Logout().Wait()
	return found, nil
}
