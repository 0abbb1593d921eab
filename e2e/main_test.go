// Package e2e runs the built coffeechat binary as a subprocess against real
// Dovecot and Postfix on 127.0.0.1 (scripts/mail-up.sh) and checks what
// arrives in the users' mailboxes and what the daemon recorded in SQLite.
//
// The tests run only when COFFEECHAT_E2E=1 (bash scripts/test.sh sets it
// after starting the servers and sourcing their env.sh). Without it every
// test skips and says why, so a plain `go test ./...` works anywhere; with it
// an unreachable server or a binary that does not build fails the tests.
package e2e

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Addresses of the four accounts mail-up.sh creates (password "secret").
const (
	ownerAddr    = "owner@example.test"
	chatsAddr    = "chats@example.test"
	contactAddr  = "contact@example.org"
	contact2Addr = "contact2@example.org"
)

// mailEnv is what STATE/env.sh exports.
type mailEnv struct {
	IMAPAddr       string // plaintext + STARTTLS
	IMAPSAddr      string // implicit TLS
	SMTPAddr       string // incoming mail, no auth
	SubmissionAddr string // STARTTLS required, then AUTH
	CAFile         string // the self-signed certificate, used as the root
	Password       string
	DovecotConf    string
	TLS            *tls.Config // trusts CAFile, ServerName "localhost"
}

var (
	// skipReason is set when the e2e switch is off: tests skip with it.
	skipReason string
	// serversErr is set when the switch is on but the servers are not
	// usable: every test fails with it.
	serversErr error
	env        mailEnv

	// binPath is the coffeechat binary built once in TestMain; buildErr
	// fails the tests that need it (the harness test does not).
	binPath  string
	buildErr error
	// repoRoot is the module root (the parent of this package's directory).
	repoRoot string
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	flag.Parse()
	// `go test -list` runs TestMain too: no servers or build for a listing.
	if f := flag.Lookup("test.list"); f != nil && f.Value.String() != "" {
		return m.Run()
	}
	if os.Getenv("COFFEECHAT_E2E") != "1" {
		skipReason = "COFFEECHAT_E2E is not 1: end-to-end tests need Dovecot and Postfix; run `bash scripts/test.sh`, which starts them and sets it"
		fmt.Fprintln(os.Stderr, "e2e: skipping:", skipReason)
		return m.Run()
	}
	wd, err := os.Getwd()
	if err != nil {
		serversErr = fmt.Errorf("getwd: %w", err)
		return m.Run()
	}
	repoRoot = filepath.Dir(wd)

	env, serversErr = loadMailEnv()
	if serversErr == nil {
		serversErr = checkServers(env)
	}
	if serversErr != nil {
		fmt.Fprintln(os.Stderr, "e2e: mail servers unusable:", serversErr)
	}

	// COFFEECHAT_E2E_BIN runs an already built binary instead (checking a
	// release build, or a stand-in while cmd/coffeechat does not build).
	if p := os.Getenv("COFFEECHAT_E2E_BIN"); p != "" {
		binPath, buildErr = p, nil
		if _, err := os.Stat(p); err != nil {
			buildErr = fmt.Errorf("COFFEECHAT_E2E_BIN: %w", err)
		}
		return m.Run()
	}
	tmp, err := os.MkdirTemp("", "coffeechat-e2e-")
	if err != nil {
		buildErr = fmt.Errorf("temp dir for the binary: %w", err)
		return m.Run()
	}
	defer os.RemoveAll(tmp)
	binPath = filepath.Join(tmp, "coffeechat")
	buildErr = buildBinary(binPath)
	if buildErr != nil {
		fmt.Fprintln(os.Stderr, "e2e:", buildErr)
	}
	return m.Run()
}

// buildBinary builds ./cmd/coffeechat; with -race when the tests themselves
// run under the race detector, so a data race in the daemon fails its exit
// status (the race runtime exits 66).
func buildBinary(out string) error {
	args := []string{"build", "-o", out}
	if raceEnabled {
		args = append(args, "-race")
	}
	args = append(args, "./cmd/coffeechat")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, goTool(), args...)
	cmd.Dir = repoRoot
	output, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go %s (in %s): %w\n%s", strings.Join(args, " "), repoRoot, err, output)
	}
	return nil
}

// goTool is the go command running these tests, so the binary is built by
// the same toolchain even when go is not on PATH.
func goTool() string {
	if p := filepath.Join(os.Getenv("GOROOT"), "bin", "go"); os.Getenv("GOROOT") != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return "/usr/local/go/bin/go"
}

func loadMailEnv() (mailEnv, error) {
	e := mailEnv{
		IMAPAddr:       os.Getenv("CCMAIL_IMAP_ADDR"),
		IMAPSAddr:      os.Getenv("CCMAIL_IMAPS_ADDR"),
		SMTPAddr:       os.Getenv("CCMAIL_SMTP_ADDR"),
		SubmissionAddr: os.Getenv("CCMAIL_SUBMISSION_ADDR"),
		CAFile:         os.Getenv("CCMAIL_CA_FILE"),
		Password:       os.Getenv("CCMAIL_PASSWORD"),
		DovecotConf:    os.Getenv("CCMAIL_DOVECOT_CONF"),
	}
	var missing []string
	for name, v := range map[string]string{
		"CCMAIL_IMAP_ADDR": e.IMAPAddr, "CCMAIL_IMAPS_ADDR": e.IMAPSAddr,
		"CCMAIL_SMTP_ADDR": e.SMTPAddr, "CCMAIL_SUBMISSION_ADDR": e.SubmissionAddr,
		"CCMAIL_CA_FILE": e.CAFile, "CCMAIL_PASSWORD": e.Password,
	} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return e, fmt.Errorf("COFFEECHAT_E2E=1 but %s not set: run scripts/mail-up.sh and source its env.sh (/tmp/ccmail/env.sh)", strings.Join(missing, ", "))
	}
	pem, err := os.ReadFile(e.CAFile)
	if err != nil {
		return e, fmt.Errorf("read CCMAIL_CA_FILE: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return e, fmt.Errorf("CCMAIL_CA_FILE %s holds no PEM certificate", e.CAFile)
	}
	e.TLS = &tls.Config{RootCAs: pool, ServerName: "localhost"}
	return e, nil
}

// checkServers dials every port once so that a missing server is reported
// by name instead of as a timeout inside some test.
func checkServers(e mailEnv) error {
	var errs []error
	for _, a := range []struct{ name, addr string }{
		{"IMAP", e.IMAPAddr}, {"IMAPS", e.IMAPSAddr}, {"SMTP", e.SMTPAddr}, {"submission", e.SubmissionAddr},
	} {
		c, err := net.DialTimeout("tcp", a.addr, 3*time.Second)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s at %s: %w", a.name, a.addr, err))
			continue
		}
		c.Close()
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w (start them with scripts/mail-up.sh)", err)
	}
	return nil
}

// needServers skips or fails t unless the mail servers are usable.
func needServers(t *testing.T) {
	t.Helper()
	if skipReason != "" {
		t.Skip(skipReason)
	}
	if serversErr != nil {
		t.Fatalf("mail servers: %v", serversErr)
	}
}

// needBinary is needServers plus the built coffeechat binary.
func needBinary(t *testing.T) {
	t.Helper()
	needServers(t)
	if buildErr != nil {
		t.Fatalf("coffeechat binary: %v", buildErr)
	}
}
