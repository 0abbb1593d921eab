// Package mailtls builds the TLS settings coffeechat uses towards its IMAP
// and SMTP servers, so that both verify certificates the same way.
package mailtls

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net"
	"os"
	"strings"
)

// Config returns the TLS settings for host: the system roots (so
// SSL_CERT_FILE works, as crypto/x509 reads it) plus the PEM certificates
// in caFile when set. insecure skips verification and is allowed only for
// loopback hosts, where there is nobody in between.
func Config(host, caFile string, insecure bool) (*tls.Config, error) {
	cfg := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
	if insecure {
		if !IsLoopback(host) {
			return nil, fmt.Errorf("insecure_skip_verify is allowed only for loopback hosts, not %q", host)
		}
		cfg.InsecureSkipVerify = true
	}
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("read ca file: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("ca file %s: no PEM certificates", caFile)
		}
	}
	cfg.RootCAs = pool
	return cfg, nil
}

// IsLoopback reports whether host (a name or an IP, without port) is this
// machine.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
