package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail/mailbox"
	"github.com/coffeechat/coffeechat/mail/mailtest"
)

// syncBuffer is written by the daemon's goroutines and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitUntil polls cond every 50 ms until it holds or the deadline passes.
func waitUntil(t *testing.T, timeout time.Duration, what func() string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestRun_metricsEndpoint(t *testing.T) {
	srv := newMailtest(t, mailtest.Options{})
	dir := t.TempDir()
	t.Setenv("CC_DOCTOR_PW", testPassword)
	args := append(initArgs(srv, dir), "--no-check")
	if code := initCommand(context.Background(), args, strings.NewReader(""), false, &bytes.Buffer{}, &bytes.Buffer{}); code != 0 {
		t.Fatalf("init: exit %d", code)
	}
	cfgPath := filepath.Join(dir, "conf", "config.toml")
	f, err := os.OpenFile(cfgPath, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Port 0: the log line says which port it got.
	fmt.Fprintln(f, "\n[metrics]\nlisten = \"127.0.0.1:0\"")
	f.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"run", "--config", cfgPath}, io.Discard, &stderr) }()

	addrRE := regexp.MustCompile(`metrics listening"? addr=(127\.0\.0\.1:\d+)`)
	var base string
	waitUntil(t, 10*time.Second, func() string { return "the metrics log line in:\n" + stderr.String() }, func() bool {
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://" + m[1]
			return true
		}
		return false
	})
	if code, body := httpGet(t, base+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz = %d %q, want 200 ok", code, body)
	}

	// Mail from a stranger: quarantined, and the owner gets one notice.
	stranger := "From: Mallory <mallory@evil.example>\r\nTo: chats@example.test\r\nSubject: hello\r\nMessage-ID: <m1@evil.example>\r\nDate: Sat, 21 Nov 2026 10:00:00 +0000\r\n\r\nbuy now\r\n"
	if err := srv.Deliver("chats@example.test", "INBOX", []byte(stranger)); err != nil {
		t.Fatal(err)
	}
	var metrics string
	waitUntil(t, 15*time.Second, func() string {
		return "the quarantine and its notice in /metrics:\n" + metrics + "\nlog:\n" + stderr.String()
	}, func() bool {
		_, metrics = httpGet(t, base+"/metrics")
		return strings.Contains(metrics, `coffeechat_messages_processed_total{kind="quarantined"} 1`) &&
			regexp.MustCompile(`coffeechat_mail_send_attempts_total\{kind="[a-z_]+",result="ok"\} 1`).MatchString(metrics) &&
			strings.Contains(metrics, `coffeechat_outbox_depth{state="pending"} 0`) &&
			strings.Contains(metrics, `coffeechat_mailbox_last_idle_event_timestamp_seconds{event="idle"}`)
	})
	for _, want := range []string{
		"coffeechat_store_up 1",
		`coffeechat_errors_total{part="intake"} 0`,
		`coffeechat_outbox_depth{state="failed"} 0`,
		"coffeechat_job_lag_seconds 0",
		"coffeechat_jobs_pending 1", // the weekly summary
		"coffeechat_meetings_upcoming 0",
		"# TYPE coffeechat_mailbox_last_event_timestamp_seconds gauge",
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q:\n%s", want, metrics)
		}
	}
	if regexp.MustCompile(`(?m)^coffeechat_mailbox_last_event_timestamp_seconds 0$`).MatchString(metrics) {
		t.Errorf("last mailbox event still 0 after a message was handled")
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("run exit %d after cancel:\n%s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("run did not stop within 20 s of cancel")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("metrics server still answers after run returned")
	}
}

func TestMetricsConfig_listenIsValidated(t *testing.T) {
	path := writeConfig(t, validConfig+"\n[metrics]\nlisten = \"9464\"\n")
	if _, err := loadConfig(path); err == nil || !strings.Contains(err.Error(), "[metrics] listen") {
		t.Errorf("loadConfig = %v, want an error naming [metrics] listen", err)
	}
	path = writeConfig(t, validConfig+"\n[metrics]\nlisten = \"127.0.0.1:9464\"\n")
	if cfg, err := loadConfig(path); err != nil || cfg.Metrics.Listen != "127.0.0.1:9464" {
		t.Errorf("loadConfig = %v, %v", cfg, err)
	}
}

// The progress line and the log share a terminal: a log record clears the
// line and the line is drawn again under the record; the last state ends
// the line.
func TestConsole_logRecordsDoNotRunIntoTheProgressLine(t *testing.T) {
	var screen bytes.Buffer // stdout and stderr on one terminal, in order
	c := &console{log: &screen, out: &screen}
	c.progress(mailbox.Progress{Done: 0, Total: 250})
	c.progress(mailbox.Progress{Done: 125, Total: 250})
	fmt.Fprintf(c, "level=INFO msg=\"message handled\"\n")
	c.progress(mailbox.Progress{Done: 250, Total: 250})
	fmt.Fprintf(c, "level=INFO msg=\"mail sent\"\n")
	want := "\r\x1b[Kcatching up: 0 of 250 messages (0%)" +
		"\r\x1b[Kcatching up: 125 of 250 messages (50%)" +
		"\r\x1b[Klevel=INFO msg=\"message handled\"\ncatching up: 125 of 250 messages (50%)" +
		"\r\x1b[Kcatching up: 250 of 250 messages (100%)\n" +
		"level=INFO msg=\"mail sent\"\n"
	if screen.String() != want {
		t.Errorf("screen =\n%q\nwant\n%q", screen.String(), want)
	}
	// Not a terminal: the log goes straight to stderr, no line is drawn.
	var stderr bytes.Buffer
	logTo, line := newConsole(&bytes.Buffer{}, &stderr)
	if line != nil || logTo != io.Writer(&stderr) {
		t.Errorf("newConsole on a buffer: want stderr and no progress line")
	}
}

// metricValue returns the value of one series ("name" or
// `name{label="v"}`) in a /metrics body, failing t when it is absent.
func metricValue(t *testing.T, body, series string) float64 {
	t.Helper()
	for _, line := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return f
		}
	}
	t.Fatalf("/metrics has no %s:\n%s", series, body)
	return 0
}

// The gauges read from the database count work left by an earlier run:
// the seeded outbox row due since March 1 and the job due since March 2
// show as depth and lag; /healthz fails once the database does not answer.
func TestMetrics_storeGaugesAndHealth(t *testing.T) {
	f := seed(t)
	st, err := store.Open(context.Background(), f.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mx := newMetrics()
	srv := httptest.NewServer(mx.handler())
	defer srv.Close()
	if code, _ := httpGet(t, srv.URL+"/healthz"); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz before the database is open = %d, want 503", code)
	}
	mx.setStore(st)
	if code, body := httpGet(t, srv.URL+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz = %d %q, want 200 ok", code, body)
	}
	_, body := httpGet(t, srv.URL+"/metrics")
	scraped := time.Now()
	for _, tc := range []struct {
		series string
		want   float64
	}{
		{"coffeechat_store_up", 1},
		{`coffeechat_outbox_depth{state="pending"}`, 1},
		{`coffeechat_outbox_depth{state="failed"}`, 0},
		{"coffeechat_jobs_pending", 2},
		{"coffeechat_meetings_upcoming", 1},
		{"coffeechat_outbox_lag_seconds", scraped.Sub(utc(t, "2026-03-01T12:00:00Z")).Seconds()},
		{"coffeechat_job_lag_seconds", scraped.Sub(utc(t, "2026-03-02T13:00:00Z")).Seconds()},
	} {
		if got := metricValue(t, body, tc.series); got < tc.want-60 || got > tc.want+60 || (tc.want < 60 && got != tc.want) {
			t.Errorf("%s = %v, want %v", tc.series, got, tc.want)
		}
	}
	st.Close()
	if code, _ := httpGet(t, srv.URL+"/healthz"); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz with the database closed = %d, want 503", code)
	}
	if _, body := httpGet(t, srv.URL+"/metrics"); metricValue(t, body, "coffeechat_store_up") != 0 {
		t.Errorf("coffeechat_store_up with the database closed is not 0")
	}
}

// [log] format and level choose slog's handler and its threshold.
func TestNewLogger_formatAndLevel(t *testing.T) {
	for _, tc := range []struct {
		cfg        LogConfig
		shown, not string // messages logged at debug, info and warn
		json       bool
	}{
		{LogConfig{Level: "info", Format: "text"}, "info-line", "debug-line", false},
		{LogConfig{Level: "debug", Format: "text"}, "debug-line", "", false},
		{LogConfig{Level: "warn", Format: "json"}, "warn-line", "info-line", true},
		{LogConfig{Level: "error", Format: "json"}, "", "warn-line", true},
	} {
		t.Run(tc.cfg.Level+"/"+tc.cfg.Format, func(t *testing.T) {
			var b bytes.Buffer
			log := newLogger(&b, tc.cfg)
			log.Debug("debug-line")
			log.Info("info-line")
			log.Warn("warn-line")
			out := b.String()
			if tc.shown != "" && !strings.Contains(out, tc.shown) {
				t.Errorf("%q not logged:\n%s", tc.shown, out)
			}
			if tc.not != "" && strings.Contains(out, tc.not) {
				t.Errorf("%q logged below the level:\n%s", tc.not, out)
			}
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if line == "" {
					continue
				}
				if isJSON := json.Valid([]byte(line)); isJSON != tc.json {
					t.Errorf("line %q: JSON %v, want %v", line, isJSON, tc.json)
				}
			}
		})
	}
}
