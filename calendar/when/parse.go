package when

import (
	"time"
)

type parser struct {
	toks  []token
	ref   civil
	loc   *time.Location
	owner *time.Location // the reader's zone, for "your time"; nil when unknown
	items []item
	// starts marks the tokens where an item begins (set by bind).
	starts map[int]bool
	// heads are zones written as a heading before a colon ("Two
	// openings on my end (Central time):"), for the times below them.
	heads []zoneHead
	// dayFirst: a numeric date in the same text can only be read day
	// first ("Monday 30/11") and none only month first, so its siblings
	// are day first too ("Wednesday 02/12" is December 2, not February 12).
	dayFirst bool
}

// zoneHead is a zone written before a colon, at token tok.
type zoneHead struct {
	tok  int
	zone *time.Location
}

const (
	iDate = iota
	iTime
	iStop // end of a sentence
)

// clock is a time of day as written, before am/pm is settled.
type clock struct {
	h, m int
	mer  byte // 'a', 'p', or 0 when not written
	// h24 is set when the hour can only be read as a 24-hour clock
	// ("14:00", "09:30"), or is noon written as a word.
	h24 bool
	// bare: only an hour, no minutes, no am/pm ("at 3").
	bare bool
}

type item struct {
	kind       int
	first, end int // token range [first, end)
	// date items
	dates []civil
	// time items
	start clock
	stop  *clock // end of a range as written
	after bool   // "after 2": a window to the end of business
	zone  *time.Location
	// zoneWide: the zone is written so that it holds for the whole
	// sentence (in parentheses, or last in it).
	zoneWide bool
	hint     byte // 'a' (morning) or 'p' (afternoon/evening) from nearby words
	trailed  bool // a date bound as the date after a time ("2pm Tuesday")
}

// find is the extractor behind Find: scan, read dates and times, bind each
// time to its date, resolve.
func find(text string, ref time.Time, loc, owner *time.Location) []Span {
	if loc == nil {
		loc = time.UTC
	}
	p := &parser{toks: scan(text), ref: civilOf(ref.In(loc)), loc: loc, owner: owner}
	p.dayFirst = slashDatesDayFirst(p.toks)
	p.parse()
	return p.bind(text)
}

func (p *parser) parse() {
	t := p.toks
	for i := 0; i < len(t); {
		if it, j, ok := p.parseDate(i); ok {
			p.items = append(p.items, it)
			i = j
			continue
		}
		// "until 3pm", "by 4", "before 10am" bound a window that is not
		// given; the clock in them is no offer.
		switch p.word(i) {
		case "until", "till", "til", "by", "before":
			if _, j, ok := p.parseClock(i + 1); ok {
				i = j
				continue
			}
		}
		if it, j, ok := p.parseTime(i); ok {
			p.items = append(p.items, it)
			i = j
			continue
		}
		if it, j, ok := p.sameTime(i); ok {
			p.items = append(p.items, it)
			i = j
			continue
		}
		if z, j := p.parseZone(i); z != nil && p.word(j) == ":" {
			p.heads = append(p.heads, zoneHead{tok: i, zone: z})
			i = j
			continue
		}
		switch {
		case t[i].kind == tBreak:
			p.items = append(p.items, item{kind: iStop, first: i, end: i + 1})
		case t[i].kind == tPunct && (t[i].low == "." || t[i].low == "?" || t[i].low == "!" || t[i].low == ";"):
			p.items = append(p.items, item{kind: iStop, first: i, end: i + 1})
		}
		i++
	}
}

// parseDate reads one date, or several joined by "or"/"and"/"," ("Tuesday
// or Wednesday"), at i. A month with a year but no day ("March 2019") is
// read and returned with no dates, so its numbers are not taken as times.
func (p *parser) parseDate(i int) (item, int, bool) {
	d, j, ok := p.parseOneDate(i)
	if !ok {
		return item{}, i, false
	}
	d, j = p.apposition(d, j)
	it := item{kind: iDate, first: i, end: j}
	if d != nil {
		it.dates = append(it.dates, *d)
	}
	for {
		k := j
		if k < len(p.toks) && p.toks[k].low == "," {
			k++
		}
		if k < len(p.toks) && (p.toks[k].low == "or" || p.toks[k].low == "and" || p.toks[k].low == "/") {
			k++
		}
		if k == j {
			break
		}
		d2, j2, ok := p.parseOneDate(k)
		if !ok || d2 == nil {
			break
		}
		d2, j2 = p.apposition(d2, j2)
		it.dates = append(it.dates, *d2)
		j = j2
		it.end = j
	}
	return it, j, true
}

func (p *parser) word(i int) string {
	if i < len(p.toks) && (p.toks[i].kind == tWord || p.toks[i].kind == tPunct) {
		return p.toks[i].low
	}
	return ""
}

func (p *parser) parseOneDate(i int) (*civil, int, bool) {
	t := p.toks
	ref := p.ref
	switch p.word(i) {
	case "today", "tonight":
		c := ref
		return &c, i + 1, true
	case "tomorrow", "tmrw", "tmr", "tomorow":
		c := ref.addDays(1)
		return &c, i + 1, true
	case "day":
		if p.word(i+1) == "after" && (p.word(i+2) == "tomorrow" || p.word(i+2) == "tmrw") {
			c := ref.addDays(2)
			return &c, i + 3, true
		}
	case "next", "this", "coming":
		w := p.word(i)
		j := i + 1
		if w == "this" && p.word(j) == "coming" {
			j++
		}
		if w == "next" && p.word(j) == "week" {
			// "next week Tuesday", "next week on Tuesday"
			k := j + 1
			if p.word(k) == "on" || p.word(k) == "," {
				k++
			}
			if wd, ok := p.weekdayAt(k); ok {
				c := weekdayNextWeek(ref, wd)
				return &c, k + 1, true
			}
			return nil, i, false
		}
		if wd, ok := p.weekdayAt(j); ok {
			var c civil
			switch {
			case w == "next":
				c = nextNamedWeekday(ref, wd)
			case w == "this" || w == "coming":
				c = thisWeekday(ref, wd)
			}
			return &c, j + 1, true
		}
		return nil, i, false
	case "a", "one", "two", "three":
		// "a week from today", "two weeks from Monday", "a week from
		// tomorrow": that day, so many weeks on.
		n := map[string]int{"a": 1, "one": 1, "two": 2, "three": 3}[p.word(i)]
		if (p.word(i+1) == "week" || p.word(i+1) == "weeks") && (p.word(i+2) == "from" || p.word(i+2) == "after") {
			if base, j, ok := p.parseOneDate(i + 3); ok && base != nil {
				c := base.addDays(7 * n)
				return &c, j, true
			}
		}
		return nil, i, false
	case "the":
		// "the 24th", "the 24th of November"
		if d, j, ord, ok := p.dayAt(i + 1); ok && ord {
			if p.word(j) == "of" {
				if m, k, ok := p.monthAt(j + 1); ok {
					return p.monthDay(m, d, k)
				}
			}
			if c, ok := nextDayOfMonth(ref, d); ok {
				return &c, j, true
			}
		}
		return nil, i, false
	}
	if wd, ok := p.weekdayAt(i); ok {
		if i+1 < len(t) && t[i+1].low == "s" && !t[i+1].space {
			return nil, i, false // "Tuesdays": a habit, not a date
		}
		j := i + 1
		// "Tuesday, November 24", "Tuesday the 24th", "Tue 11/24".
		k := j
		if p.word(k) == "," {
			k++
		}
		if c, k2, ok := p.parseExplicit(k, true); ok && c != nil {
			return c, k2, true
		}
		// "the Wednesday after Thanksgiving", "the Friday before the
		// 18th": that weekday counted from another day.
		if w := p.word(j); w == "after" || w == "before" {
			if base, k, ok := p.anchorDay(j + 1); ok {
				c := nextWeekday(base, wd)
				if w == "before" {
					c = prevWeekday(base, wd)
				}
				return &c, k, true
			}
		}
		// "Tuesday next week"
		if p.word(j) == "next" && p.word(j+1) == "week" {
			c := weekdayNextWeek(ref, wd)
			return &c, j + 2, true
		}
		c := nextWeekday(ref, wd)
		return &c, j, true
	}
	return p.parseExplicit(i, false)
}

// anchorDay reads the day a weekday is counted from ("after
// Thanksgiving", "before the 18th", "after November 30"): a holiday or a
// date written with words, never a bare number ("Tuesday after 2" is a
// time).
func (p *parser) anchorDay(i int) (civil, int, bool) {
	if c, j, ok := p.holidayAt(i); ok {
		return c, j, true
	}
	if i >= len(p.toks) || p.toks[i].kind != tWord {
		return civil{}, i, false
	}
	if _, ok := p.weekdayAt(i); ok {
		return civil{}, i, false // "Monday after Tuesday" is no anchor
	}
	if c, j, ok := p.parseOneDate(i); ok && c != nil {
		return *c, j, true
	}
	return civil{}, i, false
}

// parseExplicit reads a calendar date: "2026-11-23", "11/24", "11/24/2026",
// "Nov 24", "November 24th, 2026", "24 November", "24th of November", and
// after a weekday also "the 24th" and "24th".
func (p *parser) parseExplicit(i int, afterWeekday bool) (*civil, int, bool) {
	t := p.toks
	if i >= len(t) {
		return nil, i, false
	}
	ref := p.ref
	if afterWeekday && p.word(i) == "the" {
		if d, j, ord, ok := p.dayAt(i + 1); ok && ord {
			if p.word(j) == "of" {
				if m, k, ok := p.monthAt(j + 1); ok {
					return p.monthDay(m, d, k)
				}
			}
			if c, ok := nextDayOfMonth(ref, d); ok {
				return &c, j, true
			}
		}
		return nil, i, false
	}
	if t[i].kind == tNum {
		// ISO 2026-11-23
		if t[i].digits == 4 && i+4 < len(t) && t[i+1].low == "-" && t[i+2].kind == tNum && t[i+3].low == "-" && t[i+4].kind == tNum &&
			!t[i+1].space && !t[i+2].space && !t[i+3].space && !t[i+4].space {
			y, m, d := t[i].val, time.Month(t[i+2].val), t[i+4].val
			if validDate(y, m, d) {
				c := civil{y, m, d}
				return &c, i + 5, true
			}
			return nil, i + 5, true
		}
		// 11/24, 11/24/2026, 11/24/26
		if t[i].digits <= 2 && i+2 < len(t) && t[i+1].low == "/" && t[i+2].kind == tNum && t[i+2].digits <= 2 && !t[i+1].space && !t[i+2].space {
			if i > 0 && (t[i-1].low == "/" || t[i-1].kind == tNum) && !t[i].space {
				return nil, i, false
			}
			a, b := t[i].val, t[i+2].val
			j := i + 3
			year := 0
			if j+1 < len(t) && t[j].low == "/" && !t[j].space && t[j+1].kind == tNum && !t[j+1].space {
				switch t[j+1].digits {
				case 4:
					year = t[j+1].val
				case 2:
					year = 2000 + t[j+1].val
				default:
					return nil, j + 2, true
				}
				j += 2
			}
			if a == 24 && b == 7 {
				return nil, j, true // "24/7"
			}
			m, d := a, b
			if a > 12 && b <= 12 || p.dayFirst && a <= 12 && b <= 12 {
				m, d = b, a // 24/11, or 02/12 beside 30/11: day first
			}
			if year > 0 {
				if validDate(year, time.Month(m), d) {
					return &civil{year, time.Month(m), d}, j, true
				}
				return nil, j, true
			}
			if c, ok := nextOccurrence(ref, time.Month(m), d); ok && m >= 1 && m <= 12 {
				return &c, j, true
			}
			return nil, j, true
		}
		// European 19.11., 19.11.2026: day first, with the closing dot
		// or a four-digit year, so that "version 2.30" and "Node 18.12"
		// stay numbers.
		if t[i].digits <= 2 && i+3 < len(t) && t[i+1].low == "." && t[i+2].kind == tNum && t[i+2].digits <= 2 && t[i+3].low == "." &&
			!t[i+1].space && !t[i+2].space && !t[i+3].space && !(i > 0 && t[i-1].low == "." && !t[i].space) {
			d, m := t[i].val, t[i+2].val
			j := i + 4
			year := 0
			if j < len(t) && t[j].kind == tNum && !t[j].space {
				if t[j].digits != 4 {
					return nil, i, false // "1.2.3"
				}
				year = t[j].val
				j++
			}
			if m >= 1 && m <= 12 {
				if year > 0 {
					if validDate(year, time.Month(m), d) {
						return &civil{year, time.Month(m), d}, j, true
					}
				} else if c, ok := nextOccurrence(ref, time.Month(m), d); ok {
					return &c, j, true
				}
			}
		}
		// 24 November, 24th of November, and after a weekday "24th".
		if d, j, ord, ok := p.dayAt(i); ok {
			k := j
			if p.word(k) == "of" {
				k++
			}
			if m, k2, ok := p.monthAt(k); ok {
				return p.monthDay(m, d, k2)
			}
			if afterWeekday && ord {
				if c, ok := nextDayOfMonth(ref, d); ok {
					return &c, j, true
				}
			}
			if ord {
				// "25th Wednesday", "the 26th (Thursday)": the weekday
				// restates the day of the month.
				k := j
				if p.word(k) == "," || p.word(k) == "(" {
					k++
				}
				if _, ok := p.weekdayAt(k); ok {
					if c, ok := nextDayOfMonth(ref, d); ok {
						k++
						if p.word(j) == "(" && p.word(k) == ")" {
							k++
						}
						return &c, k, true
					}
				}
			}
		}
		return nil, i, false
	}
	if m, j, ok := p.monthAt(i); ok {
		if d, k, _, ok := p.dayAt(j); ok {
			// "Nov 24 - 26" or "Nov 24, 2026"; not "Nov 2:30".
			if k < len(t) && t[k].low == ":" && !t[k].space {
				return nil, i, false
			}
			return p.monthDay(m, d, k)
		}
		// "March 2019": no day; consume the year so it is not read again.
		if y, k := p.yearAt(j); y > 0 {
			return nil, k, true
		}
	}
	return nil, i, false
}

// monthDay finishes "Month day [, year]" whose day ends at j.
func (p *parser) monthDay(m time.Month, d int, j int) (*civil, int, bool) {
	if y, k := p.yearAt(j); y > 0 {
		if validDate(y, m, d) {
			return &civil{y, m, d}, k, true
		}
		return nil, k, true
	}
	if c, ok := nextOccurrence(p.ref, m, d); ok {
		return &c, j, true
	}
	return nil, j, true
}

// apposition reads a date restated in parentheses right after the date d
// that ends at j: "next Monday (the 23rd)", "Tuesday (11/24)". The day
// number is the more exact of the two, so it wins when they disagree.
func (p *parser) apposition(d *civil, j int) (*civil, int) {
	if d == nil || j >= len(p.toks) || p.toks[j].low != "(" {
		return d, j
	}
	d2, k, ok := p.parseOneDate(j + 1)
	if !ok || d2 == nil || k >= len(p.toks) || p.toks[k].low != ")" {
		return d, j
	}
	if k == j+2 && p.toks[j+1].kind == tWord {
		// "11/25 (Wed)": a weekday restates the date, never replaces it.
		return d, k + 1
	}
	return d2, k + 1
}

// sameTime reads "same time" ("26th Thursday same time", "Friday at the
// same time"): the clock, range and zone of the last time written before
// it, to be bound to the date near it.
func (p *parser) sameTime(i int) (item, int, bool) {
	if p.word(i) != "same" || (p.word(i+1) != "time" && p.word(i+1) != "hour") {
		return item{}, i, false
	}
	for k := len(p.items) - 1; k >= 0; k-- {
		if prev := p.items[k]; prev.kind == iTime {
			it := prev
			it.first, it.end, it.zoneWide, it.trailed = i, i+2, false, false
			return it, i + 2, true
		}
	}
	return item{}, i, false
}

// slashDatesDayFirst reports whether the text's a/b dates are written day
// first: at least one has a day above 12 first ("30/11") and none has one
// second ("11/30"). A US writer's 11/24 and 12/3 stay month first.
func slashDatesDayFirst(t []token) bool {
	dayFirst := false
	for i := 0; i+2 < len(t); i++ {
		if t[i].kind != tNum || t[i].digits > 2 || t[i+1].low != "/" || t[i+2].kind != tNum || t[i+2].digits > 2 ||
			t[i+1].space || t[i+2].space {
			continue
		}
		a, b := t[i].val, t[i+2].val
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12 && !(a == 24 && b == 7):
			dayFirst = true
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			return false
		}
	}
	return dayFirst
}
