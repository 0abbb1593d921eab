package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"

	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail/mailtest"
)

const testPassword = "s3cret app password"

// newMailtest starts in-process IMAP and SMTP servers with the owner's and
// the dedicated address's accounts.
func newMailtest(t *testing.T, opts mailtest.Options) *mailtest.Server {
	t.Helper()
	opts.Users = map[string]string{"chats@example.test": testPassword, "alex@example.test": testPassword}
	return mailtest.New(t, opts)
}

// initArgs are init's flags for a config against srv, written under dir.
func initArgs(srv *mailtest.Server, dir string) []string {
	return []string{
		"--name", "Alex Rivera", "--email", "alex@example.test", "--zone", "America/New_York",
		"--dedicated", "chats@example.test",
		"--imap", srv.IMAPAddr, "--imap-tls", "none", "--smtp", srv.SMTPAddr, "--smtp-tls", "none",
		"--imap-password-env", "CC_DOCTOR_PW", "--smtp-password-env", "CC_DOCTOR_PW",
		"--database", filepath.Join(dir, "data", "cc.db"), "--config", filepath.Join(dir, "conf", "config.toml"),
	}
}

// checkLine returns the report line of the named check with the given
// status, or "".
func checkLine(out, status, name string) string {
	prefix := fmt.Sprintf("%-4s  %-14s  ", status, name)
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	return ""
}

func TestInitThenDoctor_passesAgainstMailtest(t *testing.T) {
	srv := newMailtest(t, mailtest.Options{})
	dir := t.TempDir()
	t.Setenv("CC_DOCTOR_PW", testPassword)
	var out, errb bytes.Buffer
	code := initCommand(context.Background(), initArgs(srv, dir), strings.NewReader(""), false, &out, &errb)
	if code != 0 {
		t.Fatalf("init: exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
	cfgPath := filepath.Join(dir, "conf", "config.toml")
	fi, err := os.Stat(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("config mode = %o, want 600", fi.Mode().Perm())
	}
	if di, _ := os.Stat(filepath.Dir(cfgPath)); di.Mode().Perm() != 0o700 {
		t.Errorf("config folder mode = %o, want 700", di.Mode().Perm())
	}
	for _, name := range []string{"config", "passwords", "imap", "imap idle", "imap move", "folders", "smtp", "database", "templates", "schedule"} {
		if checkLine(out.String(), checkOK, name) == "" {
			t.Errorf("no passing %q check in:\n%s", name, out.String())
		}
	}
	// An empty mailbox cannot show whether the server writes
	// Authentication-Results: a warning with a fix, not a failure.
	if checkLine(out.String(), checkWarn, "authentication") == "" || !strings.Contains(out.String(), "fix: send one email") {
		t.Errorf("want an authentication warning with a fix:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "All checks passed") {
		t.Errorf("no success line:\n%s", out.String())
	}

	// A message carrying the server's verdict turns the warning into ok.
	raw := "Authentication-Results: mx.example.test; dkim=pass header.d=example.test\r\nFrom: alex@example.test\r\nTo: chats@example.test\r\nSubject: hi\r\n\r\nhi\r\n"
	if err := srv.Deliver("chats@example.test", "INBOX", []byte(raw)); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runCmd(t, "doctor", "--config", cfgPath)
	if code != 0 {
		t.Fatalf("doctor: exit %d:\n%s", code, stdout)
	}
	if l := checkLine(stdout, checkOK, "authentication"); !strings.Contains(l, "mx.example.test") {
		t.Errorf("authentication check = %q, want ok naming mx.example.test:\n%s", l, stdout)
	}
}

func TestDoctor_wrongPasswordFailsWithFix(t *testing.T) {
	srv := newMailtest(t, mailtest.Options{})
	dir := t.TempDir()
	t.Setenv("CC_DOCTOR_PW", testPassword)
	args := append(initArgs(srv, dir), "--no-check")
	if code := initCommand(context.Background(), args, strings.NewReader(""), false, &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatalf("init: exit %d", code)
	}
	cfgPath := filepath.Join(dir, "conf", "config.toml")

	t.Setenv("CC_DOCTOR_PW", "wrong")
	code, out, _ := runCmd(t, "doctor", "--config", cfgPath)
	if code != 1 {
		t.Errorf("doctor with a wrong password: exit %d, want 1:\n%s", code, out)
	}
	for _, name := range []string{"imap", "smtp"} {
		if checkLine(out, checkFail, name) == "" {
			t.Errorf("no failing %q check:\n%s", name, out)
		}
	}
	if !strings.Contains(out, "fix: check [imap] username and the password; most providers need an app password") {
		t.Errorf("no fix for the refused IMAP login:\n%s", out)
	}
	if !strings.Contains(out, "fix: check [smtp] username and the password") {
		t.Errorf("no fix for the refused SMTP login:\n%s", out)
	}
	if !strings.Contains(out, "checks failed") {
		t.Errorf("no summary line:\n%s", out)
	}

	os.Unsetenv("CC_DOCTOR_PW")
	code, out, _ = runCmd(t, "doctor", "--config", cfgPath)
	if code != 1 || !strings.Contains(out, "fix: export CC_DOCTOR_PW='your app password'") {
		t.Errorf("doctor without the variable: exit %d, want 1 and an export fix:\n%s", code, out)
	}
}

func TestDoctor_serverWithoutMove(t *testing.T) {
	srv := newMailtest(t, mailtest.Options{IMAP4rev1Only: true})
	dir := t.TempDir()
	t.Setenv("CC_DOCTOR_PW", testPassword)
	var out bytes.Buffer
	code := initCommand(context.Background(), initArgs(srv, dir), strings.NewReader(""), false, &out, &bytes.Buffer{})
	if code != 0 {
		t.Fatalf("init: exit %d, want 0 (a missing MOVE is a warning):\n%s", code, out.String())
	}
	if checkLine(out.String(), checkWarn, "imap move") == "" || checkLine(out.String(), checkOK, "imap idle") == "" {
		t.Errorf("want imap move warn and imap idle ok:\n%s", out.String())
	}
}

func TestDoctor_failures(t *testing.T) {
	srv := newMailtest(t, mailtest.Options{})
	t.Setenv("CC_DOCTOR_PW", testPassword)

	newConfig := func(t *testing.T, extra ...string) string {
		dir := t.TempDir()
		args := append(initArgs(srv, dir), "--no-check")
		args = append(args, extra...)
		var errb bytes.Buffer
		if code := initCommand(context.Background(), args, strings.NewReader(""), false, &bytes.Buffer{}, &errb); code != 0 {
			t.Fatalf("init: exit %d: %s", code, errb.String())
		}
		return filepath.Join(dir, "conf", "config.toml")
	}

	t.Run("missing config", func(t *testing.T) {
		code, out, _ := runCmd(t, "doctor", "--config", filepath.Join(t.TempDir(), "nope.toml"))
		if code != 1 || checkLine(out, checkFail, "config") == "" || !strings.Contains(out, "coffeechat init") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("own inbox", func(t *testing.T) {
		cfg := newConfig(t)
		body, _ := os.ReadFile(cfg)
		// As if written by hand: the owner's login, reading INBOX.
		text := strings.Replace(string(body), `username = "chats@example.test"`, `username = "alex@example.test"`, 1)
		if err := os.WriteFile(cfg, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		code, out, _ := runCmd(t, "doctor", "--config", cfg)
		if code != 1 || checkLine(out, checkFail, "mailbox") == "" || !strings.Contains(out, "fix: filter mail to chats@example.test into a folder") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("no TLS to a remote server", func(t *testing.T) {
		// 192.0.2.1 (TEST-NET-1) is never dialled: the check refuses first.
		cfg := newConfig(t, "--imap", "192.0.2.1:143", "--smtp", "192.0.2.1:587")
		code, out, _ := runCmd(t, "doctor", "--config", cfg)
		if code != 1 || !strings.Contains(out, `[imap] tls = "none" would send your password unencrypted`) ||
			!strings.Contains(out, `[smtp] tls = "none" would send your password unencrypted`) {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("watched mailbox missing", func(t *testing.T) {
		code, out, _ := runCmd(t, "doctor", "--config", newConfig(t, "--mailbox", "Nowhere"))
		if code != 1 || !strings.Contains(out, `[imap] mailbox "Nowhere" does not exist`) || !strings.Contains(out, "INBOX") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("nothing listening", func(t *testing.T) {
		cfg := newConfig(t, "--smtp", "127.0.0.1:1")
		code, out, _ := runCmd(t, "doctor", "--config", cfg)
		if code != 1 || checkLine(out, checkFail, "smtp") == "" || checkLine(out, checkOK, "imap") == "" ||
			!strings.Contains(out, "nothing listens at 127.0.0.1:1") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("database newer than the binary", func(t *testing.T) {
		cfg := newConfig(t)
		c, err := loadConfig(cfg)
		if err != nil {
			t.Fatal(err)
		}
		st, err := store.Open(context.Background(), c.Database.Path, nil)
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
		if code, out, _ := runCmd(t, "doctor", "--config", cfg); code != 0 || !strings.Contains(out, "schema") {
			t.Fatalf("fresh database: exit %d:\n%s", code, out)
		}
		bumpSchema(t, c.Database.Path)
		code, out, _ := runCmd(t, "doctor", "--config", cfg)
		if code != 1 || checkLine(out, checkFail, "database") == "" || !strings.Contains(out, "go install") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
	t.Run("broken template override", func(t *testing.T) {
		cfg := newConfig(t)
		tdir := t.TempDir()
		// TOML tables may come in any order: appending one is enough.
		f, err := os.OpenFile(cfg, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(f, "\n[templates]\ndir = %s\n", tomlString(tdir))
		f.Close()
		if err := os.WriteFile(filepath.Join(tdir, "thank_you.txt.tmpl"), []byte("{{ .Broken "), 0o600); err != nil {
			t.Fatal(err)
		}
		code, out, _ := runCmd(t, "doctor", "--config", cfg)
		if code != 1 || checkLine(out, checkFail, "templates") == "" || !strings.Contains(out, "thank_you.txt.tmpl") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
}

// bumpSchema marks the database as written by a newer coffeechat.
func bumpSchema(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`INSERT INTO schema_version(version, name, applied_at) VALUES (?, 'from_the_future.sql', 0)`,
		store.LatestSchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
}

// The IDLE and MOVE checks of a server's capabilities: no IDLE fails (the
// daemon would not see new mail) with the cron fix, and fails the exit
// status; no MOVE is a warning.
func TestDoctor_capabilityChecks(t *testing.T) {
	for _, tc := range []struct {
		name       string
		caps       imap.CapSet
		idle, move string
		exit       int
	}{
		{"IMAP4rev2 implies both", imap.CapSet{imap.CapIMAP4rev2: {}}, checkOK, checkOK, 0},
		{"IMAP4rev1 with IDLE and MOVE", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIdle: {}, imap.CapMove: {}}, checkOK, checkOK, 0},
		{"no MOVE", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIdle: {}}, checkOK, checkWarn, 0},
		{"no IDLE", imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapMove: {}}, checkFail, checkOK, 1},
		{"neither", imap.CapSet{imap.CapIMAP4rev1: {}}, checkFail, checkWarn, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			code := printChecks(&b, capabilityChecks(tc.caps, "chats"))
			out := b.String()
			if checkLine(out, tc.idle, "imap idle") == "" || checkLine(out, tc.move, "imap move") == "" || code != tc.exit {
				t.Errorf("exit %d, want %d, imap idle %s, imap move %s:\n%s", code, tc.exit, tc.idle, tc.move, out)
			}
			if tc.idle == checkFail && !strings.Contains(out, "fix: run `coffeechat run --once` from cron") {
				t.Errorf("no fix for the missing IDLE:\n%s", out)
			}
			if tc.move == checkWarn && !strings.Contains(out, "fix: nothing to do unless") {
				t.Errorf("no advice for the missing MOVE:\n%s", out)
			}
		})
	}
}

// The schedule check shows the zone's time and the next free slot, and
// fails, with a fix, when the availability leaves no slot of the call's
// length.
func TestDoctor_scheduleCheck(t *testing.T) {
	now := utc(t, "2026-11-22T09:00:00Z") // Sunday
	for _, tc := range []struct {
		name, zone, availability string
		status                   string
		want                     []string
	}{
		{"weekdays in New York", "America/New_York", "Mon-Fri 09:00-17:00", checkOK,
			[]string{"America/New_York (now Sun 04:00 EST)", "next free slot Mon 2026-11-23 09:00 EST"}},
		{"Tokyo, Saturday mornings", "Asia/Tokyo", "Sat 10:00-12:00", checkOK,
			[]string{"Asia/Tokyo (now Sun 18:00 JST)", "next free slot Sat 2026-11-28 10:00 JST"}},
		{"a window shorter than a call", "Europe/Berlin", "Mon 09:00-09:10", checkFail,
			[]string{"leaves no 20m0s slot in the next 60 days", "fix: widen [schedule] availability"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := loadConfig(editedConfig(t, map[string]any{"owner.timezone": tc.zone, "schedule.availability": tc.availability}))
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			code := printChecks(&b, []check{checkSchedule(cfg, now)})
			out := b.String()
			if checkLine(out, tc.status, "schedule") == "" || (code == 0) != (tc.status == checkOK) {
				t.Errorf("exit %d, want schedule %s:\n%s", code, tc.status, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("schedule check lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
