package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/coffeechat/coffeechat/daemon"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail/mailbox"
)

// daemonHook adjusts the daemon's Config and Deps before it is built:
// how `run` adds metrics and the catch-up progress line.
type daemonHook func(*daemon.Config, *daemon.Deps)

// runHooks returns the hooks of `coffeechat run`, and the metrics to serve
// when [metrics] listen is set (nil otherwise).
func runHooks(cfg *Config, line func(mailbox.Progress)) ([]daemonHook, *metrics) {
	var mx *metrics
	if cfg.Metrics.Listen != "" {
		mx = newMetrics()
	}
	hook := func(dc *daemon.Config, deps *daemon.Deps) {
		if mx != nil {
			deps.Observer = mx
			mx.setStore(deps.Store)
		}
		if mx != nil {
			prevIdle := dc.Mailbox.OnIdle
			dc.Mailbox.OnIdle = func(event string) {
				if prevIdle != nil {
					prevIdle(event)
				}
				mx.idleEvent(event)
			}
		}
		prev := dc.Mailbox.OnProgress
		dc.Mailbox.OnProgress = func(p mailbox.Progress) {
			if prev != nil {
				prev(p)
			}
			if mx != nil {
				mx.progress(p)
			}
			if line != nil {
				line(p)
			}
		}
	}
	return []daemonHook{hook}, mx
}

// metrics is the daemon's Observer and the Prometheus registry behind
// `[metrics] listen`. Counters count since the process started; the
// gauges about the outbox and jobs are read from the database at each
// scrape, so they are right even for work left by an earlier run.
type metrics struct {
	reg      *prometheus.Registry
	messages *prometheus.CounterVec
	sent     *prometheus.CounterVec
	jobs     *prometheus.CounterVec
	errors   *prometheus.CounterVec
	lastMail prometheus.Gauge
	lastIdle *prometheus.GaugeVec
	catchup  *prometheus.GaugeVec

	mu sync.Mutex
	st *store.Store // guarded by mu; nil until the daemon's store is open
}

var _ daemon.Observer = (*metrics)(nil)

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "coffeechat_messages_processed_total",
			Help: "Messages intake finished with, by kind (thread, reply, command, ignored, duplicate, quarantined).",
		}, []string{"kind"}),
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "coffeechat_mail_send_attempts_total",
			Help: "Attempts to send an outbox email, by kind and result (ok or error).",
		}, []string{"kind", "result"}),
		jobs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "coffeechat_jobs_done_total",
			Help: "Scheduled jobs finished, by kind.",
		}, []string{"kind"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "coffeechat_errors_total",
			Help: "Errors the daemon will retry, by part (intake, send, job).",
		}, []string{"part"}),
		lastMail: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "coffeechat_mailbox_last_event_timestamp_seconds",
			Help: "Unix time the mailbox last handed coffeechat a message (after an IDLE notification or during catch-up); 0 before the first.",
		}),
		lastIdle: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "coffeechat_mailbox_last_idle_event_timestamp_seconds",
			Help: "Unix time of the watcher's last IDLE event: \"idle\" when IDLE (re)started, \"exists\" when the server announced new mail.",
		}, []string{"event"}),
		catchup: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "coffeechat_catchup_messages",
			Help: "Progress of the latest backlog catch-up: done and total messages.",
		}, []string{"state"}),
	}
	// Every error label exists from the start, so a rate() over it works
	// before the first error.
	for _, part := range []string{"intake", "send", "job"} {
		m.errors.WithLabelValues(part)
	}
	m.reg.MustRegister(m.messages, m.sent, m.jobs, m.errors, m.lastMail, m.lastIdle, m.catchup,
		storeCollector{m}, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// setStore gives the collector the daemon's store, once it is open.
func (m *metrics) setStore(st *store.Store) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.st = st
}

func (m *metrics) store() *store.Store {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.st
}

func (m *metrics) MessageHandled(kind string) {
	m.messages.WithLabelValues(kind).Inc()
	m.lastMail.SetToCurrentTime()
}

func (m *metrics) MailSent(kind string, ok bool) {
	result := "ok"
	if !ok {
		result = "error"
		m.errors.WithLabelValues("send").Inc()
	}
	m.sent.WithLabelValues(kind, result).Inc()
}

func (m *metrics) JobDone(kind string) { m.jobs.WithLabelValues(kind).Inc() }

func (m *metrics) Failed(part string) { m.errors.WithLabelValues(part).Inc() }

// idleEvent records the watcher's IDLE heartbeat.
func (m *metrics) idleEvent(event string) { m.lastIdle.WithLabelValues(event).SetToCurrentTime() }

// progress records catch-up of a backlog.
func (m *metrics) progress(p mailbox.Progress) {
	m.catchup.WithLabelValues("done").Set(float64(p.Done))
	m.catchup.WithLabelValues("total").Set(float64(p.Total))
}

// storeCollector reads the outbox and job gauges from the database at
// scrape time.
type storeCollector struct{ m *metrics }

var (
	descStoreUp = prometheus.NewDesc("coffeechat_store_up",
		"1 when the database answered this scrape.", nil, nil)
	descOutbox = prometheus.NewDesc("coffeechat_outbox_depth",
		"Emails in the outbox by state: pending (not yet sent, due or waiting to retry) or failed (given up).", []string{"state"}, nil)
	descOutboxLag = prometheus.NewDesc("coffeechat_outbox_lag_seconds",
		"How long the oldest due, unsent email has been due; 0 when none is.", nil, nil)
	descJobsPending = prometheus.NewDesc("coffeechat_jobs_pending",
		"Scheduled jobs not yet done.", nil, nil)
	descJobLag = prometheus.NewDesc("coffeechat_job_lag_seconds",
		"How long the oldest due job has been due; 0 when none is.", nil, nil)
	descUpcoming = prometheus.NewDesc("coffeechat_meetings_upcoming",
		"Calls not cancelled that have not ended.", nil, nil)
)

func (c storeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descStoreUp, descOutbox, descOutboxLag, descJobsPending, descJobLag, descUpcoming} {
		ch <- d
	}
}

func (c storeCollector) Collect(ch chan<- prometheus.Metric) {
	st := c.m.store()
	if st == nil {
		ch <- prometheus.MustNewConstMetric(descStoreUp, prometheus.GaugeValue, 0)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	now := time.Now()
	var counts *store.Counts
	err := st.View(ctx, func(tx *store.Tx) error {
		var err error
		counts, err = tx.Counts(ctx, now)
		return err
	})
	if err != nil {
		ch <- prometheus.MustNewConstMetric(descStoreUp, prometheus.GaugeValue, 0)
		return
	}
	lag := func(since time.Time) float64 {
		if since.IsZero() {
			return 0
		}
		return max(0, now.Sub(since).Seconds())
	}
	ch <- prometheus.MustNewConstMetric(descStoreUp, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(descOutbox, prometheus.GaugeValue, float64(counts.OutboxPending), "pending")
	ch <- prometheus.MustNewConstMetric(descOutbox, prometheus.GaugeValue, float64(counts.OutboxFailed), "failed")
	ch <- prometheus.MustNewConstMetric(descOutboxLag, prometheus.GaugeValue, lag(counts.OldestDueMail))
	ch <- prometheus.MustNewConstMetric(descJobsPending, prometheus.GaugeValue, float64(counts.JobsPending))
	ch <- prometheus.MustNewConstMetric(descJobLag, prometheus.GaugeValue, lag(counts.OldestDueJob))
	ch <- prometheus.MustNewConstMetric(descUpcoming, prometheus.GaugeValue, float64(counts.Upcoming))
}

// healthz answers 200 when the database answers, 503 otherwise.
func (m *metrics) healthz(w http.ResponseWriter, r *http.Request) {
	st := m.store()
	if st == nil {
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	if _, err := st.SchemaVersion(ctx); err != nil {
		http.Error(w, "database: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ok")
}

// handler serves /metrics and /healthz.
func (m *metrics) handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", m.healthz)
	return mux
}

// serveMetrics listens on addr and serves until stop is called; stop
// waits (briefly) for requests in flight.
func serveMetrics(addr string, m *metrics, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("[metrics] listen %s: %w", addr, err)
	}
	srv := &http.Server{Handler: m.handler(), ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	log.Info("metrics listening", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		<-done
	}, nil
}
