package e2e

import (
	"bytes"
	"context"
	"database/sql"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"text/template"
	"time"

	_ "modernc.org/sqlite" // driver "sqlite"

	"github.com/coffeechat/coffeechat/calendar/caltest"
)

// passwordVar is the environment variable the config names for both
// passwords; the subprocess gets it set to CCMAIL_PASSWORD.
const passwordVar = "COFFEECHAT_E2E_PASSWORD"

// ownerZone is the owner's timezone in every e2e config.
const ownerZone = "America/New_York"

// instance is one test's coffeechat setup: its config file and database.
type instance struct {
	Dir    string // t.TempDir()
	Config string // config.toml
	DB     string // SQLite file
}

var configTmpl = template.Must(template.New("config").Parse(`# written by e2e/daemon_test.go
[owner]
name = "Olive Owner"
email = "{{.Owner}}"
timezone = "{{.Zone}}"
dedicated_address = "{{.Chats}}"

[imap]
address = "{{.IMAPAddr}}"
tls = "starttls"
username = "{{.Chats}}"
password_env = "{{.PasswordVar}}"
ca_file = "{{.CAFile}}"
mailbox = "INBOX"
processed_folder = "Archive"
quarantine_folder = "Junk"
sent_folder = "Sent"

[smtp]
address = "{{.SubmissionAddr}}"
tls = "starttls"
username = "{{.Chats}}"
password_env = "{{.PasswordVar}}"
ca_file = "{{.CAFile}}"
# An interrupted send's Bcc copy arrives within a second here.
confirm_wait = "15s"

[database]
path = "{{.DB}}"

[schedule]
availability = "Mon-Sun 00:00-23:59"
default_duration = "20m"
contact_invites = "after-owner-accepts"
thank_you = "auto"
thank_you_delay = "3s"
notes_prompt_delay = "2s"

[log]
level = "debug"
format = "text"
`))

// newInstance writes a config for the Dovecot/Postfix accounts into a fresh
// temporary directory.
func newInstance(t testing.TB) *instance {
	t.Helper()
	dir := t.TempDir()
	in := &instance{Dir: dir, Config: filepath.Join(dir, "config.toml"), DB: filepath.Join(dir, "coffeechat.db")}
	var b bytes.Buffer
	err := configTmpl.Execute(&b, map[string]string{
		"Owner": ownerAddr, "Chats": chatsAddr, "Zone": ownerZone,
		"IMAPAddr": env.IMAPAddr, "SubmissionAddr": env.SubmissionAddr,
		"CAFile": env.CAFile, "PasswordVar": passwordVar, "DB": in.DB,
	})
	if err != nil {
		t.Fatalf("render config: %v", err)
	}
	if err := os.WriteFile(in.Config, b.Bytes(), 0o600); err != nil {
		t.Fatalf("write config: %v", err)
	}
	return in
}

func (in *instance) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Dir = in.Dir
	cmd.Env = append(os.Environ(), passwordVar+"="+env.Password)
	return cmd
}

// runOnce runs `coffeechat run --once --config FILE` and fails t unless it
// exits 0 within a minute. Its output is logged.
func (in *instance) runOnce(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := in.command(ctx, "run", "--once", "--config", in.Config)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	t.Logf("coffeechat run --once (%v):\n%s", time.Since(start).Round(time.Millisecond), out.Bytes())
	if ctx.Err() != nil {
		t.Fatalf("coffeechat run --once did not exit within a minute")
	}
	if err != nil {
		t.Fatalf("coffeechat run --once: %v (want exit status 0; output above)", err)
	}
}

// daemon is a background `coffeechat run`.
type daemon struct {
	cmd  *exec.Cmd
	out  *lockedBuffer
	done chan struct{}
	err  error // valid after done is closed
}

// lockedBuffer collects the subprocess output while tests read it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// start runs `coffeechat run --config FILE` in the background. The caller
// ends it with stop; if the test ends first, it is killed.
func (in *instance) start(t testing.TB) *daemon {
	t.Helper()
	return startDaemon(t, in.command(context.Background(), "run", "--config", in.Config))
}

// startDaemon starts cmd (a `coffeechat run`) in the background, its
// output captured; if the test ends before stop, it is killed.
func startDaemon(t testing.TB, cmd *exec.Cmd) *daemon {
	t.Helper()
	d := &daemon{cmd: cmd, out: &lockedBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = d.out, d.out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start coffeechat run: %v", err)
	}
	go func() {
		d.err = cmd.Wait()
		close(d.done)
	}()
	t.Cleanup(func() {
		select {
		case <-d.done:
		default:
			cmd.Process.Kill()
			<-d.done
			t.Logf("coffeechat run killed at the end of the test; output:\n%s", d.out.String())
		}
	})
	return d
}

// waitRunning waits up to 20 s for the daemon to log "coffeechat running".
// Until then its signal handler may not be installed yet: a SIGTERM that
// lands while the Go runtime is still starting ends the process by the
// signal's default action, which says nothing about graceful shutdown.
func (d *daemon) waitRunning(t testing.TB) {
	t.Helper()
	d.waitLog(t, "coffeechat running", "running")
}

// waitIdle waits up to 20 s for the daemon's debug line "imap: idling":
// it has caught up with the mailbox and waits in IMAP IDLE, so mail
// delivered from now on reaches it only through IDLE.
func (d *daemon) waitIdle(t testing.TB) {
	t.Helper()
	d.waitLog(t, `msg="imap: idling"`, "in IDLE")
}

// waitLog waits up to 20 s for text in the daemon's output; it fails t if
// the daemon exits first. state names what text shows, for the message.
func (d *daemon) waitLog(t testing.TB, text, state string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(d.out.String(), text) {
		select {
		case <-d.done:
			t.Fatalf("coffeechat run exited before it was %s: %v; output:\n%s", state, d.err, d.out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("coffeechat run did not log %q within 20 s; output:\n%s", text, d.out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkpoint returns the UIDVALIDITY and UID the instance recorded for
// mailbox (zeros when none).
func (in *instance) checkpoint(t testing.TB, db *sql.DB, mailbox string) (uidValidity, uid uint32) {
	t.Helper()
	err := db.QueryRow(`SELECT uid_validity, uid FROM checkpoints WHERE mailbox = ?`, mailbox).Scan(&uidValidity, &uid)
	if err != nil && err != sql.ErrNoRows {
		t.Fatalf("select checkpoint: %v", err)
	}
	return uidValidity, uid
}

// stop sends SIGTERM and fails t unless the daemon exits 0 within 20 s.
func (d *daemon) stop(t testing.TB) {
	t.Helper()
	select {
	case <-d.done:
		t.Fatalf("coffeechat run exited before SIGTERM: %v; output:\n%s", d.err, d.out.String())
	default:
	}
	d.waitRunning(t)
	if err := d.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	select {
	case <-d.done:
	case <-time.After(20 * time.Second):
		d.cmd.Process.Kill()
		<-d.done
		t.Fatalf("coffeechat run still running 20 s after SIGTERM; output:\n%s", d.out.String())
	}
	t.Logf("coffeechat run output:\n%s", d.out.String())
	if d.err != nil {
		t.Fatalf("coffeechat run after SIGTERM: %v (want exit status 0; output above)", d.err)
	}
}

// openDB opens the instance's SQLite file read-only; closed when t ends.
func (in *instance) openDB(t testing.TB) *sql.DB {
	t.Helper()
	if _, err := os.Stat(in.DB); err != nil {
		t.Fatalf("database %s: %v", in.DB, err)
	}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", "busy_timeout(5000)")
	db, err := sql.Open("sqlite", "file:"+in.DB+"?"+q.Encode())
	if err != nil {
		t.Fatalf("open %s: %v", in.DB, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// count runs a SELECT COUNT(*) query.
func count(t testing.TB, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s %v: %v", query, args, err)
	}
	return n
}

// meetingStarts returns start_at of every meeting row, as instants.
func meetingStarts(t testing.TB, db *sql.DB) []time.Time {
	t.Helper()
	rows, err := db.Query(`SELECT start_at FROM meetings ORDER BY start_at`)
	if err != nil {
		t.Fatalf("select meetings: %v", err)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var s sql.NullInt64
		if err := rows.Scan(&s); err != nil {
			t.Fatalf("scan meetings.start_at: %v", err)
		}
		out = append(out, time.Unix(s.Int64, 0).UTC())
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("meetings: %v", err)
	}
	return out
}

// icsCheck runs the shared invite validator (../shared/tools/ics-check next
// to the repository) on raw: any WARN or FAIL fails t, and so does a
// missing tool (caltest.ICSCheck).
func icsCheck(t testing.TB, name string, raw []byte) {
	t.Helper()
	caltest.ICSCheck(t, name, raw)
}
