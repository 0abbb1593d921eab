package when

import "strings"

// Words after a bare number that make it a count, not a time: "5 minutes",
// "2-3 questions", "at 3 companies".
var unitWords = map[string]bool{
	"minute": true, "minutes": true, "min": true, "mins": true, "hour": true, "hours": true,
	"hr": true, "hrs": true, "h": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "yr": true, "yrs": true,
	"sec": true, "secs": true, "second": true, "seconds": true, "percent": true,
	"people": true, "person": true, "times": true, "of": true, "k": true, "x": true,
	"m": true, "mm": true, "cm": true, "kg": true, "lbs": true, "st": true, "nd": true, "rd": true, "th": true,
	"million": true, "billion": true, "thousand": true, "hundred": true, "dollars": true, "usd": true,
	"euros": true, "pounds": true, "more": true, "less": true, "other": true, "different": true,
}

// Words before a number that make it a place, not a time.
var placeWords = map[string]bool{
	"suite": true, "ste": true, "apt": true, "apartment": true, "unit": true, "room": true, "rm": true,
	"floor": true, "fl": true, "building": true, "bldg": true, "gate": true, "terminal": true,
	"platform": true, "level": true, "no": true, "number": true, "#": true, "pier": true, "studio": true,
}

// Plural-looking words that are fine after a time ("2pm works").
var notPlural = map[string]bool{
	"works": true, "is": true, "was": true, "this": true, "does": true, "suits": true,
	"has": true, "its": true, "yes": true, "thanks": true, "us": true, "as": true,
	"his": true, "hers": true, "plus": true, "perhaps": true, "always": true,
}

// countFollows reports whether token i makes the number before it a count.
func (p *parser) countFollows(i int) bool {
	if i >= len(p.toks) {
		return false
	}
	tk := p.toks[i]
	if tk.kind == tPunct {
		if tk.low == "+" && !tk.space {
			// "20+ people" is a count; "14:30+01:00" a time and its offset.
			z, _ := p.parseOffset(i, false)
			return z == nil
		}
		return tk.low == "%"
	}
	if tk.kind != tWord {
		return false
	}
	if unitWords[tk.low] {
		return true
	}
	return len(tk.low) > 3 && strings.HasSuffix(tk.low, "s") && !notPlural[tk.low] &&
		!isUpperInitial(tk.text) && weekdays[strings.TrimSuffix(tk.low, "s")] == 0 && tk.low != "sundays"
}

// meridiemAt reads "am", "pm", "a.m.", "p.m.", "AM" at i.
func (p *parser) meridiemAt(i int) (byte, int) {
	t := p.toks
	if i >= len(t) || t[i].kind != tWord {
		return 0, i
	}
	switch t[i].low {
	case "am":
		return 'a', skipDot(t, i+1)
	case "pm":
		return 'p', skipDot(t, i+1)
	case "a", "p":
		// "a.m." / "p.m."
		if i+2 < len(t) && t[i+1].low == "." && t[i+2].low == "m" && !t[i+1].space && !t[i+2].space {
			return t[i].low[0], skipDot(t, i+3)
		}
		// "10a", "2p": glued to the number only.
		if i > 0 && !t[i].space && t[i-1].kind == tNum {
			return t[i].low[0], i + 1
		}
	}
	return 0, i
}

func skipDot(t []token, i int) int {
	// A dot right after "p.m" is part of it; after "pm" it may end the
	// sentence, and eating it would merge two sentences. Only "p.m." eats.
	if i < len(t) && t[i].low == "." && !t[i].space && i >= 2 && t[i-2].low == "." {
		return i + 1
	}
	return i
}

// chained reports whether the number at i continues a chain such as a
// phone number, version or price ("555-0134", "1.2.3", "$20").
func (p *parser) chained(i int) bool {
	t := p.toks
	if i > 0 && !t[i].space {
		prev := t[i-1]
		switch prev.low {
		case "$", "£", "€", "#", "+", "/", "v", "x", "×", "=", "%":
			return true
		case ".", "-", ":", ",":
			if i > 1 && t[i-2].kind == tNum && !prev.space {
				return true
			}
		}
		if prev.text == "T" && i > 1 && t[i-2].kind == tNum && !prev.space {
			return false // ISO 8601 "2026-11-24T09:00"
		}
		if prev.kind == tWord || prev.kind == tNum {
			return true
		}
	}
	return false
}

// parseClock reads one time of day at i: "2", "2pm", "2 pm", "2:30 PM",
// "14:00", "9.30am", "noon", "3 o'clock". It says nothing about whether a
// bare hour is a time; the caller decides from the context.
func (p *parser) parseClock(i int) (clock, int, bool) {
	return p.parseClockChain(i, true)
}

// parseClockAfter is parseClock where the words before already make a
// time ("at", "from", "between"): there a 24-hour hour stands alone ("from
// 16 until 17 o'clock") and a dot separates minutes ("at 9.30").
func (p *parser) parseClockAfter(i int, checkChain bool) (clock, int, bool) {
	t := p.toks
	if c, j, ok := p.parseClockChain(i, checkChain); ok {
		return c, j, true
	}
	if i >= len(t) || t[i].kind != tNum || t[i].digits > 2 || (checkChain && p.chained(i)) {
		return clock{}, i, false
	}
	c := clock{h: t[i].val}
	j := i + 1
	if j+1 < len(t) && t[j].low == "." && !t[j].space && t[j+1].kind == tNum && t[j+1].digits == 2 && !t[j+1].space &&
		!(j+2 < len(t) && !t[j+2].space && (t[j+2].low == "." || t[j+2].kind == tNum)) {
		// "9.30", not "19.11." (a date) nor "1.2.3"
		c.m = t[j+1].val
		if c.h > 23 || c.m > 59 {
			return clock{}, i, false
		}
		if c.h == 0 || c.h >= 13 || t[i].text[0] == '0' {
			c.h24 = true
		}
		return c, j + 2, true
	}
	if c.h >= 13 && c.h <= 23 && !(j < len(t) && !t[j].space && (t[j].low == "." || t[j].low == "," || t[j].low == ":")) {
		c.h24 = true
		return c, j, true
	}
	return clock{}, i, false
}

// parseClockChain is parseClock; checkChain false reads the second end of
// a range ("11" in "10-11am"), which a dash glues to the first.
func (p *parser) parseClockChain(i int, checkChain bool) (clock, int, bool) {
	t := p.toks
	if i >= len(t) {
		return clock{}, i, false
	}
	if t[i].kind == tWord && (t[i].low == "noon" || t[i].low == "midday") {
		return clock{h: 12, h24: true}, i + 1, true
	}
	if c, j, ok := p.parsePast(i); ok {
		return c, j, true
	}
	if c, j, ok := p.parseHourWord(i); ok {
		return c, j, true
	}
	if t[i].kind == tNum && t[i].digits == 4 {
		return p.parseHHMM(i, checkChain)
	}
	if t[i].kind != tNum || t[i].digits > 2 || (checkChain && p.chained(i)) {
		return clock{}, i, false
	}
	if i > 0 && placeWords[t[i-1].low] {
		return clock{}, i, false // "Suite 2a", "Room 12"
	}
	c := clock{h: t[i].val}
	j := i + 1
	hasMin := false
	if j+1 < len(t) && (t[j].low == ":" || t[j].low == ".") && !t[j].space && t[j+1].kind == tNum && t[j+1].digits == 2 && !t[j+1].space {
		dot := t[j].low == "."
		c.m = t[j+1].val
		k := j + 2
		// seconds: "9:14:00"
		if !dot && k+1 < len(t) && t[k].low == ":" && !t[k].space && t[k+1].kind == tNum && t[k+1].digits == 2 && !t[k+1].space {
			k += 2
		}
		if k < len(t) && !t[k].space && (t[k].low == "." || t[k].low == ":" || t[k].low == "/" || (!checkChain && t[k].low == "-")) && k+1 < len(t) && t[k+1].kind == tNum {
			return clock{}, i, false // 1.2.3, 10.30.2026
		}
		if dot {
			if mer, _ := p.meridiemAt(k); mer == 0 && !p.dayWordAround(i, k) {
				// "2.30" is a number unless am/pm follows, or a day
				// or a part of one is written right next to it ("7.30
				// tomorrow morning", "Thursday 9.30").
				return clock{}, i, false
			}
		}
		if c.m > 59 {
			return clock{}, i, false
		}
		hasMin = true
		j = k
	} else if j < len(t) && !t[j].space && (t[j].low == "." || t[j].low == "," || t[j].low == "/" || (!checkChain && t[j].low == "-")) && j+1 < len(t) && t[j+1].kind == tNum && !t[j+1].space {
		return clock{}, i, false // 2.5, 1,000
	} else if j < len(t) && !t[j].space && t[j].kind == tWord && t[j].low == "h" && c.h <= 23 {
		// French and other European writing: "14h30", "9h", "16h00".
		c.h24 = true
		k := j + 1
		if k < len(t) && !t[k].space && t[k].kind == tNum {
			if t[k].digits != 2 || t[k].val > 59 {
				return clock{}, i, false
			}
			c.m = t[k].val
			k++
		}
		if c.h < 13 && c.m == 0 && k == j+1 {
			// "9h" could be nine hours; only after a time word
			if i == 0 || !timePrefix[t[i-1].low] {
				return clock{}, i, false
			}
		}
		return c, k, true
	}
	if mer, k := p.meridiemAt(j); mer != 0 {
		if c.h < 1 || c.h > 12 {
			return clock{}, i, false
		}
		c.mer = mer
		return c, k, true
	}
	if j < len(t) && t[j].low == "o'clock" {
		if c.h < 1 || c.h > 23 {
			return clock{}, i, false
		}
		c.h24 = c.h > 12 // "17 o'clock"
		return c, j + 1, true
	}
	if c.h > 23 {
		return clock{}, i, false
	}
	if hasMin {
		if c.h == 0 || c.h >= 13 || (t[i].digits == 2 && t[i].text[0] == '0') {
			c.h24 = true
		}
		return c, j, true
	}
	if c.h < 1 || c.h > 12 {
		return clock{}, i, false
	}
	if t[i].digits == 2 && t[i].text[0] == '0' {
		return clock{}, i, false // "05" alone is not an hour
	}
	c.bare = true
	return c, j, true
}

// dayWordAround reports a word of the day right after a dotted clock that
// ends at k ("tomorrow", "tonight", "morning", "in the morning"), or a day
// right before it at i ("Thursday 9.30", "tomorrow 7.30"), which make
// "7.30" a time rather than a number. A weekday after it is not enough
// ("version 2.30 on Tuesday"), nor anything after a word that numbers
// things ("version", "Node", "$").
func (p *parser) dayWordAround(i, k int) bool {
	if i > 0 && (numberNouns[p.toks[i-1].low] || p.toks[i-1].kind == tPunct && strings.ContainsAny(p.toks[i-1].low, "$€£#")) {
		return false
	}
	switch p.word(k) {
	case "tomorrow", "tmrw", "today", "tonight", "morning", "afternoon", "evening":
		return true
	case "in":
		switch p.word(k + 2) {
		case "morning", "afternoon", "evening":
			return p.word(k+1) == "the"
		}
	}
	if i > 0 {
		if _, ok := p.weekdayAt(i - 1); ok {
			return true
		}
		switch p.word(i - 1) {
		case "tomorrow", "tmrw", "today", "tonight":
			return true
		}
	}
	return false
}

// numberNouns are words after which "2.30" is a number.
var numberNouns = map[string]bool{"version": true, "v": true, "release": true, "build": true, "node": true, "rev": true,
	"revision": true, "update": true, "patch": true, "ios": true, "android": true, "python": true, "go": true, "java": true,
	"chapter": true, "section": true, "page": true, "step": true, "rule": true, "item": true, "figure": true, "table": true,
	"price": true, "cost": true, "costs": true, "pay": true, "paid": true, "usd": true, "eur": true, "gbp": true}

// weak reports a clock that needs context to be a time: a bare hour.
func (c clock) weak() bool { return c.bare && c.mer == 0 && !c.h24 }

// Words before a bare hour that make it a time ("at 3", "say 4").
var timePrefix = map[string]bool{
	// Not "until"/"by": "free until 3" ends a window, it offers no 3pm.
	"at": true, "@": true, "around": true, "say": true, "about": true, "do": true, "approx": true, "approximately": true, "~": true,
}

// parseTime reads a time, a range or a window at i, with a zone after it.
func (p *parser) parseTime(i int) (item, int, bool) {
	t := p.toks
	if i >= len(t) {
		return item{}, i, false
	}
	w := p.word(i)
	it := item{kind: iTime, first: i}
	var j int
	switch {
	case w == "between" || w == "from":
		c1, k, ok := p.parseClockAfter(i+1, true)
		if !ok {
			return item{}, i, false
		}
		sep := p.word(k)
		if w == "from" && !isRangeSep(sep) && !c1.weak() {
			// "from 9:30 on Tuesday": a start without an end.
			it.start = c1
			j = k
			break
		}
		if (w == "between" && sep != "and" && sep != "-" && sep != "–") || (w == "from" && !isRangeSep(sep)) {
			return item{}, i, false
		}
		c2, k2, ok := p.parseClockAfter(k+1, false)
		if !ok {
			return item{}, i, false
		}
		it.start, it.stop = c1, &c2
		j = k2
	case w == "after" || w == "anytime" || w == "any":
		k := i + 1
		if w == "anytime" && p.word(k) == "after" {
			k++
		} else if w == "any" {
			if p.word(k) != "time" || p.word(k+1) != "after" {
				return item{}, i, false
			}
			k += 2
		}
		c1, k2, ok := p.parseClock(k)
		if !ok || p.countFollows(k2) {
			return item{}, i, false
		}
		it.start, it.after = c1, true
		j = k2
	default:
		prefixed := false
		k := i
		if timePrefix[w] {
			prefixed = true
			k = i + 1
		}
		var c1 clock
		var k2 int
		var ok bool
		if prefixed {
			c1, k2, ok = p.parseClockAfter(k, true)
		} else {
			c1, k2, ok = p.parseClock(k)
		}
		if !ok {
			return item{}, i, false
		}
		it.start = c1
		j = k2
		// a range: "10-11am", "2pm - 4pm", "10 to 11:30 am"
		if isRangeSep(p.word(j)) {
			if c2, k3, ok := p.parseClockChain(j+1, false); ok && !p.countFollows(k3) {
				if !(c1.weak() && c2.weak()) || prefixed || p.afterDate(i) {
					it.stop = &c2
					j = k3
				}
			}
		}
		if it.stop == nil && c1.weak() {
			// "3 or 4pm": the list's am/pm is for every hour in it.
			if next, ok := p.listMeridiem(j); ok {
				// Lists go forward: "11 or 12pm" is 11am, not 11pm.
				if hourOf(c1, next.mer, 0) <= hourOf(next, 0, 0) {
					it.start.mer = next.mer
				}
			} else if !prefixed && !p.afterTimeList(i) && !p.rightAfterWeekday(i) {
				return item{}, i, false
			}
		}
	}
	if c := it.start; it.stop != nil {
		c = *it.stop
	} else if !c.bare && j < len(t) && t[j].kind == tWord && clockWords[t[j].low] {
		// "16.00 o'clock German time", "14:00 Uhr CET", "09:30 hrs":
		// the word is part of the clock, and a zone may follow it.
		j++
	}
	if p.countFollows(j) {
		return item{}, i, false
	}
	if it.stop != nil && !validRange(it.start, *it.stop) {
		return item{}, i, false
	}
	if z, k := p.parseZone(j); z != nil {
		it.zone = z
		// "(UK time)", or a zone that ends the sentence, is said for
		// every time of the sentence; "2pm ET on Wednesday" for one.
		// "that's 9pm here in Berlin" and "which is 3pm for you" restate
		// one time on another clock.
		it.zoneWide = (p.toks[j].low == "(" || k >= len(p.toks) || p.toks[k].kind == tBreak ||
			p.toks[k].low == "." || p.toks[k].low == "?" || p.toks[k].low == "!" || p.toks[k].low == ";") &&
			p.toks[j].low != "here" && p.toks[j].low != "there" && p.toks[j].low != "for"
		j = k
	} else if k := p.skipPartOfDay(j); k > j {
		// "10:30 in the morning in New York"
		if z, k2 := p.parseZone(k); z != nil {
			it.zone = z
			j = k2
		}
	}
	it.end = j
	return it, j, true
}

func isRangeSep(w string) bool {
	switch w {
	case "-", "–", "—", "to", "until", "till", "til":
		return true
	}
	return false
}

func validRange(a, b clock) bool {
	// hours already checked by parseClock; reject nonsense like "0-0".
	return !(a.h == b.h && a.m == b.m && a.mer == b.mer)
}

// afterDate reports whether a date item ends right before token i (so
// "Mon 10-11" is a range of hours, not a score).
func (p *parser) afterDate(i int) bool {
	if len(p.items) == 0 {
		return false
	}
	last := p.items[len(p.items)-1]
	return last.kind == iDate && len(last.dates) > 0 && (last.end == i || (last.end == i-1 && (p.word(i-1) == "," || p.word(i-1) == "at" || p.word(i-1) == "from")))
}

// rightAfterWeekday reports a bare hour written straight after a weekday
// ("thu 2?", "Friday 4 works"): the weekday makes it a time.
func (p *parser) rightAfterWeekday(i int) bool {
	if len(p.items) == 0 || i == 0 {
		return false
	}
	last := p.items[len(p.items)-1]
	if last.kind != iDate || len(last.dates) != 1 || last.end != i || last.end-last.first != 1 {
		return false
	}
	_, ok := p.weekdayAt(last.first)
	return ok
}

// afterTimeList reports whether token i follows a time and "or"/"," ("at
// 10 or 2"), which makes a bare hour a time too.
func (p *parser) afterTimeList(i int) bool {
	if len(p.items) == 0 || i == 0 {
		return false
	}
	last := p.items[len(p.items)-1]
	if last.kind != iTime {
		return false
	}
	j := i - 1
	if p.word(j) == "or" || p.word(j) == "and" {
		j--
	}
	if j >= 0 && p.word(j) == "," {
		j--
	}
	return j == last.end-1 && j < i-1
}

// listMeridiem looks past "or"/"and"/"," at j for the time in the list
// that says am or pm ("3 or 4pm", "10, 11 or 12pm") and returns it.
func (p *parser) listMeridiem(j int) (clock, bool) {
	for n := 0; n < 4; n++ {
		w := p.word(j)
		if w != "or" && w != "and" && w != "," {
			return clock{}, false
		}
		j++
		if w := p.word(j); w == "or" || w == "and" {
			j++
		}
		c, k, ok := p.parseClockChain(j, false)
		if !ok || p.countFollows(k) {
			return clock{}, false
		}
		if c.mer != 0 {
			return c, true
		}
		if !c.weak() {
			return clock{}, false
		}
		j = k
	}
	return clock{}, false
}

// skipPartOfDay skips "in the morning" / "in the afternoon" / "in the
// evening" at i, so that a zone after it is still the time's.
func (p *parser) skipPartOfDay(i int) int {
	if i+2 < len(p.toks) && p.toks[i].low == "in" && p.toks[i+1].low == "the" {
		switch p.toks[i+2].low {
		case "morning", "afternoon", "evening":
			return i + 3
		}
	}
	return i
}

var hourWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// parsePast reads "half past four", "quarter past 2", "quarter to five"
// (British and spoken English), with an optional am/pm after.
func (p *parser) parsePast(i int) (clock, int, bool) {
	t := p.toks
	j := i
	if p.word(j) == "a" {
		j++ // "a quarter past four"
	}
	var m int
	switch p.word(j) {
	case "half":
		m = 30
	case "quarter":
		m = 15
	default:
		return clock{}, i, false
	}
	j++
	to := false
	switch p.word(j) {
	case "past", "after":
		j++
	case "to", "till", "of":
		if m == 30 {
			return clock{}, i, false
		}
		to = true
		j++
	default:
		// British "half four" is half past four.
		if m != 30 {
			return clock{}, i, false
		}
	}
	if j >= len(t) {
		return clock{}, i, false
	}
	h := 0
	switch {
	case t[j].kind == tNum && t[j].digits <= 2:
		h = t[j].val
	case t[j].kind == tWord && hourWords[t[j].low] > 0:
		h = hourWords[t[j].low]
	default:
		return clock{}, i, false
	}
	if h < 1 || h > 12 {
		return clock{}, i, false
	}
	j++
	c := clock{h: h, m: m}
	if to {
		c.h, c.m = h-1, 60-m
		if c.h == 0 {
			c.h = 12
		}
	}
	if mer, k := p.meridiemAt(j); mer != 0 {
		c.mer = mer
		j = k
	}
	return c, j, true
}

// parseHourWord reads an hour written as a word: "four o'clock", "four
// pm", and "at four" where nothing but punctuation, a day or a zone
// follows ("Would Wednesday at four suit?").
func (p *parser) parseHourWord(i int) (clock, int, bool) {
	t := p.toks
	if i >= len(t) || t[i].kind != tWord || hourWords[t[i].low] == 0 {
		return clock{}, i, false
	}
	c := clock{h: hourWords[t[i].low]}
	j := i + 1
	if j < len(t) && t[j].low == "o'clock" {
		return c, j + 1, true
	}
	if mer, k := p.meridiemAt(j); mer != 0 && t[j].space {
		c.mer = mer
		return c, k, true
	}
	if i > 0 && (t[i-1].low == "at" || t[i-1].low == "@") {
		if j >= len(t) || t[j].kind == tPunct || t[j].kind == tBreak {
			c.bare = true
			return c, j, true
		}
		if z, _ := p.parseZone(j); z != nil {
			c.bare = true
			return c, j, true
		}
		if _, ok := p.weekdayAt(j); ok {
			c.bare = true
			return c, j, true
		}
		switch t[j].low {
		case "on", "tomorrow", "today", "then", "or", "and", "your", "my", "in":
			c.bare = true
			return c, j, true
		}
	}
	return clock{}, i, false
}

// Words after a clock with minutes that belong to it ("16.00 o'clock").
var clockWords = map[string]bool{"o'clock": true, "uhr": true, "hrs": true, "h": true, "hr": true, "hours": true}

// Words after a four-digit clock that say it is one ("1400 hrs").
var hhmmWords = map[string]bool{"hrs": true, "hr": true, "hours": true, "h": true, "uhr": true}

// parseHHMM reads a four-digit 24-hour clock ("1300", "0930"), the way
// military, travel and logistics writers put it, only where a year, a
// street number or a count cannot be meant: with "hrs" or a zone after it
// ("0930 hrs", "1400 CET"), or as a range of two after a date or before a
// zone ("Monday 30 Nov, 1300-1345 CST"). first is false for the second
// end of a range, which the first end has vouched for.
func (p *parser) parseHHMM(i int, first bool) (clock, int, bool) {
	t := p.toks
	h, m := t[i].val/100, t[i].val%100
	if h > 23 || m > 59 {
		return clock{}, i, false
	}
	c := clock{h: h, m: m, h24: true}
	j := i + 1
	if j < len(t) && hhmmWords[t[j].low] && t[j].kind == tWord {
		return c, j + 1, true
	}
	if !first {
		return c, j, true
	}
	if p.chained(i) || (i > 0 && placeWords[t[i-1].low]) {
		return clock{}, i, false
	}
	if isRangeSep(p.word(j)) && j+1 < len(t) && t[j+1].kind == tNum && t[j+1].digits == 4 {
		h2, m2 := t[j+1].val/100, t[j+1].val%100
		if h2 > 23 || m2 > 59 {
			return clock{}, i, false
		}
		k := j + 2
		if k < len(t) && hhmmWords[t[k].low] {
			return c, j, true
		}
		if z, _ := p.parseZone(k); z != nil || p.afterDate(i) {
			return c, j, true
		}
		return clock{}, i, false
	}
	if z, _ := p.parseZone(j); z != nil {
		return c, j, true
	}
	// "Thursday 0700", "at 0930", "0700 works": after a date or "at", or
	// with a leading zero, which no year or count has.
	numNear := (i > 0 && t[i-1].kind == tNum) || (j < len(t) && t[j].kind == tNum) ||
		(j+1 < len(t) && !t[j].space && t[j].kind == tPunct && t[j+1].kind == tNum) // "0100" of a phone number, "2026-12-01"
	if !numNear && (p.afterDate(i) || (i > 0 && timePrefix[t[i-1].low]) || t[i].text[0] == '0') {
		return c, j, true
	}
	return clock{}, i, false
}
