// Package reading turns a Thread into what coffeechat understands of it: the
// contact, their intent, the times they offered, the length and place of the
// call, and the people they referred. Its JSON form is the contract of
// `coffeechat inspect` (shared/inspect-contract.md); the daemon uses the same
// function, so what inspect prints is what the daemon acts on.
package reading

import (
	"time"

	"github.com/coffeechat/coffeechat/mail"
)

// Intents, as the inspect contract names them.
const (
	Scheduled    = "scheduled"
	AsksForTimes = "asks_for_times"
	Declined     = "declined"
	Deferred     = "deferred"
	Referred     = "referred"
	NoReply      = "no_reply"
)

// Location kinds.
const (
	Video       = "video"
	Phone       = "phone"
	InPerson    = "in_person"
	Unspecified = "unspecified"
)

type Contact struct {
	Name         string  `json:"name"`
	Email        string  `json:"email"`
	Organization *string `json:"organization"`
}

// Interval is one proposed time. End is nil unless a window was given.
type Interval struct {
	Start time.Time  `json:"start"`
	End   *time.Time `json:"end,omitempty"`
}

type Location struct {
	Kind   string  `json:"kind"`
	Detail *string `json:"detail"`
}

type Referral struct {
	Name  string  `json:"name"`
	Email *string `json:"email"`
}

// Result is the inspect JSON object. Times are rendered in Options.Location
// when marshalled by MarshalInspect.
type Result struct {
	Contact         Contact    `json:"contact"`
	Intent          string     `json:"intent"`
	ProposedTimes   []Interval `json:"proposed_times"`
	DurationMinutes *int       `json:"duration_minutes"`
	Location        Location   `json:"location"`
	Referrals       []Referral `json:"referrals"`

	// Not part of the inspect JSON; what the daemon needs besides.

	// ContactMessageID is the Message-ID of the contact's latest message
	// when known (for threading the thank-you), else "".
	ContactMessageID string `json:"-"`
	// ThreadMessageIDs are all Message-IDs known in the thread, oldest first.
	ThreadMessageIDs []string `json:"-"`
	// LatestContactDate is the date of the contact's latest message (zero if
	// unknown); a proposed time before it is not an offer to be scheduled.
	LatestContactDate time.Time `json:"-"`
	// Subject is the thread's subject without Fwd:/Re: prefixes.
	Subject string `json:"-"`

	// IntentCue is what decided Intent: the sentence of the contact's
	// latest message, as written (one line, at most 240 bytes), in which
	// the deciding cue was found — the sentence offering or confirming a
	// time for scheduled, the request to come back later for deferred,
	// the refusal for declined, the question about times for
	// asks_for_times, the sentence naming the first person referred for
	// referred. It is "" for no_reply and when no cue was recognised,
	// in which case Intent is the reader's guess (asks_for_times, or
	// scheduled when an earlier message of the contact's offered times).
	IntentCue string `json:"-"`
	// IntentSure is true when Intent rests on a strong cue and no other
	// strong cue contradicts it: times offered or confirmed, a referral,
	// a postponement, a request for times, a refusal. It is false when
	// Intent is a guess (no cue), rests on weak cues only (an apology or
	// a wish of luck read as a no, "busy until the 15th" read as later),
	// or when two strong families disagreed and the contract's precedence
	// chose (a refusal next to a request for times). It is true for
	// no_reply, which follows from the thread, not from wording. The
	// daemon should act on Intent only when IntentSure, and otherwise ask
	// the owner.
	IntentSure bool `json:"-"`
}

// Options carry what the reader cannot learn from the message.
type Options struct {
	// Location is the owner's zone (inspect's --tz). Required.
	Location *time.Location
	// OwnerAddresses are the owner's known addresses (lower case). inspect
	// passes none and works the owner out from the message alone.
	OwnerAddresses []string
	// DedicatedAddresses are coffeechat's own addresses (lower case).
	DedicatedAddresses []string
}

// Read understands a thread. It never fails on a well-formed thread: what it
// cannot find is left empty (contact email "" when no contact was found).
func Read(t *mail.Thread, opts Options) *Result {
	return read(t, opts)
}
