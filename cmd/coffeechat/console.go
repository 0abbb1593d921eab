package main

import (
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/coffeechat/coffeechat/mail/mailbox"
)

// console shares a terminal between the log (stderr) and the catch-up
// progress line (stdout, redrawn over itself). A log record written while
// the line is shown first clears it, and the line is drawn again below the
// record, so the two never run into each other on screen.
type console struct {
	mu    sync.Mutex
	log   io.Writer // log records
	out   io.Writer // the progress line
	shown string    // the progress line on screen; "" when none
}

// newConsole returns the writer for log records and the progress line's
// function (nil when stdout is not a terminal: the log alone says how far
// a catch-up is).
func newConsole(stdout, stderr io.Writer) (logTo io.Writer, line func(mailbox.Progress)) {
	if f, ok := stdout.(*os.File); !ok || !isTerminal(f) {
		return stderr, nil
	}
	c := &console{log: stderr, out: stdout}
	return c, c.progress
}

// clearLine goes back to the start of the line and erases it (ECMA-48 CR,
// EL).
const clearLine = "\r\x1b[K"

// Write writes one log record (slog handlers write a record in one call).
func (c *console) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.shown != "" {
		io.WriteString(c.out, clearLine)
	}
	n, err := c.log.Write(p)
	if c.shown != "" {
		io.WriteString(c.out, c.shown)
	}
	return n, err
}

func (c *console) progress(p mailbox.Progress) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pct := 0
	if p.Total > 0 {
		pct = p.Done * 100 / p.Total
	}
	c.shown = fmt.Sprintf("catching up: %d of %d messages (%d%%)", p.Done, p.Total, pct)
	io.WriteString(c.out, clearLine+c.shown)
	if p.Done >= p.Total {
		io.WriteString(c.out, "\n")
		c.shown = ""
	}
}
