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

	"github.com/BurntSushi/toml"
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

// deleteKey in a configEdit removes the key from the file.
type deleteKey struct{}

// editedConfig writes validConfig with edits applied: "section.key" to a
// new value, or deleteKey{} to leave the key out.
func editedConfig(t *testing.T, edits map[string]any) string {
	t.Helper()
	p := writeConfig(t, validConfig)
	var doc map[string]map[string]any
	if _, err := toml.DecodeFile(p, &doc); err != nil {
		t.Fatal(err)
	}
	for k, v := range edits {
		section, key, _ := strings.Cut(k, ".")
		if doc[section] == nil {
			doc[section] = map[string]any{}
		}
		if _, del := v.(deleteKey); del {
			delete(doc[section], key)
		} else {
			doc[section][key] = v
		}
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(doc); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// Every value the config checks, missing or invalid, gives an error that
// names its key.
func TestLoadConfig_everyBadValueNamesItsKey(t *testing.T) {
	if _, err := loadConfig(editedConfig(t, nil)); err != nil {
		t.Fatalf("the unedited config must load: %v", err)
	}
	notAFolder := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notAFolder, nil, 0o600)
	none := filepath.Join(t.TempDir(), "none")
	for _, tc := range []struct {
		name  string
		edits map[string]any
		want  string
	}{
		{"owner name missing", map[string]any{"owner.name": deleteKey{}}, "[owner] name: missing"},
		{"owner name blank", map[string]any{"owner.name": "  "}, "[owner] name: missing"},
		{"owner email missing", map[string]any{"owner.email": deleteKey{}}, "[owner] email"},
		{"owner email invalid", map[string]any{"owner.email": "alex"}, "[owner] email"},
		{"owner addresses invalid", map[string]any{"owner.addresses": []string{"alex at work"}}, "[owner] addresses"},
		{"owner addresses hold the dedicated address", map[string]any{"owner.addresses": []string{"Chats@example.test"}}, "[owner] addresses"},
		{"timezone missing", map[string]any{"owner.timezone": deleteKey{}}, "[owner] timezone: missing"},
		{"timezone invalid", map[string]any{"owner.timezone": "Mars/Olympus"}, "[owner] timezone"},
		{"dedicated missing", map[string]any{"owner.dedicated_address": deleteKey{}}, "[owner] dedicated_address"},
		{"dedicated invalid", map[string]any{"owner.dedicated_address": "chats"}, "[owner] dedicated_address"},
		{"dedicated is the owner", map[string]any{"owner.dedicated_address": "ALEX@example.test"}, "[owner] dedicated_address: must differ"},
		{"imap address missing", map[string]any{"imap.address": deleteKey{}}, "[imap] address"},
		{"imap address without port", map[string]any{"imap.address": "127.0.0.1"}, "[imap] address"},
		{"imap tls invalid", map[string]any{"imap.tls": "ssl"}, "[imap] tls"},
		{"imap username missing", map[string]any{"imap.username": deleteKey{}}, "[imap] username: missing"},
		{"imap password missing", map[string]any{"imap.password_env": deleteKey{}}, "[imap] password_env: missing"},
		{"imap ca_file missing", map[string]any{"imap.ca_file": none}, "[imap] ca_file"},
		{"imap insecure remote", map[string]any{"imap.address": "imap.example.com:993", "imap.insecure_skip_verify": true}, "[imap] insecure_skip_verify"},
		{"imap mailbox empty", map[string]any{"imap.mailbox": ""}, "[imap] mailbox: empty"},
		{"processed folder is the mailbox", map[string]any{"imap.processed_folder": "INBOX"}, "[imap] processed_folder"},
		{"quarantine folder is the mailbox", map[string]any{"imap.quarantine_folder": "inbox"}, "[imap] quarantine_folder"},
		{"sent folder is the mailbox", map[string]any{"imap.mailbox": "chats", "imap.sent_folder": "chats"}, "[imap] sent_folder"},
		{"drafts folder is the mailbox", map[string]any{"imap.drafts_folder": "Inbox"}, "[imap] drafts_folder"},
		{"max_message_size zero", map[string]any{"imap.max_message_size": 0}, "[imap] max_message_size"},
		{"max_nesting zero", map[string]any{"imap.max_nesting": 0}, "[imap] max_nesting"},
		{"max_nesting too deep", map[string]any{"imap.max_nesting": 101}, "[imap] max_nesting"},
		{"max_parts zero", map[string]any{"imap.max_parts": 0}, "[imap] max_parts"},
		{"max_parts of the wrong type", map[string]any{"imap.max_parts": "many"}, `"imap.max_parts"`},
		{"smtp address missing", map[string]any{"smtp.address": deleteKey{}}, "[smtp] address"},
		{"smtp tls invalid", map[string]any{"smtp.tls": "ssl"}, "[smtp] tls"},
		{"smtp password missing", map[string]any{"smtp.password_env": deleteKey{}}, "[smtp] password_env: missing"},
		{"smtp ca_file missing", map[string]any{"smtp.ca_file": none}, "[smtp] ca_file"},
		{"smtp insecure remote", map[string]any{"smtp.address": "smtp.example.com:587", "smtp.insecure_skip_verify": true}, "[smtp] insecure_skip_verify"},
		{"smtp bcc_self of the wrong type", map[string]any{"smtp.bcc_self": "yes"}, `"smtp.bcc_self"`},
		{"confirm_wait invalid", map[string]any{"smtp.confirm_wait": "soon"}, "[smtp] confirm_wait"},
		{"confirm_wait zero", map[string]any{"smtp.confirm_wait": "0s"}, "[smtp] confirm_wait"},
		{"database path missing", map[string]any{"database.path": deleteKey{}}, "[database] path: missing"},
		{"availability invalid", map[string]any{"schedule.availability": "Mondays sometimes"}, "[schedule] availability"},
		{"default_duration invalid", map[string]any{"schedule.default_duration": "a while"}, "[schedule] default_duration"},
		{"default_duration too long", map[string]any{"schedule.default_duration": "45m"}, "[schedule] default_duration"},
		{"default_duration too short", map[string]any{"schedule.default_duration": "10m"}, "[schedule] default_duration"},
		{"contact_invites invalid", map[string]any{"schedule.contact_invites": "always"}, "[schedule] contact_invites"},
		{"thank_you invalid", map[string]any{"schedule.thank_you": "maybe"}, "[schedule] thank_you:"},
		{"thank_you_delay invalid", map[string]any{"schedule.thank_you_delay": "tomorrow"}, "[schedule] thank_you_delay"},
		{"thank_you_delay past a week", map[string]any{"schedule.thank_you_delay": "8d"}, "[schedule] thank_you_delay"},
		{"weekly_summary invalid", map[string]any{"schedule.weekly_summary": "Funday 08:00"}, "[schedule] weekly_summary"},
		{"weekly_summary without a time", map[string]any{"schedule.weekly_summary": "Mon"}, "[schedule] weekly_summary"},
		{"prep_brief invalid", map[string]any{"schedule.prep_brief": "a day"}, "[schedule] prep_brief"},
		{"prep_brief negative", map[string]any{"schedule.prep_brief": "-1h"}, "[schedule] prep_brief"},
		{"notes_prompt_delay invalid", map[string]any{"schedule.notes_prompt_delay": "soon"}, "[schedule] notes_prompt_delay"},
		{"nudge_after invalid", map[string]any{"schedule.nudge_after": "a week"}, "[schedule] nudge_after"},
		{"defer_default invalid", map[string]any{"schedule.defer_default": "later"}, "[schedule] defer_default"},
		{"templates dir missing", map[string]any{"templates.dir": none}, "[templates] dir"},
		{"templates dir is a file", map[string]any{"templates.dir": notAFolder}, "[templates] dir"},
		{"authserv_id needed", map[string]any{"security.require_authentication": true}, "[security] require_authentication"},
		{"daily cap negative", map[string]any{"security.third_party_daily_cap": -1}, "[security] third_party_daily_cap"},
		{"foreign notice invalid", map[string]any{"security.foreign_notice_every": "hourly"}, "[security] foreign_notice_every"},
		{"foreign notice zero", map[string]any{"security.foreign_notice_every": "0s"}, "[security] foreign_notice_every"},
		{"metrics listen without host", map[string]any{"metrics.listen": "9464"}, "[metrics] listen"},
		{"log level invalid", map[string]any{"log.level": "loud"}, "[log] level"},
		{"log format invalid", map[string]any{"log.format": "xml"}, "[log] format"},
		{"unknown key", map[string]any{"owner.colour": "blue"}, "unknown keys: owner.colour"},
		{"unknown section", map[string]any{"mail.host": "x"}, "unknown keys: mail"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loadConfig(editedConfig(t, tc.edits))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("loadConfig = %v\nwant an error naming %q", err, tc.want)
			}
		})
	}
}
