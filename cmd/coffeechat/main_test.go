package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const validConfig = `
[owner]
name = "Alex Rivera"
email = "alex@example.test"
timezone = "America/New_York"
dedicated_address = "chats@example.test"

[imap]
address = "127.0.0.1:10143"
tls = "starttls"
username = "chats@example.test"
password_env = "CC_TEST_PW"

[smtp]
address = "127.0.0.1:10587"
username = "chats@example.test"
password_env = "CC_TEST_PW"

[database]
path = "DBPATH"
`

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "config.toml")
	body = strings.ReplaceAll(body, "DBPATH", filepath.Join(dir, "cc.db"))
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadConfig_validWithDefaults(t *testing.T) {
	cfg, err := loadConfig(writeConfig(t, validConfig))
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	if cfg.loc.String() != "America/New_York" {
		t.Errorf("zone = %v", cfg.loc)
	}
	d := cfg.durations
	if d.defaultDuration != 20*time.Minute || !d.nextMorning || d.summaryDay != time.Monday || d.summaryMinute != 8*60 ||
		d.prepBrief != 24*time.Hour || d.nudgeAfter != 7*24*time.Hour {
		t.Errorf("defaults not applied: %+v", d)
	}
	if cfg.Schedule.ContactInvites != "after-owner-accepts" || cfg.Schedule.ThankYou != "auto" {
		t.Errorf("schedule defaults = %+v", cfg.Schedule)
	}
	dc := daemonConfig(cfg)
	if dc.Limits.MaxDepth != 10 || dc.Limits.MaxParts != 200 || dc.Limits.MaxSize != 25<<20 {
		t.Errorf("limits = %+v", dc.Limits)
	}
	if !dc.BccSelf || dc.ConfirmWait != 5*time.Minute || cfg.IMAP.SentFolder != "Coffeechat/Sent" {
		t.Errorf("exactly-once defaults: bcc_self %v, confirm_wait %v, sent_folder %q; want on, 5m, Coffeechat/Sent", dc.BccSelf, dc.ConfirmWait, cfg.IMAP.SentFolder)
	}
	if dc.Dedicated != "chats@example.test" || dc.OwnerEmail != "alex@example.test" || dc.Location == nil {
		t.Errorf("daemonConfig = %+v", dc)
	}
}

func TestLoadConfig_errorsNameTheKey(t *testing.T) {
	for _, tc := range []struct {
		name, edit, want string
	}{
		{"missing zone", `timezone = "America/New_York"` + "\n", "[owner] timezone"},
		{"bad zone", `timezone = "Mars/Olympus"`, "[owner] timezone"},
		{"bad email", `email = "alex"`, "[owner] email"},
		{"dedicated is owner", `dedicated_address = "alex@example.test"`, "[owner] dedicated_address"},
		{"bad tls", `tls = "starttls"`, "[imap] tls"},
		{"bad address", `address = "127.0.0.1:10143"`, "[imap] address"},
		{"no password", `password_env = "CC_TEST_PW"`, "[imap] password_env"},
		{"unknown key", `[database]`, "unknown keys: database.colour"},
		{"duration too long", `[database]`, "[schedule] default_duration"},
		{"bad availability", `[database]`, "[schedule] availability"},
		{"bad summary", `[database]`, "[schedule] weekly_summary"},
		{"bad invites", `[database]`, "[schedule] contact_invites"},
		{"insecure remote", `[database]`, "[smtp] insecure_skip_verify"},
		{"bad confirm wait", `[database]`, "[smtp] confirm_wait"},
		{"thank-you later than a week", `[database]`, "[schedule] thank_you_delay"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := validConfig
			switch tc.name {
			case "missing zone":
				body = strings.Replace(body, tc.edit, "", 1)
			case "bad zone", "bad email", "dedicated is owner":
				key, _, _ := strings.Cut(tc.edit, " =")
				body = replaceLine(body, key, tc.edit)
			case "bad tls":
				body = strings.Replace(body, tc.edit, `tls = "ssl"`, 1)
			case "bad address":
				body = strings.Replace(body, tc.edit, `address = "127.0.0.1"`, 1)
			case "no password":
				body = strings.Replace(body, tc.edit, "", 1)
			case "unknown key":
				body += "colour = \"blue\"\n"
			case "duration too long":
				body += "[schedule]\ndefault_duration = \"45m\"\n"
			case "bad availability":
				body += "[schedule]\navailability = \"Mondays sometimes\"\n"
			case "bad summary":
				body += "[schedule]\nweekly_summary = \"Funday 08:00\"\n"
			case "thank-you later than a week":
				body += "[schedule]\nthank_you_delay = \"8d\"\n"
			case "bad invites":
				body += "[schedule]\ncontact_invites = \"always\"\n"
			case "bad confirm wait":
				body = strings.Replace(body, `address = "127.0.0.1:10587"`, "address = \"127.0.0.1:10587\"\nconfirm_wait = \"soon\"", 1)
			case "insecure remote":
				body = strings.Replace(body, `address = "127.0.0.1:10587"`, "address = \"smtp.example.com:587\"\ninsecure_skip_verify = true", 1)
			}
			_, err := loadConfig(writeConfig(t, body))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("loadConfig = %v, want an error naming %q", err, tc.want)
			}
		})
	}
}

func replaceLine(body, key, line string) string {
	var out []string
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, key+" =") {
			l = line
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestSecret(t *testing.T) {
	ctx := context.Background()
	t.Setenv("CC_SECRET_SET", "s3cret")
	if v, err := secret(ctx, "[imap]", "CC_SECRET_SET", ""); err != nil || v != "s3cret" {
		t.Errorf("from env = %q, %v", v, err)
	}
	if _, err := secret(ctx, "[imap]", "CC_SECRET_UNSET_XYZ", ""); err == nil || !strings.Contains(err.Error(), "[imap] password_env: CC_SECRET_UNSET_XYZ is not set") {
		t.Errorf("unset env error = %v", err)
	}
	if v, err := secret(ctx, "[smtp]", "", "printf 'from-cmd\\n'"); err != nil || v != "from-cmd" {
		t.Errorf("from command = %q, %v", v, err)
	}
	_, err := secret(ctx, "[smtp]", "", "echo oops >&2; exit 3")
	if err == nil || !strings.Contains(err.Error(), "[smtp] password_command failed") || !strings.Contains(err.Error(), "oops") {
		t.Errorf("failing command error = %v", err)
	}
}

func TestRun_unknownCommandAndHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"frobnicate"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "unknown command") {
		t.Errorf("unknown command: code %d, stderr %q", code, errb.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"help", "run"}, &out, &errb); code != 0 || !strings.Contains(out.String(), "--once") {
		t.Errorf("help run: code %d, %q", code, out.String())
	}
}

func TestRun_badConfigExitsWithClearError(t *testing.T) {
	var out, errb bytes.Buffer
	p := writeConfig(t, strings.Replace(validConfig, `timezone = "America/New_York"`, `timezone = "Nowhere/Special"`, 1))
	code := run(context.Background(), []string{"run", "--config", p}, &out, &errb)
	if code != 2 || !strings.Contains(errb.String(), "[owner] timezone") {
		t.Errorf("code %d, stderr %q", code, errb.String())
	}
}

func TestDemo_runsTheWholeFlow(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if code := run(ctx, []string{"demo", "--dir", dir}, &out, &errb); code != 0 {
		t.Fatalf("demo exited %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
	sent, err := os.ReadDir(filepath.Join(dir, "sent"))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, e := range sent {
		name := strings.TrimSuffix(e.Name(), ".eml")
		kinds[name[strings.Index(name, "-")+1:]]++
	}
	for _, k := range []string{"invite", "contact_invite", "thank_you", "asks_for_times", "weekly_summary"} {
		if kinds[k] != 1 {
			t.Errorf("demo sent %d %s emails, want 1 (all: %v)", kinds[k], k, kinds)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "coffeechat.db")); err != nil || fi.Size() == 0 {
		t.Errorf("demo left no database: %v", err)
	}
	if !strings.Contains(out.String(), "Dana Whitfield") || !strings.Contains(out.String(), "Hi Lee,") {
		t.Errorf("demo output does not show the invite and the thank-you:\n%s", out.String())
	}
}

func TestInspect_gmailForward(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"inspect", "--tz", "America/New_York", "testdata/gmail-forward.eml"}, &out, &errb)
	if code != 0 {
		t.Fatalf("inspect exited %d: %s", code, errb.String())
	}
	var got struct {
		Contact struct {
			Name, Email  string
			Organization *string
		}
		Intent          string
		ProposedTimes   []struct{ Start, End string } `json:"proposed_times"`
		DurationMinutes *int                          `json:"duration_minutes"`
		Location        struct {
			Kind   string
			Detail *string
		}
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("inspect printed no JSON: %v\n%s", err, out.String())
	}
	if got.Contact.Email != "dana@northwind.example" || got.Contact.Name != "Dana Whitfield" {
		t.Errorf("contact = %+v", got.Contact)
	}
	if got.Intent != "scheduled" || len(got.ProposedTimes) != 1 || got.ProposedTimes[0].Start != "2026-11-24T14:00:00-05:00" {
		t.Errorf("intent %q, times %+v", got.Intent, got.ProposedTimes)
	}
	if got.DurationMinutes == nil || *got.DurationMinutes != 20 {
		t.Errorf("duration = %v, want 20", got.DurationMinutes)
	}
	if got.Location.Kind != "video" || got.Location.Detail == nil || *got.Location.Detail != "https://zoom.example/j/123" {
		t.Errorf("location = %+v", got.Location)
	}
}

func TestInspect_notAMessage(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.eml")
	os.WriteFile(p, []byte{0xff, 0xfe, 0x00, 0x01}, 0o644)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"inspect", "--tz", "UTC", p}, &out, &errb); code != 1 || errb.Len() == 0 {
		t.Errorf("inspect of junk: code %d, stderr %q", code, errb.String())
	}
}

func TestLoadConfig_security(t *testing.T) {
	cfg, err := loadConfig(writeConfig(t, validConfig))
	if err != nil {
		t.Fatal(err)
	}
	dc := daemonConfig(cfg)
	if dc.Auth.Require || dc.ThirdPartyDailyCap != 20 || dc.ForeignNoticeEvery != time.Hour {
		t.Errorf("security defaults without authserv_id = %+v cap %d", dc.Auth, dc.ThirdPartyDailyCap)
	}
	cfg, err = loadConfig(writeConfig(t, validConfig+"[security]\nauthserv_id = \"mx.google.com\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if dc := daemonConfig(cfg); !dc.Auth.Require || dc.Auth.AuthservID != "mx.google.com" || dc.Auth.AllowSPF {
		t.Errorf("with authserv_id, authentication must default to required: %+v", dc.Auth)
	}
	cfg, err = loadConfig(writeConfig(t, validConfig+"[security]\nauthserv_id = \"mx.google.com\"\nrequire_authentication = false\n"))
	if err != nil {
		t.Fatal(err)
	}
	if dc := daemonConfig(cfg); dc.Auth.Require {
		t.Errorf("require_authentication = false ignored")
	}
	if _, err := loadConfig(writeConfig(t, validConfig+"[security]\nrequire_authentication = true\n")); err == nil ||
		!strings.Contains(err.Error(), "[security] require_authentication") {
		t.Errorf("require without authserv_id: %v", err)
	}
}
