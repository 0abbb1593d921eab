package daemon_test

// BenchmarkOnceBacklog drives Daemon.Once over the benchmark backlog in a
// real Dovecot (bench/run.sh fills it), so `go test -cpuprofile` and
// `-memprofile` show where `coffeechat run --once` spends its time. It skips
// unless COFFEECHAT_BENCH=1 and the CCMAIL_* variables of a mail-up.sh
// instance are set. Each iteration moves the handled messages back from
// BenchDone into Bench and starts from an empty database, so -benchtime=10x
// is also the "10 backlog runs in one process" memory check: every
// iteration logs the heap after GC and the process's RSS.
//
//	COFFEECHAT_BENCH=1 COFFEECHAT_BENCH_SEND=discard go test -run '^$' \
//	  -bench OnceBacklog -benchtime 1x -cpuprofile cpu.out ./daemon

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/mail/mailbox"
	"github.com/coffeechat/coffeechat/mail/mailtls"
	"github.com/coffeechat/coffeechat/templates"
)

const (
	benchFolder = "Bench"
	benchDone   = "BenchDone"
	benchQuar   = "BenchQuarantine"
)

type countingSender struct{ n atomic.Int64 }

func (s *countingSender) Send(context.Context, string, []string, []byte) error {
	s.n.Add(1)
	return nil
}

func BenchmarkOnceBacklog(b *testing.B) {
	if os.Getenv("COFFEECHAT_BENCH") != "1" || os.Getenv("CCMAIL_IMAP_ADDR") == "" {
		b.Skip("COFFEECHAT_BENCH=1 and a mail-up.sh instance's CCMAIL_* variables are needed (bench/run.sh)")
	}
	ctx := context.Background()
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		b.Fatal(err)
	}
	av, err := calendar.ParseAvailability("Mon-Sun 00:00-23:59", loc)
	if err != nil {
		b.Fatal(err)
	}
	tmpl, err := templates.Load("")
	if err != nil {
		b.Fatal(err)
	}
	mcfg := mailbox.Config{Addr: os.Getenv("CCMAIL_IMAP_ADDR"), TLS: "starttls", Username: "chats@example.test",
		Password: os.Getenv("CCMAIL_PASSWORD"), CAFile: os.Getenv("CCMAIL_CA_FILE"),
		Mailbox: benchFolder, Processed: benchDone, Quarantine: benchQuar}
	var sender daemon.Sender
	discard := &countingSender{}
	if os.Getenv("COFFEECHAT_BENCH_SEND") == "discard" {
		sender = discard
	} else {
		s, err := compose.NewSender(compose.SMTPConfig{Addr: os.Getenv("CCMAIL_SUBMISSION_ADDR"), TLS: "starttls",
			Username: "chats@example.test", Password: os.Getenv("CCMAIL_PASSWORD"), CAFile: os.Getenv("CCMAIL_CA_FILE")})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		sender = s
	}
	restore(b, mcfg)
	total := count(b, mcfg, benchFolder)
	if total == 0 {
		b.Skip("the Bench folder is empty: fill it with bench/cmd/mkbacklog")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if i > 0 {
			restore(b, mcfg)
		}
		dir := b.TempDir()
		st, err := store.Open(ctx, filepath.Join(dir, "coffeechat.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		d, err := daemon.New(daemon.Config{
			OwnerName: "Olive Owner", OwnerEmail: "owner@example.test", OwnerAddresses: []string{"owner@example.test"},
			Dedicated: "chats@example.test", Location: loc, Availability: av, AvailabilitySpec: "Mon-Sun 00:00-23:59",
			DefaultDuration: 20 * time.Minute, ContactInvites: "after-owner-accepts", ThankYouMode: "auto",
			ThankYouNextMorning: true, SummaryDay: time.Monday, SummaryMinute: 8 * 60,
			PrepBrief: 24 * time.Hour, NotesPromptDelay: 10 * time.Minute, NudgeAfter: 7 * 24 * time.Hour,
			DeferDefault: 30 * 24 * time.Hour, Mailbox: mcfg, Limits: mail.Options{Location: loc},
		}, daemon.Deps{Store: st, Templates: tmpl, Sender: sender})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if err := d.Once(ctx); err != nil {
			b.Fatal(err)
		}
		el := time.Since(start)
		b.StopTimer()
		var meetings int
		if err := st.View(ctx, func(tx *store.Tx) error {
			rows, err := tx.ListMeetings(ctx, store.MeetingFilter{})
			meetings = len(rows)
			return err
		}); err != nil {
			b.Fatal(err)
		}
		st.Close()
		if meetings != int(total) {
			b.Errorf("run %d: %d meetings from %d messages", i, meetings, total)
		}
		runtime.GC()
		debug.FreeOSMemory()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		b.Logf("run %d: %d messages in %v (%.0f/s), %d meetings; heap after GC %.1f MB, RSS %.1f MB, peak RSS %.1f MB",
			i, total, el.Round(time.Millisecond), float64(total)/el.Seconds(), meetings,
			float64(ms.HeapAlloc)/(1<<20), procKB("VmRSS")/1024, procKB("VmHWM")/1024)
		b.StartTimer()
	}
	b.ReportMetric(float64(total)*float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// procKB reads a "Vm..." line of /proc/self/status, in kB.
func procKB(field string) float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			f, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return f
		}
	}
	return 0
}

func dialBench(b *testing.B, cfg mailbox.Config) *imapclient.Client {
	b.Helper()
	tc, err := mailtls.Config("localhost", cfg.CAFile, false)
	if err != nil {
		b.Fatal(err)
	}
	c, err := imapclient.DialStartTLS(cfg.Addr, &imapclient.Options{TLSConfig: tc})
	if err != nil {
		b.Fatal(err)
	}
	if err := c.Login(cfg.Username, cfg.Password).Wait(); err != nil {
		b.Fatal(err)
	}
	return c
}

// restore moves the handled (and quarantined) messages back into Bench.
func restore(b *testing.B, cfg mailbox.Config) {
	b.Helper()
	c := dialBench(b, cfg)
	defer c.Close()
	for _, f := range []string{benchDone, benchQuar} {
		sel, err := c.Select(f, nil).Wait()
		if err != nil {
			continue // not created yet
		}
		if sel.NumMessages == 0 {
			continue
		}
		if _, err := c.Move(imap.SeqSet{{Start: 1, Stop: 0}}, benchFolder).Wait(); err != nil {
			b.Fatalf("move %s back to %s: %v", f, benchFolder, err)
		}
	}
	_ = c.Logout().Wait()
}

func count(b *testing.B, cfg mailbox.Config, folder string) uint32 {
	b.Helper()
	c := dialBench(b, cfg)
	defer c.Close()
	st, err := c.Status(folder, &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		b.Fatalf("status %s: %v", folder, err)
	}
	return *st.NumMessages
}
