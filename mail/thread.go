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
	// text), with quoted and forwarded material and signature removed.
	Text string
	// FullText is the top-level message's whole text body, quoted and
	// forwarded material included (converted from HTML when needed).
	FullText string

	// Messages holds the conversation found inside the message: forwarded
	// messages (inline or attached as message/rfc822, nested), quoted
	// replies ("On ... wrote:", "> " lines, Outlook header blocks), in order
	// oldest first. The top-level message itself is the last entry.
	Messages []Message

	// Calendar is the first text/calendar part's decoded content, or nil.
	// CalendarMethod is its METHOD parameter (upper case), or "".
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
	// signature, no "Sent from my iPhone", no disclaimer.
	Text string
	// Signature is the signature block removed from Text, if any.
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
// why in words an owner can read.
func Read(r io.Reader, opts Options) (*Thread, error) {
	return readThread(r, opts)
}
