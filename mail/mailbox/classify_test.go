package mailbox

import (
	"crypto/x509"
	"errors"
	"fmt"
	"syscall"
	"testing"

	"github.com/emersion/go-imap/v2"
)

// A connection reset while reading the greeting reaches us formatted with
// %v (go-imap does not wrap it), so only the error's type can say it is
// permanent; everything else must be retried. Before this was fixed, a
// Dovecot restart ended the daemon.
func TestClassifyDial(t *testing.T) {
	for _, tc := range []struct {
		name      string
		err       error
		permanent bool
	}{
		{"reset during greeting, unwrapped", fmt.Errorf("starttls: in response: cannot read tag: %v", syscall.ECONNRESET), false},
		{"refused", fmt.Errorf("dial: %w", syscall.ECONNREFUSED), false},
		{"EOF as text", errors.New("in response: EOF"), false},
		{"unknown authority", fmt.Errorf("tls: %w", x509.UnknownAuthorityError{}), true},
		{"wrong host", fmt.Errorf("tls: %w", x509.HostnameError{Host: "x"}), true},
		{"server said NO", fmt.Errorf("login: %w", &imap.Error{Type: imap.StatusResponseTypeNo, Text: "no"}), true},
	} {
		if got := isPermanent(classifyDial(tc.err)); got != tc.permanent {
			t.Errorf("%s: permanent = %v, want %v", tc.name, got, tc.permanent)
		}
	}
}
