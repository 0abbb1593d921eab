// Command idleprobe measures coffeechat's reaction time in IDLE. With
// `coffeechat run` watching chats@'s INBOX and logging JSON at debug level
// to -log, it delivers -n forwarded threads one at a time through Postfix
// (the incoming SMTP port), and for each records:
//
//	accepted: Postfix's 250 after DATA (the thread is in the queue);
//	exists:   a raw go-imap client of its own, in IDLE on the same mailbox,
//	          receives the unilateral EXISTS (the server's announcement to
//	          an observer);
//	daemon:   the daemon's own connection receives its EXISTS (its debug
//	          line "imap: new mail announced", exists_at);
//	sent:     the daemon's "mail sent" log line for the resulting invite,
//	          written right after Postfix's submission service answered 250.
//
// Dovecot arms a notification timer per connection (see
// /work/shared/mail-servers.md), so the observer's EXISTS and the daemon's
// can be hundreds of milliseconds apart: what coffeechat adds is
// sent - daemon; sent - exists is the literal measure and mixes the
// two timers. It prints p50/p90/p99/max of each, of exists - accepted
// (Dovecot's delay to the observer), daemon - accepted (to the daemon) and
// of sent - accepted (end to end).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-smtp"

	"github.com/coffeechat/coffeechat/bench/internal/backlog"
	"github.com/coffeechat/coffeechat/bench/internal/benchenv"
)

func main() {
	imapAddr := flag.String("imap", os.Getenv("CCMAIL_IMAP_ADDR"), "IMAP address (STARTTLS)")
	smtpAddr := flag.String("smtp", os.Getenv("CCMAIL_SMTP_ADDR"), "Postfix incoming SMTP address")
	ca := flag.String("ca", os.Getenv("CCMAIL_CA_FILE"), "CA file")
	pass := flag.String("pass", os.Getenv("CCMAIL_PASSWORD"), "password")
	logPath := flag.String("log", "", "the daemon's JSON log")
	n := flag.Int("n", 200, "deliveries")
	gap := flag.Duration("gap", 700*time.Millisecond, "pause after each invite before the next delivery")
	seed := flag.Uint64("seed", 2, "generator seed")
	flag.Parse()

	var mu sync.Mutex
	var exists []time.Time // arrival of each EXISTS growing the count
	var last uint32
	grew := make(chan struct{}, 1)
	obs, err := benchenv.DialIMAP(*imapAddr, *ca, "chats@example.test", *pass, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// The daemon moves each thread away: EXPUNGE lowers the count,
			// so the next delivery's EXISTS is again one more than last.
			Expunge: func(uint32) {
				mu.Lock()
				if last > 0 {
					last--
				}
				mu.Unlock()
			},
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				now := time.Now()
				if d.NumMessages == nil {
					return
				}
				mu.Lock()
				if *d.NumMessages > last {
					last = *d.NumMessages
					exists = append(exists, now)
				} else {
					last = *d.NumMessages
				}
				mu.Unlock()
				select {
				case grew <- struct{}{}:
				default:
				}
			},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	defer obs.Close()
	sel, err := obs.Select("INBOX", nil).Wait()
	if err != nil {
		log.Fatal(err)
	}
	last = sel.NumMessages
	idle, err := obs.Idle()
	if err != nil {
		log.Fatal(err)
	}
	defer idle.Close()

	lf, err := os.Open(*logPath)
	if err != nil {
		log.Fatal(err)
	}
	lf.Seek(0, io.SeekEnd)
	lr := bufio.NewReader(lf)
	var partial []byte
	var daemonExists time.Time // the last "new mail announced" read
	// nextSent waits for the next "mail sent" line of kind invite and
	// returns it with the daemon's last EXISTS before it.
	nextSent := func(deadline time.Time) (sent, exists time.Time, err error) {
		for time.Now().Before(deadline) {
			line, err := lr.ReadBytes('\n')
			partial = append(partial, line...)
			if err != nil {
				time.Sleep(time.Millisecond)
				continue
			}
			l := partial
			partial = nil
			var e struct {
				Time     time.Time `json:"time"`
				Msg      string    `json:"msg"`
				Kind     string    `json:"kind"`
				ExistsAt time.Time `json:"exists_at"`
			}
			if json.Unmarshal(l, &e) != nil {
				continue
			}
			switch {
			case e.Msg == "imap: new mail announced":
				daemonExists = e.ExistsAt
			case e.Msg == "mail sent" && e.Kind == "invite":
				return e.Time, daemonExists, nil
			}
		}
		return time.Time{}, time.Time{}, fmt.Errorf("no invite sent before %v", deadline)
	}

	var added, addedObs, announce, announceDaemon, e2e []time.Duration
	missed := 0 // deliveries the observer was not told of
	for i := 0; i < *n; i++ {
		raw := backlog.Message(*seed, i, "chats@example.test")
		mu.Lock()
		before := len(exists)
		mu.Unlock()
		c, err := smtp.Dial(*smtpAddr)
		if err != nil {
			log.Fatal(err)
		}
		if err := c.SendMail("owner@example.test", []string{"chats@example.test"}, bytes.NewReader(raw)); err != nil {
			log.Fatalf("deliver %d: %v", i, err)
		}
		accepted := time.Now()
		c.Quit()
		sent, dex, err := nextSent(time.Now().Add(10 * time.Second))
		if err != nil {
			log.Fatalf("delivery %d: %v", i, err)
		}
		if dex.Before(accepted) {
			log.Fatalf("delivery %d: no \"imap: new mail announced\" line after the delivery: is the daemon logging at debug level?", i)
		}
		added = append(added, sent.Sub(dex))
		announceDaemon = append(announceDaemon, dex.Sub(accepted))
		// The observer's EXISTS: Dovecot's timer for its connection may
		// fire only after the daemon has moved the thread away, and then
		// the observer is never told of it (a message added and expunged
		// between two notifications). Such a delivery has no observer
		// figures; they are counted.
		deadline := time.Now().Add(time.Second)
		var ex time.Time
		for ex.IsZero() && time.Now().Before(deadline) {
			mu.Lock()
			if len(exists) > before {
				ex = exists[before]
			}
			mu.Unlock()
			if ex.IsZero() {
				select {
				case <-grew:
				case <-time.After(time.Until(deadline)):
				}
			}
		}
		if ex.IsZero() {
			missed++
		} else {
			addedObs = append(addedObs, sent.Sub(ex))
			announce = append(announce, ex.Sub(accepted))
		}
		e2e = append(e2e, sent.Sub(accepted))
		time.Sleep(*gap)
	}
	report := func(name string, ds []time.Duration) {
		fmt.Printf("%s: n=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n", name, len(ds),
			ms(benchenv.Percentile(ds, 50)), ms(benchenv.Percentile(ds, 90)), ms(benchenv.Percentile(ds, 99)), ms(benchenv.Percentile(ds, 100)))
	}
	report("added_by_coffeechat(sent-daemon_exists)", added)
	report("sent-observer_exists", addedObs)
	report("dovecot_to_daemon(daemon_exists-accepted)", announceDaemon)
	report("dovecot_to_observer(observer_exists-accepted)", announce)
	report("end_to_end(sent-accepted)", e2e)
	fmt.Printf("observer_not_told: %d of %d (added and moved away between two of its notifications)\n", missed, *n)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
