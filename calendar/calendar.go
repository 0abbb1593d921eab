// Package calendar builds and reads iCalendar (RFC 5545) objects for iTIP
// (RFC 5546) scheduling with go-ical: invites (METHOD:REQUEST), updates
// (same UID, SEQUENCE+1), cancellations (METHOD:CANCEL), and the REPLYs that
// calendars send back. It also chooses free slots. Times are written in UTC,
// which every client renders in its viewer's zone.
package calendar

import "time"

// Person is someone named in an event.
type Person struct {
	Name  string
	Email string
}

// Participation status values (RFC 5545 PARTSTAT).
const (
	NeedsAction = "NEEDS-ACTION"
	Accepted    = "ACCEPTED"
	Declined    = "DECLINED"
	Tentative   = "TENTATIVE"
)

// Attendee is one ATTENDEE of an event.
type Attendee struct {
	Person
	PartStat string // NeedsAction when ""
	RSVP     bool
}

// Event is one meeting as coffeechat describes it to calendars.
type Event struct {
	UID      string
	Sequence int
	Stamp    time.Time // DTSTAMP; the time the object is built
	Start    time.Time
	End      time.Time
	Summary  string
	// Description is plain text; newlines allowed.
	Description string
	// Location is a place or phone number; URL is a meeting link (also
	// written as CONFERENCE). Either may be empty.
	Location  string
	URL       string
	Organizer Person
	Attendees []Attendee
	// Alarm is how long before Start a reminder fires; 0 means none.
	Alarm time.Duration
}

// Request returns a METHOD:REQUEST calendar object for ev, folded, with CRLF
// line ends.
func Request(ev Event) ([]byte, error) { return encode("REQUEST", ev) }

// Cancel returns a METHOD:CANCEL object for ev (STATUS:CANCELLED); the caller
// has already incremented ev.Sequence.
func Cancel(ev Event) ([]byte, error) { return encode("CANCEL", ev) }

// Reply is what an iTIP REPLY says.
type Reply struct {
	UID      string
	Sequence int
	// Attendee is the one attendee the REPLY is about (lower-case email).
	Attendee Person
	PartStat string
	Comment  string
}

// ParseReply reads a METHOD:REPLY object. It returns an error for anything
// else, for broken iCalendar, or for a REPLY that names no single attendee.
func ParseReply(b []byte) (*Reply, error) { return parseReply(b) }
