// Package benchenv holds what the bench programs share: dialling the test
// Dovecot and Postfix (scripts/mail-up.sh) the way coffeechat does, with
// STARTTLS against the instance's self-signed certificate.
package benchenv

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"sort"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// TLSConfig trusts caFile (the instance's certificate) for "localhost".
func TLSConfig(caFile string) (*tls.Config, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read ca file: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%s holds no PEM certificate", caFile)
	}
	return &tls.Config{RootCAs: pool, ServerName: "localhost"}, nil
}

// DialIMAP logs user in over IMAP STARTTLS, as coffeechat's config in the
// benchmarks does.
func DialIMAP(addr, caFile, user, pass string, opts *imapclient.Options) (*imapclient.Client, error) {
	tc, err := TLSConfig(caFile)
	if err != nil {
		return nil, err
	}
	if opts == nil {
		opts = &imapclient.Options{}
	}
	opts.TLSConfig = tc
	c, err := imapclient.DialStartTLS(addr, opts)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("login %s: %w", user, err)
	}
	return c, nil
}

// EnsureFolder creates folder unless it exists.
func EnsureFolder(c *imapclient.Client, folder string) error {
	err := c.Create(folder, nil).Wait()
	var ie *imap.Error
	if err == nil || (errors.As(err, &ie) && ie.Code == imap.ResponseCodeAlreadyExists) {
		return nil
	}
	return fmt.Errorf("create %s: %w", folder, err)
}

// Empty deletes every message in folder and returns how many there were.
func Empty(c *imapclient.Client, folder string) (uint32, error) {
	sel, err := c.Select(folder, nil).Wait()
	if err != nil {
		return 0, fmt.Errorf("select %s: %w", folder, err)
	}
	if sel.NumMessages == 0 {
		return 0, nil
	}
	all := imap.SeqSet{{Start: 1, Stop: 0}}
	if err := c.Store(all, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		return 0, fmt.Errorf("flag %s deleted: %w", folder, err)
	}
	if err := c.Expunge().Close(); err != nil {
		return 0, fmt.Errorf("expunge %s: %w", folder, err)
	}
	return sel.NumMessages, nil
}

// Count returns the number of messages in folder.
func Count(c *imapclient.Client, folder string) (uint32, error) {
	st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		return 0, fmt.Errorf("status %s: %w", folder, err)
	}
	if st.NumMessages == nil {
		return 0, nil
	}
	return *st.NumMessages, nil
}

// Dialer is a net.Dialer with the loopback timeouts the programs use.
var Dialer = &net.Dialer{Timeout: 10 * time.Second}

// Percentile returns the p-th percentile (0..100, nearest rank) of ds.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	rank := int(p/100*float64(len(s))+0.999999) - 1
	rank = max(0, min(rank, len(s)-1))
	return s[rank]
}
