// Package mailtest runs real in-process IMAP (go-imap's imapserver with its
// in-memory backend) and SMTP (go-smtp) servers on 127.0.0.1, in the spirit
// of net/http/httptest, for tests and for `coffeechat demo`. Mail accepted
// by the SMTP server for a known user is delivered to that user's INBOX.
package mailtest

import "time"

// Envelope is one message the SMTP server accepted.
type Envelope struct {
	From string
	To   []string
	Data []byte
	At   time.Time
}

// Options configure a Server.
type Options struct {
	// Users maps each address to its password. Each user gets INBOX,
	// Drafts, Sent, Archive, Junk and Trash.
	Users map[string]string
}

// Server is a running pair of servers.
type Server struct {
	IMAPAddr string // host:port, plaintext, LOGIN allowed
	SMTPAddr string // host:port, plaintext, AUTH PLAIN allowed, any recipient
}
