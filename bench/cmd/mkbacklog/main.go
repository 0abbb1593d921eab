// Command mkbacklog generates the benchmark backlog: n realistic threads
// forwarded by the owner to coffeechat's address (Gmail inline and as an
// attachment, Outlook, Apple Mail, Thunderbird, Proton; UTF-8, Windows-1252,
// ISO-8859-1; 8bit, quoted-printable, base64; 3-10 KB; a tenth with an
// attachment), each offering a distinct free slot so each becomes a meeting.
// It APPENDs them to a folder with up to -inflight commands pipelined, or
// writes .eml files with -dump. Deterministic for a given -seed.
//
// -restore FOLDER moves everything in FOLDER back into -folder instead
// (rerunning a benchmark without APPENDing 10,000 messages again).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/coffeechat/coffeechat/bench/internal/backlog"
	"github.com/coffeechat/coffeechat/bench/internal/benchenv"
)

func main() {
	n := flag.Int("n", 10000, "threads to generate")
	seed := flag.Uint64("seed", 1, "generator seed (Message-IDs contain it)")
	offset := flag.Int("offset", 0, "index of the first thread (slots and addresses follow it)")
	dump := flag.String("dump", "", "write .eml files to this directory instead of APPENDing")
	addr := flag.String("addr", os.Getenv("CCMAIL_IMAP_ADDR"), "IMAP address (STARTTLS)")
	ca := flag.String("ca", os.Getenv("CCMAIL_CA_FILE"), "CA file")
	user := flag.String("user", "chats@example.test", "IMAP user")
	pass := flag.String("pass", os.Getenv("CCMAIL_PASSWORD"), "password")
	folder := flag.String("folder", "Bench", "folder to fill")
	empty := flag.String("empty", "", "comma-free list of one folder to empty first (e.g. Bench), or \"\"")
	restore := flag.String("restore", "", "move every message of this folder into -folder, and do nothing else")
	inflight := flag.Int("inflight", 64, "APPEND commands in flight")
	flag.Parse()

	if *dump != "" {
		if err := os.MkdirAll(*dump, 0o755); err != nil {
			log.Fatal(err)
		}
		total := 0
		for i := *offset; i < *offset+*n; i++ {
			raw := message(*seed, i)
			total += len(raw)
			if err := os.WriteFile(filepath.Join(*dump, fmt.Sprintf("%06d.eml", i)), raw, 0o644); err != nil {
				log.Fatal(err)
			}
		}
		fmt.Printf("wrote %d messages, %d bytes, to %s\n", *n, total, *dump)
		return
	}

	c, err := benchenv.DialIMAP(*addr, *ca, *user, *pass, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	if err := benchenv.EnsureFolder(c, *folder); err != nil {
		log.Fatal(err)
	}
	if *restore != "" {
		sel, err := c.Select(*restore, nil).Wait()
		if err != nil {
			log.Fatalf("select %s: %v", *restore, err)
		}
		// An empty folder has nothing to move (and "1:*" is then invalid).
		if sel.NumMessages > 0 {
			if _, err := c.Move(imap.SeqSet{{Start: 1, Stop: 0}}, *folder).Wait(); err != nil {
				log.Fatalf("move %s to %s: %v", *restore, *folder, err)
			}
		}
		got, err := benchenv.Count(c, *folder)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s now holds %d messages\n", *folder, got)
		return
	}
	if *empty != "" {
		k, err := benchenv.Empty(c, *empty)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("emptied %s (%d messages)\n", *empty, k)
		if err := c.Unselect().Wait(); err != nil {
			log.Fatalf("unselect: %v", err)
		}
	}
	start := time.Now()
	total, err := appendAll(c, *folder, *seed, *offset, *n, *inflight)
	if err != nil {
		log.Fatal(err)
	}
	el := time.Since(start)
	got, err := benchenv.Count(c, *folder)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("appended %d messages (%d bytes, %.1f KB average) to %s in %.1fs (%.0f msg/s); it holds %d\n",
		*n, total, float64(total)/float64(*n)/1024, *folder, el.Seconds(), float64(*n)/el.Seconds(), got)
	_ = c.Logout().Wait()
}

func message(seed uint64, i int) []byte { return backlog.Message(seed, i, "chats@example.test") }

// appendAll APPENDs with a window of inflight commands: Dovecot offers
// LITERAL+, so go-imap sends each literal without waiting for "+", and the
// round trips (and Dovecot's fsync per message) overlap.
func appendAll(c *imapclient.Client, folder string, seed uint64, offset, n, inflight int) (int, error) {
	window := make(chan *imapclient.AppendCommand, inflight)
	errc := make(chan error, 1)
	go func() {
		var first error
		for cmd := range window {
			if _, err := cmd.Wait(); err != nil && first == nil {
				first = fmt.Errorf("append: %w", err)
			}
		}
		errc <- first
	}()
	total := 0
	for i := offset; i < offset+n; i++ {
		raw := message(seed, i)
		total += len(raw)
		cmd := c.Append(folder, int64(len(raw)), &imap.AppendOptions{Time: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)})
		if _, err := cmd.Write(raw); err != nil {
			close(window)
			<-errc
			return total, fmt.Errorf("append %d: %w", i, err)
		}
		if err := cmd.Close(); err != nil {
			close(window)
			<-errc
			return total, fmt.Errorf("append %d: %w", i, err)
		}
		window <- cmd
	}
	close(window)
	return total, <-errc
}
