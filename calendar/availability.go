package calendar

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Day names accepted by ParseAvailability, 3-letter or full.
var dayNames = map[string]time.Weekday{
	"sun": time.Sunday, "sunday": time.Sunday,
	"mon": time.Monday, "monday": time.Monday,
	"tue": time.Tuesday, "tuesday": time.Tuesday,
	"wed": time.Wednesday, "wednesday": time.Wednesday,
	"thu": time.Thursday, "thursday": time.Thursday,
	"fri": time.Friday, "friday": time.Friday,
	"sat": time.Saturday, "saturday": time.Saturday,
}

// parseAvailability reads "DAYS RANGES[; DAYS RANGES...]" where DAYS is a
// comma list of days or day ranges ("Mon-Fri", "Mon,Wed", "Fri-Mon" wraps
// round the weekend) and RANGES a comma list of HH:MM-HH:MM ("24:00" may end
// a range). Ranges of one day are sorted and merged where they touch.
func parseAvailability(spec string, loc *time.Location) (Availability, error) {
	var av Availability
	if loc == nil {
		return av, errors.New("availability: no time zone given")
	}
	av.Loc = loc
	spec = strings.ReplaceAll(spec, "\u2013", "-") // en dash, as typed by word processors
	if strings.TrimSpace(spec) == "" {
		return av, errors.New("availability is empty; write e.g. \"Mon-Fri 09:00-17:00\"")
	}
	for part := range strings.SplitSeq(spec, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		// The day list ends where the first time begins: day lists and time
		// lists are both comma-separated, but only times contain digits.
		i := strings.IndexAny(part, "0123456789")
		if i < 0 {
			return av, fmt.Errorf("availability %q: no times after the days; write e.g. %q", part, part+" 09:00-17:00")
		}
		daysText, timesText := strings.TrimSpace(part[:i]), part[i:]
		if daysText == "" {
			return av, fmt.Errorf("availability %q: no days before the times; write e.g. %q", part, "Mon-Fri "+part)
		}
		days, err := parseDays(daysText)
		if err != nil {
			return av, fmt.Errorf("availability %q: %w", part, err)
		}
		ranges, err := parseRanges(timesText)
		if err != nil {
			return av, fmt.Errorf("availability %q: %w", part, err)
		}
		for _, d := range days {
			av.Windows[d] = append(av.Windows[d], ranges...)
		}
	}
	n := 0
	for d := range av.Windows {
		av.Windows[d] = mergeRanges(av.Windows[d])
		n += len(av.Windows[d])
	}
	if n == 0 {
		return av, errors.New("availability is empty; write e.g. \"Mon-Fri 09:00-17:00\"")
	}
	return av, nil
}

func parseDays(s string) ([]time.Weekday, error) {
	var days []time.Weekday
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			return nil, fmt.Errorf("empty day in %q", s)
		}
		from, to, isRange := strings.Cut(item, "-")
		first, err := parseDay(from)
		if err != nil {
			return nil, err
		}
		if !isRange {
			days = append(days, first)
			continue
		}
		last, err := parseDay(to)
		if err != nil {
			return nil, err
		}
		for d := first; ; d = (d + 1) % 7 {
			days = append(days, d)
			if d == last {
				break
			}
		}
	}
	return days, nil
}

func parseDay(s string) (time.Weekday, error) {
	s = strings.TrimSpace(s)
	if d, ok := dayNames[strings.ToLower(s)]; ok {
		return d, nil
	}
	return 0, fmt.Errorf("unknown day %q; use Mon, Tue, Wed, Thu, Fri, Sat, Sun or the full names", s)
}

func parseRanges(s string) ([]ClockRange, error) {
	var rs []ClockRange
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			return nil, fmt.Errorf("empty time range in %q", s)
		}
		from, to, ok := strings.Cut(item, "-")
		if !ok {
			return nil, fmt.Errorf("time range %q has no end; write it as HH:MM-HH:MM", item)
		}
		f, err := parseClock(from)
		if err != nil {
			return nil, fmt.Errorf("time range %q: %w", item, err)
		}
		t, err := parseClock(to)
		if err != nil {
			return nil, fmt.Errorf("time range %q: %w", item, err)
		}
		if f >= t {
			return nil, fmt.Errorf("time range %q ends before it starts (ranges cannot cross midnight)", item)
		}
		if f == 24*60 {
			return nil, fmt.Errorf("time range %q starts at 24:00", item)
		}
		rs = append(rs, ClockRange{From: f, To: t})
	}
	return rs, nil
}

// parseClock reads H:MM or HH:MM, 00:00 to 24:00, as minutes after midnight.
func parseClock(s string) (int, error) {
	s = strings.TrimSpace(s)
	hs, ms, ok := strings.Cut(s, ":")
	if !ok || len(hs) < 1 || len(hs) > 2 || len(ms) != 2 {
		return 0, fmt.Errorf("time %q is not HH:MM", s)
	}
	h, err1 := strconv.Atoi(hs)
	m, err2 := strconv.Atoi(ms)
	if err1 != nil || err2 != nil || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0) {
		return 0, fmt.Errorf("time %q is not a time of day between 00:00 and 24:00", s)
	}
	return h*60 + m, nil
}

func mergeRanges(rs []ClockRange) []ClockRange {
	if len(rs) == 0 {
		return nil
	}
	slices.SortFunc(rs, func(a, b ClockRange) int { return a.From - b.From })
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r.From <= last.To {
			last.To = max(last.To, r.To)
			continue
		}
		out = append(out, r)
	}
	return out
}

// String writes av the way ParseAvailability reads it, days Monday first,
// days with the same hours grouped ("Mon-Fri 09:00-17:00; Sat 10:00-12:00").
// It is what Choose quotes to the owner.
func (av Availability) String() string {
	week := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	type group struct {
		hours string
		days  []int // positions in week
	}
	var groups []*group
	for i, d := range week {
		if len(av.Windows[d]) == 0 {
			continue
		}
		var hs []string
		for _, r := range av.Windows[d] {
			hs = append(hs, clock(r.From)+"-"+clock(r.To))
		}
		hours := strings.Join(hs, ", ")
		idx := slices.IndexFunc(groups, func(g *group) bool { return g.hours == hours })
		if idx < 0 {
			groups = append(groups, &group{hours: hours})
			idx = len(groups) - 1
		}
		groups[idx].days = append(groups[idx].days, i)
	}
	if len(groups) == 0 {
		return "no availability"
	}
	var parts []string
	for _, g := range groups {
		var runs []string
		for i := 0; i < len(g.days); {
			j := i
			for j+1 < len(g.days) && g.days[j+1] == g.days[j]+1 {
				j++
			}
			first, last := week[g.days[i]].String()[:3], week[g.days[j]].String()[:3]
			switch j - i {
			case 0:
				runs = append(runs, first)
			case 1:
				runs = append(runs, first, last)
			default:
				runs = append(runs, first+"-"+last)
			}
			i = j + 1
		}
		parts = append(parts, strings.Join(runs, ",")+" "+g.hours)
	}
	return strings.Join(parts, "; ")
}

func clock(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }
