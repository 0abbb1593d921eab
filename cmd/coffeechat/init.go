package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"
)

const initUsageTemplate = `Usage: coffeechat init [flags]

Writes the configuration file (mode 0600, in a folder only you can read),
then runs the checks of 'coffeechat doctor'. It asks for what the flags do
not give when run in a terminal; otherwise every missing value is an error
that names its flag. It never asks for or stores a password: the file names
an environment variable (or a command) that holds it.

  --preset NAME         gmail, fastmail, outlook or icloud: fills in the servers,
                        ports and TLS, and says how to make an app password
  --name NAME           your name, as it appears in invites and thank-yous
  --email ADDR          your address: where coffeechat writes to you
  --zone ZONE           your IANA time zone, e.g. America/New_York
  --dedicated ADDR      the address you forward threads to (e.g. you+chats@fastmail.com)
  --imap HOST[:PORT]    IMAP server (port: 993 with tls, 143 otherwise)
  --imap-tls MODE       tls, starttls or none (default tls)
  --imap-user USER      IMAP login (default: the dedicated address)
  --mailbox FOLDER      the folder coffeechat reads (default INBOX; see below)
  --smtp HOST[:PORT]    SMTP server (port: 465 with tls, 587 with starttls)
  --smtp-tls MODE       tls, starttls or none (default starttls)
  --smtp-user USER      SMTP login (default: the IMAP login)
  --ca-file FILE        extra root certificate for both servers (a self-hosted server)
  --imap-password-env VAR  (default COFFEECHAT_IMAP_PASSWORD)
  --smtp-password-env VAR  (default COFFEECHAT_SMTP_PASSWORD)
  --password-command CMD   a command printing the password, instead of variables
  --processed-folder F, --quarantine-folder F   (defaults Coffeechat/Processed, Coffeechat/Quarantine)
  --availability SPEC   when you take calls (default "Mon-Fri 09:00-17:00")
  --database FILE       (default $XDG_DATA_HOME/coffeechat/coffeechat.db)
  --config FILE         where to write (default $XDG_CONFIG_HOME/coffeechat/config.toml)
  --force               replace an existing file
  --no-check            write the file without running the checks

A plus-address of your own mailbox (you+chats@...) is simplest, but then
coffeechat must read a folder that only that address is delivered to, never
your INBOX: it moves aside every message that is not yours. Give --mailbox
and make a filter (the preset says how). A second mailbox of its own can use
INBOX.

Presets:
{{range .}}  {{printf "%-9s" .Key}} IMAP {{.IMAP}} ({{.IMAPTLS}}), SMTP {{.SMTP}} ({{.SMTPTLS}})
            app password: {{.AppPassword}}
            plus-address: {{.PlusAddress}}
{{end}}
Examples:
  coffeechat init --preset fastmail --name "Ada Lovelace" --email ada@fastmail.com \
      --dedicated ada+chats@fastmail.com --mailbox chats --imap-user ada@fastmail.com --zone Europe/London
  coffeechat init          # asks, in a terminal
`

// preset is what a provider needs.
type preset struct {
	Key, Name        string
	IMAP, IMAPTLS    string
	SMTP, SMTPTLS    string
	AppPassword      string // where to make one
	PlusAddress      string // how to give the dedicated address its own folder
	SuggestedMailbox string // the folder the plus-address filter fills
}

var presets = []preset{
	{
		Key: "gmail", Name: "Gmail",
		IMAP: "imap.gmail.com:993", IMAPTLS: "tls", SMTP: "smtp.gmail.com:587", SMTPTLS: "starttls",
		AppPassword:      "turn on 2-Step Verification, then make one at https://myaccount.google.com/apppasswords",
		PlusAddress:      "you+chats@gmail.com; in Gmail, Settings > Filters: To you+chats@gmail.com, Skip the Inbox, Apply the label \"coffeechat\" (labels are IMAP folders)",
		SuggestedMailbox: "coffeechat",
	},
	{
		Key: "fastmail", Name: "Fastmail",
		IMAP: "imap.fastmail.com:993", IMAPTLS: "tls", SMTP: "smtp.fastmail.com:465", SMTPTLS: "tls",
		AppPassword:      "Settings > Privacy & Security > Manage app passwords (access: IMAP and SMTP)",
		PlusAddress:      "you+chats@fastmail.com is delivered to the folder \"chats\" when it exists: create it",
		SuggestedMailbox: "chats",
	},
	{
		Key: "outlook", Name: "Outlook.com",
		IMAP: "outlook.office365.com:993", IMAPTLS: "tls", SMTP: "smtp-mail.outlook.com:587", SMTPTLS: "starttls",
		AppPassword:      "turn on two-step verification, then Microsoft account > Security > Advanced security options > App passwords",
		PlusAddress:      "you+chats@outlook.com; Settings > Mail > Rules: sent to you+chats@outlook.com, move to the folder \"coffeechat\"",
		SuggestedMailbox: "coffeechat",
	},
	{
		Key: "icloud", Name: "iCloud",
		IMAP: "imap.mail.me.com:993", IMAPTLS: "tls", SMTP: "smtp.mail.me.com:587", SMTPTLS: "starttls",
		AppPassword:      "https://appleid.apple.com > Sign-In and Security > App-Specific Passwords; the IMAP login is the name part of your iCloud address, the SMTP login the whole address",
		PlusAddress:      "iCloud has no plus-addresses: add an email alias (iCloud Mail settings) and a rule moving mail to it into the folder \"coffeechat\"",
		SuggestedMailbox: "coffeechat",
	},
}

func findPreset(key string) (preset, bool) {
	for _, p := range presets {
		if strings.EqualFold(p.Key, key) {
			return p, true
		}
	}
	return preset{}, false
}

// initFlags are the values init collects.
type initFlags struct {
	preset, name, email, zone, dedicated          string
	imap, imapTLS, imapUser, mailbox              string
	smtp, smtpTLS, smtpUser, caFile               string
	imapPassEnv, smtpPassEnv, passCommand         string
	processed, quarantine, availability, database string
	config                                        string
	force, noCheck                                bool
}

func runInit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return initCommand(ctx, args, os.Stdin, isTerminal(os.Stdin), stdout, stderr)
}

// isTerminal reports whether f is a terminal (without a dependency on
// x/term): a character device that is not /dev/null, which is what a
// service, a script or a test gets as stdin.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}

// initCommand is init with its input made explicit, for tests.
func initCommand(ctx context.Context, args []string, stdin io.Reader, interactive bool, stdout, stderr io.Writer) int {
	var f initFlags
	fset := flag.NewFlagSet("init", flag.ContinueOnError)
	fset.SetOutput(stderr)
	fset.Usage = func() { fmt.Fprint(stderr, initUsage) }
	for _, s := range []struct {
		p        *string
		name, dv string
	}{
		{&f.preset, "preset", ""}, {&f.name, "name", ""}, {&f.email, "email", ""}, {&f.zone, "zone", ""},
		{&f.dedicated, "dedicated", ""}, {&f.imap, "imap", ""}, {&f.imapTLS, "imap-tls", ""},
		{&f.imapUser, "imap-user", ""}, {&f.mailbox, "mailbox", ""}, {&f.smtp, "smtp", ""},
		{&f.smtpTLS, "smtp-tls", ""}, {&f.smtpUser, "smtp-user", ""}, {&f.caFile, "ca-file", ""},
		{&f.imapPassEnv, "imap-password-env", "COFFEECHAT_IMAP_PASSWORD"},
		{&f.smtpPassEnv, "smtp-password-env", "COFFEECHAT_SMTP_PASSWORD"},
		{&f.passCommand, "password-command", ""},
		{&f.processed, "processed-folder", "Coffeechat/Processed"},
		{&f.quarantine, "quarantine-folder", "Coffeechat/Quarantine"},
		{&f.availability, "availability", "Mon-Fri 09:00-17:00"},
		{&f.database, "database", defaultDatabasePath()}, {&f.config, "config", defaultConfigPath()},
	} {
		fset.StringVar(s.p, s.name, s.dv, "")
	}
	fset.BoolVar(&f.force, "force", false, "")
	fset.BoolVar(&f.noCheck, "no-check", false, "")
	if err := fset.Parse(args); err != nil {
		return usageExit(err)
	}
	if fset.NArg() > 0 {
		return fail(stderr, 2, fmt.Errorf("init takes flags only (got %q); see `coffeechat help init`", fset.Arg(0)))
	}
	if _, err := os.Stat(f.config); err == nil && !f.force {
		return fail(stderr, 1, fmt.Errorf("%s exists: check it with `coffeechat doctor`, or add --force to replace it", f.config))
	}
	var p preset
	if f.preset != "" {
		var ok bool
		if p, ok = findPreset(f.preset); !ok {
			return fail(stderr, 2, fmt.Errorf("--preset %q is not one of gmail, fastmail, outlook, icloud (or leave it out and give --imap and --smtp)", f.preset))
		}
	}
	ask := asker{in: bufio.NewReader(stdin), out: stdout, interactive: interactive}
	if err := f.complete(&ask, &p); err != nil {
		return fail(stderr, 2, err)
	}
	text, err := f.render()
	if err != nil {
		return fail(stderr, 1, err)
	}
	if err := writeConfigFile(f.config, text); err != nil {
		return fail(stderr, 1, err)
	}
	// The database's folder, private: `run` takes its lock file there
	// before the database exists.
	if err := os.MkdirAll(filepath.Dir(f.database), 0o700); err != nil {
		return fail(stderr, 1, fmt.Errorf("create the database folder: %w (change --database)", err))
	}
	fmt.Fprintf(stdout, "Wrote %s (mode 0600).\n", f.config)
	if p.Key != "" {
		fmt.Fprintf(stdout, "\n%s needs an app password: %s.\n", p.Name, p.AppPassword)
		if ownMailbox(p, f.dedicated, f.email) {
			fmt.Fprintf(stdout, "The dedicated address: %s.\n", p.PlusAddress)
		}
	}
	if f.passCommand == "" && (os.Getenv(f.imapPassEnv) == "" || os.Getenv(f.smtpPassEnv) == "") {
		fmt.Fprintf(stdout, "\nPut the password in the environment before running coffeechat (never in the file):\n  export %s='app password'", f.imapPassEnv)
		if f.smtpPassEnv != f.imapPassEnv {
			fmt.Fprintf(stdout, " %s='app password'", f.smtpPassEnv)
		}
		fmt.Fprintln(stdout)
	}
	if f.noCheck {
		fmt.Fprintln(stdout, "\nCheck it with `coffeechat doctor`, then start with `coffeechat run`.")
		return 0
	}
	fmt.Fprintln(stdout, "\nChecking it (coffeechat doctor):")
	return printChecks(stdout, doctor(ctx, f.config))
}

// initUsage is the help with the presets' details filled in.
var initUsage = renderInitUsage()

func renderInitUsage() string {
	var b strings.Builder
	template.Must(template.New("usage").Parse(initUsageTemplate)).Execute(&b, presets)
	return b.String()
}

func defaultDatabasePath() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "coffeechat", "coffeechat.db")
}

// asker asks for missing values in a terminal; elsewhere it reports them.
type asker struct {
	in          *bufio.Reader
	out         io.Writer
	interactive bool
	missing     []string
}

// value returns cur if set; otherwise asks (offering def) or, when not
// interactive, takes def or records the flag as missing.
func (a *asker) value(cur *string, flagName, question, def string, valid func(string) error) {
	if *cur != "" {
		return
	}
	if !a.interactive {
		if def != "" {
			*cur = def
			return
		}
		a.missing = append(a.missing, "--"+flagName)
		return
	}
	for {
		if def != "" {
			fmt.Fprintf(a.out, "%s [%s]: ", question, def)
		} else {
			fmt.Fprintf(a.out, "%s: ", question)
		}
		line, err := a.in.ReadString('\n')
		line = strings.TrimSpace(line)
		if line == "" {
			line = def
		}
		if line != "" {
			if valid == nil {
				*cur = line
				return
			}
			if verr := valid(line); verr == nil {
				*cur = line
				return
			} else {
				fmt.Fprintf(a.out, "  %v\n", verr)
			}
		}
		if err != nil { // end of input: stop asking
			a.missing = append(a.missing, "--"+flagName)
			return
		}
	}
}

func validEmail(s string) error {
	if !isEmail(s) {
		return fmt.Errorf("%q is not an email address", s)
	}
	return nil
}

func validZone(s string) error {
	if _, err := time.LoadLocation(s); err != nil || s == "Local" {
		return fmt.Errorf("%q is not an IANA time zone such as America/New_York or Europe/Berlin", s)
	}
	return nil
}

func validTLS(s string) error {
	if s != "tls" && s != "starttls" && s != "none" {
		return fmt.Errorf("%q is not tls, starttls or none", s)
	}
	return nil
}

// localZone guesses the machine's IANA zone, for a default.
func localZone() string {
	if tz := os.Getenv("TZ"); tz != "" && validZone(strings.TrimPrefix(tz, ":")) == nil {
		return strings.TrimPrefix(tz, ":")
	}
	if b, err := os.ReadFile("/etc/timezone"); err == nil {
		if z := strings.TrimSpace(string(b)); validZone(z) == nil {
			return z
		}
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if _, z, ok := strings.Cut(target, "zoneinfo/"); ok && validZone(z) == nil {
			return z
		}
	}
	return ""
}

// complete fills every value, from flags, the preset, defaults or
// questions, and checks them. A preset chosen in answer to a question is
// stored in *chosen.
func (f *initFlags) complete(a *asker, chosen *preset) error {
	p := *chosen
	if a.interactive && f.preset == "" {
		var keys []string
		for _, q := range presets {
			keys = append(keys, q.Key)
		}
		fmt.Fprintf(a.out, "Mail provider (%s, or Enter for another): ", strings.Join(keys, ", "))
		line, _ := a.in.ReadString('\n')
		if q, ok := findPreset(strings.TrimSpace(line)); ok {
			p, *chosen = q, q
			f.preset = q.Key
			fmt.Fprintf(a.out, "  %s: servers filled in.\n  The dedicated address: %s.\n", q.Name, q.PlusAddress)
		}
	}
	a.value(&f.name, "name", "Your name", "", nil)
	a.value(&f.email, "email", "Your email address (coffeechat writes to you there)", "", validEmail)
	a.value(&f.zone, "zone", "Your time zone", localZone(), validZone)
	suggest := ""
	if local, domain, ok := strings.Cut(f.email, "@"); ok && p.Key != "icloud" {
		suggest = local + "+chats@" + domain
	}
	a.value(&f.dedicated, "dedicated", "The dedicated address you will forward threads to", suggest, validEmail)
	// sameAccount: the dedicated address is delivered to the owner's own
	// mailbox (a plus-address, or an iCloud alias, iCloud having no
	// plus-addresses), so INBOX is the owner's inbox.
	plusOfOwn := isPlusOf(f.dedicated, f.email)
	sameAccount := ownMailbox(p, f.dedicated, f.email)
	mailboxDef := "INBOX"
	if sameAccount && p.SuggestedMailbox != "" {
		mailboxDef = p.SuggestedMailbox
	}
	if sameAccount && f.mailbox == "" && !a.interactive && p.SuggestedMailbox == "" {
		// INBOX would be the owner's own inbox: refuse to guess.
		a.missing = append(a.missing, "--mailbox")
	}
	userDef, smtpUserDef := f.dedicated, ""
	switch {
	case p.Key == "icloud":
		// Apple: the IMAP login is the name part, the SMTP login the
		// whole address.
		userDef, _, _ = strings.Cut(f.email, "@")
		smtpUserDef = f.email
	case plusOfOwn:
		userDef = f.email
	}
	a.value(&f.imap, "imap", "IMAP server (host or host:port)", p.IMAP, nil)
	a.value(&f.imapTLS, "imap-tls", "IMAP TLS (tls, starttls, none)", orDefault(p.IMAPTLS, "tls"), validTLS)
	if userDef != "" || a.interactive {
		a.value(&f.imapUser, "imap-user", "IMAP login", userDef, nil)
	}
	a.value(&f.mailbox, "mailbox", "Folder coffeechat reads", mailboxDef, nil)
	a.value(&f.smtp, "smtp", "SMTP server (host or host:port)", p.SMTP, nil)
	a.value(&f.smtpTLS, "smtp-tls", "SMTP TLS (tls, starttls, none)", orDefault(p.SMTPTLS, "starttls"), validTLS)
	if smtpUserDef == "" {
		smtpUserDef = f.imapUser
	}
	if smtpUserDef != "" || a.interactive {
		a.value(&f.smtpUser, "smtp-user", "SMTP login", smtpUserDef, nil)
	}
	if len(a.missing) > 0 {
		return fmt.Errorf("missing %s (see `coffeechat help init`; run it in a terminal to be asked)", strings.Join(a.missing, ", "))
	}

	var errs []error
	for _, v := range []struct{ flag, val string }{{"--email", f.email}, {"--dedicated", f.dedicated}} {
		if err := validEmail(v.val); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", v.flag, err))
		}
	}
	if err := validZone(f.zone); err != nil {
		errs = append(errs, fmt.Errorf("--zone: %w", err))
	}
	for _, v := range []struct{ flag, val string }{{"--imap-tls", f.imapTLS}, {"--smtp-tls", f.smtpTLS}} {
		if err := validTLS(v.val); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", v.flag, err))
		}
	}
	if strings.EqualFold(f.dedicated, f.email) {
		errs = append(errs, errors.New("--dedicated must differ from --email: coffeechat would read its own mail to you; use a plus-address such as "+suggest))
	}
	if sameAccount && strings.EqualFold(f.mailbox, "INBOX") {
		errs = append(errs, fmt.Errorf("--mailbox INBOX with --dedicated %s, delivered to your own mailbox: coffeechat would move aside every email in your inbox; filter it into a folder of its own and give --mailbox FOLDER", f.dedicated))
	}
	f.imap = withPort(f.imap, f.imapTLS, map[string]string{"tls": "993", "starttls": "143", "none": "143"})
	f.smtp = withPort(f.smtp, f.smtpTLS, map[string]string{"tls": "465", "starttls": "587", "none": "25"})
	if f.caFile != "" {
		abs, err := filepath.Abs(expandHome(f.caFile))
		if err != nil {
			errs = append(errs, fmt.Errorf("--ca-file: %w", err))
		}
		f.caFile = abs
	}
	if abs, err := filepath.Abs(expandHome(f.database)); err == nil {
		f.database = abs
	}
	return errors.Join(errs...)
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// ownMailbox reports whether mail to the dedicated address lands in the
// owner's own mailbox: a plus-address of theirs, or, iCloud having no
// plus-addresses, an alias of their iCloud account.
func ownMailbox(p preset, dedicated, email string) bool {
	return isPlusOf(dedicated, email) || (p.Key == "icloud" && !strings.EqualFold(dedicated, email))
}

// isPlusOf reports whether addr is base with a +tag (you+chats@x of you@x).
func isPlusOf(addr, base string) bool {
	local, domain, ok := strings.Cut(strings.ToLower(addr), "@")
	blocal, bdomain, _ := strings.Cut(strings.ToLower(base), "@")
	if !ok || domain != bdomain {
		return false
	}
	l, _, plus := strings.Cut(local, "+")
	return plus && l == blocal
}

// withPort adds the usual port for the TLS mode when host has none.
func withPort(host, mode string, ports map[string]string) string {
	if _, _, err := net.SplitHostPort(host); err == nil {
		return host
	}
	return net.JoinHostPort(strings.Trim(host, "[]"), ports[mode])
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

var configTemplate = template.Must(template.New("config").Funcs(template.FuncMap{"q": tomlString}).Parse(
	`# coffeechat configuration, written by 'coffeechat init'{{if .Preset}} (preset {{.Preset}}){{end}}.
# Every key and its default: the configuration reference in the README.
# Check it with 'coffeechat doctor'.

[owner]
name = {{q .Name}}
email = {{q .Email}}
timezone = {{q .Zone}}
# The address you forward threads to (and Bcc on outreach).
dedicated_address = {{q .Dedicated}}

[imap]
address = {{q .IMAP}}
tls = {{q .IMAPTLS}}
username = {{q .IMAPUser}}
{{if .PassCommand}}password_command = {{q .PassCommand}}{{else}}password_env = {{q .IMAPPassEnv}}{{end}}
{{- if .CAFile}}
ca_file = {{q .CAFile}}{{end}}
# The folder coffeechat reads; only mail to the dedicated address belongs here.
mailbox = {{q .Mailbox}}
processed_folder = {{q .Processed}}
quarantine_folder = {{q .Quarantine}}
# sent_folder = "Coffeechat/Sent"   # copies of coffeechat's own emails ([smtp] bcc_self)

[smtp]
address = {{q .SMTP}}
tls = {{q .SMTPTLS}}
username = {{q .SMTPUser}}
{{if .PassCommand}}password_command = {{q .PassCommand}}{{else}}password_env = {{q .SMTPPassEnv}}{{end}}
{{- if .CAFile}}
ca_file = {{q .CAFile}}{{end}}
# bcc_self = true   # each email also to the dedicated address: its copy proves the send after a crash

[database]
path = {{q .Database}}

[schedule]
availability = {{q .Availability}}
# contact_invites = "after-owner-accepts"   # or "immediately", "never"
# thank_you = "auto"                        # or "review"

[log]
level = "info"
format = "text"

# [metrics]
# listen = "127.0.0.1:9464"   # /healthz and Prometheus /metrics; off when unset
`))

func (f *initFlags) render() ([]byte, error) {
	var b bytes.Buffer
	err := configTemplate.Execute(&b, map[string]string{
		"Preset": f.preset, "Name": f.name, "Email": f.email, "Zone": f.zone, "Dedicated": f.dedicated,
		"IMAP": f.imap, "IMAPTLS": f.imapTLS, "IMAPUser": f.imapUser, "Mailbox": f.mailbox,
		"SMTP": f.smtp, "SMTPTLS": f.smtpTLS, "SMTPUser": f.smtpUser, "CAFile": f.caFile,
		"IMAPPassEnv": f.imapPassEnv, "SMTPPassEnv": f.smtpPassEnv, "PassCommand": f.passCommand,
		"Processed": f.processed, "Quarantine": f.quarantine, "Availability": f.availability, "Database": f.database,
	})
	if err != nil {
		return nil, fmt.Errorf("render config: %w", err)
	}
	return b.Bytes(), nil
}

// writeConfigFile validates text as a config and puts it at path with mode
// 0600, atomically: a file that would not load is never left behind.
func writeConfigFile(path string, text []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".config-*.toml")
	if err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename this fails harmlessly
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("write config: %w", err)
	}
	if _, err := tmp.Write(text); err != nil {
		tmp.Close()
		return fmt.Errorf("write config: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if _, err := loadConfig(tmp.Name()); err != nil {
		// The message names the temp file; name the real one instead.
		return errors.New(strings.ReplaceAll(err.Error(), tmp.Name(), path) + " (nothing written; change the flag that sets it)")
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}
