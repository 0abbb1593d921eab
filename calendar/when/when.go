// Package when finds the concrete times written in running text ("Tuesday
// at 2pm ET", "between 2 and 4pm on Dec 1", "11/24 at 10") and resolves them
// to instants following the rules of shared/inspect-contract.md.
package when

import "time"

// Span is one time found in text.
type Span struct {
	Start time.Time
	// End is zero unless a range or window was written ("10-11am",
	// "between 2 and 4pm").
	End time.Time
	// Pos and Len locate the expression in the text (bytes).
	Pos, Len int
}

// Find returns every concrete time in text, in order of appearance, the
// same instant once. ref is the date of the message in which the text was
// written (relative words resolve against it); loc is the zone for times
// written without one (the message's own zone, else the owner's).
func Find(text string, ref time.Time, loc *time.Location) []Span {
	return find(text, ref, loc, nil)
}

// FindFor is Find for text written to someone whose zone is owner:
// "3pm your time" is read on owner's clock. owner nil is Find.
func FindFor(text string, ref time.Time, loc, owner *time.Location) []Span {
	return find(text, ref, loc, owner)
}
