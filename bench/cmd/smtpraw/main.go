// Command smtpraw is the raw limit coffeechat's outbox drain is measured
// against: the same messages coffeechat sent (read from its database's
// outbox: envelope and exact bytes) sent by a plain go-smtp client over one
// reused submission connection (STARTTLS, AUTH PLAIN once, then MAIL, RCPT,
// DATA per message). It prints one line of key=value results.
package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	_ "modernc.org/sqlite"

	"github.com/coffeechat/coffeechat/bench/internal/benchenv"
)

type mail struct {
	from  string
	rcpts []string
	raw   []byte
}

func main() {
	addr := flag.String("addr", os.Getenv("CCMAIL_SUBMISSION_ADDR"), "submission address (STARTTLS)")
	ca := flag.String("ca", os.Getenv("CCMAIL_CA_FILE"), "CA file")
	user := flag.String("user", "chats@example.test", "SMTP user")
	pass := flag.String("pass", os.Getenv("CCMAIL_PASSWORD"), "password")
	dbPath := flag.String("db", "", "coffeechat database whose outbox to resend")
	flag.Parse()

	db, err := sql.Open("sqlite", "file:"+*dbPath+"?mode=ro")
	if err != nil {
		log.Fatal(err)
	}
	rows, err := db.Query(`SELECT o.env_from, o.rcpts, r.raw FROM outbox o JOIN outbox_raw r ON r.id = o.id WHERE o.sent_at IS NOT NULL ORDER BY o.id`)
	if err != nil {
		log.Fatalf("read outbox: %v", err)
	}
	var msgs []mail
	size := 0
	for rows.Next() {
		var m mail
		var rc string
		if err := rows.Scan(&m.from, &rc, &m.raw); err != nil {
			log.Fatal(err)
		}
		if err := json.Unmarshal([]byte(rc), &m.rcpts); err != nil {
			log.Fatalf("rcpts %q: %v", rc, err)
		}
		size += len(m.raw)
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		log.Fatal(err)
	}
	db.Close()
	if len(msgs) == 0 {
		log.Fatal("no sent mail in the outbox")
	}

	tc, err := benchenv.TLSConfig(*ca)
	if err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	c, err := smtp.DialStartTLS(*addr, tc)
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	if err := c.Auth(sasl.NewPlainClient("", *user, *pass)); err != nil {
		log.Fatalf("auth: %v", err)
	}
	var lat []time.Duration
	for i, m := range msgs {
		t := time.Now()
		if err := c.SendMail(m.from, m.rcpts, bytes.NewReader(m.raw)); err != nil {
			log.Fatalf("message %d: %v", i, err)
		}
		lat = append(lat, time.Since(t))
	}
	if err := c.Quit(); err != nil {
		log.Printf("quit: %v", err)
	}
	el := time.Since(start)
	fmt.Printf("messages=%d bytes=%d seconds=%.3f rate=%.0f p50_ms=%.2f p99_ms=%.2f\n", len(msgs), size, el.Seconds(),
		float64(len(msgs))/el.Seconds(), ms(benchenv.Percentile(lat, 50)), ms(benchenv.Percentile(lat, 99)))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
