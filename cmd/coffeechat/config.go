package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/mail/mailtls"
)

// Config is the TOML configuration file, as written by the owner.
type Config struct {
	Owner     OwnerConfig     `toml:"owner"`
	IMAP      IMAPConfig      `toml:"imap"`
	SMTP      SMTPConfig      `toml:"smtp"`
	Database  DatabaseConfig  `toml:"database"`
	Schedule  ScheduleConfig  `toml:"schedule"`
	Templates TemplatesConfig `toml:"templates"`
	Log       LogConfig       `toml:"log"`
	Security  SecurityConfig  `toml:"security"`
	Metrics   MetricsConfig   `toml:"metrics"`

	// Resolved values, filled by Validate.
	loc          *time.Location
	availability calendar.Availability
	durations    resolvedDurations
}

type OwnerConfig struct {
	Name             string   `toml:"name"`
	Email            string   `toml:"email"`
	Addresses        []string `toml:"addresses"`
	Timezone         string   `toml:"timezone"`
	DedicatedAddress string   `toml:"dedicated_address"`
}

type IMAPConfig struct {
	Address            string `toml:"address"`
	TLS                string `toml:"tls"`
	Username           string `toml:"username"`
	PasswordEnv        string `toml:"password_env"`
	PasswordCommand    string `toml:"password_command"`
	CAFile             string `toml:"ca_file"`
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
	Mailbox            string `toml:"mailbox"`
	ProcessedFolder    string `toml:"processed_folder"`
	QuarantineFolder   string `toml:"quarantine_folder"`
	DraftsFolder       string `toml:"drafts_folder"`
	// SentFolder receives the copies of coffeechat's own emails that it
	// Bcc's to itself ([smtp] bcc_self).
	SentFolder     string `toml:"sent_folder"`
	MaxMessageSize int64  `toml:"max_message_size"`
	MaxNesting     int    `toml:"max_nesting"`
	MaxParts       int    `toml:"max_parts"`
}

type SMTPConfig struct {
	Address            string `toml:"address"`
	TLS                string `toml:"tls"`
	Username           string `toml:"username"`
	PasswordEnv        string `toml:"password_env"`
	PasswordCommand    string `toml:"password_command"`
	CAFile             string `toml:"ca_file"`
	InsecureSkipVerify bool   `toml:"insecure_skip_verify"`
	// BccSelf sends every email also to the dedicated address (envelope
	// only, no header). After a crash between the server's "250" and the
	// database commit, the copy in the mailbox proves the email left, so
	// it is not sent twice. Default on.
	BccSelf *bool `toml:"bcc_self"`
	// ConfirmWait is how long an interrupted send's copy may take to
	// arrive before the email is sent again.
	ConfirmWait string `toml:"confirm_wait"`
}

type DatabaseConfig struct {
	Path string `toml:"path"`
}

type ScheduleConfig struct {
	Availability     string `toml:"availability"`
	DefaultDuration  string `toml:"default_duration"`
	ContactInvites   string `toml:"contact_invites"`
	ThankYou         string `toml:"thank_you"`
	ThankYouDelay    string `toml:"thank_you_delay"`
	WeeklySummary    string `toml:"weekly_summary"`
	PrepBrief        string `toml:"prep_brief"`
	NotesPromptDelay string `toml:"notes_prompt_delay"`
	NudgeAfter       string `toml:"nudge_after"`
	DeferDefault     string `toml:"defer_default"`
}

type TemplatesConfig struct {
	Dir string `toml:"dir"`
}

// SecurityConfig is how coffeechat tells the owner's mail from anyone
// else's, and how much it sends to other people.
type SecurityConfig struct {
	// AuthservID is the authserv-id in the Authentication-Results headers
	// your provider writes ("mx.google.com"); `coffeechat doctor` shows it.
	AuthservID string `toml:"authserv_id"`
	// RequireAuthentication: mail claiming to be yours must carry a DKIM or
	// DMARC pass from AuthservID. Defaults to on when authserv_id is set.
	RequireAuthentication *bool `toml:"require_authentication"`
	// SPFPassCounts lets spf=pass alone authenticate you.
	SPFPassCounts bool `toml:"spf_pass_counts"`
	// ThirdPartyDailyCap is the most emails to other people in 24 hours.
	ThirdPartyDailyCap int `toml:"third_party_daily_cap"`
	// ForeignNoticeEvery is the least time between two notes to you about
	// mail from strangers.
	ForeignNoticeEvery string `toml:"foreign_notice_every"`
}

// MetricsConfig is the optional HTTP endpoint of `coffeechat run`.
type MetricsConfig struct {
	// Listen is host:port for /healthz and Prometheus /metrics; "" is off.
	Listen string `toml:"listen"`
}

type LogConfig struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
}

type resolvedDurations struct {
	defaultDuration  time.Duration
	thankYouDelay    time.Duration // 0 with nextMorning
	nextMorning      bool
	summaryDay       time.Weekday
	summaryMinute    int // minutes after local midnight
	prepBrief        time.Duration
	notesPromptDelay time.Duration
	nudgeAfter       time.Duration
	deferDefault     time.Duration
	foreignNotice    time.Duration
	confirmWait      time.Duration
}

// defaultConfig returns the values used for every key the file leaves out.
func defaultConfig() Config {
	return Config{
		IMAP: IMAPConfig{TLS: "tls", Mailbox: "INBOX", ProcessedFolder: "Coffeechat/Processed",
			QuarantineFolder: "Coffeechat/Quarantine", SentFolder: "Coffeechat/Sent", MaxMessageSize: 25 << 20,
			MaxNesting: 10, MaxParts: 200},
		SMTP: SMTPConfig{TLS: "starttls", ConfirmWait: "5m"},
		Schedule: ScheduleConfig{
			Availability:     "Mon-Fri 09:00-17:00",
			DefaultDuration:  "20m",
			ContactInvites:   "after-owner-accepts",
			ThankYou:         "auto",
			ThankYouDelay:    "next-morning",
			WeeklySummary:    "Mon 08:00",
			PrepBrief:        "24h",
			NotesPromptDelay: "10m",
			NudgeAfter:       "7d",
			DeferDefault:     "30d",
		},
		Log:      LogConfig{Level: "info", Format: "text"},
		Security: SecurityConfig{ThirdPartyDailyCap: 20, ForeignNoticeEvery: "1h"},
	}
}

// loadConfig reads and validates the file at path.
func loadConfig(path string) (*Config, error) {
	cfg := defaultConfig()
	md, err := toml.DecodeFile(path, &cfg)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		var keys []string
		for _, k := range undecoded {
			keys = append(keys, k.String())
		}
		return nil, fmt.Errorf("config %s: unknown keys: %s", path, strings.Join(keys, ", "))
	}
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return &cfg, nil
}

// validate checks every value and resolves zones, durations and the
// availability. Each error names the key.
func (c *Config) validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if strings.TrimSpace(c.Owner.Name) == "" {
		bad("[owner] name", "missing")
	}
	if !isEmail(c.Owner.Email) {
		bad("[owner] email", "%q is not an email address", c.Owner.Email)
	}
	for _, a := range c.Owner.Addresses {
		if !isEmail(a) {
			bad("[owner] addresses", "%q is not an email address", a)
		} else if strings.EqualFold(a, c.Owner.DedicatedAddress) {
			bad("[owner] addresses", "%q is the dedicated address: coffeechat's own mail would count as yours", a)
		}
	}
	if !isEmail(c.Owner.DedicatedAddress) {
		bad("[owner] dedicated_address", "%q is not an email address", c.Owner.DedicatedAddress)
	} else if strings.EqualFold(c.Owner.DedicatedAddress, c.Owner.Email) {
		bad("[owner] dedicated_address", "must differ from [owner] email, or coffeechat would read its own mail to you")
	}
	c.Owner.Email = strings.ToLower(c.Owner.Email)
	c.Owner.DedicatedAddress = strings.ToLower(c.Owner.DedicatedAddress)
	for i := range c.Owner.Addresses {
		c.Owner.Addresses[i] = strings.ToLower(c.Owner.Addresses[i])
	}
	if c.Owner.Timezone == "" {
		bad("[owner] timezone", "missing (an IANA zone such as \"America/New_York\")")
	} else if loc, err := time.LoadLocation(c.Owner.Timezone); err != nil {
		bad("[owner] timezone", "%q is not an IANA time zone", c.Owner.Timezone)
	} else {
		c.loc = loc
	}

	checkServer := func(section, addr, tlsMode string) {
		if _, port, err := net.SplitHostPort(addr); err != nil || port == "" {
			bad(section+" address", "%q is not host:port", addr)
		}
		switch tlsMode {
		case "none", "starttls", "tls":
		default:
			bad(section+" tls", "%q is not none, starttls or tls", tlsMode)
		}
	}
	checkServer("[imap]", c.IMAP.Address, c.IMAP.TLS)
	checkServer("[smtp]", c.SMTP.Address, c.SMTP.TLS)
	if c.IMAP.Username == "" {
		bad("[imap] username", "missing")
	}
	if c.IMAP.PasswordEnv == "" && c.IMAP.PasswordCommand == "" {
		bad("[imap] password_env", "missing: name an environment variable, or set password_command")
	}
	if c.SMTP.Username != "" && c.SMTP.PasswordEnv == "" && c.SMTP.PasswordCommand == "" {
		bad("[smtp] password_env", "missing: name an environment variable, or set password_command")
	}
	for _, f := range []struct{ key, path string }{{"[imap] ca_file", c.IMAP.CAFile}, {"[smtp] ca_file", c.SMTP.CAFile}} {
		if f.path != "" {
			if _, err := os.Stat(expandHome(f.path)); err != nil {
				bad(f.key, "%v", err)
			}
		}
	}
	for _, f := range []struct {
		key, addr string
		insecure  bool
	}{{"[imap] insecure_skip_verify", c.IMAP.Address, c.IMAP.InsecureSkipVerify}, {"[smtp] insecure_skip_verify", c.SMTP.Address, c.SMTP.InsecureSkipVerify}} {
		if f.insecure && !isLoopback(f.addr) {
			bad(f.key, "allowed only for a loopback server, not %q", f.addr)
		}
	}
	if c.IMAP.MaxNesting < 1 || c.IMAP.MaxNesting > 100 {
		bad("[imap] max_nesting", "must be between 1 and 100 levels of parts and attached messages")
	}
	if c.IMAP.MaxParts < 1 || c.IMAP.MaxParts > 10000 {
		bad("[imap] max_parts", "must be between 1 and 10000 MIME parts")
	}
	if c.IMAP.MaxMessageSize <= 0 {
		bad("[imap] max_message_size", "must be a positive number of bytes")
	}
	if strings.TrimSpace(c.IMAP.Mailbox) == "" {
		bad("[imap] mailbox", "empty: leave the key out to read INBOX, or name the folder coffeechat reads")
	} else {
		// A folder coffeechat files into that is the one it reads would
		// hand every filed message back to it, forever.
		for _, f := range []struct{ key, name string }{
			{"[imap] processed_folder", c.IMAP.ProcessedFolder}, {"[imap] quarantine_folder", c.IMAP.QuarantineFolder},
			{"[imap] sent_folder", c.IMAP.SentFolder}, {"[imap] drafts_folder", c.IMAP.DraftsFolder},
		} {
			if sameMailbox(f.name, c.IMAP.Mailbox) {
				bad(f.key, "%q is the folder coffeechat reads ([imap] mailbox): what it files there would be read again", f.name)
			}
		}
	}
	if c.Database.Path == "" {
		bad("[database] path", "missing")
	}
	c.Database.Path = expandHome(c.Database.Path)
	c.Templates.Dir = expandHome(c.Templates.Dir)
	if c.Templates.Dir != "" {
		if fi, err := os.Stat(c.Templates.Dir); err != nil {
			bad("[templates] dir", "%v", err)
		} else if !fi.IsDir() {
			bad("[templates] dir", "%s is not a folder", c.Templates.Dir)
		}
	}

	s := c.Schedule
	d := &c.durations
	if c.loc != nil {
		av, err := calendar.ParseAvailability(s.Availability, c.loc)
		if err != nil {
			bad("[schedule] availability", "%v", err)
		}
		c.availability = av
	}
	if v, err := parseDuration(s.DefaultDuration); err != nil {
		bad("[schedule] default_duration", "%v", err)
	} else if v < 15*time.Minute || v > 30*time.Minute {
		bad("[schedule] default_duration", "%s is outside 15-30 minutes, the length of an informational interview", s.DefaultDuration)
	} else {
		d.defaultDuration = v
	}
	switch s.ContactInvites {
	case "after-owner-accepts", "immediately", "never":
	default:
		bad("[schedule] contact_invites", "%q is not after-owner-accepts, immediately or never", s.ContactInvites)
	}
	switch s.ThankYou {
	case "auto", "review":
	default:
		bad("[schedule] thank_you", "%q is not auto or review", s.ThankYou)
	}
	if s.ThankYouDelay == "next-morning" {
		d.nextMorning = true
	} else if v, err := parseDuration(s.ThankYouDelay); err != nil {
		bad("[schedule] thank_you_delay", "%v (or \"next-morning\")", err)
	} else if v < 0 || v > 7*24*time.Hour {
		bad("[schedule] thank_you_delay", "%s: a thank-you goes out within 7 days of the call", s.ThankYouDelay)
	} else {
		d.thankYouDelay = v
	}
	if day, min, err := parseWeekTime(s.WeeklySummary); err != nil {
		bad("[schedule] weekly_summary", "%v", err)
	} else {
		d.summaryDay, d.summaryMinute = day, min
	}
	for _, f := range []struct {
		key string
		val string
		dst *time.Duration
	}{
		{"[schedule] prep_brief", s.PrepBrief, &d.prepBrief},
		{"[schedule] notes_prompt_delay", s.NotesPromptDelay, &d.notesPromptDelay},
		{"[schedule] nudge_after", s.NudgeAfter, &d.nudgeAfter},
		{"[schedule] defer_default", s.DeferDefault, &d.deferDefault},
	} {
		v, err := parseDuration(f.val)
		if err != nil {
			bad(f.key, "%v", err)
		} else if v < 0 {
			bad(f.key, "must not be negative")
		}
		*f.dst = v
	}
	if c.Security.ThirdPartyDailyCap < 0 {
		bad("[security] third_party_daily_cap", "must be 0 (no cap) or more")
	}
	if v, err := parseDuration(c.Security.ForeignNoticeEvery); err != nil || v <= 0 {
		bad("[security] foreign_notice_every", "%q is not a positive duration", c.Security.ForeignNoticeEvery)
	} else {
		d.foreignNotice = v
	}
	if v, err := parseDuration(c.SMTP.ConfirmWait); err != nil || v <= 0 {
		bad("[smtp] confirm_wait", "%q is not a positive duration", c.SMTP.ConfirmWait)
	} else {
		d.confirmWait = v
	}
	if c.Security.RequireAuthentication != nil && *c.Security.RequireAuthentication && c.Security.AuthservID == "" {
		bad("[security] require_authentication", "needs authserv_id: the name your mail server writes in Authentication-Results (`coffeechat doctor` shows it)")
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("[log] level", "%q is not debug, info, warn or error", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		bad("[log] format", "%q is not text or json", c.Log.Format)
	}
	if _, port, err := net.SplitHostPort(c.Metrics.Listen); c.Metrics.Listen != "" && (err != nil || port == "") {
		bad("[metrics] listen", "%q is not host:port, such as \"127.0.0.1:9464\"", c.Metrics.Listen)
	}
	return errors.Join(errs...)
}

// parseDuration accepts Go durations and, for convenience, whole days ("7d").
func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil {
			return 0, fmt.Errorf("%q is not a duration such as \"90s\", \"18h\" or \"7d\"", s)
		}
		return time.Duration(days) * 24 * time.Hour, nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration such as \"90s\", \"18h\" or \"7d\"", s)
	}
	return v, nil
}

// parseWeekTime reads "Mon 08:00".
func parseWeekTime(s string) (time.Weekday, int, error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return 0, 0, fmt.Errorf("%q is not a weekday and a time such as \"Mon 08:00\"", s)
	}
	day := -1
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := d.String()
		if strings.EqualFold(f[0], name) || strings.EqualFold(f[0], name[:3]) {
			day = int(d)
		}
	}
	hm, err := time.Parse("15:04", f[1])
	if day < 0 || err != nil {
		return 0, 0, fmt.Errorf("%q is not a weekday and a time such as \"Mon 08:00\"", s)
	}
	return time.Weekday(day), hm.Hour()*60 + hm.Minute(), nil
}

func isEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	return ok && local != "" && domain != "" && !strings.ContainsAny(s, " \t\r\n<>,;\"")
}

// sameMailbox reports whether two IMAP mailbox names are one folder:
// names are case-sensitive, except INBOX (RFC 3501).
func sameMailbox(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return a == b || (strings.EqualFold(a, "INBOX") && strings.EqualFold(b, "INBOX"))
}

func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	return err == nil && mailtls.IsLoopback(host)
}

func expandHome(p string) string {
	if rest, ok := strings.CutPrefix(p, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return p
}

// secret returns a password from the environment variable or the command
// the config names. It never appears in logs or errors.
func secret(ctx context.Context, section, env, command string) (string, error) {
	if env != "" {
		v, ok := os.LookupEnv(env)
		if !ok || v == "" {
			return "", fmt.Errorf("%s password_env: %s is not set", section, env)
		}
		return v, nil
	}
	if command == "" {
		return "", nil
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", command)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s password_command failed: %w: %s", section, err, strings.TrimSpace(errb.String()))
	}
	v := strings.TrimRight(out.String(), "\r\n")
	if v == "" {
		return "", fmt.Errorf("%s password_command printed nothing", section)
	}
	return v, nil
}
