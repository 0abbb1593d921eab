package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// newcomer runs the coffeechat binary as someone who just installed it:
// an empty HOME, no XDG variables, and the passwords in the variables
// `coffeechat init` names by default.
type newcomer struct {
	home string
	env  []string
}

func newNewcomer(t *testing.T) *newcomer {
	t.Helper()
	home := t.TempDir()
	var envv []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name == "HOME" || strings.HasPrefix(name, "XDG_") || strings.HasPrefix(name, "COFFEECHAT_") {
			continue
		}
		envv = append(envv, kv)
	}
	envv = append(envv, "HOME="+home,
		"COFFEECHAT_IMAP_PASSWORD="+env.Password, "COFFEECHAT_SMTP_PASSWORD="+env.Password)
	return &newcomer{home: home, env: envv}
}

func (n *newcomer) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Dir = n.home
	cmd.Env = n.env
	return cmd
}

// run runs one command to completion and returns its exit code and output.
func (n *newcomer) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := n.command(ctx, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("coffeechat %s did not finish within a minute", strings.Join(args, " "))
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("coffeechat %s: %v", strings.Join(args, " "), err)
	}
	return code, stdout.String(), stderr.String()
}

// start runs `coffeechat run` (no --config: the default path) in the
// background; stop it with d.stop.
func (n *newcomer) start(t *testing.T) *daemon {
	t.Helper()
	return startDaemon(t, n.command(context.Background(), "run"))
}

// pythonICS reads an iCalendar file with python3-icalendar, a second
// implementation, and prints its method and events as JSON.
const pythonICS = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
print(json.dumps({"method": str(cal.get("method")), "events": [
    {"uid": str(e.get("uid")), "start": e.decoded("dtstart").isoformat(), "end": e.decoded("dtend").isoformat(),
     "summary": str(e.get("summary"))} for e in cal.walk("VEVENT")]}))
`

// TestE2E_newcomer: from an empty HOME, `init` with flags writes the config
// and its checks pass against Dovecot and Postfix; `run` turns a forwarded
// thread into an invite; `meetings --json` shows the call in the owner's
// zone; `export --format ics` is read by python3-icalendar.
func TestE2E_newcomer(t *testing.T) {
	needBinary(t)
	emptyMailboxes(t, everyone...)
	n := newNewcomer(t)

	code, out, errs := n.run(t, "init",
		"--name", "Olive Owner", "--email", ownerAddr, "--zone", ownerZone, "--dedicated", chatsAddr,
		"--imap", env.IMAPAddr, "--imap-tls", "starttls", "--smtp", env.SubmissionAddr, "--smtp-tls", "starttls",
		"--ca-file", env.CAFile, "--availability", "Mon-Sun 00:00-23:59")
	t.Logf("coffeechat init:\n%s%s", out, errs)
	if code != 0 {
		t.Fatalf("coffeechat init: exit %d, want 0 (every check passing)", code)
	}
	if !strings.Contains(out, "All checks passed") {
		t.Errorf("init output lacks the checks' verdict")
	}
	cfgPath := filepath.Join(n.home, ".config", "coffeechat", "config.toml")
	fi, err := os.Stat(cfgPath)
	if err != nil {
		t.Fatalf("init did not write %s: %v", cfgPath, err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("%s mode %o, want 600", cfgPath, fi.Mode().Perm())
	}
	for _, check := range []string{"imap", "imap idle", "imap move", "smtp", "database", "templates"} {
		if !strings.Contains(out, "ok    "+check+strings.Repeat(" ", 16-len(check))) {
			t.Errorf("init's checks: no passing %q", check)
		}
	}
	if code, out, errs := n.run(t, "doctor"); code != 0 {
		t.Fatalf("coffeechat doctor: exit %d\n%s%s", code, out, errs)
	}

	start, day := futureSlot(t, 9, 15)
	now := time.Now()
	th := thread{
		Subject:      "Coffee chat about developer tools?",
		ContactName:  "Casey Contact",
		ContactFirst: "Casey",
		ContactEmail: contactAddr,
		Ask:          "Could we find 20 minutes for a coffee chat about your work on developer tools?",
		AskAt:        now.Add(-30 * time.Hour),
		Reply:        "Sure! How about " + day + " at 3pm ET? 20 minutes works.",
		ReplyAt:      now.Add(-3 * time.Hour),
		ForwardAt:    now,
	}
	d := n.start(t)
	deliver(t, ownerAddr, []string{chatsAddr}, th.render(t))
	// Only an invite for this thread's time counts: the owner's INBOX is
	// shared with the other e2e tests.
	waitFor(t, ownerAddr, "INBOX", inviteTimeout, "an invite for "+start.Format(time.RFC3339),
		func(ms []*message) bool {
			for _, m := range invites(ms) {
				if cal, err := m.invite(); err == nil {
					if s, _, err := eventTimes(cal); err == nil && s.Equal(start) {
						return true
					}
				}
			}
			return false
		})
	d.stop(t)

	code, out, errs = n.run(t, "meetings", "--json")
	if code != 0 {
		t.Fatalf("coffeechat meetings --json: exit %d: %s", code, errs)
	}
	var meetings []struct {
		UID          string `json:"uid"`
		ContactEmail string `json:"contact_email"`
		Status       string `json:"status"`
		Start        string `json:"start"`
		Minutes      int    `json:"minutes"`
	}
	if err := json.Unmarshal([]byte(out), &meetings); err != nil {
		t.Fatalf("meetings --json is not a JSON array: %v\n%s", err, out)
	}
	if len(meetings) != 1 {
		t.Fatalf("meetings --json lists %d meetings, want 1:\n%s", len(meetings), out)
	}
	m := meetings[0]
	wantStart := start.In(mustZone(t, ownerZone)).Format(time.RFC3339)
	if m.Start != wantStart || m.ContactEmail != contactAddr || m.Minutes != 20 || m.UID == "" {
		t.Errorf("meeting = %+v, want start %s, contact %s, 20 minutes", m, wantStart, contactAddr)
	}

	icsPath := filepath.Join(n.home, "coffeechats.ics")
	if code, out, errs := n.run(t, "export", "--format", "ics", "--output", icsPath); code != 0 {
		t.Fatalf("coffeechat export --format ics: exit %d\n%s%s", code, out, errs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pyOut, err := exec.CommandContext(ctx, "/usr/bin/python3", "-c", pythonICS, icsPath).CombinedOutput()
	if err != nil {
		raw, _ := os.ReadFile(icsPath)
		t.Fatalf("python3-icalendar could not read the export (apt-get install python3-icalendar): %v\n%s\n%s", err, pyOut, raw)
	}
	var cal struct {
		Method string
		Events []struct{ UID, Start, End, Summary string }
	}
	if err := json.Unmarshal(pyOut, &cal); err != nil {
		t.Fatalf("%v: %s", err, pyOut)
	}
	if cal.Method != "PUBLISH" || len(cal.Events) != 1 {
		t.Fatalf("python read METHOD %q and %d events, want PUBLISH and 1", cal.Method, len(cal.Events))
	}
	ev := cal.Events[0]
	if ev.UID != m.UID || ev.Start != start.UTC().Format("2006-01-02T15:04:05+00:00") ||
		ev.End != start.Add(20*time.Minute).UTC().Format("2006-01-02T15:04:05+00:00") || !strings.Contains(ev.Summary, "Casey") {
		t.Errorf("python read %+v, want UID %s, start %s UTC, 20 minutes, Casey in the summary", ev, m.UID, start.UTC())
	}

	if code, out, errs := n.run(t, "status"); code != 0 || !strings.Contains(out, "Coming up:") {
		t.Errorf("coffeechat status: exit %d\n%s%s", code, out, errs)
	}
}
