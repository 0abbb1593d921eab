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
	"sync"
	"sync/atomic"
	"syscall"
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

// intakeEnd notes, at the first send (Once sends only after intake), the
// time, CPU time and I/O calls of intake alone.
type intakeEnd struct {
	once sync.Once
	at   time.Time
	cpu  time.Duration
	io   map[string]int64
}

func (e *intakeEnd) MessageHandled(string) {}
func (e *intakeEnd) JobDone(string)        {}
func (e *intakeEnd) Failed(string)         {}
func (e *intakeEnd) MailSent(string, bool) {
	e.once.Do(func() { e.at, e.cpu, e.io = time.Now(), cpuTime(), procIO() })
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

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
		end := &intakeEnd{}
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
		}, daemon.Deps{Store: st, Templates: tmpl, Sender: sender, Observer: end})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start, io0, cpu0 := time.Now(), procIO(), cpuTime()
		if err := d.Once(ctx); err != nil {
			b.Fatal(err)
		}
		el, io1 := time.Since(start), procIO()
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
		b.Logf("run %d: %d messages in %v (%.0f/s), %d meetings; heap after GC %.1f MB, RSS %.1f MB, peak RSS %.1f MB; "+
			"write calls %d (%.1f MB), read calls %d; intake alone: %v, CPU %.2f s, write calls %d (%.1f MB)",
			i, total, el.Round(time.Millisecond), float64(total)/el.Seconds(), meetings,
			float64(ms.HeapAlloc)/(1<<20), procKB("VmRSS")/1024, procKB("VmHWM")/1024,
			io1["syscw"]-io0["syscw"], float64(io1["wchar"]-io0["wchar"])/(1<<20), io1["syscr"]-io0["syscr"],
			end.at.Sub(start).Round(time.Millisecond), (end.cpu - cpu0).Seconds(),
			end.io["syscw"]-io0["syscw"], float64(end.io["wchar"]-io0["wchar"])/(1<<20))
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

// procIO reads /proc/self/io: the process's read and write system calls
// (syscr, syscw) and bytes (rchar, wchar), network included. SQLite's
// writes are most of syscw: two per WAL frame.
func procIO() map[string]int64 {
	out := map[string]int64{}
	raw, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return out
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if k, v, ok := strings.Cut(l, ": "); ok {
			out[k], _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		}
	}
	return out
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
