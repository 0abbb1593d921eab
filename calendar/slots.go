package calendar

import "time"

// Interval is a half-open span of time [Start, End).
type Interval struct {
	Start, End time.Time
}

// Availability is when the owner takes calls, as weekly windows in their
// zone. Parse it from config with ParseAvailability.
type Availability struct {
	Loc     *time.Location
	Windows [7][]ClockRange // indexed by time.Weekday
}

// ClockRange is a time-of-day window, minutes after local midnight.
type ClockRange struct{ From, To int }

// ParseAvailability reads a spec such as "Mon-Fri 09:00-17:00" or
// "Mon,Wed 10:00-12:00, 14:00-17:30; Sat 10:00-12:00".
func ParseAvailability(spec string, loc *time.Location) (Availability, error) {
	return parseAvailability(spec, loc)
}

// Offer is a time the contact proposed: a point (End zero) or a window.
type Offer struct {
	Start, End time.Time
}

// Choose returns the first slot of length d that starts at an offer (or, for
// a window, the first free start inside it on a 15-minute grid), lies inside
// av, starts after notBefore and overlaps nothing in busy. ok is false when
// nothing fits; why then says, per offer, why it did not fit.
func Choose(offers []Offer, d time.Duration, av Availability, busy []Interval, notBefore time.Time) (slot Interval, ok bool, why []string) {
	return choose(offers, d, av, busy, notBefore)
}

// FreeSlots returns up to n free slots of length d inside av, starting after
// from, at most one per day, on business days first, for an asks-for-times
// reply.
func FreeSlots(from time.Time, n int, d time.Duration, av Availability, busy []Interval) []Interval {
	return freeSlots(from, n, d, av, busy)
}
