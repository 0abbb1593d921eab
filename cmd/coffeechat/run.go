package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/coffeechat/coffeechat/daemon"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/mail/mailbox"
	"github.com/coffeechat/coffeechat/templates"
)

const runUsage = `Usage: coffeechat run [--config FILE] [--once]

Runs the daemon: reads the dedicated mailbox (catching up on what arrived
while it was stopped, then waiting in IMAP IDLE), sends invites, prep briefs,
thank-yous and the weekly summary. Stops cleanly on SIGINT or SIGTERM.

  --config FILE  the TOML configuration (default $XDG_CONFIG_HOME/coffeechat/config.toml)
  --once         handle what is in the mailbox and what is due, then exit (for cron)

Passwords come from the environment variable or command the config names,
never from flags. With [metrics] listen = "127.0.0.1:9464" it also serves
/healthz and Prometheus /metrics there. Check the setup first with
'coffeechat doctor'; contrib/ has a systemd unit and a launchd agent.

Examples:
  COFFEECHAT_IMAP_PASSWORD=... coffeechat run --config ~/.config/coffeechat/config.toml
  coffeechat run --once --config config.toml
`

func defaultConfigPath() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "coffeechat", "config.toml")
}

func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, runUsage) }
	path := fs.String("config", defaultConfigPath(), "configuration file")
	once := fs.Bool("once", false, "handle what is there, then exit")
	if err := fs.Parse(args); err != nil {
		return usageExit(err)
	}
	cfg, err := loadConfig(*path)
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat: %v\n", err)
		return 2
	}
	logTo, line := newConsole(stdout, stderr)
	log := newLogger(logTo, cfg.Log)
	unlock, err := lockDatabase(cfg.Database.Path)
	if errors.Is(err, errLocked) {
		fmt.Fprintf(stderr, "coffeechat: %v (%s); stop it first, or use another [database] path\n", err, cfg.Database.Path)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat: %v\n", err)
		return 1
	}
	defer unlock()
	hooks, mx := runHooks(cfg, line)
	d, cleanup, err := buildDaemon(ctx, cfg, log, hooks...)
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat: %v\n", err)
		return 1
	}
	defer cleanup()
	if mx != nil {
		stopMetrics, err := serveMetrics(cfg.Metrics.Listen, mx, log)
		if err != nil {
			fmt.Fprintf(stderr, "coffeechat: %v (another process uses the port? change [metrics] listen)\n", err)
			return 1
		}
		defer stopMetrics()
	}
	if *once {
		err = d.Once(ctx)
	} else {
		log.Info("coffeechat running", "mailbox", cfg.IMAP.Mailbox, "imap", cfg.IMAP.Address, "database", cfg.Database.Path)
		err = d.Run(ctx)
	}
	if err != nil {
		log.Error("coffeechat stopped", "err", err)
		return 1
	}
	log.Info("coffeechat stopped")
	return 0
}

func newLogger(w io.Writer, c LogConfig) *slog.Logger {
	var level slog.Level
	level.UnmarshalText([]byte(strings.ToUpper(c.Level)))
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// buildDaemon wires the daemon from a validated config: secrets, database,
// templates, SMTP sender.
func buildDaemon(ctx context.Context, cfg *Config, log *slog.Logger, hooks ...daemonHook) (*daemon.Daemon, func(), error) {
	imapPass, err := secret(ctx, "[imap]", cfg.IMAP.PasswordEnv, cfg.IMAP.PasswordCommand)
	if err != nil {
		return nil, nil, err
	}
	smtpPass, err := secret(ctx, "[smtp]", cfg.SMTP.PasswordEnv, cfg.SMTP.PasswordCommand)
	if err != nil {
		return nil, nil, err
	}
	sender, err := compose.NewSender(compose.SMTPConfig{
		Addr: cfg.SMTP.Address, TLS: cfg.SMTP.TLS, Username: cfg.SMTP.Username, Password: smtpPass,
		CAFile: expandHome(cfg.SMTP.CAFile), InsecureSkipVerify: cfg.SMTP.InsecureSkipVerify,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("[smtp]: %w", err)
	}
	d, cleanup, err := assembleDaemon(ctx, cfg, log, sender, imapPass, hooks...)
	if err != nil {
		sender.Close()
		return nil, nil, err
	}
	return d, func() { cleanup(); sender.Close() }, nil
}

// buildDaemonOffline wires a daemon that only reads the database: no
// passwords, and a sender that refuses to send.
func buildDaemonOffline(ctx context.Context, cfg *Config, log *slog.Logger) (*daemon.Daemon, func(), error) {
	return assembleDaemon(ctx, cfg, log, refusingSender{}, "")
}

type refusingSender struct{}

func (refusingSender) Send(context.Context, string, []string, []byte) error {
	return errors.New("this command does not send mail")
}

func assembleDaemon(ctx context.Context, cfg *Config, log *slog.Logger, sender daemon.Sender, imapPass string, hooks ...daemonHook) (*daemon.Daemon, func(), error) {
	tmpl, err := templates.Load(cfg.Templates.Dir)
	if err != nil {
		return nil, nil, fmt.Errorf("templates: %w (coffeechat does not start with a broken template)", err)
	}
	st, err := store.Open(ctx, cfg.Database.Path, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("database %s: %w", cfg.Database.Path, err)
	}
	dc := daemonConfig(cfg)
	dc.Mailbox = mailbox.Config{
		Addr: cfg.IMAP.Address, TLS: cfg.IMAP.TLS, Username: cfg.IMAP.Username, Password: imapPass,
		CAFile: expandHome(cfg.IMAP.CAFile), InsecureSkipVerify: cfg.IMAP.InsecureSkipVerify,
		Mailbox: cfg.IMAP.Mailbox, Processed: cfg.IMAP.ProcessedFolder, Quarantine: cfg.IMAP.QuarantineFolder,
		Drafts: cfg.IMAP.DraftsFolder, Sent: cfg.IMAP.SentFolder, MaxSize: cfg.IMAP.MaxMessageSize,
	}
	deps := daemon.Deps{Store: st, Templates: tmpl, Sender: sender, Log: log}
	for _, h := range hooks {
		h(&dc, &deps)
	}
	d, err := daemon.New(dc, deps)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return d, func() { st.Close() }, nil
}

// daemonConfig turns the validated file into the daemon's Config (without
// the mailbox connection).
func daemonConfig(cfg *Config) daemon.Config {
	r := cfg.durations
	return daemon.Config{
		OwnerName: cfg.Owner.Name, OwnerEmail: cfg.Owner.Email,
		OwnerAddresses: append([]string{cfg.Owner.Email}, cfg.Owner.Addresses...),
		Dedicated:      cfg.Owner.DedicatedAddress, Location: cfg.loc,
		Availability: cfg.availability, AvailabilitySpec: cfg.Schedule.Availability,
		DefaultDuration: r.defaultDuration, ContactInvites: cfg.Schedule.ContactInvites, ThankYouMode: cfg.Schedule.ThankYou,
		ThankYouDelay: r.thankYouDelay, ThankYouNextMorning: r.nextMorning,
		SummaryDay: r.summaryDay, SummaryMinute: r.summaryMinute,
		PrepBrief: r.prepBrief, NotesPromptDelay: r.notesPromptDelay, NudgeAfter: r.nudgeAfter, DeferDefault: r.deferDefault,
		Limits: mail.Options{Location: cfg.loc, MaxSize: cfg.IMAP.MaxMessageSize,
			MaxDepth: cfg.IMAP.MaxNesting, MaxParts: cfg.IMAP.MaxParts},
		Auth: daemon.AuthPolicy{
			AuthservID: cfg.Security.AuthservID,
			Require:    requireAuth(cfg.Security),
			AllowSPF:   cfg.Security.SPFPassCounts,
		},
		ThirdPartyDailyCap: cfg.Security.ThirdPartyDailyCap,
		ForeignNoticeEvery: r.foreignNotice,
		BccSelf:            cfg.SMTP.BccSelf == nil || *cfg.SMTP.BccSelf,
		ConfirmWait:        r.confirmWait,
	}
}

// requireAuth is on when the config says so, and by default whenever the
// server is known to write Authentication-Results (authserv_id is set).
func requireAuth(s SecurityConfig) bool {
	if s.RequireAuthentication != nil {
		return *s.RequireAuthentication
	}
	return s.AuthservID != ""
}
