package mailbox

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/coffeechat/coffeechat/mail/mailtest"
)

const (
	user     = "coffee@example.org"
	password = "s3cret-pass-XYZ"
)

var replyTmpl = func() string {
	b, err := os.ReadFile("testdata/reply.eml.tmpl")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

func reply(n int) []byte { return []byte(fmt.Sprintf(replyTmpl, n)) }

// fakeHandler records calls and keeps its checkpoint in memory.
type fakeHandler struct {
	mu      sync.Mutex
	cp      Checkpoint
	calls   []Fetched
	cpCalls int
	action  func(*Fetched) Action // nil: Processed
	fail    func(*Fetched) error  // nil: never
	handled chan uint32
}

func newHandler() *fakeHandler { return &fakeHandler{handled: make(chan uint32, 1000)} }

func (h *fakeHandler) Checkpoint(context.Context) (Checkpoint, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.cpCalls++
	return h.cp, nil
}

func (h *fakeHandler) Handle(_ context.Context, m *Fetched) (Action, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.fail != nil {
		if err := h.fail(m); err != nil {
			return 0, err
		}
	}
	h.calls = append(h.calls, *m)
	h.cp = Checkpoint{UIDValidity: m.UIDValidity, UID: m.UID}
	a := Processed
	if h.action != nil {
		a = h.action(m)
	}
	h.handled <- m.UID
	return a, nil
}

func (h *fakeHandler) uids() []uint32 {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []uint32
	for _, c := range h.calls {
		out = append(out, c.UID)
	}
	return out
}

func (h *fakeHandler) checkpoint() Checkpoint {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.cp
}

// waitHandled waits for the next n Handle calls and returns their UIDs.
func (h *fakeHandler) waitHandled(t *testing.T, n int, within time.Duration) []uint32 {
	t.Helper()
	deadline := time.After(within)
	var got []uint32
	for len(got) < n {
		select {
		case uid := <-h.handled:
			got = append(got, uid)
		case <-deadline:
			t.Fatalf("handled %v within %v, want %d messages", got, within, n)
		}
	}
	return got
}

func newServer(t *testing.T, opts mailtest.Options) *mailtest.Server {
	t.Helper()
	if opts.Users == nil {
		opts.Users = map[string]string{user: password}
	}
	return mailtest.New(t, opts)
}

func testConfig(srv *mailtest.Server) Config {
	return Config{
		Addr: srv.IMAPAddr, TLS: "none", Username: user, Password: password,
		Processed: "Processed", Quarantine: "Quarantine", Drafts: "Drafts",
		IdleRestart: time.Hour, BackoffMin: 20 * time.Millisecond, BackoffMax: 200 * time.Millisecond,
	}
}

func deliver(t *testing.T, srv *mailtest.Server, from, to int) {
	t.Helper()
	for i := from; i <= to; i++ {
		if err := srv.Deliver(user, "INBOX", reply(i)); err != nil {
			t.Fatalf("Deliver %d: %v", i, err)
		}
	}
}

// startRun runs w.Run until the test ends; the returned channel yields
// Run's result.
func startRun(t *testing.T, w *Watcher) (context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		done <- w.Run(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-finished:
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after cancel")
		}
	})
	return cancel, done
}

func messages(t *testing.T, srv *mailtest.Server, mailbox string) []mailtest.Message {
	t.Helper()
	msgs, err := srv.MessagesWithFlags(user, mailbox)
	if err != nil {
		t.Fatalf("Messages(%s): %v", mailbox, err)
	}
	return msgs
}

// waitCount polls mailbox until it holds n messages.
func waitCount(t *testing.T, srv *mailtest.Server, mailbox string, n int) []mailtest.Message {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		msgs := messages(t, srv, mailbox)
		if len(msgs) == n {
			return msgs
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s has %d messages, want %d", mailbox, len(msgs), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func uidValidity(t *testing.T, srv *mailtest.Server, mailbox string) uint32 {
	t.Helper()
	c, err := imapclient.DialInsecure(srv.IMAPAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user, password).Wait(); err != nil {
		t.Fatal(err)
	}
	st, err := c.Status(mailbox, &imap.StatusOptions{UIDValidity: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return st.UIDValidity
}

func hasFlag(m mailtest.Message, flag string) bool {
	return slices.ContainsFunc(m.Flags, func(f string) bool { return strings.EqualFold(f, flag) })
}

func seq(from, to uint32) []uint32 {
	var s []uint32
	for i := from; i <= to; i++ {
		s = append(s, i)
	}
	return s
}

func TestWatcher_catchUpBacklog(t *testing.T) {
	const n = 120 // more than two fetch batches
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, n)
	// The watcher goes on logging (IDLE) while the test reads the log.
	logs := &syncWriter{w: &bytes.Buffer{}}
	var mu sync.Mutex
	var progress []Progress
	cfg := testConfig(srv)
	cfg.OnProgress = func(p Progress) {
		mu.Lock()
		progress = append(progress, p)
		mu.Unlock()
	}
	h := newHandler()
	w := New(cfg, h, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	startRun(t, w)

	got := h.waitHandled(t, n, 10*time.Second)
	if !slices.Equal(got, seq(1, n)) {
		t.Fatalf("handled UIDs %v, want 1..%d in order", got, n)
	}
	h.mu.Lock()
	for i, c := range h.calls {
		if !bytes.Equal(c.Raw, reply(i+1)) || c.TooLarge || c.Size != int64(len(reply(i+1))) || c.InternalDate.IsZero() {
			t.Errorf("call %d: raw %q size %d tooLarge %v date %v", i, c.Raw, c.Size, c.TooLarge, c.InternalDate)
		}
	}
	h.mu.Unlock()
	processed := waitCount(t, srv, "Processed", n)
	waitCount(t, srv, "INBOX", 0)
	for i, m := range processed {
		if !bytes.Equal(m.Raw, reply(i+1)) {
			t.Fatalf("Processed[%d] = %q, want message %d (order kept)", i, m.Raw, i+1)
		}
	}
	mu.Lock()
	if len(progress) == 0 || progress[len(progress)-1] != (Progress{Done: n, Total: n}) {
		t.Errorf("progress = %v, want it to end with {%d %d}", progress, n, n)
	}
	if len(progress) > 12 {
		t.Errorf("progress reported %d times for one quick backlog, want at most every 10%%", len(progress))
	}
	mu.Unlock()
	out := logs.String()
	if !strings.Contains(out, "catch-up") {
		t.Errorf("log lacks catch-up progress:\n%s", out)
	}
	if strings.Contains(out, password) {
		t.Errorf("password in log:\n%s", out)
	}
}

type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}

func TestWatcher_idleDelivery(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	h := newHandler()
	deliver(t, srv, 1, 1)
	startRun(t, New(testConfig(srv), h, nil))
	h.waitHandled(t, 1, 5*time.Second)
	for i := 2; i <= 4; i++ {
		deliver(t, srv, i, i)
		start := time.Now()
		got := h.waitHandled(t, 1, time.Second) // IdleRestart is an hour: only IDLE can wake it
		if got[0] != uint32(i) {
			t.Fatalf("handled UID %d, want %d", got[0], i)
		}
		t.Logf("message %d handled %v after delivery", i, time.Since(start))
	}
	waitCount(t, srv, "Processed", 4)
}

func TestWatcher_checkpointResume(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 4)
	h := newHandler()
	h.cp = Checkpoint{UIDValidity: uidValidity(t, srv, "INBOX"), UID: 2}
	if err := New(testConfig(srv), h, nil).Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	if got := h.uids(); !slices.Equal(got, []uint32{3, 4}) {
		t.Errorf("handled %v, want [3 4]", got)
	}
	if n := len(messages(t, srv, "INBOX")); n != 0 {
		t.Errorf("INBOX has %d messages, want 0", n)
	}
	processed := messages(t, srv, "Processed")
	if len(processed) != 4 {
		t.Fatalf("Processed has %d messages, want 4 (1-2 filed without Handle)", len(processed))
	}
	for i, m := range processed {
		if !bytes.Equal(m.Raw, reply(i+1)) {
			t.Errorf("Processed[%d] is not message %d", i, i+1)
		}
	}
	if cp := h.checkpoint(); cp.UID != 4 {
		t.Errorf("checkpoint %v, want UID 4", cp)
	}
}

func TestWatcher_uidValidityChange(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 3)
	h := newHandler()
	v := uidValidity(t, srv, "INBOX")
	h.cp = Checkpoint{UIDValidity: v + 100, UID: 3}
	if err := New(testConfig(srv), h, nil).Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2, 3}) {
		t.Errorf("handled %v, want [1 2 3]", got)
	}
	if cp := h.checkpoint(); cp != (Checkpoint{UIDValidity: v, UID: 3}) {
		t.Errorf("checkpoint %v, want {%d 3}", cp, v)
	}
}

func TestWatcher_actions(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 4)
	h := newHandler()
	h.action = func(m *Fetched) Action { return []Action{Processed, Quarantine, Keep, Sent}[m.UID-1] }
	cfg := testConfig(srv)
	cfg.Sent = "Sent"
	w := New(cfg, h, nil)
	if err := w.Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	check := func(mailbox string, want ...int) []mailtest.Message {
		t.Helper()
		msgs := messages(t, srv, mailbox)
		if len(msgs) != len(want) {
			t.Fatalf("%s has %d messages, want %d", mailbox, len(msgs), len(want))
		}
		for i, m := range msgs {
			if !bytes.Equal(m.Raw, reply(want[i])) {
				t.Errorf("%s[%d] is not message %d", mailbox, i, want[i])
			}
		}
		return msgs
	}
	check("Processed", 1)
	check("Quarantine", 2)
	check("Sent", 4)
	inbox := check("INBOX", 3)
	if !hasFlag(inbox[0], "$coffeechat-kept") {
		t.Errorf("kept message flags %v, want $coffeechat-kept", inbox[0].Flags)
	}
	// A second pass neither handles nor files the kept message.
	h.action = nil
	if err := w.Once(context.Background()); err != nil {
		t.Fatalf("second Once: %v", err)
	}
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2, 3, 4}) {
		t.Errorf("handled %v after second pass, want [1 2 3 4]", got)
	}
	check("INBOX", 3)
}

// refiler is a handler that says where leftovers go.
type refiler struct {
	*fakeHandler
	where map[uint32]Action
}

func (r refiler) Refile(_ context.Context, _ uint32, uids []uint32) (map[uint32]Action, error) {
	out := map[uint32]Action{}
	for _, u := range uids {
		if a, ok := r.where[u]; ok {
			out[u] = a
		}
	}
	return out, nil
}

// Messages handled before a restart but never moved (the watcher stopped
// between the commit and the MOVE) go where the handler says they belong,
// not all to the processed folder.
func TestWatcher_leftoversRefiled(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 4)
	h := refiler{fakeHandler: newHandler(), where: map[uint32]Action{2: Quarantine, 3: Sent}}
	h.cp = Checkpoint{UIDValidity: uidValidity(t, srv, "INBOX"), UID: 4}
	cfg := testConfig(srv)
	cfg.Sent = "Sent"
	if err := New(cfg, h, nil).Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	if got := h.uids(); len(got) != 0 {
		t.Errorf("handled %v again, want none (all at or below the checkpoint)", got)
	}
	for folder, want := range map[string][]int{"Processed": {1, 4}, "Quarantine": {2}, "Sent": {3}, "INBOX": nil} {
		msgs := messages(t, srv, folder)
		if len(msgs) != len(want) {
			t.Errorf("%s has %d messages, want %v", folder, len(msgs), want)
			continue
		}
		for i, m := range msgs {
			if !bytes.Equal(m.Raw, reply(want[i])) {
				t.Errorf("%s[%d] is not message %d", folder, i, want[i])
			}
		}
	}
}

func TestFindMessageIDs(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 2)
	cfg := testConfig(srv)
	ids := []string{}
	for _, m := range messages(t, srv, "INBOX") {
		_, after, _ := strings.Cut(string(m.Raw), "Message-ID: <")
		id, _, _ := strings.Cut(after, ">")
		ids = append(ids, id)
	}
	if len(ids) != 2 || ids[0] == "" {
		t.Fatalf("test messages' Message-IDs: %q", ids)
	}
	found, err := FindMessageIDs(context.Background(), cfg, []string{"INBOX", "NoSuchFolder"}, []string{ids[1], "absent@example.org", ids[0][1:]})
	if err != nil {
		t.Fatalf("FindMessageIDs: %v", err)
	}
	if !found[ids[1]] || found["absent@example.org"] || found[ids[0][1:]] || len(found) != 1 {
		t.Errorf("found %v, want only %q (a substring of another id must not match)", found, ids[1])
	}
}

func TestWatcher_flagsWithoutFolders(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 2)
	h := newHandler()
	h.action = func(m *Fetched) Action { return []Action{Processed, Quarantine}[m.UID-1] }
	cfg := testConfig(srv)
	cfg.Processed, cfg.Quarantine = "", ""
	w := New(cfg, h, nil)
	if err := w.Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	inbox := messages(t, srv, "INBOX")
	if len(inbox) != 2 {
		t.Fatalf("INBOX has %d messages, want 2 left in place", len(inbox))
	}
	if !hasFlag(inbox[0], "$coffeechat-done") || !hasFlag(inbox[1], "$coffeechat-quarantine") {
		t.Errorf("flags %v, %v; want $coffeechat-done, $coffeechat-quarantine", inbox[0].Flags, inbox[1].Flags)
	}
	if err := w.Once(context.Background()); err != nil {
		t.Fatalf("second Once: %v", err)
	}
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2}) {
		t.Errorf("handled %v, want [1 2] (nothing twice)", got)
	}
}

func TestWatcher_tooLarge(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	big := append(reply(2), bytes.Repeat([]byte("0123456789abcdef\r\n"), 500)...)
	deliver(t, srv, 1, 1)
	if err := srv.Deliver(user, "INBOX", big); err != nil {
		t.Fatal(err)
	}
	deliver(t, srv, 3, 3)
	h := newHandler()
	cfg := testConfig(srv)
	cfg.MaxSize = 1000
	if err := New(cfg, h, nil).Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	if len(h.calls) != 3 {
		t.Fatalf("handled %v, want 3 messages", h.uids())
	}
	for i, c := range h.calls {
		wantLarge := i == 1
		if c.TooLarge != wantLarge || (c.Raw == nil) != wantLarge {
			t.Errorf("UID %d: TooLarge=%v Raw nil=%v, want TooLarge=%v", c.UID, c.TooLarge, c.Raw == nil, wantLarge)
		}
	}
	if h.calls[1].Size != int64(len(big)) {
		t.Errorf("size of large message = %d, want %d", h.calls[1].Size, len(big))
	}
	// Its sender and subject come from the envelope, for the owner's notice.
	if c := h.calls[1]; c.From != "contact@example.com" || c.Subject != "Re: coffee chat 2" {
		t.Errorf("large message From %q Subject %q, want contact@example.com, \"Re: coffee chat 2\"", c.From, c.Subject)
	}
	for _, i := range []int{0, 2} {
		if c := h.calls[i]; c.From != "" || c.Subject != "" {
			t.Errorf("UID %d (not too large): From %q Subject %q, want none (the daemon reads the message)", c.UID, c.From, c.Subject)
		}
	}

	// A batch of only large messages, with an encoded subject.
	srv2 := newServer(t, mailtest.Options{})
	enc := strings.Replace(string(big), "Subject: Re: coffee chat 2", "Subject: =?UTF-8?B?"+base64.StdEncoding.EncodeToString([]byte("Café résumé"))+"?=", 1)
	if err := srv2.Deliver(user, "INBOX", []byte(enc)); err != nil {
		t.Fatal(err)
	}
	h2 := newHandler()
	cfg2 := testConfig(srv2)
	cfg2.MaxSize = 1000
	if err := New(cfg2, h2, nil).Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	if len(h2.calls) != 1 || !h2.calls[0].TooLarge || h2.calls[0].Subject != "Café résumé" || h2.calls[0].From != "contact@example.com" {
		t.Errorf("large message alone: %+v", h2.calls)
	}
	waitCount(t, srv, "Processed", 3)
}

func TestWatcher_reconnect(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	h := newHandler()
	deliver(t, srv, 1, 1)
	startRun(t, New(testConfig(srv), h, nil))
	h.waitHandled(t, 1, 5*time.Second)
	waitCount(t, srv, "Processed", 1)

	srv.StopIMAP()
	deliver(t, srv, 2, 2) // arrives while the watcher cannot see it
	if err := srv.StartIMAP(); err != nil {
		t.Fatalf("StartIMAP: %v", err)
	}
	if got := h.waitHandled(t, 1, 5*time.Second); got[0] != 2 {
		t.Fatalf("handled UID %d after reconnect, want 2", got[0])
	}
	// And the new session idles: a later message is handled promptly.
	deliver(t, srv, 3, 3)
	if got := h.waitHandled(t, 1, 2*time.Second); got[0] != 3 {
		t.Fatalf("handled UID %d, want 3", got[0])
	}
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2, 3}) {
		t.Errorf("handled %v, want [1 2 3] (nothing twice)", got)
	}
	waitCount(t, srv, "Processed", 3)
}

func TestWatcher_handleErrorRetries(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 3)
	h := newHandler()
	failures := 2
	h.fail = func(m *Fetched) error {
		if m.UID == 2 && failures > 0 {
			failures--
			return errors.New("database is locked")
		}
		return nil
	}
	startRun(t, New(testConfig(srv), h, nil))
	h.waitHandled(t, 3, 5*time.Second)
	if got := h.uids(); !slices.Equal(got, []uint32{1, 2, 3}) {
		t.Errorf("handled %v, want [1 2 3]", got)
	}
	waitCount(t, srv, "Processed", 3)
}

func TestWatcher_withoutMove(t *testing.T) {
	srv := newServer(t, mailtest.Options{IMAP4rev1Only: true})
	deliver(t, srv, 1, 3)
	h := newHandler()
	if err := New(testConfig(srv), h, nil).Once(context.Background()); err != nil {
		t.Fatalf("Once: %v", err)
	}
	if n := len(messages(t, srv, "INBOX")); n != 0 {
		t.Errorf("INBOX has %d messages after COPY+EXPUNGE, want 0", n)
	}
	if n := len(messages(t, srv, "Processed")); n != 3 {
		t.Errorf("Processed has %d messages, want 3", n)
	}
}

func TestWatcher_wrongPassword(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	cfg := testConfig(srv)
	cfg.Password = "wrong-password-123"
	var logs syncWriter
	logs.w = &bytes.Buffer{}
	w := New(cfg, newHandler(), slog.New(slog.NewTextHandler(&logs, nil)))
	_, done := startRun(t, w)
	select {
	case err := <-done:
		var ie *imap.Error
		if err == nil || !errors.As(err, &ie) {
			t.Fatalf("Run = %v, want an *imap.Error", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Run kept retrying a rejected login")
	}
	if strings.Contains(logs.String(), cfg.Password) {
		t.Errorf("password in log: %s", logs.String())
	}
	if err := New(cfg, newHandler(), nil).Once(context.Background()); err == nil {
		t.Error("Once with a wrong password succeeded")
	}
}

func TestWatcher_cancel(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, 1)
	h := newHandler()
	cancel, done := startRun(t, New(testConfig(srv), h, nil))
	h.waitHandled(t, 1, 5*time.Second)
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run after cancel = %v, want nil", err)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("Run took %v to return after cancel", d)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestWatcher_cancelWhileServerDown(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	srv.StopIMAP()
	cfg := testConfig(srv)
	cfg.BackoffMin, cfg.BackoffMax = time.Minute, time.Minute
	cancel, done := startRun(t, New(cfg, newHandler(), nil))
	time.Sleep(50 * time.Millisecond) // let it fail a dial and start waiting
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Run stuck in backoff after cancel")
	}
}

func TestAppend(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	raw := reply(7)
	if err := Append(context.Background(), testConfig(srv), "", raw, []string{string(imap.FlagDraft)}); err != nil {
		t.Fatalf("Append: %v", err)
	}
	drafts := messages(t, srv, "Drafts")
	if len(drafts) != 1 || !bytes.Equal(drafts[0].Raw, raw) {
		t.Fatalf("Drafts = %v, want the appended message", drafts)
	}
	if !hasFlag(drafts[0], `\Draft`) {
		t.Errorf("flags %v, want \\Draft", drafts[0].Flags)
	}
	if err := Append(context.Background(), testConfig(srv), "NoSuchFolder", raw, nil); err == nil {
		t.Error("Append to a missing folder succeeded")
	}
}

func TestConfigRejected(t *testing.T) {
	srv := newServer(t, mailtest.Options{})
	tests := []struct {
		name   string
		modify func(*Config)
	}{
		{"insecure remote", func(c *Config) { c.Addr = "imap.example.com:993"; c.TLS = "tls"; c.InsecureSkipVerify = true }},
		{"bad tls mode", func(c *Config) { c.TLS = "ssl" }},
		{"missing mailbox", func(c *Config) { c.Mailbox = "NoSuchMailbox" }},
		{"starttls not offered", func(c *Config) { c.TLS = "starttls" }},
	}
	for _, tt := range tests {
		cfg := testConfig(srv)
		tt.modify(&cfg)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := New(cfg, newHandler(), nil).Run(ctx)
		cancel()
		if err == nil {
			t.Errorf("%s: Run = nil, want a permanent error", tt.name)
		}
	}
}

// TestWatcher_pipelinedBatchFailure fails the handler once in the middle
// of the second batch, while the third batch's bodies are already asked for
// and the first batch's MOVE may be unanswered: the session must end
// cleanly, and the retry must handle each message once, in order, and file
// all of them.
func TestWatcher_pipelinedBatchFailure(t *testing.T) {
	const n = 130 // three fetch batches
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, n)
	h := newHandler()
	failed := false
	h.fail = func(m *Fetched) error {
		if m.UID == 75 && !failed {
			failed = true
			return errors.New("disk full")
		}
		return nil
	}
	cfg := testConfig(srv)
	startRun(t, New(cfg, h, nil))
	got := h.waitHandled(t, n, 15*time.Second)
	if !slices.Equal(got, seq(1, n)) {
		t.Fatalf("handled UIDs %v, want 1..%d each once, in order", got, n)
	}
	wantAllProcessed(t, srv, n)
}

// TestWatcher_pipelinedWithoutMove files several batches on a server
// without MOVE, where each filing is COPY + STORE + EXPUNGE in flight
// together with the next batch's FETCH.
func TestWatcher_pipelinedWithoutMove(t *testing.T) {
	const n = 110
	srv := newServer(t, mailtest.Options{IMAP4rev1Only: true})
	deliver(t, srv, 1, n)
	h := newHandler()
	startRun(t, New(testConfig(srv), h, nil))
	if got := h.waitHandled(t, n, 15*time.Second); !slices.Equal(got, seq(1, n)) {
		t.Fatalf("handled UIDs %v, want 1..%d in order", got, n)
	}
	waitCount(t, srv, "Processed", n)
	waitCount(t, srv, "INBOX", 0)
}

// batchHandler is a fakeHandler that takes batches (BatchHandler) and is
// told of them early (Preparer).
type batchHandler struct {
	*fakeHandler
	srv *mailtest.Server
	t   *testing.T

	bmu      sync.Mutex
	prepared map[*Fetched]bool
	batches  [][]uint32
	// early records messages found filed before their HandleBatch returned;
	// unprepared those HandleBatch got without Prepare having seen them.
	early, unprepared []uint32
	// failAt makes the HandleBatch holding this UID fail there once,
	// after committing the messages before it.
	failAt uint32
}

func (h *batchHandler) Prepare(ms []*Fetched) {
	h.bmu.Lock()
	defer h.bmu.Unlock()
	for _, m := range ms {
		h.prepared[m] = true
	}
}

func (h *batchHandler) HandleBatch(ctx context.Context, ms []*Fetched) ([]Action, error) {
	inbox := map[string]bool{}
	for _, m := range messages(h.t, h.srv, "INBOX") {
		inbox[string(m.Raw)] = true
	}
	h.bmu.Lock()
	var uids []uint32
	for _, m := range ms {
		uids = append(uids, m.UID)
		if !inbox[string(m.Raw)] {
			h.early = append(h.early, m.UID)
		}
		if !h.prepared[m] {
			h.unprepared = append(h.unprepared, m.UID)
		}
	}
	h.batches = append(h.batches, uids)
	failAt := h.failAt
	h.bmu.Unlock()
	var actions []Action
	for _, m := range ms {
		if m.UID == failAt {
			h.bmu.Lock()
			h.failAt = 0
			h.bmu.Unlock()
			return actions, errors.New("disk full")
		}
		a, err := h.Handle(ctx, m)
		if err != nil {
			return actions, err
		}
		actions = append(actions, a)
	}
	return actions, nil
}

// TestWatcher_batchHandler: a BatchHandler gets the backlog a fetch batch
// at a time, in order; nothing is filed before HandleBatch returns for it;
// a batch that fails part-way has its committed prefix filed and the rest
// handled on the retry, each message once; Prepare sees the later batches
// before HandleBatch does.
func TestWatcher_batchHandler(t *testing.T) {
	// Three fetch batches; the second fails half-way.
	const failAt = fetchBatch + fetchBatch/2
	const n = failAt + fetchBatch + 5
	srv := newServer(t, mailtest.Options{})
	deliver(t, srv, 1, n)
	h := &batchHandler{fakeHandler: newHandler(), srv: srv, t: t, prepared: map[*Fetched]bool{}, failAt: failAt}
	startRun(t, New(testConfig(srv), h, nil))
	if got := h.waitHandled(t, n, 15*time.Second); !slices.Equal(got, seq(1, n)) {
		t.Fatalf("handled UIDs %v, want 1..%d each once, in order", got, n)
	}
	wantAllProcessed(t, srv, n)
	h.bmu.Lock()
	defer h.bmu.Unlock()
	if len(h.early) > 0 {
		t.Errorf("messages %v were filed before HandleBatch returned for them", h.early)
	}
	want := [][]uint32{seq(1, fetchBatch), seq(fetchBatch+1, 2*fetchBatch), seq(failAt, failAt+fetchBatch-1), seq(failAt+fetchBatch, n)}
	if !slices.EqualFunc(h.batches, want, slices.Equal) {
		t.Errorf("batches %v, want %v (the failed one retried from UID %d)", h.batches, want, failAt)
	}
	if len(h.unprepared) > 0 {
		t.Errorf("messages %v reached HandleBatch without Prepare seeing them first", h.unprepared)
	}
}

// wantAllProcessed waits for messages 1..n to be in Processed, in order,
// and the inbox empty.
func wantAllProcessed(t *testing.T, srv *mailtest.Server, n int) {
	t.Helper()
	processed := waitCount(t, srv, "Processed", n)
	for i, m := range processed {
		if !bytes.Equal(m.Raw, reply(i+1)) {
			t.Fatalf("Processed[%d] = %q, want message %d", i, m.Raw, i+1)
		}
	}
	waitCount(t, srv, "INBOX", 0)
}
