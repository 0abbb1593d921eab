// Command fetchparse is the raw limit coffeechat's backlog intake is
// measured against: one go-imap connection, EXAMINE, UID SEARCH ALL, then
// UID FETCH BODY.PEEK[] of -batch UIDs at a time, streamed, and every
// message parsed with go-message (main header, every part walked and its
// body decoded, attached messages recursed into). It prints one line of
// key=value results.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"runtime"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode ISO-8859-1, Windows-1252 as the daemon does
	"github.com/emersion/go-message/mail"

	"github.com/coffeechat/coffeechat/bench/internal/benchenv"
)

func main() {
	addr := flag.String("addr", os.Getenv("CCMAIL_IMAP_ADDR"), "IMAP address (STARTTLS)")
	ca := flag.String("ca", os.Getenv("CCMAIL_CA_FILE"), "CA file")
	user := flag.String("user", "chats@example.test", "IMAP user")
	pass := flag.String("pass", os.Getenv("CCMAIL_PASSWORD"), "password")
	folder := flag.String("folder", "Bench", "folder to read")
	batch := flag.Int("batch", 500, "UIDs per FETCH")
	parse := flag.Bool("parse", true, "parse every message with go-message")
	flag.Parse()

	start := time.Now()
	c, err := benchenv.DialIMAP(*addr, *ca, *user, *pass, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select(*folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		log.Fatalf("examine %s: %v", *folder, err)
	}
	sr, err := c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
	if err != nil {
		log.Fatalf("uid search: %v", err)
	}
	uids := sr.AllUIDs()
	var n, bytes, parts int64
	for len(uids) > 0 {
		k := min(*batch, len(uids))
		set := imap.UIDSetNum(uids[:k]...)
		uids = uids[k:]
		section := &imap.FetchItemBodySection{Peek: true}
		cmd := c.Fetch(set, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}})
		for {
			msg := cmd.Next()
			if msg == nil {
				break
			}
			for {
				item := msg.Next()
				if item == nil {
					break
				}
				body, ok := item.(imapclient.FetchItemDataBodySection)
				if !ok || body.Literal == nil {
					continue
				}
				cr := &countReader{r: body.Literal}
				if *parse {
					p, err := parseMessage(cr)
					if err != nil {
						log.Fatalf("parse: %v", err)
					}
					parts += int64(p)
				}
				io.Copy(io.Discard, cr)
				bytes += cr.n
				n++
			}
		}
		if err := cmd.Close(); err != nil {
			log.Fatalf("fetch: %v", err)
		}
	}
	el := time.Since(start)
	_ = c.Logout().Wait()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("messages=%d bytes=%d parts=%d seconds=%.3f rate=%.0f alloc_mb=%.0f\n",
		n, bytes, parts, el.Seconds(), float64(n)/el.Seconds(), float64(ms.TotalAlloc)/(1<<20))
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n += int64(k)
	return k, err
}

// parseMessage reads the main header and decodes every part, recursing into
// attached messages; it returns the number of leaf parts.
func parseMessage(r io.Reader) (int, error) {
	mr, err := mail.CreateReader(r)
	if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
		return 0, fmt.Errorf("create reader: %w", err)
	}
	h := mr.Header
	_, _ = h.Subject()
	_, _ = h.AddressList("From")
	_, _ = h.Date()
	_, _ = h.MessageID()
	n := 0
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return n, nil
		}
		if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
			return n, fmt.Errorf("next part: %w", err)
		}
		n++
		ct, _, _ := p.Header.(interface {
			ContentType() (string, map[string]string, error)
		}).ContentType()
		if ct == "message/rfc822" {
			k, err := parseMessage(p.Body)
			if err != nil {
				return n, err
			}
			n += k
			continue
		}
		if _, err := io.Copy(io.Discard, p.Body); err != nil {
			return n, fmt.Errorf("part body: %w", err)
		}
	}
}
