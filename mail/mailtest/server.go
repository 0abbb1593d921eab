package mailtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Folders every user gets.
var Folders = []string{"INBOX", "Drafts", "Sent", "Archive", "Junk", "Trash"}

// quietLogger drops the servers' own error logs (mostly "connection reset"
// when a test closes a client), which would only clutter test output.
var quietLogger = log.New(io.Discard, "", 0)

// Start starts both servers on 127.0.0.1 with fresh ports.
func Start(opts Options) (*Server, error) {
	s := &Server{
		opts:       opts,
		mem:        imapmemserver.New(),
		users:      make(map[string]*user),
		sentNotify: make(chan struct{}),
		rejectRcpt: make(map[string]int),
	}
	for addr, pw := range opts.Users {
		if err := s.AddUser(addr, pw); err != nil {
			return nil, err
		}
	}

	// Backdoor IMAP server for Messages.
	bln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen imap backdoor: %w", err)
	}
	s.backdoor = s.newIMAPServer()
	s.backdoorAddr = bln.Addr().String()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		_ = s.backdoor.Serve(bln)
	}()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.backdoor.Close()
		return nil, fmt.Errorf("listen imap: %w", err)
	}
	s.IMAPAddr = ln.Addr().String()
	s.serveIMAP(ln)

	sln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("listen smtp: %w", err)
	}
	s.SMTPAddr = sln.Addr().String()
	srv := smtp.NewServer(smtp.BackendFunc(s.newSMTPSession))
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.MaxMessageBytes = 64 << 20
	srv.ReadTimeout = time.Minute
	srv.WriteTimeout = time.Minute
	srv.ErrorLog = quietLogger
	s.smtp = srv
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		_ = srv.Serve(sln)
	}()
	return s, nil
}

// New starts a Server for a test and closes it when the test ends.
func New(tb testing.TB, opts Options) *Server {
	tb.Helper()
	s, err := Start(opts)
	if err != nil {
		tb.Fatalf("mailtest.Start: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// Close stops both servers and closes every connection.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	srv, done := s.imap, s.imapDone
	s.imap = nil
	s.mu.Unlock()

	var errs []error
	if srv != nil {
		if err := srv.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close imap: %w", err))
		}
		<-done
	}
	if s.backdoor != nil {
		if err := s.backdoor.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close imap backdoor: %w", err))
		}
	}
	if s.smtp != nil {
		if err := s.smtp.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
			errs = append(errs, fmt.Errorf("close smtp: %w", err))
		}
	}
	s.wg.Wait()
	return errors.Join(errs...)
}

func (s *Server) newIMAPServer() *imapserver.Server {
	caps := imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}
	if s.opts.IMAP4rev1Only {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIdle: {}}
	}
	return imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &session{s: s}, nil, nil
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       quietLogger,
	})
}

// serveIMAP serves the public IMAP listener; s.mu must not be held.
func (s *Server) serveIMAP(ln net.Listener) {
	srv := s.newIMAPServer()
	done := make(chan struct{})
	s.mu.Lock()
	s.imap, s.imapDone = srv, done
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer close(done)
		_ = srv.Serve(ln)
	}()
}

// StopIMAP closes the IMAP listener and every IMAP connection; the
// mailboxes stay. SMTP keeps running and keeps delivering.
func (s *Server) StopIMAP() {
	s.mu.Lock()
	srv, done := s.imap, s.imapDone
	s.imap = nil
	s.mu.Unlock()
	if srv == nil {
		return
	}
	srv.Close()
	<-done
}

// StartIMAP serves IMAP again on the same address and the same data.
func (s *Server) StartIMAP() error {
	s.mu.Lock()
	running, closed := s.imap != nil, s.closed
	s.mu.Unlock()
	if closed {
		return errors.New("mailtest: server closed")
	}
	if running {
		return nil
	}
	var (
		ln  net.Listener
		err error
	)
	// The port was just released; retry briefly in case the kernel has
	// not let go of it yet.
	for range 50 {
		ln, err = net.Listen("tcp", s.IMAPAddr)
		if err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		return fmt.Errorf("listen imap on %s: %w", s.IMAPAddr, err)
	}
	s.serveIMAP(ln)
	return nil
}

// AddUser adds a user with the standard folders. The address is the IMAP
// login name and the SMTP recipient that delivers to its INBOX.
func (s *Server) AddUser(addr, password string) error {
	key := strings.ToLower(addr)
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.users[key]; ok {
		return fmt.Errorf("mailtest: user %s exists", addr)
	}
	u := imapmemserver.NewUser(addr, password)
	for _, f := range Folders {
		if err := u.Create(f, nil); err != nil {
			return fmt.Errorf("create %s for %s: %w", f, addr, err)
		}
	}
	s.mem.AddUser(u)
	s.users[key] = &user{addr: addr, password: password, mem: u}
	return nil
}

func (s *Server) user(addr string) (*user, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.users[strings.ToLower(addr)]
	if u == nil {
		return nil, fmt.Errorf("mailtest: no user %s", addr)
	}
	return u, nil
}

// Deliver appends raw to mailbox of user, as another client's APPEND
// would: an IDLEing client selected on that mailbox is told at once.
func (s *Server) Deliver(addr, mailbox string, raw []byte) error {
	_, err := s.DeliverWithFlags(addr, mailbox, raw, nil)
	return err
}

// DeliverWithFlags is Deliver with flags; it returns the new UID.
func (s *Server) DeliverWithFlags(addr, mailbox string, raw []byte, flags []imap.Flag) (uint32, error) {
	u, err := s.user(addr)
	if err != nil {
		return 0, err
	}
	data, err := u.mem.Append(mailbox, bytes.NewReader(raw), &imap.AppendOptions{Flags: flags})
	if err != nil {
		return 0, fmt.Errorf("append to %s of %s: %w", mailbox, addr, err)
	}
	return uint32(data.UID), nil
}

// Message is a stored message as Messages returns it.
type Message struct {
	UID   uint32
	Flags []string // as the server reports them (keywords lower-cased)
	Raw   []byte
}

// Messages returns the raw messages of mailbox in UID order.
func (s *Server) Messages(addr, mailbox string) ([][]byte, error) {
	msgs, err := s.MessagesWithFlags(addr, mailbox)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(msgs))
	for i, m := range msgs {
		out[i] = m.Raw
	}
	return out, nil
}

// MessagesWithFlags returns the messages of mailbox with UIDs and flags,
// in UID order. It reads over IMAP (a listener that StopIMAP leaves alone).
func (s *Server) MessagesWithFlags(addr, mailbox string) ([]Message, error) {
	u, err := s.user(addr)
	if err != nil {
		return nil, err
	}
	c, err := imapclient.DialInsecure(s.backdoorAddr, nil)
	if err != nil {
		return nil, fmt.Errorf("dial imap: %w", err)
	}
	defer c.Close()
	if err := c.Login(u.addr, u.password).Wait(); err != nil {
		return nil, fmt.Errorf("login %s: %w", u.addr, err)
	}
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return nil, fmt.Errorf("select %s: %w", mailbox, err)
	}
	var out []Message
	if sel.NumMessages > 0 {
		var all imap.SeqSet
		all.AddRange(1, 0)
		body := &imap.FetchItemBodySection{Peek: true}
		msgs, err := c.Fetch(all, &imap.FetchOptions{
			UID: true, Flags: true, BodySection: []*imap.FetchItemBodySection{body},
		}).Collect()
		if err != nil {
			return nil, fmt.Errorf("fetch %s: %w", mailbox, err)
		}
		for _, m := range msgs {
			flags := make([]string, len(m.Flags))
			for i, f := range m.Flags {
				flags[i] = string(f)
			}
			out = append(out, Message{UID: uint32(m.UID), Flags: flags, Raw: m.FindBodySection(body)})
		}
	}
	slices.SortFunc(out, func(a, b Message) int { return int(a.UID) - int(b.UID) })
	_ = c.Logout().Wait()
	return out, nil
}

// Sent returns a copy of every message the SMTP server accepted.
func (s *Server) Sent() []Envelope {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.sent)
}

// WaitSent waits until at least n messages were accepted and returns them
// all, or returns ctx's error.
func (s *Server) WaitSent(ctx context.Context, n int) ([]Envelope, error) {
	for {
		s.mu.Lock()
		if len(s.sent) >= n {
			out := slices.Clone(s.sent)
			s.mu.Unlock()
			return out, nil
		}
		ch := s.sentNotify
		have := len(s.sent)
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %d sent messages, have %d: %w", n, have, ctx.Err())
		}
	}
}

// FailSMTP makes the next n mail transactions fail at MAIL FROM with code
// (e.g. 451 for a temporary, 554 for a permanent failure).
func (s *Server) FailSMTP(code, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failCode, s.failLeft = code, n
}

// RejectRcpt makes RCPT TO for addr fail with code until cleared with
// code 0.
func (s *Server) RejectRcpt(addr string, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if code == 0 {
		delete(s.rejectRcpt, strings.ToLower(addr))
		return
	}
	s.rejectRcpt[strings.ToLower(addr)] = code
}

func smtpErr(code int, msg string) *smtp.SMTPError {
	class := code / 100
	return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{class, 0, 0}, Message: msg}
}

type smtpSession struct {
	s        *Server
	username string
	from     string
	to       []string
}

func (s *Server) newSMTPSession(*smtp.Conn) (smtp.Session, error) {
	return &smtpSession{s: s}, nil
}

func (ss *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (ss *smtpSession) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if identity != "" && identity != username {
			return errors.New("identity differs from username")
		}
		u, err := ss.s.user(username)
		if err != nil || u.password != password {
			return smtp.ErrAuthFailed
		}
		ss.username = username
		return nil
	}), nil
}

func (ss *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	if ss.s.failLeft > 0 {
		ss.s.failLeft--
		return smtpErr(ss.s.failCode, "mailtest: failing as told")
	}
	ss.from = from
	return nil
}

func (ss *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.s.mu.Lock()
	code := ss.s.rejectRcpt[strings.ToLower(to)]
	ss.s.mu.Unlock()
	if code != 0 {
		return smtpErr(code, "mailtest: recipient rejected as told")
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *smtpSession) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read data: %w", err)
	}
	env := Envelope{From: ss.from, To: slices.Clone(ss.to), Data: data, At: time.Now(), Username: ss.username}
	for _, rcpt := range env.To {
		u, err := ss.s.user(rcpt)
		if err != nil {
			continue // not ours: only recorded, as a relay would pass it on
		}
		if _, err := u.mem.Append("INBOX", bytes.NewReader(data), &imap.AppendOptions{}); err != nil {
			return smtpErr(451, "mailtest: deliver to "+rcpt+": "+err.Error())
		}
	}
	ss.s.mu.Lock()
	ss.s.sent = append(ss.s.sent, env)
	close(ss.s.sentNotify)
	ss.s.sentNotify = make(chan struct{})
	ss.s.mu.Unlock()
	return nil
}

func (ss *smtpSession) Reset() {
	ss.from, ss.to = "", nil
}

func (ss *smtpSession) Logout() error { return nil }

// idlePoll bounds how late an update queued just before IDLE reaches the
// client; see idleSession.
const idlePoll = 200 * time.Millisecond

// session is imapmemserver's session with two changes: users come from
// Server.users, and Idle works around a race in imapmemserver: an update
// queued after the server wrote "+ idling" but before the session started
// listening (e.g. a Deliver right after a client entered IDLE) would only be
// flushed by the next update or command. Idle therefore polls, then idles
// in short rounds, polling again between them; Poll and Idle never overlap.
type session struct {
	*imapmemserver.UserSession // nil before LOGIN

	s *Server // immutable
}

var _ imapserver.SessionIMAP4rev2 = (*session)(nil)

func (sess *session) Login(username, password string) error {
	u, err := sess.s.user(username)
	if err != nil {
		return imapserver.ErrAuthFailed
	}
	if err := u.mem.Login(u.addr, password); err != nil {
		return err
	}
	sess.UserSession = imapmemserver.NewUserSession(u.mem)
	return nil
}

func (sess *session) Close() error {
	if sess.UserSession == nil {
		return nil
	}
	return sess.UserSession.Close()
}

func (sess *session) Idle(w *imapserver.UpdateWriter, stop <-chan struct{}) error {
	for {
		if err := sess.UserSession.Poll(w, true); err != nil {
			return err
		}
		round := make(chan struct{})
		t := time.AfterFunc(idlePoll, func() { close(round) })
		err := sess.UserSession.Idle(w, either(stop, round))
		t.Stop()
		if err != nil {
			return err
		}
		select {
		case <-stop:
			return nil
		default:
		}
	}
}

// either returns a channel closed once a or b is closed. The goroutine
// ends with the round: b is closed by its timer, or a by the server when
// the IDLE command ends.
func either(a, b <-chan struct{}) <-chan struct{} {
	c := make(chan struct{})
	go func() {
		select {
		case <-a:
		case <-b:
		}
		close(c)
	}()
	return c
}
