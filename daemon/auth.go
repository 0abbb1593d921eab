package daemon

import (
	"fmt"
	"strings"

	"github.com/emersion/go-msgauth/authres"
	"golang.org/x/net/publicsuffix"

	"github.com/coffeechat/coffeechat/mail"
)

// AuthPolicy says how a message claiming to come from the owner proves it.
// The dedicated address is public in effect: anyone can put the owner's
// address in From. The receiving server's Authentication-Results header
// (RFC 8601) is the only evidence coffeechat has.
type AuthPolicy struct {
	// AuthservID is the authserv-id of the server that receives mail for
	// the dedicated address ("mx.google.com"). Only its headers count:
	// anyone can write an Authentication-Results header into a message.
	AuthservID string
	// Require makes a message claiming an owner address fail when the
	// trusted server wrote no verdict on it.
	Require bool
	// AllowSPF lets spf=pass for the owner's domain count on its own. SPF
	// checks the envelope, not the From header, so it is off by default.
	AllowSPF bool
}

// checkOwnerAuth returns nil when t, whose From is an owner address, is
// authenticated under the policy, and an owner-readable reason otherwise.
func (d *Daemon) checkOwnerAuth(t *mail.Thread) error {
	p := d.cfg.Auth
	domain := domainOf(t.From.Email)
	var results []authres.Result
	found := false
	if p.AuthservID != "" {
		// The first header from our server is its own verdict; a header
		// with the same id further down was written before it (by the
		// sender, perhaps) and proves nothing.
		for _, v := range t.AuthResults {
			id, rs, err := authres.Parse(v)
			if !strings.EqualFold(strings.TrimSpace(id), p.AuthservID) {
				continue
			}
			if err != nil && len(rs) == 0 {
				return fmt.Errorf("the Authentication-Results header of %s could not be read: %v", p.AuthservID, err)
			}
			results, found = rs, true
			break
		}
	}
	if !found {
		if p.Require {
			return fmt.Errorf("it claims to be from you (%s), but %s did not authenticate it (no Authentication-Results from %s)", t.From.Email, serverName(p.AuthservID), serverName(p.AuthservID))
		}
		return nil
	}
	var seen []string
	for _, r := range results {
		switch r := r.(type) {
		case *authres.DKIMResult:
			d := strings.ToLower(r.Domain)
			if d == "" { // Gmail writes header.i, not header.d
				d = domainOf(r.Identifier)
			}
			seen = append(seen, fmt.Sprintf("dkim=%s (%s)", r.Value, d))
			if r.Value == authres.ResultPass && aligned(d, domain) {
				return nil
			}
		case *authres.DMARCResult:
			from := strings.ToLower(r.From)
			seen = append(seen, fmt.Sprintf("dmarc=%s (%s)", r.Value, from))
			if r.Value == authres.ResultPass && (from == "" || aligned(from, domain)) {
				return nil
			}
		case *authres.SPFResult:
			from := domainOf(r.From)
			seen = append(seen, fmt.Sprintf("spf=%s (%s)", r.Value, from))
			if p.AllowSPF && r.Value == authres.ResultPass && aligned(from, domain) {
				return nil
			}
		}
	}
	if len(seen) == 0 {
		seen = []string{"no DKIM, DMARC or SPF result"}
	}
	return fmt.Errorf("it claims to be from you (%s), but %s did not authenticate it for %s: %s",
		t.From.Email, p.AuthservID, domain, strings.Join(seen, ", "))
}

// aligned reports whether an authenticated domain vouches for the From
// domain: the same, or the same organisational domain (DMARC's relaxed
// alignment, RFC 7489 3.1: mail.example.com signs for news.example.com).
// The organisational domain comes from the Public Suffix List, so a
// signature by a public suffix ("co.uk", "github.io") or by a neighbour
// under one ("other.co.uk") vouches for no one else.
func aligned(authDomain, fromDomain string) bool {
	authDomain = strings.TrimSuffix(strings.ToLower(authDomain), ".")
	fromDomain = strings.TrimSuffix(strings.ToLower(fromDomain), ".")
	if authDomain == "" || fromDomain == "" {
		return false
	}
	if authDomain == fromDomain {
		return true
	}
	a, err := publicsuffix.EffectiveTLDPlusOne(authDomain)
	if err != nil {
		return false // a public suffix itself, or not a domain
	}
	f, err := publicsuffix.EffectiveTLDPlusOne(fromDomain)
	return err == nil && a == f
}

func domainOf(addr string) string {
	if i := strings.LastIndex(addr, "@"); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return strings.ToLower(addr)
}

func serverName(id string) string {
	if id == "" {
		return "your mail server"
	}
	return id
}
