package e2e

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"mime"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-imap/v2"
)

// edit replaces old with new in the instance's config file; it fails t when
// old is not there, so a changed template cannot silently void a test.
func (in *instance) edit(t testing.TB, old, new string) {
	t.Helper()
	b, err := os.ReadFile(in.Config)
	if err != nil {
		t.Fatalf("read config: %v", err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("config has no %q:\n%s", old, b)
	}
	b = bytes.Replace(b, []byte(old), []byte(new), 1)
	if err := os.WriteFile(in.Config, b, 0o600); err != nil {
		t.Fatalf("write config: %v", err)
	}
}

// kill9 ends the daemon with SIGKILL, as a crash or an OOM kill would, and
// waits for the process to be gone.
func (d *daemon) kill9(t testing.TB) {
	t.Helper()
	select {
	case <-d.done:
		t.Fatalf("coffeechat run exited before the SIGKILL: %v; output:\n%s", d.err, d.out.String())
	default:
	}
	if err := d.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("SIGKILL: %v", err)
	}
	<-d.done
}

// alive fails t when the daemon has exited.
func (d *daemon) alive(t testing.TB) {
	t.Helper()
	select {
	case <-d.done:
		t.Fatalf("coffeechat run exited: %v; output:\n%s", d.err, d.out.String())
	default:
	}
}

// waitInboxFiled waits up to a minute for the dedicated INBOX to be empty:
// the Bcc copies of the last emails sent have come back and been filed.
func waitInboxFiled(t testing.TB, d *daemon) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for mailboxCount(t, chatsAddr, "INBOX") != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%s INBOX still holds %d messages after a minute (copies of sent mail not filed?)", chatsAddr, mailboxCount(t, chatsAddr, "INBOX"))
		}
		d.alive(t)
		time.Sleep(100 * time.Millisecond)
	}
}

// waitDB polls cond every 100 ms until it is true or timeout passes; on
// timeout it fails t with want and what last() describes.
func waitDB(t testing.TB, timeout time.Duration, want string, cond func() bool, last func() string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v: no %s; %s", timeout, want, last())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// openDBWhenReady waits for the daemon to create its database, then opens it.
func (in *instance) openDBWhenReady(t testing.TB, d *daemon) *sql.DB {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := os.Stat(in.DB); err == nil {
			return in.openDB(t)
		}
		if time.Now().After(deadline) {
			t.Fatalf("database %s not created within 20 s", in.DB)
		}
		if d != nil {
			d.alive(t)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// appendTo stores raw in user's mailbox over IMAP, as a delivery that
// bypasses Postfix (size limits, or Postfix being down).
func appendTo(t testing.TB, user, mailbox string, raw []byte) {
	t.Helper()
	c := dialIMAP(t, user)
	app := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Time: time.Now()})
	if _, err := app.Write(raw); err != nil {
		t.Fatalf("APPEND to %s of %s: write: %v", mailbox, user, err)
	}
	if err := app.Close(); err != nil {
		t.Fatalf("APPEND to %s of %s: close: %v", mailbox, user, err)
	}
	if _, err := app.Wait(); err != nil {
		t.Fatalf("APPEND to %s of %s: %v", mailbox, user, err)
	}
}

// run runs a command with a timeout and fails t unless it exits 0.
func run(t testing.TB, timeout time.Duration, stdin []byte, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// stateDir is mail-up.sh's state directory (CCMAIL_STATE, /tmp/ccmail).
func stateDir() string {
	if s := os.Getenv("CCMAIL_STATE"); s != "" {
		return s
	}
	return "/tmp/ccmail"
}

func postfixConf() string {
	if s := os.Getenv("CCMAIL_POSTFIX_CONF"); s != "" {
		return s
	}
	return filepath.Join(stateDir(), "postfix", "etc")
}

func dovecotConf() string {
	if env.DovecotConf != "" {
		return env.DovecotConf
	}
	return filepath.Join(stateDir(), "dovecot", "dovecot.conf")
}

// restoreServers runs scripts/mail-up.sh, which starts whichever server is
// not running; registered with t.Cleanup by the tests that stop one, so a
// failing test does not leave the next ones without mail servers.
func restoreServers(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", filepath.Join(repoRoot, "scripts", "mail-up.sh"), stateDir())
	// The same ports as the servers the tests use (mail-up.sh reads them
	// from CCMAIL_*_PORT; a private instance has its own).
	cmd.Env = os.Environ()
	for name, addr := range map[string]string{"CCMAIL_IMAP_PORT": env.IMAPAddr, "CCMAIL_IMAPS_PORT": env.IMAPSAddr,
		"CCMAIL_SMTP_PORT": env.SMTPAddr, "CCMAIL_SUBMISSION_PORT": env.SubmissionAddr} {
		if _, port, err := net.SplitHostPort(addr); err == nil {
			cmd.Env = append(cmd.Env, name+"="+port)
		}
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("restoring the mail servers: scripts/mail-up.sh: %v\n%s", err, out)
	}
}

// waitPort waits until addr greets with prefix (or, when up is false,
// refuses connections).
func waitPort(t testing.TB, addr string, up bool, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := sendProbe(addr)
		if (err == nil) == up {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s still %s after %v (last probe: %v)", addr, map[bool]string{true: "down", false: "up"}[up], timeout, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// sendProbe connects and reads one greeting line.
func sendProbe(addr string) error {
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	buf := make([]byte, 64)
	n, err := c.Read(buf)
	if err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("empty greeting")
	}
	return nil
}

// calInfo is what a test needs from a calendar part.
type calInfo struct {
	Method   string
	UID      string
	Sequence int
	Status   string
	Start    time.Time
	End      time.Time
	Body     []byte // the text/calendar part, decoded
}

// calendarInfo reads m's text/calendar part with go-ical.
func calendarInfo(m *message) (calInfo, error) {
	var ci calInfo
	var body []byte
	for _, p := range m.calendarParts() {
		if p.ContentType == "text/calendar" {
			body = p.Body
			break
		}
	}
	if body == nil {
		return ci, fmt.Errorf("uid %d has no text/calendar part (%s)", m.UID, m.Summary())
	}
	ci.Body = body
	cal, err := ical.NewDecoder(bytes.NewReader(body)).Decode()
	if err != nil {
		return ci, fmt.Errorf("decode calendar of uid %d: %w\n%s", m.UID, err, body)
	}
	if p := cal.Props.Get(ical.PropMethod); p != nil {
		ci.Method = strings.ToUpper(p.Value)
	}
	evs := cal.Events()
	if len(evs) != 1 {
		return ci, fmt.Errorf("uid %d: %d VEVENTs, want 1", m.UID, len(evs))
	}
	ev := evs[0]
	if p := ev.Props.Get(ical.PropUID); p != nil {
		ci.UID = p.Value
	}
	ci.Sequence = -1
	if p := ev.Props.Get(ical.PropSequence); p != nil {
		if n, err := strconv.Atoi(strings.TrimSpace(p.Value)); err == nil {
			ci.Sequence = n
		}
	}
	if p := ev.Props.Get(ical.PropStatus); p != nil {
		ci.Status = strings.ToUpper(p.Value)
	}
	if s, e, err := eventTimes(cal); err == nil {
		ci.Start, ci.End = s, e
	}
	return ci, nil
}

// withMethod returns the messages whose text/calendar part has METHOD method.
func withMethod(msgs []*message, method string) []*message {
	var out []*message
	for _, m := range msgs {
		for _, p := range m.calendarParts() {
			if p.ContentType == "text/calendar" && strings.EqualFold(p.Params["method"], method) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// kind is the X-Coffeechat-Kind header coffeechat puts on what it sends.
func (m *message) kind() string { return m.Header.Get("X-Coffeechat-Kind") }

func ofKind(msgs []*message, kind string) []*message {
	var out []*message
	for _, m := range msgs {
		if m.kind() == kind {
			out = append(out, m)
		}
	}
	return out
}

// msgID returns m's Message-ID without angle brackets.
func (m *message) msgID() string {
	return strings.Trim(strings.TrimSpace(m.Header.Get("Message-ID")), "<>")
}

// ownerReply is a plain-text reply from the owner to a coffeechat email.
func ownerReply(t testing.TB, inReplyTo, subject, body string) []byte {
	t.Helper()
	// A raw UTF-8 subject would need SMTPUTF8, which Postfix's LMTP leg
	// does not offer: encode it as a mail client does.
	return fmt.Appendf(nil, "From: Olive Owner <%s>\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <reply-%s@mail.example.test>\r\nIn-Reply-To: <%s>\r\nReferences: <%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
		ownerAddr, chatsAddr, mime.QEncoding.Encode("utf-8", "Re: "+subject), time.Now().Format(time.RFC1123Z), randomToken(t), inReplyTo, inReplyTo,
		strings.ReplaceAll(body, "\n", "\r\n"))
}

// dbSummary describes the outbox and the meetings for failure messages.
func dbSummary(db *sql.DB) string {
	var b strings.Builder
	row := func(q string) string {
		var n int
		if err := db.QueryRow(q).Scan(&n); err != nil {
			return "?(" + err.Error() + ")"
		}
		return strconv.Itoa(n)
	}
	fmt.Fprintf(&b, "meetings=%s outbox=%s unsent=%s failed=%s seen=%s",
		row(`SELECT COUNT(*) FROM meetings`), row(`SELECT COUNT(*) FROM outbox`),
		row(`SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL`),
		row(`SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL`),
		row(`SELECT COUNT(*) FROM messages_seen`))
	return b.String()
}

// mailboxCount is the number of messages in user's folder (IMAP STATUS).
func mailboxCount(t testing.TB, user, folder string) int {
	t.Helper()
	c := dialIMAP(t, user)
	st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatalf("STATUS %s of %s: %v", folder, user, err)
	}
	if st.NumMessages == nil {
		t.Fatalf("STATUS %s of %s: no MESSAGES", folder, user)
	}
	return int(*st.NumMessages)
}

// waitCount waits until user's folder holds at least n messages.
func waitCount(t testing.TB, user, folder string, n int, timeout time.Duration) {
	t.Helper()
	c := dialIMAP(t, user)
	deadline := time.Now().Add(timeout)
	for {
		st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
		if err != nil {
			t.Fatalf("STATUS %s of %s: %v", folder, user, err)
		}
		if st.NumMessages != nil && int(*st.NumMessages) >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v, %s of %s holds %v messages, want %d", timeout, folder, user, st.NumMessages, n)
		}
		time.Sleep(pollInterval)
	}
}

// tally counts m's calendar messages by "METHOD/SEQUENCE" and fails t when
// two carry the same Message-ID (a raw duplicate).
func tally(t testing.TB, msgs []*message) map[string]int {
	t.Helper()
	out := map[string]int{}
	ids := map[string]bool{}
	for _, m := range msgs {
		if len(m.calendarParts()) == 0 {
			continue
		}
		ci, err := calendarInfo(m)
		if err != nil {
			t.Fatalf("%v", err)
		}
		if ids[m.msgID()] {
			t.Errorf("Message-ID %s arrived twice", m.msgID())
		}
		ids[m.msgID()] = true
		out[fmt.Sprintf("%s/%d", ci.Method, ci.Sequence)]++
	}
	return out
}

// resetConnections listens on addr for d and resets every connection it
// accepts (RST after 100 ms, no greeting); it returns how many it reset.
func resetConnections(t testing.TB, addr string, d time.Duration) int {
	t.Helper()
	// The port refuses connections once Dovecot's master has closed it,
	// but a login process that inherited the socket may hold it a moment
	// longer (seen on a loaded machine): bind may need a few tries.
	var l net.Listener
	var err error
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if l, err = net.Listen("tcp", addr); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		t.Fatalf("listen on %s (Dovecot's port, while it is down): %v", addr, err)
	}
	n := 0
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			n++
			// Reset once the client is past connect() and waits for the
			// greeting; an RST racing the handshake fails the dial itself.
			time.Sleep(100 * time.Millisecond)
			if tc, ok := c.(*net.TCPConn); ok {
				tc.SetLinger(0) // Close sends RST
			}
			c.Close()
		}
	}()
	time.Sleep(d)
	l.Close()
	<-done
	return n
}
