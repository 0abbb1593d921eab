package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
)

const summaryUsage = `Usage: coffeechat summary [--config FILE] --print | --send

The weekly summary, on demand: calls coming up and past, thank-you status,
referrals to contact, people who have not replied, and your funnel.

  --print   print it here (nothing is sent)
  --send    email it to you now

Examples:
  coffeechat summary --print
  coffeechat summary --send --config ~/.config/coffeechat/config.toml
`

func runSummary(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, summaryUsage) }
	path := fs.String("config", defaultConfigPath(), "configuration file")
	printIt := fs.Bool("print", false, "print the summary")
	send := fs.Bool("send", false, "email the summary now")
	if err := fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if *printIt == *send {
		fmt.Fprintln(stderr, "coffeechat summary: say --print or --send")
		return 2
	}
	cfg, err := loadConfig(*path)
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat: %v\n", err)
		return 2
	}
	log := newLogger(stderr, LogConfig{Level: "warn", Format: cfg.Log.Format})
	if *printIt {
		// Reading needs no mail server and no password.
		d, cleanup, err := buildDaemonOffline(ctx, cfg, log)
		if err != nil {
			fmt.Fprintf(stderr, "coffeechat: %v\n", err)
			return 1
		}
		defer cleanup()
		r, err := d.Summary(ctx)
		if err != nil {
			fmt.Fprintf(stderr, "coffeechat: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "Subject: %s\n\n%s", r.Subject, r.Text)
		return 0
	}
	unlock, lockErr := lockDatabase(cfg.Database.Path)
	if lockErr != nil && !errors.Is(lockErr, errLocked) {
		fmt.Fprintf(stderr, "coffeechat: %v\n", lockErr)
		return 1
	}
	d, cleanup, err := buildDaemon(ctx, cfg, log)
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat: %v\n", err)
		return 1
	}
	defer cleanup()
	if err := d.SendSummary(ctx); err != nil {
		fmt.Fprintf(stderr, "coffeechat: %v\n", err)
		return 1
	}
	if errors.Is(lockErr, errLocked) {
		// The running daemon works the outbox; sending here too could
		// send it twice.
		fmt.Fprintln(stdout, "Summary queued; the running coffeechat sends it in a moment.")
		return 0
	}
	defer unlock()
	if err := d.SendDue(ctx); err != nil {
		fmt.Fprintf(stderr, "coffeechat: summary queued, but sending failed: %v (coffeechat run will retry)\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Summary sent to %s.\n", cfg.Owner.Email)
	return 0
}
