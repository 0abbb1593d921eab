package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// initNoCheck runs init without the doctor and returns exit code, stdout,
// stderr and the config path.
func initNoCheck(t *testing.T, stdin string, interactive bool, args ...string) (int, string, string, string) {
	t.Helper()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	args = append([]string{"--no-check", "--config", cfg, "--database", filepath.Join(dir, "cc.db")}, args...)
	var out, errb bytes.Buffer
	code := initCommand(context.Background(), args, strings.NewReader(stdin), interactive, &out, &errb)
	return code, out.String(), errb.String(), cfg
}

func TestInit_presets(t *testing.T) {
	t.Setenv("COFFEECHAT_IMAP_PASSWORD", "")
	for _, tc := range []struct {
		preset, email, dedicated         string
		imap, imapTLS, smtp, smtpTLS     string
		mailbox, user, appPasswordPhrase string
	}{
		{"gmail", "ada@gmail.com", "ada+chats@gmail.com", "imap.gmail.com:993", "tls", "smtp.gmail.com:587", "starttls",
			"coffeechat", "ada@gmail.com", "myaccount.google.com/apppasswords"},
		{"fastmail", "ada@fastmail.com", "ada+chats@fastmail.com", "imap.fastmail.com:993", "tls", "smtp.fastmail.com:465", "tls",
			"chats", "ada@fastmail.com", "Manage app passwords"},
		{"outlook", "ada@outlook.com", "ada+chats@outlook.com", "outlook.office365.com:993", "tls", "smtp-mail.outlook.com:587", "starttls",
			"coffeechat", "ada@outlook.com", "App passwords"},
		// iCloud has no plus-addresses: an alias of the same account,
		// filtered into a folder; IMAP login without the domain.
		{"icloud", "ada@icloud.com", "ada.chats@icloud.com", "imap.mail.me.com:993", "tls", "smtp.mail.me.com:587", "starttls",
			"coffeechat", "ada", "App-Specific Passwords"},
	} {
		t.Run(tc.preset, func(t *testing.T) {
			code, out, errs, path := initNoCheck(t, "", false, "--preset", tc.preset, "--name", "Ada Lovelace",
				"--email", tc.email, "--zone", "Europe/London", "--dedicated", tc.dedicated)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			cfg, err := loadConfig(path)
			if err != nil {
				t.Fatalf("written config does not load: %v", err)
			}
			if cfg.IMAP.Address != tc.imap || cfg.IMAP.TLS != tc.imapTLS || cfg.SMTP.Address != tc.smtp || cfg.SMTP.TLS != tc.smtpTLS {
				t.Errorf("servers = %s (%s), %s (%s); want %s (%s), %s (%s)", cfg.IMAP.Address, cfg.IMAP.TLS,
					cfg.SMTP.Address, cfg.SMTP.TLS, tc.imap, tc.imapTLS, tc.smtp, tc.smtpTLS)
			}
			if cfg.IMAP.Mailbox != tc.mailbox || cfg.IMAP.Username != tc.user || cfg.SMTP.Username != tc.email {
				t.Errorf("mailbox %q, users %q/%q; want %q, %q/%q", cfg.IMAP.Mailbox, cfg.IMAP.Username, cfg.SMTP.Username, tc.mailbox, tc.user, tc.email)
			}
			if cfg.IMAP.PasswordEnv != "COFFEECHAT_IMAP_PASSWORD" || cfg.SMTP.PasswordEnv != "COFFEECHAT_SMTP_PASSWORD" {
				t.Errorf("password_env = %q, %q", cfg.IMAP.PasswordEnv, cfg.SMTP.PasswordEnv)
			}
			if !strings.Contains(out, tc.appPasswordPhrase) || !strings.Contains(out, "export COFFEECHAT_IMAP_PASSWORD=") {
				t.Errorf("output does not say how to make and give the app password:\n%s", out)
			}
			// How to route the plus-address (iCloud: the alias) into its folder.
			if p, _ := findPreset(tc.preset); !strings.Contains(out, "The dedicated address: "+p.PlusAddress) {
				t.Errorf("output does not say how to set up the dedicated address:\n%s", out)
			}
			if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
				t.Errorf("mode = %o", fi.Mode().Perm())
			}
		})
	}
}

func TestInit_refusals(t *testing.T) {
	base := []string{"--name", "Ada", "--email", "ada@example.com", "--zone", "Europe/London", "--imap", "mail.example.com", "--smtp", "mail.example.com"}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"nothing given, not a terminal", []string{"--zone", "UTC"}, 2, "missing --name, --email, --dedicated, --imap, --smtp ("},
		{"unknown preset", append([]string{"--preset", "yahoo"}, base...), 2, "not one of gmail, fastmail, outlook, icloud"},
		{"bad zone", append(base, "--dedicated", "chats@example.com", "--zone", "Mars/Base"), 2, "--zone: \"Mars/Base\" is not an IANA time zone"},
		{"dedicated is the owner", append([]string{"--dedicated", "ada@example.com"}, base...), 2, "--dedicated must differ from --email"},
		{"plus-address without a folder", append([]string{"--dedicated", "ada+chats@example.com"}, base...), 2, "--mailbox"},
		{"plus-address reading INBOX", append([]string{"--dedicated", "ada+chats@example.com", "--mailbox", "INBOX"}, base...), 2, "would move aside every email in your inbox"},
		{"bad availability", append([]string{"--dedicated", "chats@example.com", "--availability", "whenever"}, base...), 1, "[schedule] availability"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs, path := initNoCheck(t, "", false, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tc.code, tc.want)
			}
			if _, err := os.Stat(path); err == nil {
				t.Errorf("a config was written despite the error")
			}
		})
	}
}

func TestInit_defaultsPortsAndQuoting(t *testing.T) {
	name := `Ada "Countess" Lovelace \ Byron`
	code, _, errs, path := initNoCheck(t, "", false, "--name", name, "--email", "ada@example.com",
		"--zone", "America/Chicago", "--dedicated", "chats@example.com",
		"--imap", "mail.example.com", "--imap-tls", "starttls", "--smtp", "mail.example.com", "--smtp-tls", "tls",
		"--password-command", "pass show coffeechat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	cfg, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Owner.Name != name {
		t.Errorf("name round trip = %q, want %q", cfg.Owner.Name, name)
	}
	if cfg.IMAP.Address != "mail.example.com:143" || cfg.SMTP.Address != "mail.example.com:465" {
		t.Errorf("ports: imap %s smtp %s; want 143 for starttls, 465 for tls", cfg.IMAP.Address, cfg.SMTP.Address)
	}
	if cfg.IMAP.Username != "chats@example.com" || cfg.IMAP.Mailbox != "INBOX" {
		t.Errorf("a mailbox of its own: username %q mailbox %q", cfg.IMAP.Username, cfg.IMAP.Mailbox)
	}
	if cfg.IMAP.PasswordCommand != "pass show coffeechat" || cfg.IMAP.PasswordEnv != "" || cfg.SMTP.PasswordCommand != "pass show coffeechat" {
		t.Errorf("password: env %q command %q", cfg.IMAP.PasswordEnv, cfg.IMAP.PasswordCommand)
	}

	// A second init does not replace the file unless told to.
	var errb bytes.Buffer
	args := []string{"--no-check", "--config", path, "--name", "X", "--email", "x@example.com", "--zone", "UTC",
		"--dedicated", "c@example.com", "--imap", "h", "--smtp", "h"}
	if code := initCommand(context.Background(), args, strings.NewReader(""), false, &bytes.Buffer{}, &errb); code != 1 || !strings.Contains(errb.String(), "--force") {
		t.Errorf("second init: exit %d, stderr %q", code, errb.String())
	}
	if code := initCommand(context.Background(), append(args, "--force"), strings.NewReader(""), false, &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Errorf("init --force: exit %d", code)
	}
	if cfg, err := loadConfig(path); err != nil || cfg.Owner.Name != "X" {
		t.Errorf("after --force: %v, %+v", err, cfg)
	}
}

func TestInit_asksInATerminal(t *testing.T) {
	// Provider, name, email, zone (one wrong first), dedicated (the
	// suggested plus-address), then Enter for every preset default.
	answers := strings.Join([]string{
		"fastmail", "Ada Lovelace", "ada@fastmail.com", "Mars/Base", "Europe/London", "",
		"", "", "", "", "", "", "",
	}, "\n") + "\n"
	code, out, errs, path := initNoCheck(t, answers, true)
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errs, out)
	}
	if !strings.Contains(out, `"Mars/Base" is not an IANA time zone`) {
		t.Errorf("wrong zone not reported:\n%s", out)
	}
	if !strings.Contains(out, `delivered to the folder "chats"`) || !strings.Contains(out, "Fastmail needs an app password: Settings > Privacy & Security") {
		t.Errorf("the chosen preset's advice is missing:\n%s", out)
	}
	cfg, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Owner.DedicatedAddress != "ada+chats@fastmail.com" || cfg.IMAP.Mailbox != "chats" || cfg.IMAP.Username != "ada@fastmail.com" ||
		cfg.IMAP.Address != "imap.fastmail.com:993" || cfg.Owner.Timezone != "Europe/London" {
		t.Errorf("config = %+v %+v", cfg.Owner, cfg.IMAP)
	}

	// Input that ends early reports what is still missing.
	code, _, errs, _ = initNoCheck(t, "\nAda\n", true)
	if code != 2 || !strings.Contains(errs, "missing --email") {
		t.Errorf("short input: exit %d, stderr %q", code, errs)
	}
}

func TestHelp_everyCommandHasExamples(t *testing.T) {
	for _, c := range subcommands() {
		if c.run == nil {
			continue
		}
		code, out, _ := runCmd(t, "help", c.name)
		if code != 0 || !strings.Contains(out, "Usage: coffeechat "+c.name) || !strings.Contains(out, "Example") {
			t.Errorf("help %s: exit %d, want a usage line and examples:\n%s", c.name, code, out)
		}
		if strings.Contains(out, "{{") {
			t.Errorf("help %s holds an unrendered template:\n%s", c.name, out)
		}
	}
	// -h after a command prints its usage and exits 0; an unknown flag
	// exits 2.
	for _, c := range subcommands() {
		if c.run == nil {
			continue
		}
		code, _, errs := runCmd(t, c.name, "-h")
		if code != 0 || !strings.Contains(errs, "Usage: coffeechat "+c.name) {
			t.Errorf("%s -h: exit %d, want 0 and the usage:\n%s", c.name, code, errs)
		}
		if code, _, _ := runCmd(t, c.name, "--no-such-flag"); code != 2 {
			t.Errorf("%s --no-such-flag: exit %d, want 2", c.name, code)
		}
	}
	_, out, _ := runCmd(t, "help", "init")
	for _, p := range presets {
		if !strings.Contains(out, p.IMAP) || !strings.Contains(out, p.AppPassword) {
			t.Errorf("help init lacks preset %s", p.Key)
		}
	}
}

// Without --config and --database, init writes $XDG_CONFIG_HOME/coffeechat/
// config.toml (0600, in a 0700 folder) pointing at a database under
// $XDG_DATA_HOME, and the other commands read that file by default.
func TestInit_writesToXDGConfigHome(t *testing.T) {
	cfgHome, dataHome := t.TempDir(), t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfgHome)
	t.Setenv("XDG_DATA_HOME", dataHome)
	t.Setenv("COFFEECHAT_IMAP_PASSWORD", "")
	var out, errb bytes.Buffer
	code := initCommand(context.Background(), []string{"--no-check", "--preset", "gmail", "--name", "Ada Lovelace",
		"--email", "ada@gmail.com", "--dedicated", "ada+chats@gmail.com", "--zone", "America/New_York"},
		strings.NewReader(""), false, &out, &errb)
	if code != 0 {
		t.Fatalf("init: exit %d: %s", code, errb.String())
	}
	path := filepath.Join(cfgHome, "coffeechat", "config.toml")
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("init did not write %s: %v\n%s", path, err, out.String())
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("%s mode %o, want 600", path, fi.Mode().Perm())
	}
	if di, _ := os.Stat(filepath.Dir(path)); di.Mode().Perm() != 0o700 {
		t.Errorf("%s mode %o, want 700", filepath.Dir(path), di.Mode().Perm())
	}
	cfg, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dataHome, "coffeechat", "coffeechat.db"); cfg.Database.Path != want {
		t.Errorf("[database] path = %q, want %q", cfg.Database.Path, want)
	}
	// The password is not set, so doctor stops before the network; its
	// first line shows which file it read.
	_, doc, _ := runCmd(t, "doctor")
	if checkLine(doc, checkOK, "config") != fmt.Sprintf("%-4s  %-14s  %s", checkOK, "config", path) {
		t.Errorf("doctor without --config did not read %s:\n%s", path, doc)
	}
}
