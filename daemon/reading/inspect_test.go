package reading

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/mail"
)

type benchMsg struct {
	name string
	raw  []byte
	loc  *time.Location
}

// loadAllEML reads every .eml of the training corpus and the held-out
// sets, with the owner's zone of each.
func loadAllEML(tb testing.TB) []benchMsg {
	tb.Helper()
	var paths []string
	for _, dir := range []string{"corpus", "heldout"} {
		ps, err := filepath.Glob(filepath.Join("testdata", dir, "*.eml"))
		if err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		tb.Fatal("no .eml files under testdata")
	}
	var out []benchMsg
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		tz := "America/New_York"
		if b, err := os.ReadFile(strings.TrimSuffix(p, ".eml") + ".tz"); err == nil {
			tz = strings.TrimSpace(string(b))
		}
		loc, err := time.LoadLocation(tz)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, benchMsg{filepath.Base(p), raw, loc})
	}
	return out
}

// BenchmarkInspect is `coffeechat inspect` minus the process: mail.Read,
// Read and MarshalInspect over the whole corpus, one message per
// iteration in turn. Results and the machine are in testdata/BENCH.md
// (run with -cpu 1: the target is messages per second per core).
func BenchmarkInspect(b *testing.B) {
	msgs := loadAllEML(b)
	var bytesIn int64
	for _, m := range msgs {
		bytesIn += int64(len(m.raw))
	}
	b.ReportAllocs()
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		m := msgs[n%len(msgs)]
		n++
		th, err := mail.Read(bytes.NewReader(m.raw), mail.Options{Location: m.loc})
		if err != nil {
			b.Fatalf("%s: %v", m.name, err)
		}
		if _, err := MarshalInspect(Read(th, Options{Location: m.loc}), m.loc); err != nil {
			b.Fatalf("%s: %v", m.name, err)
		}
	}
	cpu := cpuTime() - cpu0
	b.SetBytes(bytesIn / int64(len(msgs)))
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "msgs/s")
	// Wall-clock msgs/s drops when other processes share the machine;
	// messages per second of this process's CPU time does not, and is
	// what "per core" means with -cpu 1.
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "msgs/cpu-s")
	}
	b.ReportMetric(float64(len(msgs)), "corpus_msgs")
}

// TestInspectWholeCorpus checks what the benchmark and the issue's "no
// panic, no failure on a well-formed message" rely on: every .eml of the
// corpus and the held-out sets goes through inspect without error and
// gives a contact and a known intent.
func TestInspectWholeCorpus(t *testing.T) {
	intents := map[string]bool{Scheduled: true, AsksForTimes: true, Declined: true, Deferred: true, Referred: true, NoReply: true}
	for _, m := range loadAllEML(t) {
		th, err := mail.Read(bytes.NewReader(m.raw), mail.Options{Location: m.loc})
		if err != nil {
			t.Errorf("%s: mail.Read: %v", m.name, err)
			continue
		}
		r := Read(th, Options{Location: m.loc})
		if _, err := MarshalInspect(r, m.loc); err != nil {
			t.Errorf("%s: %v", m.name, err)
		}
		if r.Contact.Email == "" || !intents[r.Intent] {
			t.Errorf("%s: contact %q intent %q", m.name, r.Contact.Email, r.Intent)
		}
	}
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// FuzzInspect runs inspect on raw messages, seeded with every .eml of the
// corpus and the held-out sets: whatever mail.Read accepts, Read and
// MarshalInspect must take without panicking, and the JSON must keep the
// contract's shape (scheduled exactly when there are times).
func FuzzInspect(f *testing.F) {
	for _, m := range loadAllEML(f) {
		f.Add(m.raw)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		th, err := mail.Read(bytes.NewReader(raw), mail.Options{Location: ny})
		if err != nil {
			return // not a message: inspect exits 1, which is allowed
		}
		r := Read(th, Options{Location: ny})
		if _, err := MarshalInspect(r, ny); err != nil {
			t.Fatal(err)
		}
		if (r.Intent == Scheduled) != (len(r.ProposedTimes) > 0) {
			t.Fatalf("intent %s with %d times", r.Intent, len(r.ProposedTimes))
		}
	})
}
