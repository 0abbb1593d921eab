// Package compose builds the emails coffeechat sends (go-mail) and sends
// them over SMTP. Building and sending are separate on purpose: the daemon
// builds a message once, stores the exact bytes in its outbox in the same
// transaction as the state change that causes it, and the sender later sends
// those bytes, so a retry after a crash sends the same Message-ID.
package compose

import (
	"time"
)

// Address is a display name and an email address.
type Address struct {
	Name  string
	Email string
}

// Message is an email to build. Header values are checked: a CR or LF in
// any of them is an error, never a header injection.
type Message struct {
	MessageID  string // without angle brackets; required
	Date       time.Time
	From       Address
	ReplyTo    []Address
	To         []Address
	Cc         []Address
	Subject    string
	InReplyTo  string   // without angle brackets
	References []string // without angle brackets
	// Headers are extra header fields (X-Coffeechat-Kind, Auto-Submitted).
	Headers map[string]string
	Text    string // required
	HTML    string // optional
	// Calendar, when set, is added as the last alternative
	// (text/calendar; method=CalendarMethod; charset=UTF-8) and again as an
	// invite.ics attachment (application/ics), as iMIP (RFC 6047) clients
	// expect.
	Calendar       []byte
	CalendarMethod string
}

// Build returns the RFC 5322 bytes of m.
func Build(m Message) ([]byte, error) { return build(m) }
