package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/coffeechat/coffeechat/mail/mailtest"
)

// mailtestConfig is a config pointing at in-process servers.
func mailtestConfig(t *testing.T, srv *mailtest.Server) string {
	t.Helper()
	t.Setenv("CC_TEST_PW", "pw")
	body := strings.NewReplacer(
		`address = "127.0.0.1:10143"`+"\n"+`tls = "starttls"`, `address = "`+srv.IMAPAddr+`"`+"\n"+`tls = "none"`,
		`address = "127.0.0.1:10587"`, `address = "`+srv.SMTPAddr+`"`+"\n"+`tls = "none"`,
	).Replace(validConfig)
	return writeConfig(t, body)
}

func TestSummary_printAndSend(t *testing.T) {
	srv := mailtest.New(t, mailtest.Options{Users: map[string]string{"alex@example.test": "pw", "chats@example.test": "pw"}})
	cfgPath := mailtestConfig(t, srv)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"summary", "--print", "--config", cfgPath}, &out, &errb); code != 0 {
		t.Fatalf("summary --print: %d %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Nothing to report this week") || len(srv.Sent()) != 0 {
		t.Errorf("summary --print printed %q and sent %d mails", out.String(), len(srv.Sent()))
	}
	out.Reset()
	if code := run(context.Background(), []string{"summary", "--send", "--config", cfgPath}, &out, &errb); code != 0 {
		t.Fatalf("summary --send: %d %s", code, errb.String())
	}
	sent := srv.Sent()
	if len(sent) != 1 || sent[0].To[0] != "alex@example.test" || !bytes.Contains(sent[0].Data, []byte("X-Coffeechat-Kind: weekly_summary")) {
		t.Errorf("summary --send sent %d mails: %+v", len(sent), sent)
	}
}

func TestRun_refusesSecondDaemonOnSameDatabase(t *testing.T) {
	srv := mailtest.New(t, mailtest.Options{Users: map[string]string{"alex@example.test": "pw", "chats@example.test": "pw"}})
	cfgPath := mailtestConfig(t, srv)
	cfg, err := loadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := lockDatabase(cfg.Database.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"run", "--once", "--config", cfgPath}, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "another coffeechat is running") {
		t.Errorf("second daemon: code %d, stderr %q", code, errb.String())
	}
	// A summary --send while the daemon runs only queues it.
	out.Reset()
	if code := run(context.Background(), []string{"summary", "--send", "--config", cfgPath}, &out, &errb); code != 0 ||
		!strings.Contains(out.String(), "queued") || len(srv.Sent()) != 0 {
		t.Errorf("summary --send beside a daemon: code %d, %q, %d sent", code, out.String(), len(srv.Sent()))
	}
}

func TestLockDatabase_createsFolderAndExcludes(t *testing.T) {
	p := t.TempDir() + "/not/yet/there/cc.db"
	unlock, err := lockDatabase(p)
	if err != nil {
		t.Fatalf("lockDatabase in a missing folder: %v", err)
	}
	if _, err := lockDatabase(p); err != errLocked {
		t.Errorf("second lock = %v, want errLocked", err)
	}
	unlock()
	again, err := lockDatabase(p)
	if err != nil {
		t.Errorf("lock after unlock: %v", err)
	} else {
		again()
	}
}
