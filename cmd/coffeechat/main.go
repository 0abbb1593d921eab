// Command coffeechat runs the paperwork of informational interviews over
// email. See `coffeechat help`.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// subcommand is one `coffeechat NAME`.
type subcommand struct {
	name    string
	summary string
	usage   string // the help text: synopsis, description, examples
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func subcommands() []subcommand {
	return []subcommand{
		{"run", "run the daemon: watch the mailbox, send invites and thank-yous", runUsage, runRun},
		{"demo", "run the whole flow on in-process mail servers; no account needed", demoUsage, runDemo},
		{"inspect", "print what coffeechat reads in a forwarded thread (.eml) as JSON", inspectUsage, runInspect},
		{"init", "write a config file (presets for Gmail, Fastmail, Outlook.com, iCloud), then check it", initUsage, runInit},
		{"doctor", "check the config, the mail servers, the database and the templates", doctorUsage, runDoctor},
		{"status", "what is recorded: counts, next calls, mail and jobs waiting", statusUsage, runStatus},
		{"contacts", "list contacts and their status", contactsUsage, runContacts},
		{"meetings", "list calls (--upcoming, --past)", meetingsUsage, runMeetings},
		{"show", "one contact or meeting, with its history", showUsage, runShow},
		{"summary", "the weekly summary on demand (--print or --send)", summaryUsage, runSummary},
		{"export", "contacts and meetings as csv, ics or json", exportUsage, runExport},
		{"help", "show help for a command", "", nil},
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printHelp(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		if len(args) > 1 {
			for _, c := range subcommands() {
				if c.name == args[1] && c.usage != "" {
					fmt.Fprint(stdout, c.usage)
					return 0
				}
			}
			fmt.Fprintf(stderr, "coffeechat: no command %q\n", args[1])
			return 2
		}
		printHelp(stdout)
		return 0
	}
	for _, c := range subcommands() {
		if c.name == name && c.run != nil {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "coffeechat: unknown command %q (see `coffeechat help`)\n", name)
	return 2
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "coffeechat schedules informational interviews over email.")
	fmt.Fprintln(w, "\nUsage: coffeechat COMMAND [flags]\n\nCommands:")
	for _, c := range subcommands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `coffeechat help COMMAND` for a command's flags and examples.")
}
