package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/coffeechat/coffeechat/daemon/reading"
	"github.com/coffeechat/coffeechat/mail"
)

const inspectUsage = `Usage: coffeechat inspect --tz ZONE FILE.eml

Prints, as JSON, what coffeechat understands of one message as it lands in
the dedicated inbox: the contact, their intent, the times they offered, the
length and place of the call, and referrals. The daemon acts on exactly this.

  --tz ZONE   the owner's IANA time zone (default: the TZ environment, else UTC)

Example:
  coffeechat inspect --tz America/New_York forwarded.eml
`

func runInspect(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, inspectUsage) }
	tz := fs.String("tz", os.Getenv("TZ"), "owner's IANA time zone")
	if err := fs.Parse(args); err != nil {
		return usageExit(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	loc := time.UTC
	if *tz != "" {
		l, err := time.LoadLocation(*tz)
		if err != nil {
			fmt.Fprintf(stderr, "coffeechat inspect: --tz %q is not an IANA time zone\n", *tz)
			return 2
		}
		loc = l
	}
	raw, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat inspect: %v\n", err)
		return 1
	}
	t, err := mail.Read(bytes.NewReader(raw), mail.Options{Location: loc})
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat inspect: %s: not a readable message: %v\n", fs.Arg(0), err)
		return 1
	}
	res := reading.Read(t, reading.Options{Location: loc})
	out, err := reading.MarshalInspect(res, loc)
	if err != nil {
		fmt.Fprintf(stderr, "coffeechat inspect: %v\n", err)
		return 1
	}
	stdout.Write(out)
	if len(out) == 0 || out[len(out)-1] != '\n' {
		fmt.Fprintln(stdout)
	}
	return 0
}
