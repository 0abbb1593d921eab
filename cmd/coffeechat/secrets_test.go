package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coffeechat/coffeechat/mail/mailtest"
)

// A password is used to log in and nowhere else: not in the log (at debug
// level), not in the database, its WAL or its shared memory, which are
// readable by the owner alone.
func TestRun_passwordNeverLoggedNorStored(t *testing.T) {
	const pw = "Zq8-correct-horse-battery-staple"
	srv := mailtest.New(t, mailtest.Options{Users: map[string]string{"alex@example.test": pw, "chats@example.test": pw}})
	cfgPath := mailtestConfig(t, srv)
	t.Setenv("CC_TEST_PW", pw)
	appendToFile(t, cfgPath, "\n[log]\nlevel = \"debug\"\n")
	if err := srv.Deliver("chats@example.test", "INBOX", []byte("From: Alex Rivera <alex@example.test>\r\nTo: chats@example.test\r\n"+
		"Subject: status\r\nDate: Mon, 16 Nov 2026 10:00:00 -0500\r\nMessage-ID: <st1@mail.example.test>\r\n\r\nstatus\r\n")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "run", "--once", "--config", cfgPath)
	if code != 0 {
		t.Fatalf("run --once: exit %d\n%s", code, stderr)
	}
	if len(srv.Sent()) != 1 {
		t.Fatalf("sent %d mails, want the status answer (test premise: it logged in to both servers)", len(srv.Sent()))
	}
	if !strings.Contains(stderr, "level=DEBUG") {
		t.Fatalf("no debug log (test premise):\n%s", stderr)
	}
	if strings.Contains(stdout+stderr, pw) {
		t.Errorf("the password is in the output:\n%s%s", stdout, stderr)
	}
	dbPath := filepath.Join(filepath.Dir(cfgPath), "cc.db")
	files, _ := filepath.Glob(dbPath + "*")
	if len(files) == 0 {
		t.Fatalf("no database at %s", dbPath)
	}
	t.Logf("database files: %v", files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(pw)) {
			t.Errorf("%s holds the password", f)
		}
		if fi, _ := os.Stat(f); fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s mode %o: readable by others", f, fi.Mode().Perm())
		}
	}
}

// A template that does not parse stops the daemon before it reads or sends
// anything, and the error names the file and the line.
func TestRun_refusesToStartWithABrokenTemplate(t *testing.T) {
	srv := mailtest.New(t, mailtest.Options{Users: map[string]string{"alex@example.test": "pw", "chats@example.test": "pw"}})
	cfgPath := mailtestConfig(t, srv)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "thank_you.txt.tmpl"), []byte("Subject: Thanks\nHi {{.ContactFirstName}},\n{{if .Learned}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	appendToFile(t, cfgPath, "\n[templates]\ndir = "+tomlString(dir)+"\n")
	if err := srv.Deliver("chats@example.test", "INBOX", []byte("From: Alex Rivera <alex@example.test>\r\nTo: chats@example.test\r\n"+
		"Subject: status\r\nMessage-ID: <st2@mail.example.test>\r\n\r\nstatus\r\n")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "run", "--once", "--config", cfgPath)
	if code == 0 || !strings.Contains(stderr, "thank_you.txt.tmpl:3") || !strings.Contains(stderr, "does not start") {
		t.Errorf("run with a broken template: exit %d, stderr %q; want a failure naming thank_you.txt.tmpl:3", code, stderr)
	}
	if n := len(srv.Sent()); n != 0 {
		t.Errorf("sent %d mails with a broken template", n)
	}
	if msgs, _ := srv.Messages("chats@example.test", "INBOX"); len(msgs) != 1 {
		t.Errorf("INBOX holds %d messages, want the unread command still there", len(msgs))
	}
}

func appendToFile(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}
