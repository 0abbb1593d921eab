package mailbox

import (
	"context"
	"crypto/tls"
	"io"
	"log"
	"net"
	"slices"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"github.com/coffeechat/coffeechat/mail/mailtest"
)

// testCert is mailtest.Cert.
func testCert(t *testing.T) (tls.Certificate, string) { return mailtest.Cert(t) }

// startTLSServers serves one in-memory user over STARTTLS and over
// implicit TLS (mailtest is plaintext only) and returns both ports.
func startTLSServers(t *testing.T, cert tls.Certificate) (startTLSPort, implicitPort string) {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(user, password)
	for _, f := range []string{"INBOX", "Drafts"} {
		if err := u.Create(f, nil); err != nil {
			t.Fatal(err)
		}
	}
	mem.AddUser(u)
	tlsCfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:      imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		TLSConfig: tlsCfg, // STARTTLS; LOGIN only after it
		Logger:    log.New(io.Discard, "", 0),
	})
	t.Cleanup(func() { srv.Close() })
	ln1, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln2, err := tls.Listen("tcp", "127.0.0.1:0", tlsCfg)
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln1)
	go srv.Serve(ln2)
	_, p1, _ := net.SplitHostPort(ln1.Addr().String())
	_, p2, _ := net.SplitHostPort(ln2.Addr().String())
	return p1, p2
}

func TestWatcher_TLS(t *testing.T) {
	cert, caFile := testCert(t)
	stls, implicit := startTLSServers(t, cert)
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{"starttls with ca file", Config{Addr: "localhost:" + stls, TLS: "starttls", CAFile: caFile}, false},
		{"implicit tls with ca file", Config{Addr: "127.0.0.1:" + implicit, TLS: "tls", CAFile: caFile}, false},
		{"implicit tls, loopback insecure", Config{Addr: "127.0.0.1:" + implicit, TLS: "tls", InsecureSkipVerify: true}, false},
		{"starttls without the ca", Config{Addr: "localhost:" + stls, TLS: "starttls"}, true},
		{"implicit tls without the ca", Config{Addr: "localhost:" + implicit, TLS: "tls"}, true},
		{"plaintext login refused", Config{Addr: "localhost:" + stls, TLS: "none"}, true},
	}
	uid := uint32(0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			cfg.Username, cfg.Password, cfg.Drafts = user, password, "Drafts"
			cfg.BackoffMin, cfg.BackoffMax = 10*time.Millisecond, 50*time.Millisecond
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			err := Append(ctx, cfg, "INBOX", reply(1), nil)
			if tt.wantErr {
				if err == nil {
					t.Fatal("Append succeeded, want error")
				}
				// Run gives up too rather than retrying a setup problem.
				if err := New(cfg, newHandler(), nil).Run(ctx); err == nil || ctx.Err() != nil {
					t.Errorf("Run = %v (ctx %v), want a prompt permanent error", err, ctx.Err())
				}
				return
			}
			if err != nil {
				t.Fatalf("Append: %v", err)
			}
			uid++
			h := newHandler()
			h.cp = Checkpoint{UIDValidity: 1, UID: uid - 1}
			cfg.Processed, cfg.Quarantine = "", ""
			if err := New(cfg, h, nil).Once(ctx); err != nil {
				t.Fatalf("Once: %v", err)
			}
			if got := h.uids(); !slices.Equal(got, []uint32{uid}) {
				t.Errorf("handled %v, want [%d]", got, uid)
			}
		})
	}
}
