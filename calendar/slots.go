package calendar

import (
	"fmt"
	"slices"
	"time"
)

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

// grid is the step between candidate start times, aligned to the owner's
// wall clock (:00, :15, :30, :45).
const grid = 15 * time.Minute

// Bounds on the search so a wide window or a year-long scan stays cheap.
const (
	maxWindowSteps = 62 * 24 * 4 // a window offer is searched for at most 62 days
	freeSlotDays   = 60          // FreeSlots looks this many days ahead
	// FreeSlots prefers weekdays to weekend days within this many days.
	preferWeekdayDays = 14
)

// Owner-facing formats for why-messages: "Tue 24 Nov 07:00".
const (
	dayClockFormat = "Mon 2 Jan 15:04"
	clockFormat    = "15:04"
)

func (av Availability) loc() *time.Location {
	if av.Loc == nil {
		return time.UTC
	}
	return av.Loc
}

// fits reports whether [s, e) lies inside one of av's windows, compared on
// the owner's wall clock, so a 09:00-17:00 window means 09:00-17:00 local on
// both sides of a DST change.
func (av Availability) fits(s, e time.Time) bool {
	loc := av.loc()
	ls, le := s.In(loc), e.In(loc)
	start := secondsOfDay(ls)
	end := secondsOfDay(le)
	y, m, d := ls.Date()
	if ey, em, ed := le.Date(); ey != y || em != m || ed != d {
		// Only a slot ending exactly at the next local midnight (a window
		// ending 24:00) may leave its day.
		next := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
		if !le.Equal(next) {
			return false
		}
		end = 24 * 3600
	}
	for _, w := range av.Windows[ls.Weekday()] {
		if w.From*60 <= start && end <= w.To*60 {
			return true
		}
	}
	return false
}

// startsInside reports whether t falls in a window (end not considered).
func (av Availability) startsInside(t time.Time) bool {
	lt := t.In(av.loc())
	sec := secondsOfDay(lt)
	for _, w := range av.Windows[lt.Weekday()] {
		if w.From*60 <= sec && sec < w.To*60 {
			return true
		}
	}
	return false
}

func secondsOfDay(t time.Time) int { return t.Hour()*3600 + t.Minute()*60 + t.Second() }

// busyAt returns the first busy interval that [s, e) overlaps.
func busyAt(busy []Interval, s, e time.Time) (Interval, bool) {
	for _, b := range busy {
		if s.Before(b.End) && b.Start.Before(e) {
			return b, true
		}
	}
	return Interval{}, false
}

// ceilGrid returns the first grid point at or after t on loc's wall clock.
func ceilGrid(t time.Time, loc *time.Location) time.Time {
	lt := t.In(loc)
	rem := time.Duration(lt.Minute()%15)*time.Minute + time.Duration(lt.Second())*time.Second + time.Duration(lt.Nanosecond())
	if rem == 0 {
		return t
	}
	return t.Add(grid - rem)
}

// checker judges candidate starts for one call length against the owner's
// availability, calendar and earliest start.
type checker struct {
	d         time.Duration
	av        Availability
	busy      []Interval
	notBefore time.Time
}

// verdict is the outcome of one candidate, ordered by how far it got.
type verdict int

const (
	fitsOK verdict = iota
	tooSoon
	outside
	runsPast
	clashes
)

func (c checker) check(s time.Time) (verdict, Interval) {
	e := s.Add(c.d)
	switch {
	case s.Before(c.notBefore):
		return tooSoon, Interval{}
	case !c.av.fits(s, e):
		if c.av.startsInside(s) {
			return runsPast, Interval{}
		}
		return outside, Interval{}
	}
	if b, ok := busyAt(c.busy, s, e); ok {
		return clashes, b
	}
	return fitsOK, Interval{}
}

// choose also returns why for the offers it passed over before the one that
// fit, so the owner can be told why an earlier proposal was not taken.
func choose(offers []Offer, d time.Duration, av Availability, busy []Interval, notBefore time.Time) (Interval, bool, []string) {
	if d <= 0 {
		return Interval{}, false, []string{fmt.Sprintf("the call length %s is not positive", d)}
	}
	c := checker{d: d, av: av, busy: busy, notBefore: notBefore}
	loc := av.loc()
	var why []string
	for _, o := range offers {
		switch {
		case o.Start.IsZero():
			why = append(why, "an offer had no time")
		case o.End.IsZero():
			v, b := c.check(o.Start)
			if v == fitsOK {
				return Interval{o.Start, o.Start.Add(d)}, true, why
			}
			why = append(why, c.explain(o.Start.In(loc).Format(dayClockFormat), v, b))
		default:
			s, ok, reason := c.window(o)
			if ok {
				return Interval{s, s.Add(d)}, true, why
			}
			why = append(why, reason)
		}
	}
	if len(offers) == 0 {
		why = append(why, "no times were offered")
	}
	return Interval{}, false, why
}

// window finds the first grid start inside o that fits, or says why none
// does, naming the reason that stopped the candidates that got furthest
// (too soon < outside availability < runs past the end < busy).
func (c checker) window(o Offer) (time.Time, bool, string) {
	loc := c.av.loc()
	label := windowLabel(o, loc)
	if !o.End.After(o.Start) {
		return time.Time{}, false, label + " ends before it starts"
	}
	if o.End.Sub(o.Start) < c.d {
		return time.Time{}, false, fmt.Sprintf("%s is shorter than the %s call", label, minutes(c.d))
	}
	tooSoonMsg := fmt.Sprintf("%s is too soon; the earliest possible start is %s", label, c.notBefore.In(loc).Format(dayClockFormat))
	// Start the search at notBefore when the window opens earlier, so a
	// long window reaching back into the past does not use up the steps.
	s := ceilGrid(o.Start, loc)
	if o.Start.Before(c.notBefore) {
		s = ceilGrid(c.notBefore, loc)
	}
	if s.Add(c.d).After(o.End) {
		if o.Start.Before(c.notBefore) {
			return time.Time{}, false, tooSoonMsg
		}
		return time.Time{}, false, fmt.Sprintf("%s has no room for a %s call starting on the quarter hour", label, minutes(c.d))
	}
	best, bestBusy := tooSoon, Interval{}
	for i := 0; i < maxWindowSteps && !s.Add(c.d).After(o.End); i, s = i+1, s.Add(grid) {
		v, b := c.check(s)
		if v == fitsOK {
			return s, true, ""
		}
		if v > best {
			best, bestBusy = v, b
		}
	}
	switch best {
	case tooSoon: // only when the steps ran out
		return time.Time{}, false, tooSoonMsg
	case outside, runsPast:
		return time.Time{}, false, fmt.Sprintf("%s has no %s slot inside your availability (%s)", label, minutes(c.d), c.av)
	default:
		return time.Time{}, false, fmt.Sprintf("%s has no free %s slot: your calendar is busy (first clash %s)", label, minutes(c.d), spanLabel(bestBusy, loc))
	}
}

func (c checker) explain(at string, v verdict, b Interval) string {
	loc := c.av.loc()
	switch v {
	case tooSoon:
		return fmt.Sprintf("%s is too soon; the earliest possible start is %s", at, c.notBefore.In(loc).Format(dayClockFormat))
	case outside:
		return fmt.Sprintf("%s is outside your availability (%s)", at, c.av)
	case runsPast:
		return fmt.Sprintf("%s: a %s call would run past the end of your availability (%s)", at, minutes(c.d), c.av)
	default:
		return fmt.Sprintf("%s clashes with something in your calendar (%s)", at, spanLabel(b, loc))
	}
}

func minutes(d time.Duration) string {
	if d%time.Minute == 0 {
		return fmt.Sprintf("%d-minute", int64(d/time.Minute))
	}
	return d.String()
}

// windowLabel writes an offered window in the owner's zone: "Tue 24 Nov
// 13:00-15:00", or both dates when it spans days.
func windowLabel(o Offer, loc *time.Location) string {
	return spanLabel(Interval{o.Start, o.End}, loc)
}

func spanLabel(iv Interval, loc *time.Location) string {
	s, e := iv.Start.In(loc), iv.End.In(loc)
	sy, sm, sd := s.Date()
	if ey, em, ed := e.Date(); ey == sy && em == sm && ed == sd {
		return s.Format(dayClockFormat) + "-" + e.Format(clockFormat)
	}
	return s.Format(dayClockFormat) + " - " + e.Format(dayClockFormat)
}

// freeSlots walks the owner's calendar days from the first grid point after
// from and takes the first free fitting start of each day. Within the first
// two weeks it prefers Monday to Friday, using weekend days only when there
// are too few weekdays; beyond that any day will do. The result is in time
// order.
func freeSlots(from time.Time, n int, d time.Duration, av Availability, busy []Interval) []Interval {
	if n <= 0 || d <= 0 {
		return nil
	}
	loc := av.loc()
	first := ceilGrid(from, loc)
	if first.Equal(from) {
		first = first.Add(grid) // "after from": a boundary equal to from is not after it
	}
	c := checker{d: d, av: av, busy: busy, notBefore: first}

	var weekdays, weekends, later []Interval
	y, m, dd := first.In(loc).Date()
	for day := 0; day < freeSlotDays; day++ {
		if day < preferWeekdayDays && len(weekdays) >= n {
			break // nothing found later can beat these
		}
		if day >= preferWeekdayDays && len(weekdays)+len(weekends)+len(later) >= n {
			break
		}
		dayStart := time.Date(y, m, dd+day, 0, 0, 0, 0, loc)
		if len(av.Windows[dayStart.Weekday()]) == 0 {
			continue
		}
		slot, ok := c.firstInDay(dayStart, time.Date(y, m, dd+day+1, 0, 0, 0, 0, loc))
		if !ok {
			continue
		}
		switch wd := dayStart.Weekday(); {
		case day >= preferWeekdayDays:
			later = append(later, slot)
		case wd == time.Saturday || wd == time.Sunday:
			weekends = append(weekends, slot)
		default:
			weekdays = append(weekdays, slot)
		}
	}
	out := append(weekdays, weekends...)
	out = append(out, later...)
	out = out[:min(n, len(out))]
	slices.SortFunc(out, func(a, b Interval) int { return a.Start.Compare(b.Start) })
	return out
}

// firstInDay returns the first fitting grid start in [dayStart, next). It
// steps in absolute time, so a day of 23 or 25 hours is walked correctly.
func (c checker) firstInDay(dayStart, next time.Time) (Interval, bool) {
	s := ceilGrid(dayStart, c.av.loc())
	if s.Before(c.notBefore) {
		s = c.notBefore
	}
	for ; s.Before(next); s = s.Add(grid) {
		if v, _ := c.check(s); v == fitsOK {
			return Interval{s, s.Add(c.d)}, true
		}
	}
	return Interval{}, false
}
