// Package mail reads the messages that land in the dedicated inbox: MIME
// (go-message), charsets, HTML bodies, forwarded and quoted threads. It turns
// one raw RFC 5322 message into a Thread: the top-level envelope plus every
// message of the conversation that could be found inside it.
//
// It knows nothing of IMAP, SMTP, SQLite or calendars; see mail/mailbox,
// mail/compose and calendar for those.
package mail

import (
	"io"
	"time"
)

// Address is one mailbox: a display name (may be empty) and an address in
// lower case.
type Address struct {
	Name  string
	Email string
}

// Thread is one message from the dedicated inbox, read as a conversation.
type Thread struct {
	// Top-level headers of the message as delivered.
	MessageID  string    // without angle brackets; "" when absent
	InReplyTo  []string  // without angle brackets
	References []string  // without angle brackets, oldest first
	From       Address   // the top-level sender: the owner, for a forward
	Sender     *Address  // Sender header, may be nil
	To, Cc     []Address //
	Subject    string    // decoded (RFC 2047)
	Date       time.Time // zero when missing or unparseable
	// AuthResults holds the raw values of every Authentication-Results
	// header, top first (the receiving server's own comes first).
	AuthResults []string
	// AutoSubmitted is the Auto-Submitted header value ("" when absent).
	AutoSubmitted string

	// Text is the top-level message's own text (plain, or HTML converted to
	// text), with quoted and forwarded material and signature removed. It
	// always equals Messages[len(Messages)-1].Text.
	Text string
	// FullText is the top-level message's whole text body, quoted and
	// forwarded material included: the text/plain parts that are not
	// attachments, or, when those are missing or blank, the text/html ones
	// converted (blockquotes become "> " lines, links "text (url)"). The
	// text of attached message/rfc822 parts is not in it; see Messages.
	FullText string

	// Messages holds the conversation found inside the message: forwarded
	// messages (inline or attached as message/rfc822, nested), quoted
	// replies ("On ... wrote:", "> " lines, Outlook header blocks), in order
	// oldest first. The top-level message itself is the last entry
	// (TopLevel), so Messages is never empty.
	//
	// The order follows the nesting, which is the order of writing: what a
	// message quotes or forwards comes before it. Attached messages (each
	// with what it contains) come before the messages quoted in the
	// top-level text. For a Gmail inline forward of a contact's reply that
	// quotes the owner's outreach it is:
	//
	//	[0] owner's outreach  From from "On … <owner> wrote:", Date in Location, To/Subject empty
	//	[1] contact's reply   From, To, Cc, Subject, Date from the forward header block
	//	[2] owner's forward   TopLevel, envelope from the message header
	//
	// What each kind of source fills in:
	//   - top-level and message/rfc822 messages: every field from their own
	//     header; DateHasZone is true whenever the Date header parsed.
	//   - forward header blocks (Gmail, Outlook, Apple, Thunderbird, Yahoo,
	//     Proton, Fastmail): From, To, Cc, Subject, Date as shown; MessageID
	//     is "".
	//   - "On <date>, <name> <addr> wrote:" lines: From and Date only. Some
	//     clients (Thunderbird, Fastmail) show no address: From.Email is ""
	//     and only From.Name is set.
	//   - "> " blocks with no attribution line (inline replies): a Message
	//     with an empty From and zero Date, holding the quoted text.
	Messages []Message

	// Calendar is the first text/calendar (or application/ics) part of the
	// message itself, decoded (transfer encoding and charset), bytes as
	// sent; nil when there is none. Parts inside attached messages do not
	// count. CalendarMethod is the part's method= parameter, else the
	// object's METHOD property, upper case; "" when neither is present.
	Calendar       []byte
	CalendarMethod string
}

// Message is one message of a thread.
type Message struct {
	From    Address
	To, Cc  []Address
	Subject string
	// Date is when the message was written. Zero when unknown.
	Date time.Time
	// DateHasZone reports whether the date carried its own zone or offset
	// (a Date header, "Date: Mon, 16 Nov 2026 09:14:00 -0500", "9:14 AM EST").
	// When false, Date was read in Options.Location.
	DateHasZone bool
	MessageID   string // without angle brackets; "" when unknown
	// Text is what this message's author wrote: no quoted material, no
	// signature, no "Sent from my iPhone" / "Get Outlook for iOS" lines, no
	// legal disclaimer. Lines are right-trimmed; runs of blank lines are
	// kept to one. Text written below a quote (bottom posting) is kept.
	Text string
	// Signature is the signature block removed from Text, if any: from a
	// sign-off line ("Best,", "Thanks, Dana", "Kind regards") or the "--"
	// delimiter, whichever comes first, or from a line that is just the
	// author's name, to the end ("Best,\nDana Whitfield\nDirector,
	// Northwind Health"). The organisation, when written, is found here.
	// A "P.S." below the signature stays in Text.
	Signature string
	// TopLevel is true for the message as delivered (the last one).
	TopLevel bool
}

// Options bound the work Read does on hostile input and say how to read
// dates written without a zone.
type Options struct {
	// Location is used for dates shown without a zone (Gmail, Outlook and
	// Proton forward headers, "On ... wrote:" lines). Nil means UTC.
	Location *time.Location
	// MaxSize is the largest message Read accepts, in bytes (0: 25 MiB).
	MaxSize int64
	// MaxDepth is the deepest nesting of multiparts and attached messages
	// (0: 10).
	MaxDepth int
	// MaxParts is the most MIME parts read (0: 200).
	MaxParts int
}

// Read parses one raw message. It returns an error (never panics) when the
// message cannot be read as mail at all or exceeds a limit; the error says
// why in words an owner can read, and wraps ErrTooLarge, ErrTooDeep or
// ErrTooMany for the limits. Anything short of that is read as well as it
// can be: unknown charsets (in headers: kept raw; in bodies: read as UTF-8
// with invalid bytes replaced), broken transfer encodings and truncated
// multiparts never fail a message.
func Read(r io.Reader, opts Options) (*Thread, error) {
	return readThread(r, opts)
}
