package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	netmail "net/mail"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/mail/mailbox"
	"github.com/coffeechat/coffeechat/mail/mailtest"
	"github.com/coffeechat/coffeechat/templates"
)

const demoUsage = `Usage: coffeechat demo [--dir DIR] [--verbose]

Runs the whole of coffeechat on this machine with no account and no network:
in-process IMAP and SMTP servers on 127.0.0.1, three sample forwarded threads
(a contact offering a time, a call that already happened, a contact asking
for times), the real daemon with short delays, and the owner replying "yes"
to the invite. It prints what was sent, writes every email as an .eml file to
DIR/sent/, and leaves the SQLite database in DIR for a look.

  --dir DIR    where to write (default ./coffeechat-demo; emptied first)
  --verbose    show the daemon's log

Example:
  coffeechat demo && sqlite3 coffeechat-demo/coffeechat.db 'select * from meetings'
`

const (
	demoOwner     = "alex@example.test"
	demoDedicated = "chats@example.test"
	demoPassword  = "demo"
)

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, demoUsage) }
	dir := fs.String("dir", "coffeechat-demo", "output folder")
	verbose := fs.Bool("verbose", false, "show the daemon's log")
	if err := fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if err := demo(ctx, *dir, *verbose, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "coffeechat demo: %v\n", err)
		return 1
	}
	return 0
}

func demo(ctx context.Context, dir string, verbose bool, stdout, stderr io.Writer) error {
	if err := os.RemoveAll(filepath.Join(dir, "sent")); err != nil {
		return err
	}
	for _, f := range []string{"coffeechat.db", "coffeechat.db-wal", "coffeechat.db-shm"} {
		os.Remove(filepath.Join(dir, f))
	}
	if err := os.MkdirAll(filepath.Join(dir, "sent"), 0o755); err != nil {
		return err
	}
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		return err
	}
	users := map[string]string{demoOwner: demoPassword, demoDedicated: demoPassword}
	for _, c := range demoContacts {
		users[c] = demoPassword
	}
	srv, err := mailtest.Start(mailtest.Options{Users: users})
	if err != nil {
		return fmt.Errorf("start mail servers: %w", err)
	}
	defer srv.Close()
	fmt.Fprintf(stdout, "coffeechat demo: IMAP on %s and SMTP on %s (in-process, loopback only)\n", srv.IMAPAddr, srv.SMTPAddr)

	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	tmpl, err := templates.Load("")
	if err != nil {
		return err
	}
	dbPath := filepath.Join(dir, "coffeechat.db")
	st, err := store.Open(ctx, dbPath, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	sender, err := compose.NewSender(compose.SMTPConfig{Addr: srv.SMTPAddr, TLS: "none"})
	if err != nil {
		return err
	}
	defer sender.Close()
	av, err := calendar.ParseAvailability("Mon-Fri 08:00-18:00", loc)
	if err != nil {
		return err
	}
	cfg := daemon.Config{
		OwnerName: "Alex Rivera", OwnerEmail: demoOwner, OwnerAddresses: []string{demoOwner}, Dedicated: demoDedicated,
		Location: loc, Availability: av, AvailabilitySpec: "Mon-Fri 08:00-18:00",
		DefaultDuration: 20 * time.Minute, ContactInvites: "after-owner-accepts", ThankYouMode: "auto",
		ThankYouDelay: 3 * time.Second, SummaryDay: time.Monday, SummaryMinute: 8 * 60,
		PrepBrief: 24 * time.Hour, NotesPromptDelay: 2 * time.Second, NudgeAfter: 7 * 24 * time.Hour, DeferDefault: 30 * 24 * time.Hour,
		Mailbox: mailbox.Config{Addr: srv.IMAPAddr, TLS: "none", Username: demoDedicated, Password: demoPassword,
			Processed: "Archive", Quarantine: "Junk", Sent: "Sent", BackoffMin: 100 * time.Millisecond, BackoffMax: time.Second},
		Limits: mail.Options{Location: loc},
		// As `coffeechat run` does by default: each email is Bcc'd to the
		// dedicated address, whose copy proves the send after a crash.
		BccSelf: true,
	}
	d, err := daemon.New(cfg, daemon.Deps{Store: st, Templates: tmpl, Sender: sender, Log: log})
	if err != nil {
		return err
	}

	now := time.Now()
	threads := demoThreads(now, loc)
	for _, th := range threads {
		if err := srv.Deliver(demoDedicated, "INBOX", th); err != nil {
			return fmt.Errorf("deliver sample thread: %w", err)
		}
	}
	fmt.Fprintf(stdout, "delivered %d forwarded threads to %s; running the daemon…\n\n", len(threads), demoDedicated)

	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx) }()
	defer func() { stop(); <-done }()

	wait := func(what string, match func(e mailtest.Envelope) bool) (mailtest.Envelope, error) {
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			for _, e := range srv.Sent() {
				if match(e) {
					return e, nil
				}
			}
			select {
			case err := <-done:
				return mailtest.Envelope{}, fmt.Errorf("daemon stopped while waiting for %s: %v", what, err)
			case <-ctx.Done():
				return mailtest.Envelope{}, ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
		return mailtest.Envelope{}, fmt.Errorf("no %s within 30 seconds", what)
	}
	invite, err := wait("invite to the owner", func(e mailtest.Envelope) bool { return kindOf(e) == daemon.KindInvite })
	if err != nil {
		return err
	}
	// The owner answers "yes" (as a calendar that imports invites without
	// replying would need): the approval that lets the contact's invite go.
	inviteID := headerOf(invite, "Message-Id")
	yes := fmt.Sprintf("From: Alex Rivera <%s>\r\nTo: %s\r\nSubject: Re: invite\r\nDate: %s\r\nMessage-ID: <yes.%d@example.test>\r\nIn-Reply-To: %s\r\nReferences: %s\r\n\r\nyes\r\n",
		demoOwner, demoDedicated, time.Now().Format(time.RFC1123Z), time.Now().UnixNano(), inviteID, inviteID)
	if err := srv.Deliver(demoDedicated, "INBOX", []byte(yes)); err != nil {
		return err
	}
	for _, w := range []struct {
		what string
		kind string
	}{
		{"invite to the contact", daemon.KindContactInvite},
		{"thank-you for the call that already happened", daemon.KindThankYou},
		{"reply with three times to offer", daemon.KindAsksForTimes},
	} {
		if _, err := wait(w.what, func(e mailtest.Envelope) bool { return kindOf(e) == w.kind }); err != nil {
			return err
		}
	}
	if err := d.SendSummary(ctx); err != nil {
		return err
	}
	if _, err := wait("weekly summary", func(e mailtest.Envelope) bool { return kindOf(e) == daemon.KindSummary }); err != nil {
		return err
	}
	stop()
	if err := <-done; err != nil {
		return err
	}
	done <- nil // for the deferred receive

	sent := srv.Sent()
	fmt.Fprintf(stdout, "coffeechat sent %d emails:\n", len(sent))
	for i, e := range sent {
		name := fmt.Sprintf("%02d-%s.eml", i+1, kindOf(e))
		if err := os.WriteFile(filepath.Join(dir, "sent", name), e.Data, 0o644); err != nil {
			return err
		}
		var to []string
		for _, r := range e.To {
			if r != demoDedicated { // the copy that proves the send
				to = append(to, r)
			}
		}
		fmt.Fprintf(stdout, "  %-22s to %s\n  %-22s    %s\n", name, strings.Join(to, ", "), "", decodeHeader(headerOf(e, "Subject")))
	}
	for _, kind := range []string{daemon.KindInvite, daemon.KindThankYou, daemon.KindSummary} {
		for _, e := range sent {
			if kindOf(e) == kind {
				fmt.Fprintf(stdout, "\n──── %s: %s\n%s", kind, decodeHeader(headerOf(e, "Subject")), textPart(e.Data))
				break
			}
		}
	}
	fmt.Fprintf(stdout, "\nEvery email is in %s (and a copy of each in %s's folder Sent); the database is %s.\n", filepath.Join(dir, "sent"), demoDedicated, dbPath)
	return nil
}

var demoContacts = []string{"dana@northwind.example", "lee@fernhill.example", "priya@aster.example"}

// demoThreads returns the sample forwards, dated around now so that the
// first offers a time next week and the second describes a call that ended
// an hour ago.
func demoThreads(now time.Time, loc *time.Location) [][]byte {
	day := now.In(loc).AddDate(0, 0, 3)
	for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
		day = day.AddDate(0, 0, 1)
	}
	offered := fmt.Sprintf("%s, %s %d at 2pm ET", day.Weekday(), day.Month(), day.Day())
	call := now.In(loc).Add(-80 * time.Minute).Truncate(15 * time.Minute)
	leeWrote := call.Add(-24 * time.Hour)

	gmailDate := func(t time.Time) string { return t.In(loc).Format("Mon, Jan 2, 2006 at 3:04 PM") }
	fwd := func(id, subject, from, fromName string, wrote time.Time, body string) []byte {
		return []byte(strings.ReplaceAll(fmt.Sprintf(`From: Alex Rivera <%s>
To: %s
Subject: Fwd: %s
Date: %s
Message-ID: <%s.fwd@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

FYI

---------- Forwarded message ---------
From: %s <%s>
Date: %s
Subject: Re: %s
To: Alex Rivera <%s>

%s
`, demoOwner, demoDedicated, subject, now.Add(-time.Minute).Format(time.RFC1123Z), id,
			fromName, from, gmailDate(wrote), subject, demoOwner, body), "\n", "\r\n"))
	}
	return [][]byte{
		fwd("dana", "Informational interview request", "dana@northwind.example", "Dana Whitfield", now.Add(-3*time.Hour),
			"Hi Alex,\n\nHappy to help! Would "+offered+" work? 20 minutes is plenty.\nI'll send a Zoom link: https://zoom.example/j/123\n\nBest,\nDana Whitfield\nDirector of Operations, Northwind Health"),
		fwd("lee", "Quick question about robotics careers", "lee@fernhill.example", "Lee Chen", leeWrote,
			"Hi Alex,\n\nSure. How about tomorrow at "+call.Format("3:04pm")+" ET? Call me on 412-555-0199.\n\nLee Chen\nFernhill Robotics"),
		fwd("priya", "Learning about UX research", "priya@aster.example", "Priya Nair", now.Add(-2*time.Hour),
			"Hi Alex,\n\nI'd be glad to chat. Could you send me a few times that work for you?\n\nPriya Nair\nAster Labs"),
	}
}

func kindOf(e mailtest.Envelope) string { return headerOf(e, "X-Coffeechat-Kind") }

func headerOf(e mailtest.Envelope, key string) string {
	m, err := netmail.ReadMessage(bytes.NewReader(e.Data))
	if err != nil {
		return ""
	}
	return m.Header.Get(key)
}

func decodeHeader(s string) string {
	d, err := new(mime.WordDecoder).DecodeHeader(s)
	if err != nil {
		return s
	}
	return d
}

// textPart returns the text/plain part of a built email, decoded.
func textPart(raw []byte) string {
	var walk func(h map[string][]string, body io.Reader) string
	walk = func(h map[string][]string, body io.Reader) string {
		ct, params, err := mime.ParseMediaType(netmail.Header(h).Get("Content-Type"))
		if err != nil {
			return ""
		}
		if strings.HasPrefix(ct, "multipart/") {
			mr := multipart.NewReader(body, params["boundary"])
			for {
				p, err := mr.NextPart()
				if err != nil {
					return ""
				}
				if s := walk(p.Header, p); s != "" {
					return s
				}
			}
		}
		if ct == "text/plain" {
			b, _ := io.ReadAll(body) // multipart.Part decodes quoted-printable
			return string(b)
		}
		return ""
	}
	m, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	return walk(m.Header, m.Body)
}
