package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-msgauth/authres"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail/mailtls"
	"github.com/coffeechat/coffeechat/templates"
)

const doctorUsage = `Usage: coffeechat doctor [--config FILE]

Checks everything coffeechat needs before it runs, and says how to fix
what is wrong:

  config         the file reads and every value is valid
  mailbox        the folder coffeechat reads is not your own inbox
  passwords      the environment variables or commands the config names give a password
  imap           connects (with the configured TLS) and logs in
  imap idle      the server offers IDLE, so new mail is seen at once
  imap move      the server offers MOVE, so handled mail is filed away
  folders        the watched mailbox exists; the processed, quarantine and
                 drafts folders exist or can be created
  authentication whether your server writes Authentication-Results on incoming mail
  smtp           connects and logs in (nothing is sent)
  database       the schema version is one this coffeechat reads
  templates      the email templates (and your overrides) parse
  schedule       the time zone and the availability leave free slots

It sends no mail, creates no folder and changes nothing.
The exit status is 0 when every check passed (warnings allowed), 1 when one
failed, 2 for a usage error.

  --config FILE  the TOML configuration (default $XDG_CONFIG_HOME/coffeechat/config.toml)

Examples:
  COFFEECHAT_IMAP_PASSWORD=... coffeechat doctor
  coffeechat doctor --config ~/.config/coffeechat/config.toml && coffeechat run
`

// Outcomes of a check.
const (
	checkOK   = "ok"
	checkWarn = "warn"
	checkFail = "FAIL"
)

// check is one line of the doctor's report.
type check struct {
	Name   string
	Status string // checkOK, checkWarn or checkFail
	Detail string
	Fix    string // what to do; shown when Status is not checkOK
}

// doctorTimeout bounds each network check, so a server that never answers
// makes a failed check, not a hung command.
var doctorTimeout = 20 * time.Second

func runDoctor(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, doctorUsage) }
	path := fs.String("config", defaultConfigPath(), "configuration file")
	if err := fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if fs.NArg() > 0 {
		return fail(stderr, 2, fmt.Errorf("doctor takes no arguments (got %q)", fs.Arg(0)))
	}
	checks := doctor(ctx, *path)
	return printChecks(stdout, checks)
}

// printChecks writes the report and returns the exit status.
func printChecks(w io.Writer, checks []check) int {
	failed, warned := 0, 0
	for _, c := range checks {
		fmt.Fprintf(w, "%-4s  %-14s  %s\n", c.Status, c.Name, c.Detail)
		if c.Status != checkOK && c.Fix != "" {
			fmt.Fprintf(w, "      %-14s  fix: %s\n", "", c.Fix)
		}
		switch c.Status {
		case checkFail:
			failed++
		case checkWarn:
			warned++
		}
	}
	switch {
	case failed > 0:
		fmt.Fprintf(w, "\n%d of %d checks failed: fix them, then run `coffeechat doctor` again.\n", failed, len(checks))
		return 1
	case warned > 0:
		fmt.Fprintf(w, "\nAll checks passed, %d with a warning. Start with `coffeechat run`.\n", warned)
	default:
		fmt.Fprintln(w, "\nAll checks passed. Start with `coffeechat run`.")
	}
	return 0
}

// doctor runs every check it can; a check whose prerequisite failed is
// left out rather than reported as a second failure.
func doctor(ctx context.Context, path string) []check {
	var out []check
	add := func(c check) { out = append(out, c) }
	cfg, err := loadConfig(path)
	if err != nil {
		fix := "edit the file; each message above names the key (see the configuration reference in the README)"
		if errors.Is(err, fs.ErrNotExist) {
			fix = "create it with `coffeechat init`, or name another with --config FILE"
		}
		add(check{"config", checkFail, err.Error(), fix})
		return out
	}
	add(check{"config", checkOK, path, ""})
	if c, bad := checkOwnInbox(cfg); bad {
		add(c)
	}

	imapPass, err := secret(ctx, "[imap]", cfg.IMAP.PasswordEnv, cfg.IMAP.PasswordCommand)
	passOK := err == nil
	if err != nil {
		add(check{"passwords", checkFail, err.Error(), secretFix(cfg.IMAP.PasswordEnv, cfg.IMAP.PasswordCommand)})
	}
	smtpPass, err := secret(ctx, "[smtp]", cfg.SMTP.PasswordEnv, cfg.SMTP.PasswordCommand)
	if err != nil {
		passOK = false
		add(check{"passwords", checkFail, err.Error(), secretFix(cfg.SMTP.PasswordEnv, cfg.SMTP.PasswordCommand)})
	}
	if passOK {
		add(check{"passwords", checkOK, "found for [imap] and [smtp]", ""})
		out = append(out, checkIMAP(ctx, cfg, imapPass)...)
		out = append(out, checkSMTP(ctx, cfg, smtpPass))
	}
	add(checkDatabase(ctx, cfg.Database.Path))
	add(checkTemplates(cfg.Templates.Dir))
	add(checkSchedule(cfg, time.Now()))
	return out
}

func secretFix(env, command string) string {
	if env != "" {
		return fmt.Sprintf("export %s='your app password' in the shell (or the service's environment) that runs coffeechat", env)
	}
	return fmt.Sprintf("run `%s` yourself and make it print the password", command)
}

// providerHint says where a provider's app passwords are made, for the
// fix of a refused login.
func providerHint(addr string) string {
	host, _, _ := net.SplitHostPort(addr)
	for _, p := range presets {
		if strings.EqualFold(host, hostOf(p.IMAP)) || strings.EqualFold(host, hostOf(p.SMTP)) {
			return " " + p.Name + ": " + p.AppPassword
		}
	}
	return ""
}

func hostOf(addr string) string {
	h, _, _ := net.SplitHostPort(addr)
	return h
}

// checkOwnInbox catches the costliest mistake: coffeechat reading the
// owner's own inbox, where it would file away every message and set aside
// (move to quarantine) all mail not from the owner.
func checkOwnInbox(cfg *Config) (check, bool) {
	if !strings.EqualFold(cfg.IMAP.Mailbox, "INBOX") {
		return check{}, false
	}
	if !isPlusOf(cfg.Owner.DedicatedAddress, cfg.Owner.Email) && !strings.EqualFold(cfg.IMAP.Username, cfg.Owner.Email) {
		return check{}, false
	}
	return check{"mailbox", checkFail,
		fmt.Sprintf("[imap] mailbox is INBOX of %s, your own inbox: coffeechat would move every email there aside", cfg.IMAP.Username),
		fmt.Sprintf("filter mail to %s into a folder of its own and set [imap] mailbox to it (`coffeechat help init` shows how per provider)", cfg.Owner.DedicatedAddress)}, true
}

// doctorTLS is the TLS setup the daemon uses (mailtls): the system roots
// plus ca_file; verification skipped only for a loopback host.
func doctorTLS(addr, caFile string, insecure bool) (*tls.Config, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	return mailtls.Config(host, expandHome(caFile), insecure)
}

// connFix is the fix for a connection that failed before login.
func connFix(section, addr, mode string, err error) string {
	var ce *tls.CertificateVerificationError
	var ne net.Error
	switch {
	case errors.As(err, &ce):
		return fmt.Sprintf("the server's certificate does not verify: check the host name in %s address, or set %s ca_file to the certificate that signs it", section, section)
	case strings.Contains(err.Error(), "first record does not look like a TLS handshake") || strings.Contains(err.Error(), "server gave HTTP response"):
		return fmt.Sprintf("the server does not speak TLS on %s: set %s tls = \"starttls\" (or use the TLS port)", addr, section)
	case errors.Is(err, syscall.ECONNREFUSED):
		return fmt.Sprintf("nothing listens at %s: check the host and port in %s address", addr, section)
	case errors.As(err, &ne) && ne.Timeout():
		return fmt.Sprintf("nothing answered at %s: check the host and port in %s address, and that a firewall lets you out on that port", addr, section)
	}
	return fmt.Sprintf("check %s address (%s) and tls (%s) against your provider's settings (`coffeechat help init` lists them)", section, addr, mode)
}

// checkIMAP logs in and checks what the daemon relies on.
func checkIMAP(ctx context.Context, cfg *Config, password string) []check {
	ctx, cancel := context.WithTimeout(ctx, doctorTimeout)
	defer cancel()
	addr, mode := cfg.IMAP.Address, cfg.IMAP.TLS
	where := fmt.Sprintf("%s at %s (%s)", cfg.IMAP.Username, addr, mode)
	if mode == "none" && !isLoopback(addr) {
		// Never send the password in the clear to check it.
		return []check{{"imap", checkFail, fmt.Sprintf("[imap] tls = \"none\" would send your password unencrypted to %s", addr),
			"set [imap] tls = \"tls\" (port 993) or \"starttls\" (port 143)"}}
	}
	c, err := dialIMAP(ctx, cfg.IMAP)
	if err != nil {
		return []check{{"imap", checkFail, err.Error(), connFix("[imap]", addr, mode, err)}}
	}
	defer c.Close()
	if err := c.Login(cfg.IMAP.Username, password).Wait(); err != nil {
		return []check{{"imap", checkFail, fmt.Sprintf("login as %s refused: %v", cfg.IMAP.Username, err),
			"check [imap] username and the password; most providers need an app password, not your account password." + providerHint(addr)}}
	}
	out := []check{{"imap", checkOK, "logged in as " + where, ""}}

	out = append(out, capabilityChecks(c.Caps(), cfg.IMAP.Mailbox)...)
	out = append(out, checkFolders(c, cfg.IMAP)...)
	out = append(out, checkAuthResults(c, cfg.IMAP, cfg.Security.AuthservID))
	if err := c.Logout().Wait(); err != nil && ctx.Err() == nil {
		// Logged in and checked; a failed LOGOUT changes nothing.
		_ = err
	}
	return out
}

// capabilityChecks are the "imap idle" and "imap move" checks of a logged-in
// server's capabilities.
func capabilityChecks(caps imap.CapSet, mailbox string) []check {
	var out []check
	if caps.Has(imap.CapIdle) {
		out = append(out, check{"imap idle", checkOK, "IDLE offered: new mail is seen within seconds", ""})
	} else {
		out = append(out, check{"imap idle", checkFail, "the server does not offer IDLE",
			"run `coffeechat run --once` from cron or a timer instead of `coffeechat run`, or use a provider with IDLE"})
	}
	if caps.Has(imap.CapMove) {
		out = append(out, check{"imap move", checkOK, "MOVE offered", ""})
	} else {
		out = append(out, check{"imap move", checkWarn, "the server does not offer MOVE: handled mail is copied, then deleted from " + mailbox,
			"nothing to do unless your server keeps deleted mail visible; then set [imap] processed_folder = \"\" to flag mail instead"})
	}
	return out
}

// dialIMAP connects with the configured TLS mode and reads the greeting.
func dialIMAP(ctx context.Context, ic IMAPConfig) (*imapclient.Client, error) {
	tlsCfg, err := doctorTLS(ic.Address, ic.CAFile, ic.InsecureSkipVerify)
	if err != nil {
		return nil, err
	}
	d := &net.Dialer{Timeout: doctorTimeout}
	raw, err := d.DialContext(ctx, "tcp", ic.Address)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", ic.Address, err)
	}
	// imapclient has no context: closing the socket ends a greeting that
	// never comes.
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()
	raw.SetDeadline(time.Now().Add(doctorTimeout))
	opts := &imapclient.Options{TLSConfig: tlsCfg}
	var c *imapclient.Client
	switch ic.TLS {
	case "tls":
		tc := tls.Client(raw, tlsCfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, fmt.Errorf("tls with %s: %w", ic.Address, err)
		}
		c = imapclient.New(tc, opts)
	case "starttls":
		if c, err = imapclient.NewStartTLS(raw, opts); err != nil {
			raw.Close()
			return nil, fmt.Errorf("starttls with %s: %w", ic.Address, err)
		}
	default:
		c = imapclient.New(raw, opts)
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, fmt.Errorf("greeting from %s: %w", ic.Address, err)
	}
	return c, nil
}

// checkFolders checks the watched mailbox and the folders coffeechat files
// into. Missing processed and quarantine folders are created by the daemon
// at its first connection, so they are only noted.
func checkFolders(c *imapclient.Client, ic IMAPConfig) []check {
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		return []check{{"folders", checkFail, fmt.Sprintf("LIST: %v", err), "try again; if it persists, your server refuses to list folders"}}
	}
	have := map[string]bool{}
	var names []string
	for _, l := range list {
		have[l.Mailbox] = true
		names = append(names, l.Mailbox)
	}
	exists := func(name string) bool {
		return have[name] || (strings.EqualFold(name, "INBOX") && have["INBOX"])
	}
	var out []check
	if !exists(ic.Mailbox) {
		out = append(out, check{"folders", checkFail, fmt.Sprintf("[imap] mailbox %q does not exist (the server has: %s)", ic.Mailbox, strings.Join(names, ", ")),
			"set [imap] mailbox to one of those, or create the folder and a filter that delivers your dedicated address to it"})
	}
	var notes []string
	for _, f := range []struct{ key, name string }{{"processed_folder", ic.ProcessedFolder}, {"quarantine_folder", ic.QuarantineFolder}, {"sent_folder", ic.SentFolder}} {
		if f.name != "" && !exists(f.name) {
			notes = append(notes, fmt.Sprintf("%s %q will be created at the first run", f.key, f.name))
		}
	}
	if ic.DraftsFolder != "" && !exists(ic.DraftsFolder) {
		out = append(out, check{"folders", checkFail, fmt.Sprintf("[imap] drafts_folder %q does not exist (the server has: %s)", ic.DraftsFolder, strings.Join(names, ", ")),
			"set [imap] drafts_folder to your Drafts folder's name as listed, or to \"\""})
	}
	if len(out) == 0 {
		detail := fmt.Sprintf("%s exists", ic.Mailbox)
		if len(notes) > 0 {
			detail += "; " + strings.Join(notes, "; ")
		}
		out = append(out, check{"folders", checkOK, detail, ""})
	}
	return out
}

// authResultsSample is how many of the newest messages are looked at for an
// Authentication-Results header.
const authResultsSample = 5

// checkAuthResults looks at the newest messages of the watched mailbox and
// the processed folder: coffeechat tells the owner's mail from forgeries
// by the receiving server's Authentication-Results.
func checkAuthResults(c *imapclient.Client, ic IMAPConfig, authservID string) check {
	const name = "authentication"
	seen := 0
	ids := map[string]bool{}
	for _, folder := range []string{ic.Mailbox, ic.ProcessedFolder} {
		if folder == "" {
			continue
		}
		sel, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
		if err != nil || sel.NumMessages == 0 {
			continue
		}
		from := uint32(1)
		if sel.NumMessages > authResultsSample {
			from = sel.NumMessages - authResultsSample + 1
		}
		section := &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader,
			HeaderFields: []string{"Authentication-Results"}, Peek: true}
		var set imap.SeqSet
		set.AddRange(from, sel.NumMessages)
		msgs, err := c.Fetch(set, &imap.FetchOptions{BodySection: []*imap.FetchItemBodySection{section}}).Collect()
		if err != nil {
			continue
		}
		for _, m := range msgs {
			seen++
			for _, raw := range m.BodySection {
				hdr, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(raw.Bytes))).ReadMIMEHeader()
				if err != nil && len(hdr) == 0 {
					continue
				}
				for _, v := range hdr.Values("Authentication-Results") {
					if id, _, err := authres.Parse(v); err == nil || id != "" {
						ids[strings.TrimSpace(id)] = true
					}
				}
			}
		}
	}
	switch {
	case len(ids) > 0:
		var list []string
		configured := false
		for id := range ids {
			list = append(list, id)
			configured = configured || strings.EqualFold(id, authservID)
		}
		sort.Strings(list)
		detail := "incoming mail carries Authentication-Results from " + strings.Join(list, ", ")
		switch {
		case authservID == "":
			detail += fmt.Sprintf("; [security] authserv_id is not set, so coffeechat does not require it (set authserv_id = %s to)", tomlString(list[0]))
		case !configured:
			return check{name, checkWarn, detail + fmt.Sprintf(", but [security] authserv_id is %q", authservID),
				fmt.Sprintf("set [security] authserv_id to the one your provider writes (%s), or your own mail will be set aside", strings.Join(list, " or "))}
		}
		return check{name, checkOK, detail, ""}
	case seen == 0:
		return check{name, checkWarn, "no message to look at yet, so it is not known whether your server writes Authentication-Results",
			"send one email from your own address to the dedicated address, then run `coffeechat doctor` again"}
	}
	return check{name, checkWarn, fmt.Sprintf("none of the %d newest messages carries an Authentication-Results header", seen),
		"coffeechat then cannot tell your mail from mail forged in your name; use a provider that checks DKIM on arrival (Gmail, Fastmail, Outlook.com and iCloud do)"}
}

// checkSMTP connects and logs in; it sends nothing.
func checkSMTP(ctx context.Context, cfg *Config, password string) check {
	ctx, cancel := context.WithTimeout(ctx, doctorTimeout)
	defer cancel()
	sc := cfg.SMTP
	if sc.TLS == "none" && sc.Username != "" && !isLoopback(sc.Address) {
		return check{"smtp", checkFail, fmt.Sprintf("[smtp] tls = \"none\" would send your password unencrypted to %s", sc.Address),
			"set [smtp] tls = \"starttls\" (port 587) or \"tls\" (port 465)"}
	}
	tlsCfg, err := doctorTLS(sc.Address, sc.CAFile, sc.InsecureSkipVerify)
	if err != nil {
		return check{"smtp", checkFail, err.Error(), "fix [smtp] ca_file"}
	}
	d := &net.Dialer{Timeout: doctorTimeout}
	var raw net.Conn
	if sc.TLS == "tls" {
		raw, err = (&tls.Dialer{NetDialer: d, Config: tlsCfg}).DialContext(ctx, "tcp", sc.Address)
	} else {
		raw, err = d.DialContext(ctx, "tcp", sc.Address)
	}
	if err != nil {
		return check{"smtp", checkFail, fmt.Sprintf("connect to %s: %v", sc.Address, err), connFix("[smtp]", sc.Address, sc.TLS, err)}
	}
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()
	raw.SetDeadline(time.Now().Add(doctorTimeout))
	var c *smtp.Client
	if sc.TLS == "starttls" {
		if c, err = smtp.NewClientStartTLS(raw, tlsCfg); err != nil {
			raw.Close()
			return check{"smtp", checkFail, fmt.Sprintf("starttls with %s: %v", sc.Address, err), connFix("[smtp]", sc.Address, sc.TLS, err)}
		}
	} else {
		c = smtp.NewClient(raw)
	}
	defer c.Close()
	if err := c.Hello("localhost"); err != nil {
		return check{"smtp", checkFail, fmt.Sprintf("EHLO to %s: %v", sc.Address, err), connFix("[smtp]", sc.Address, sc.TLS, err)}
	}
	where := fmt.Sprintf("%s (%s)", sc.Address, sc.TLS)
	if sc.Username == "" {
		c.Quit()
		return check{"smtp", checkOK, "connected to " + where + " without login ([smtp] username is empty)", ""}
	}
	if ok, _ := c.Extension("AUTH"); !ok {
		return check{"smtp", checkFail, sc.Address + " offers no AUTH here",
			"use the submission port with tls = \"starttls\" (587) or \"tls\" (465); servers offer AUTH only after TLS"}
	}
	if err := c.Auth(sasl.NewPlainClient("", sc.Username, password)); err != nil {
		return check{"smtp", checkFail, fmt.Sprintf("login as %s refused: %v", sc.Username, err),
			"check [smtp] username and the password; most providers need an app password, not your account password." + providerHint(sc.Address)}
	}
	c.Quit()
	return check{"smtp", checkOK, "logged in as " + sc.Username + " at " + where, ""}
}

// checkDatabase reads the schema version without migrating or creating
// anything: `coffeechat run` does both.
func checkDatabase(ctx context.Context, path string) check {
	const name = "database"
	latest := store.LatestSchemaVersion()
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		dir := filepath.Dir(path)
		if _, derr := os.Stat(dir); errors.Is(derr, fs.ErrNotExist) {
			return check{name, checkWarn, fmt.Sprintf("the folder %s of [database] path does not exist", dir),
				"mkdir -p -m 700 " + dir + " (`coffeechat run` takes its lock file there before it creates the database)"}
		} else if derr != nil {
			return check{name, checkFail, derr.Error(), "make [database] path a file in a folder you can write"}
		}
		return check{name, checkOK, fmt.Sprintf("%s will be created (schema %d) by the first `coffeechat run`", path, latest), ""}
	}
	if err != nil {
		return check{name, checkFail, err.Error(), "make [database] path a file you can read and write"}
	}
	if fi.IsDir() {
		return check{name, checkFail, path + " is a folder", "set [database] path to a file name inside it, such as " + filepath.Join(path, "coffeechat.db")}
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", "busy_timeout(5000)")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return check{name, checkFail, err.Error(), "check [database] path"}
	}
	defer db.Close()
	var v int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return check{name, checkFail, fmt.Sprintf("%s is not a coffeechat database: %v", path, err),
			"point [database] path at coffeechat's database, or at a new file"}
	}
	var c check
	switch {
	case v > latest:
		c = check{name, checkFail, fmt.Sprintf("%s has schema %d, newer than this coffeechat (%d)", path, v, latest),
			"install the newer coffeechat that wrote it (go install github.com/coffeechat/coffeechat/cmd/coffeechat@latest)"}
	case v < latest:
		c = check{name, checkOK, fmt.Sprintf("%s has schema %d; the next `coffeechat run` upgrades it to %d", path, v, latest), ""}
	default:
		c = check{name, checkOK, fmt.Sprintf("%s, schema %d", path, v), ""}
	}
	if c.Status == checkOK && fi.Mode().Perm()&0o077 != 0 {
		c = check{name, checkWarn, fmt.Sprintf("%s is readable by others (mode %04o); it holds your contacts and notes", path, fi.Mode().Perm()),
			"chmod 600 " + path}
	}
	return c
}

func checkTemplates(dir string) check {
	if _, err := templates.Load(dir); err != nil {
		return check{"templates", checkFail, err.Error(), "fix the file and line named above in [templates] dir, or remove it to use the built-in template"}
	}
	if dir == "" {
		return check{"templates", checkOK, "built-in templates", ""}
	}
	return check{"templates", checkOK, "built-in templates with overrides from " + dir, ""}
}

// checkSchedule shows the zone's current time and the next free slot, so
// a wrong zone or an empty availability shows before the first contact.
func checkSchedule(cfg *Config, now time.Time) check {
	slots := calendar.FreeSlots(now, 1, cfg.durations.defaultDuration, cfg.availability, nil)
	local := now.In(cfg.loc).Format("Mon 15:04 MST")
	if len(slots) == 0 {
		return check{"schedule", checkFail, fmt.Sprintf("%s (now %s): availability %q leaves no %v slot in the next 60 days",
			cfg.loc, local, cfg.Schedule.Availability, cfg.durations.defaultDuration),
			"widen [schedule] availability, e.g. \"Mon-Fri 09:00-17:00\""}
	}
	return check{"schedule", checkOK, fmt.Sprintf("%s (now %s); availability %q, next free slot %s",
		cfg.loc, local, cfg.Schedule.Availability, fmtWhen(slots[0].Start, cfg.loc)), ""}
}
