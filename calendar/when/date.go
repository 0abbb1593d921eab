package when

import "time"

// civil is a calendar date without a zone.
type civil struct {
	y int
	m time.Month
	d int
}

func civilOf(t time.Time) civil {
	y, m, d := t.Date()
	return civil{y, m, d}
}

func (c civil) addDays(n int) civil {
	return civilOf(time.Date(c.y, c.m, c.d+n, 12, 0, 0, 0, time.UTC))
}

func (c civil) weekday() time.Weekday {
	return time.Date(c.y, c.m, c.d, 12, 0, 0, 0, time.UTC).Weekday()
}

func (c civil) before(o civil) bool {
	if c.y != o.y {
		return c.y < o.y
	}
	if c.m != o.m {
		return c.m < o.m
	}
	return c.d < o.d
}

func validDate(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	t := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	return t.Day() == d
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// Abbreviations are dates only when capitalised ("Sat", not "sat").
var weekdayAbbr = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "weds": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday,
	"thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

func (p *parser) weekdayAt(i int) (time.Weekday, bool) {
	if i >= len(p.toks) || p.toks[i].kind != tWord {
		return 0, false
	}
	tk := p.toks[i]
	if wd, ok := weekdays[tk.low]; ok {
		return wd, true
	}
	// "sat", "sun" and "mon" are words too; the others are dates in any case.
	if wd, ok := weekdayAbbr[tk.low]; ok && (isUpperInitial(tk.text) || (tk.low != "sat" && tk.low != "sun" && tk.low != "mon") || p.clockWithAmPm(i+1)) {
		return wd, true
	}
	return 0, false
}

// clockWithAmPm reports an hour with am or pm at token i ("10am", "10
// am", "10:30pm"): "sat 10am" is Saturday; "I sat 10 minutes" is not.
func (p *parser) clockWithAmPm(i int) bool {
	if i >= len(p.toks) || p.toks[i].kind != tNum || p.toks[i].val < 1 || p.toks[i].val > 12 {
		return false
	}
	j := i + 1
	if j+1 < len(p.toks) && p.toks[j].low == ":" && p.toks[j+1].kind == tNum {
		j += 2
	}
	if j >= len(p.toks) || p.toks[j].kind != tWord {
		return false
	}
	switch p.toks[j].low {
	case "am", "pm", "a.m", "p.m":
		return true
	}
	return false
}

// monthAt reads a month name at i ("Nov", "Nov.", "November"); "May",
// "March" and the abbreviations count only when capitalised.
func (p *parser) monthAt(i int) (time.Month, int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != tWord {
		return 0, i, false
	}
	tk := p.toks[i]
	m, ok := months[tk.low]
	if !ok {
		return 0, i, false
	}
	if len(tk.low) < 6 || tk.low == "march" {
		if !isUpperInitial(tk.text) {
			return 0, i, false
		}
	}
	j := i + 1
	if len(tk.low) <= 4 && j < len(p.toks) && p.toks[j].low == "." && !p.toks[j].space {
		j++
	}
	return m, j, true
}

// dayAt reads a day of month, with an optional ordinal suffix glued to it
// ("24", "24th"). ordinal reports whether the suffix was there.
func (p *parser) dayAt(i int) (d, next int, ordinal, ok bool) {
	if i >= len(p.toks) || p.toks[i].kind != tNum || p.toks[i].digits > 2 {
		return 0, i, false, false
	}
	d = p.toks[i].val
	if d < 1 || d > 31 {
		return 0, i, false, false
	}
	j := i + 1
	if j < len(p.toks) && p.toks[j].kind == tWord && !p.toks[j].space {
		switch p.toks[j].low {
		case "st", "nd", "rd", "th":
			return d, j + 1, true, true
		default:
			return 0, i, false, false // "24h", "3pm" are not days
		}
	}
	return d, j, false, true
}

// yearAt reads an optional year after a date: ", 2026" or "2026".
func (p *parser) yearAt(i int) (int, int) {
	j := i
	if j < len(p.toks) && p.toks[j].low == "," {
		j++
	}
	if j < len(p.toks) && p.toks[j].kind == tNum && p.toks[j].digits == 4 && p.toks[j].val >= 1900 && p.toks[j].val <= 2200 {
		// "Nov 24 2026" but not "Nov 24 1430" (a 24h time without colon is
		// not a thing we read; a year in range is far likelier).
		if j+1 < len(p.toks) && p.toks[j+1].low == ":" && !p.toks[j+1].space {
			return 0, i
		}
		return p.toks[j].val, j + 1
	}
	return 0, i
}

// nextOccurrence is the first m/d on or after ref (a date written without
// a year).
func nextOccurrence(ref civil, m time.Month, d int) (civil, bool) {
	for y := ref.y; y <= ref.y+4; y++ {
		if !validDate(y, m, d) {
			continue
		}
		c := civil{y, m, d}
		if !c.before(ref) {
			return c, true
		}
	}
	return civil{}, false
}

// nextDayOfMonth is the first date on or after ref with day d ("the 24th").
func nextDayOfMonth(ref civil, d int) (civil, bool) {
	y, m := ref.y, ref.m
	for k := 0; k < 13; k++ {
		if validDate(y, m, d) {
			c := civil{y, m, d}
			if !c.before(ref) {
				return c, true
			}
		}
		m++
		if m > 12 {
			m, y = 1, y+1
		}
	}
	return civil{}, false
}

// nextWeekday is the first wd strictly after ref.
func nextWeekday(ref civil, wd time.Weekday) civil {
	n := (int(wd) - int(ref.weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return ref.addDays(n)
}

// isoWeekStart is the Monday of ref's week.
func isoWeekStart(c civil) civil {
	n := (int(c.weekday()) + 6) % 7
	return c.addDays(-n)
}

// nextNamedWeekday resolves "next <weekday>". Written Thursday to Sunday it
// is the first such day after the date (the contract's clarification);
// written Monday to Wednesday, when that day still falls in the current
// week, "next" skips to the following week's.
func nextNamedWeekday(ref civil, wd time.Weekday) civil {
	c := nextWeekday(ref, wd)
	switch ref.weekday() {
	case time.Monday, time.Tuesday, time.Wednesday:
		if isoWeekStart(c) == isoWeekStart(ref) {
			c = c.addDays(7)
		}
	}
	return c
}

// weekdayNextWeek resolves "next week Tuesday", "Tuesday next week".
func weekdayNextWeek(ref civil, wd time.Weekday) civil {
	mon := isoWeekStart(ref).addDays(7)
	return mon.addDays((int(wd) + 6) % 7)
}

// thisWeekday resolves "this Thursday": the first such day on or after ref.
func thisWeekday(ref civil, wd time.Weekday) civil {
	n := (int(wd) - int(ref.weekday()) + 7) % 7
	return ref.addDays(n)
}

// holidays are days named in running text that fall on a known date each
// year ("the Wednesday after Thanksgiving"). US ones first: the owner's
// calendar is American by default; Christmas and New Year's Day hold
// everywhere.
var holidays = map[string]func(y int) civil{
	"thanksgiving": func(y int) civil { return nthWeekday(y, time.November, time.Thursday, 4) },
	"christmas":    func(y int) civil { return civil{y, time.December, 25} },
	"xmas":         func(y int) civil { return civil{y, time.December, 25} },
	"halloween":    func(y int) civil { return civil{y, time.October, 31} },
}

// holidaysOfTwo are holidays named in two words ("Labor Day").
var holidaysOfTwo = map[[2]string]func(y int) civil{
	{"labor", "day"}:    func(y int) civil { return nthWeekday(y, time.September, time.Monday, 1) },
	{"memorial", "day"}: func(y int) civil { return lastWeekday(y, time.May, time.Monday) },
	{"new", "year's"}:   func(y int) civil { return civil{y, time.January, 1} },
}

// nthWeekday is the n-th wd of month m of year y (n from 1).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) civil {
	first := civil{y, m, 1}
	return first.addDays((int(wd)-int(first.weekday())+7)%7 + 7*(n-1))
}

// lastWeekday is the last wd of month m of year y.
func lastWeekday(y int, m time.Month, wd time.Weekday) civil {
	last := civil{y, m + 1, 1}.addDays(-1)
	return last.addDays(-((int(last.weekday()) - int(wd) + 7) % 7))
}

// holidayAt reads a holiday's name at token i: its date nearest ahead of
// ref (one that passed less than a week ago still counts: "the Monday
// after Thanksgiving" written the day after), and the index after it.
func (p *parser) holidayAt(i int) (civil, int, bool) {
	f, j := holidays[p.word(i)], i+1
	if f == nil {
		f, j = holidaysOfTwo[[2]string{p.word(i), p.word(i + 1)}], i+2
	}
	if f == nil {
		return civil{}, i, false
	}
	c := f(p.ref.y)
	if c.addDays(7).before(p.ref) {
		c = f(p.ref.y + 1)
	}
	return c, j, true
}

// prevWeekday is the last wd strictly before ref.
func prevWeekday(ref civil, wd time.Weekday) civil {
	n := (int(ref.weekday()) - int(wd) + 7) % 7
	if n == 0 {
		n = 7
	}
	return ref.addDays(-n)
}
