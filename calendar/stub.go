package calendar

import (
	"errors"
	"time"
)

// Placeholders replaced by the real implementation.
func encode(method string, ev Event) ([]byte, error) { return nil, errors.New("not implemented") }
func parseReply(b []byte) (*Reply, error)            { return nil, errors.New("not implemented") }

func parseAvailability(spec string, loc *time.Location) (Availability, error) {
	return Availability{}, errors.New("not implemented")
}
func choose(offers []Offer, d time.Duration, av Availability, busy []Interval, notBefore time.Time) (Interval, bool, []string) {
	return Interval{}, false, nil
}
func freeSlots(from time.Time, n int, d time.Duration, av Availability, busy []Interval) []Interval {
	return nil
}
