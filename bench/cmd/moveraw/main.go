// Command moveraw measures what filing costs the server: it MOVEs every
// message of -folder to -to over one connection, -batch UIDs per UID MOVE
// command, one command at a time, and prints the time. On the test Dovecot
// (Maildir) a MOVE costs ~17 ms however few messages it carries, so the
// batch size decides how long filing a backlog takes; the watcher files
// 1,000 per MOVE (mail/mailbox fileBatch). Run it twice with -folder and
// -to swapped to put the messages back.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/coffeechat/coffeechat/bench/internal/benchenv"
)

func main() {
	addr := flag.String("addr", os.Getenv("CCMAIL_IMAP_ADDR"), "IMAP address (STARTTLS)")
	ca := flag.String("ca", os.Getenv("CCMAIL_CA_FILE"), "CA file")
	pass := flag.String("pass", os.Getenv("CCMAIL_PASSWORD"), "password")
	folder := flag.String("folder", "Bench", "folder to empty")
	to := flag.String("to", "BenchDone", "folder to move to")
	batch := flag.Int("batch", 50, "UIDs per MOVE")
	flag.Parse()
	c, err := benchenv.DialIMAP(*addr, *ca, "chats@example.test", *pass, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	if err := benchenv.EnsureFolder(c, *to); err != nil {
		log.Fatal(err)
	}
	if _, err := c.Select(*folder, nil).Wait(); err != nil {
		log.Fatal(err)
	}
	data, err := c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
	if err != nil {
		log.Fatal(err)
	}
	uids := data.AllUIDs()
	n, cmds := len(uids), 0
	start := time.Now()
	for len(uids) > 0 {
		k := min(*batch, len(uids))
		if _, err := c.Move(imap.UIDSetNum(uids[:k]...), *to).Wait(); err != nil {
			log.Fatal(err)
		}
		uids = uids[k:]
		cmds++
	}
	el := time.Since(start)
	fmt.Printf("moved=%d batch=%d commands=%d seconds=%.3f ms_per_command=%.1f\n", n, *batch, cmds, el.Seconds(), float64(el.Milliseconds())/float64(max(cmds, 1)))
}
