package compose

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/coffeechat/coffeechat/mail/mailtest"
)

const (
	owner   = "owner@example.org"
	ownerPW = "owner-pw"
)

func built(t *testing.T, id string) []byte {
	t.Helper()
	m := baseMessage()
	m.MessageID = id
	m.To = []Address{{Name: "Owner", Email: owner}}
	raw, err := Build(m)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return raw
}

func newSenderT(t *testing.T, cfg SMTPConfig) *Sender {
	t.Helper()
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	s, err := NewSender(cfg)
	if err != nil {
		t.Fatalf("NewSender: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSender_mailtest(t *testing.T) {
	srv := mailtest.New(t, mailtest.Options{Users: map[string]string{owner: ownerPW}})
	s := newSenderT(t, SMTPConfig{Addr: srv.SMTPAddr, TLS: "none", Username: owner, Password: ownerPW, HELO: "test.local"})
	ctx := context.Background()
	raw1, raw2 := built(t, "one@coffeechat.test"), built(t, "two@coffeechat.test")
	if err := s.Send(ctx, "alice@example.org", []string{owner, "bob@example.org"}, raw1); err != nil {
		t.Fatalf("Send 1: %v", err)
	}
	if err := s.Send(ctx, "alice@example.org", []string{owner}, raw2); err != nil {
		t.Fatalf("Send 2: %v", err)
	}
	sent := srv.Sent()
	if len(sent) != 2 {
		t.Fatalf("server accepted %d messages, want 2", len(sent))
	}
	if !bytes.Equal(sent[0].Data, raw1) || !bytes.Equal(sent[1].Data, raw2) {
		t.Errorf("server got different bytes than built")
	}
	if sent[0].From != "alice@example.org" || strings.Join(sent[0].To, " ") != owner+" bob@example.org" {
		t.Errorf("envelope = %s -> %v", sent[0].From, sent[0].To)
	}
	if sent[0].Username != owner {
		t.Errorf("AUTH identity = %q, want %q", sent[0].Username, owner)
	}
	inbox, err := srv.Messages(owner, "INBOX")
	if err != nil || len(inbox) != 2 {
		t.Fatalf("owner INBOX = %d messages, %v; want 2", len(inbox), err)
	}
}

func TestSender_errors(t *testing.T) {
	srv := mailtest.New(t, mailtest.Options{})
	s := newSenderT(t, SMTPConfig{Addr: srv.SMTPAddr, TLS: "none"})
	ctx := context.Background()
	raw := built(t, "x@coffeechat.test")
	tests := []struct {
		name      string
		setup     func()
		rcpts     []string
		temporary bool
		mention   string // substring the error must contain
	}{
		{"451 is temporary", func() { srv.FailSMTP(451, 1) }, []string{"a@example.net"}, true, "451"},
		{"554 is permanent", func() { srv.FailSMTP(554, 1) }, []string{"a@example.net"}, false, "554"},
		{"refused recipient is permanent and named", func() { srv.RejectRcpt("bad@example.net", 550) },
			[]string{"a@example.net", "bad@example.net"}, false, "bad@example.net"},
		{"greylisted recipient is temporary", func() { srv.RejectRcpt("grey@example.net", 450) },
			[]string{"grey@example.net", "a@example.net"}, true, "grey@example.net"},
		{"one temporary, one permanent recipient is permanent", func() {
			srv.RejectRcpt("grey@example.net", 450)
			srv.RejectRcpt("bad@example.net", 550)
		}, []string{"grey@example.net", "bad@example.net"}, false, "bad@example.net"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.Sent())
			tt.setup()
			err := s.Send(ctx, "from@example.org", tt.rcpts, raw)
			var se *SendError
			if !errors.As(err, &se) {
				t.Fatalf("Send = %v, want a *SendError", err)
			}
			if se.Temporary != tt.temporary || IsTemporary(err) != tt.temporary {
				t.Errorf("Temporary = %v, want %v (err %v)", se.Temporary, tt.temporary, err)
			}
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("error %q does not mention %q", err, tt.mention)
			}
			if n := len(srv.Sent()); n != before {
				t.Errorf("server accepted a message despite the failure")
			}
			srv.RejectRcpt("bad@example.net", 0)
			srv.RejectRcpt("grey@example.net", 0)
			// The same Sender (and connection) works for the next message.
			if err := s.Send(ctx, "from@example.org", tt.rcpts, raw); err != nil {
				t.Fatalf("Send after failure: %v", err)
			}
		})
	}
}

func TestSender_connectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := newSenderT(t, SMTPConfig{Addr: addr, TLS: "none"})
	err = s.Send(context.Background(), "a@example.org", []string{"b@example.org"}, []byte("x\r\n"))
	if err == nil || !IsTemporary(err) {
		t.Fatalf("Send to a closed port = %v, want a temporary error", err)
	}
}

// recorder is a go-smtp backend that counts connections and records mail.
type recorder struct {
	mu       sync.Mutex
	sessions int
	msgs     []recorded
	block    chan struct{} // when set, Data waits on it
}

type recorded struct {
	from string
	to   []string
	data []byte
	tls  bool
	user string
}

type recSession struct {
	r    *recorder
	tls  bool
	user string
	from string
	to   []string
}

func (r *recorder) NewSession(c *smtp.Conn) (smtp.Session, error) {
	r.mu.Lock()
	r.sessions++
	r.mu.Unlock()
	_, isTLS := c.TLSConnectionState()
	return &recSession{r: r, tls: isTLS}, nil
}

func (r *recorder) snapshot() (int, []recorded) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sessions, append([]recorded(nil), r.msgs...)
}

func (s *recSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (s *recSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "u" || pass != "p" {
			return smtp.ErrAuthFailed
		}
		s.user = user
		return nil
	}), nil
}
func (s *recSession) Mail(from string, _ *smtp.MailOptions) error { s.from = from; return nil }
func (s *recSession) Rcpt(to string, _ *smtp.RcptOptions) error   { s.to = append(s.to, to); return nil }
func (s *recSession) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.r.mu.Lock()
	block := s.r.block
	s.r.mu.Unlock()
	if block != nil {
		<-block
	}
	s.r.mu.Lock()
	s.r.msgs = append(s.r.msgs, recorded{s.from, s.to, data, s.tls, s.user})
	s.r.mu.Unlock()
	return nil
}
func (s *recSession) Reset()        { s.from, s.to = "", nil }
func (s *recSession) Logout() error { return nil }

// testCert is mailtest.Cert.
func testCert(t *testing.T) (tls.Certificate, string) { return mailtest.Cert(t) }

// startSMTP serves r on 127.0.0.1 (on addr if not empty); implicit wraps the
// listener in TLS, otherwise cert (if any) enables STARTTLS.
func startSMTP(t *testing.T, r *recorder, addr string, cert *tls.Certificate, implicit bool) (*smtp.Server, string) {
	t.Helper()
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	var (
		ln  net.Listener
		err error
	)
	for range 50 {
		if ln, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	srv := smtp.NewServer(r)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	if cert != nil {
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*cert}}
		if implicit {
			ln = tls.NewListener(ln, srv.TLSConfig)
		}
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return srv, ln.Addr().String()
}

func TestSender_TLS(t *testing.T) {
	cert, caFile := testCert(t)
	startTLSRec, implicitRec, plainRec := &recorder{}, &recorder{}, &recorder{}
	_, startTLSAddr := startSMTP(t, startTLSRec, "", &cert, false)
	_, implicitAddr := startSMTP(t, implicitRec, "", &cert, true)
	_, plainAddr := startSMTP(t, plainRec, "", nil, false)
	port := func(a string) string { _, p, _ := net.SplitHostPort(a); return p }

	tests := []struct {
		name    string
		cfg     SMTPConfig
		rec     *recorder
		wantErr bool
		user    string
	}{
		{"starttls with ca file and auth", SMTPConfig{Addr: "localhost:" + port(startTLSAddr), TLS: "starttls",
			CAFile: caFile, Username: "u", Password: "p"}, startTLSRec, false, "u"},
		{"implicit tls with ca file", SMTPConfig{Addr: "localhost:" + port(implicitAddr), TLS: "tls", CAFile: caFile},
			implicitRec, false, ""},
		{"implicit tls with auth", SMTPConfig{Addr: "127.0.0.1:" + port(implicitAddr), TLS: "tls", CAFile: caFile,
			Username: "u", Password: "p"}, implicitRec, false, "u"},
		{"starttls, loopback insecure", SMTPConfig{Addr: startTLSAddr, TLS: "starttls", InsecureSkipVerify: true},
			startTLSRec, false, ""},
		{"starttls without the ca", SMTPConfig{Addr: "localhost:" + port(startTLSAddr), TLS: "starttls"},
			startTLSRec, true, ""},
		{"implicit tls without the ca", SMTPConfig{Addr: "localhost:" + port(implicitAddr), TLS: "tls"},
			implicitRec, true, ""},
		{"starttls required but not offered", SMTPConfig{Addr: plainAddr, TLS: "starttls"}, plainRec, true, ""},
		{"wrong password", SMTPConfig{Addr: "localhost:" + port(startTLSAddr), TLS: "starttls",
			CAFile: caFile, Username: "u", Password: "nope"}, startTLSRec, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSenderT(t, tt.cfg)
			_, before := tt.rec.snapshot()
			raw := built(t, "tls@coffeechat.test")
			err := s.Send(context.Background(), "a@example.org", []string{"b@example.org"}, raw)
			_, after := tt.rec.snapshot()
			if tt.wantErr {
				if err == nil {
					t.Fatal("Send succeeded, want error")
				}
				if IsTemporary(err) {
					t.Errorf("error %v is temporary; a TLS or auth setup problem will not fix itself", err)
				}
				if len(after) != len(before) {
					t.Error("message delivered despite error")
				}
				return
			}
			if err != nil {
				t.Fatalf("Send: %v", err)
			}
			if len(after) != len(before)+1 {
				t.Fatalf("server has %d messages, want %d", len(after), len(before)+1)
			}
			got := after[len(after)-1]
			if !got.tls || got.user != tt.user || !bytes.Equal(got.data, raw) {
				t.Errorf("server saw tls=%v user=%q same bytes=%v; want tls=true user=%q same bytes",
					got.tls, got.user, bytes.Equal(got.data, raw), tt.user)
			}
		})
	}
}

func TestNewSender_rejects(t *testing.T) {
	tests := []struct {
		name string
		cfg  SMTPConfig
	}{
		{"insecure for a remote host", SMTPConfig{Addr: "mail.example.com:587", TLS: "starttls", InsecureSkipVerify: true}},
		{"no port", SMTPConfig{Addr: "mail.example.com", TLS: "starttls"}},
		{"bad port", SMTPConfig{Addr: "mail.example.com:smtp", TLS: "starttls"}},
		{"unknown tls mode", SMTPConfig{Addr: "mail.example.com:587", TLS: "ssl"}},
		{"missing ca file", SMTPConfig{Addr: "mail.example.com:587", TLS: "tls", CAFile: "/nonexistent/ca.pem"}},
	}
	for _, tt := range tests {
		if _, err := NewSender(tt.cfg); err == nil {
			t.Errorf("%s: NewSender succeeded, want error", tt.name)
		}
	}
}

func TestSender_reusesAndRedials(t *testing.T) {
	rec := &recorder{}
	srv, addr := startSMTP(t, rec, "", nil, false)
	s := newSenderT(t, SMTPConfig{Addr: addr, TLS: "none"})
	ctx := context.Background()
	for i := range 3 {
		if err := s.Send(ctx, "a@example.org", []string{"b@example.org"}, built(t, "reuse@coffeechat.test")); err != nil {
			t.Fatalf("Send %d: %v", i, err)
		}
	}
	if n, msgs := rec.snapshot(); n != 1 || len(msgs) != 3 {
		t.Fatalf("sessions=%d messages=%d, want 1 connection for 3 messages", n, len(msgs))
	}

	// The server goes away and comes back on the same port: the next Send
	// notices the dead connection and dials again.
	srv.Close()
	startSMTP(t, rec, addr, nil, false)
	if err := s.Send(ctx, "a@example.org", []string{"b@example.org"}, built(t, "after@coffeechat.test")); err != nil {
		t.Fatalf("Send after server restart: %v", err)
	}
	if n, msgs := rec.snapshot(); n != 2 || len(msgs) != 4 {
		t.Fatalf("sessions=%d messages=%d, want 2 and 4", n, len(msgs))
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// silentServer accepts connections and never greets.
func silentServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		var conns []net.Conn
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns = append(conns, c)
		}
	}()
	return ln.Addr().String()
}

func TestSender_timeoutAndCancel(t *testing.T) {
	t.Run("silent server", func(t *testing.T) {
		addr := silentServer(t)
		s := newSenderT(t, SMTPConfig{Addr: addr, TLS: "none", Timeout: 300 * time.Millisecond})
		start := time.Now()
		err := s.Send(context.Background(), "a@example.org", []string{"b@example.org"}, []byte("x\r\n"))
		if err == nil || !IsTemporary(err) {
			t.Fatalf("Send = %v, want a temporary error", err)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Send took %v with a 300ms timeout", d)
		}
	})
	t.Run("cancel during data", func(t *testing.T) {
		rec := &recorder{block: make(chan struct{})}
		defer close(rec.block)
		_, addr := startSMTP(t, rec, "", nil, false)
		s := newSenderT(t, SMTPConfig{Addr: addr, TLS: "none", Timeout: time.Minute})
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		start := time.Now()
		err := s.Send(ctx, "a@example.org", []string{"b@example.org"}, built(t, "slow@coffeechat.test"))
		if err == nil || !IsTemporary(err) {
			t.Fatalf("Send = %v, want a temporary error", err)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Send returned %v after cancel", d)
		}
		// The server had every byte and may deliver it: the caller must
		// look before it sends again.
		if !MaybeSent(err) {
			t.Errorf("MaybeSent(%v) = false after the whole message was written", err)
		}
	})
	t.Run("silent server is not maybe-sent", func(t *testing.T) {
		addr := silentServer(t)
		s := newSenderT(t, SMTPConfig{Addr: addr, TLS: "none", Timeout: 200 * time.Millisecond})
		err := s.Send(context.Background(), "a@example.org", []string{"b@example.org"}, []byte("x\r\n"))
		if err == nil || MaybeSent(err) {
			t.Errorf("Send = %v (maybe sent %v), want an error that rules delivery out", err, MaybeSent(err))
		}
	})
}

// The copy to the dedicated address is a recipient the server may refuse
// without failing the send; the others still get the mail, once.
func TestSender_sendWithCopy(t *testing.T) {
	const copyTo = "chats@example.org"
	srv := mailtest.New(t, mailtest.Options{Users: map[string]string{owner: ownerPW, copyTo: ownerPW}})
	s := newSenderT(t, SMTPConfig{Addr: srv.SMTPAddr, TLS: "none"})
	ctx := context.Background()
	copied, err := s.SendWithCopy(ctx, copyTo, []string{owner}, copyTo, built(t, "c1@coffeechat.test"))
	if err != nil || !copied {
		t.Fatalf("SendWithCopy = %v, %v; want copied", copied, err)
	}
	srv.RejectRcpt(copyTo, 552)
	copied, err = s.SendWithCopy(ctx, copyTo, []string{owner}, copyTo, built(t, "c2@coffeechat.test"))
	if err != nil || copied {
		t.Fatalf("SendWithCopy with the copy refused = %v, %v; want sent, not copied", copied, err)
	}
	srv.RejectRcpt(copyTo, 0)
	srv.RejectRcpt(owner, 550)
	_, err = s.SendWithCopy(ctx, copyTo, []string{owner}, copyTo, built(t, "c3@coffeechat.test"))
	if err == nil || IsTemporary(err) || MaybeSent(err) {
		t.Fatalf("SendWithCopy with the real recipient refused = %v, want a permanent error, surely not sent", err)
	}
	if msgs, _ := srv.Messages(owner, "INBOX"); len(msgs) != 2 {
		t.Errorf("owner received %d messages, want 2", len(msgs))
	}
	if msgs, _ := srv.Messages(copyTo, "INBOX"); len(msgs) != 1 {
		t.Errorf("the copy address received %d messages, want 1 (the second was refused, the third not sent)", len(msgs))
	}
}
