package when

import "time"

// Largest number of tokens between a date and a time for the two to be
// read together without another time between them: "Tuesday afternoon,
// say 3" (3), "4:45 pm on Tuesday" (1).
const (
	maxGapBefore = 4
	maxGapAfter  = 3
	// maxReach is how many items away a date may be from its time when
	// nothing closer was found.
	maxReach = 12
)

// bind gives each time its date and resolves both to instants.
func (p *parser) bind(text string) []Span {
	items := p.items
	sent := make([]int, len(items)) // sentence number of each item
	paraStart := make([]int, len(items))
	s, ps := 0, 0
	for k, it := range items {
		if it.kind == iStop {
			s++
			if p.toks[it.first].kind == tBreak {
				ps = s
			}
		}
		sent[k], paraStart[k] = s, ps
	}
	p.propagateZones()
	p.starts = make(map[int]bool, len(items))
	for _, it := range items {
		p.starts[it.first] = true
	}

	var out []Span
	seen := map[int64]bool{}
	for k := range items {
		ti := &items[k]
		if ti.kind != iTime {
			continue
		}
		d := p.dateFor(k, sent, paraStart)
		if d < 0 {
			continue
		}
		di := &items[d]
		hint := p.hint(di, ti)
		for _, c := range di.dates {
			sp, ok := p.resolve(c, ti, hint)
			if !ok {
				continue
			}
			first, last := min(di.first, ti.first), max(di.end, ti.end)
			sp.Pos = p.toks[first].pos
			sp.Len = p.toks[last-1].end - sp.Pos
			key := sp.Start.Unix()
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, sp)
		}
	}
	return out
}

// dateFor picks the date item of the time item k, or -1.
func (p *parser) dateFor(k int, sent, paraStart []int) int {
	items := p.items
	ti := items[k]
	// a. the date just before, nothing but a few words between.
	for d := k - 1; d >= 0 && sent[d] == sent[k]; d-- {
		if items[d].kind == iTime {
			break
		}
		if items[d].kind == iDate {
			if len(items[d].dates) > 0 && !items[d].trailed && ti.first-items[d].end <= maxGapBefore {
				return d
			}
			break
		}
	}
	// b. the date just after ("3pm today", "4:45 pm on Tuesday").
	if d := k + 1; d < len(items) && items[d].kind == iDate && sent[d] == sent[k] && len(items[d].dates) > 0 &&
		items[d].first-ti.end <= maxGapAfter {
		items[d].trailed = true
		return d
	}
	// c. any date earlier in the sentence ("Tuesday at 10 or 2"). The
	// searches are bounded so that hostile text stays linear.
	for d := k - 1; d >= 0 && d >= k-maxReach && sent[d] == sent[k]; d-- {
		if items[d].kind == iDate && len(items[d].dates) > 0 {
			return d
		}
	}
	// d. any date later in the sentence.
	for d := k + 1; d < len(items) && d <= k+maxReach && sent[d] == sent[k]; d++ {
		if items[d].kind == iDate && len(items[d].dates) > 0 {
			return d
		}
	}
	// e. the last date of the sentence before, in the same paragraph
	// ("How about Thursday? I could do 10 or 2.").
	for d := k - 1; d >= 0 && d >= k-maxReach && sent[d] >= sent[k]-1 && sent[d] >= paraStart[k]; d-- {
		if items[d].kind == iDate && len(items[d].dates) > 0 {
			return d
		}
	}
	return -1
}

// headZones gives a zone written as a heading before a colon ("Two
// openings on my end (Central time):") to the times written after it
// without one, up to the end of the paragraph (or list) that holds the
// first of them, or the next heading.
func (p *parser) headZones() {
	for h, head := range p.heads {
		next := len(p.toks)
		if h+1 < len(p.heads) {
			next = p.heads[h+1].tok
		}
		seen := false
		for k := range p.items {
			it := &p.items[k]
			if it.first <= head.tok {
				continue
			}
			if it.first >= next || seen && it.kind == iStop && p.toks[it.first].kind == tBreak {
				break
			}
			if it.kind == iTime {
				seen = true
				if it.zone == nil {
					it.zone = head.zone
				}
			}
		}
	}
}

// propagateZones gives a zone written after the last of a list of times
// to the others: "10am or 2pm ET"; and a zone that closes a sentence, or
// is set in parentheses after its last time, to every time of the
// sentence written without one ("Monday 30 November at 09:00 or Tuesday 1
// December at 14:30 (UK time)"); not "Tuesday at 10, or 3pm ET on
// Wednesday".
func (p *parser) propagateZones() {
	p.headZones()
	for k := len(p.items) - 1; k > 0; k-- {
		cur := &p.items[k]
		if cur.kind != iTime || cur.zone == nil {
			continue
		}
		if cur.zoneWide && p.lastTimeOfSentence(k) {
			for j := k - 1; j >= 0 && p.items[j].kind != iStop; j-- {
				if it := &p.items[j]; it.kind == iTime && it.zone == nil {
					it.zone = cur.zone
				}
			}
			continue
		}
		prev := &p.items[k-1]
		if prev.kind != iTime || prev.zone != nil {
			continue
		}
		gapOK := true
		for j := prev.end; j < cur.first; j++ {
			switch p.toks[j].low {
			case "or", "and", ",", "/":
			default:
				gapOK = false
			}
		}
		if gapOK && cur.first-prev.end <= 2 {
			prev.zone = cur.zone
		}
	}
}

// hint reads "morning", "afternoon", "evening", "tonight" around a date
// and its time: between them, or just after the pair ("at 8 in the
// morning"), up to the next list word or item ("3 or Thursday morning" is
// no hint for 3).
func (p *parser) hint(di, ti *item) byte {
	lo, hi := min(di.first, ti.first), max(di.end, ti.end)
	for j := lo; j < min(hi+4, len(p.toks)); j++ {
		if j >= hi {
			if p.starts[j] {
				break
			}
			switch p.toks[j].low {
			case "or", "and", ",", ";", ".", "?", "!", "but":
				return 0
			}
		}
		switch p.toks[j].low {
		case "morning":
			return 'a'
		case "afternoon", "evening", "tonight", "night":
			return 'p'
		}
	}
	return 0
}

// hourOf settles am/pm: written am/pm, else a 24-hour clock, else the
// part-of-day hint, else business hours (1-7 pm, 8-11 am, 12 noon).
func hourOf(c clock, mer, hint byte) int {
	if c.mer != 0 {
		mer = c.mer
	}
	switch {
	case mer == 'a':
		return c.h % 12
	case mer == 'p':
		return c.h%12 + 12
	case c.h24:
		return c.h
	case hint == 'a' && c.h <= 12:
		return c.h % 12
	case hint == 'p' && c.h < 12:
		return c.h + 12
	case c.h >= 1 && c.h <= 7:
		return c.h + 12
	}
	return c.h
}

// Business day end for "after 2".
const endOfBusiness = 17 * 60

func (p *parser) resolve(c civil, ti *item, hint byte) (Span, bool) {
	zone := p.loc
	if ti.zone != nil {
		zone = ti.zone
	}
	var sm, em int // minutes after midnight; em < 0 when no end
	em = -1
	switch {
	case ti.stop != nil:
		st := *ti.stop
		eh := hourOf(st, 0, hint)
		em = eh*60 + st.m
		if ti.start.mer == 0 && !ti.start.h24 && st.mer != 0 {
			// "between 2 and 4pm": the end's am/pm applies to the start,
			// unless that puts the start after the end ("11-1pm").
			sm = hourOf(ti.start, st.mer, hint)*60 + ti.start.m
			if sm >= em {
				other := byte('a')
				if st.mer == 'a' {
					other = 'p'
				}
				sm = hourOf(ti.start, other, hint)*60 + ti.start.m
			}
		} else {
			sm = hourOf(ti.start, 0, hint)*60 + ti.start.m
		}
		if em <= sm && st.mer == 0 && !st.h24 && em+12*60 < 24*60 {
			em += 12 * 60
		}
		if em <= sm {
			em = -1
		}
	case ti.after:
		sm = hourOf(ti.start, 0, hint)*60 + ti.start.m
		if sm < endOfBusiness {
			em = endOfBusiness
		}
	default:
		sm = hourOf(ti.start, 0, hint)*60 + ti.start.m
	}
	if sm < 0 || sm >= 24*60 {
		return Span{}, false
	}
	sp := Span{Start: time.Date(c.y, c.m, c.d, sm/60, sm%60, 0, 0, zone)}
	if em > 0 {
		sp.End = time.Date(c.y, c.m, c.d, em/60, em%60, 0, 0, zone)
	}
	return sp, true
}

// lastTimeOfSentence reports whether item k is the last time before the
// sentence ends.
func (p *parser) lastTimeOfSentence(k int) bool {
	for j := k + 1; j < len(p.items); j++ {
		switch p.items[j].kind {
		case iStop:
			return true
		case iTime:
			return false
		}
	}
	return true
}
