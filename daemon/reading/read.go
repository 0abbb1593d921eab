package reading

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/coffeechat/coffeechat/calendar/when"
	"github.com/coffeechat/coffeechat/mail"
)

// read is Read; see reading.go for the contract.
func read(t *mail.Thread, opts Options) *Result {
	r := &Result{Intent: NoReply, Location: Location{Kind: Unspecified}, ProposedTimes: []Interval{}, Referrals: []Referral{}, IntentSure: true}
	if t == nil {
		return r
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	e := env{Options: opts, now: t.Date}
	r.Subject = cleanSubject(t.Subject)
	r.ThreadMessageIDs = threadIDs(t)
	msgs := append([]mail.Message(nil), t.Messages...)
	for i := range msgs {
		msgs[i].Text = clip(msgs[i].Text, maxText)
		msgs[i].Signature = clip(msgs[i].Signature, maxText/8)
	}
	if len(msgs) == 0 {
		// A reader that found no conversation still has the envelope.
		msgs = []mail.Message{{From: t.From, To: t.To, Cc: t.Cc, Subject: t.Subject, Date: t.Date, DateHasZone: !t.Date.IsZero(),
			MessageID: t.MessageID, Text: t.Text, TopLevel: true}}
	}
	pp := newPeople(t, opts)

	// An out-of-office answer is written by a machine, not the contact: it
	// is not their reply, and its dates, numbers and "please contact"
	// names are not offers. The thread reads as if it were not there.
	auto := make([]bool, len(msgs))
	for i := range msgs {
		auto[i] = pp.other(msgs[i].From) && isAutoReply(msgs[i], t)
	}

	// The contact is the author of the latest message that is neither the
	// owner's nor coffeechat's.
	ci := -1
	for i := len(msgs) - 1; i >= 0; i-- {
		if pp.other(msgs[i].From) && !auto[i] {
			ci = i
			break
		}
	}
	// Someone who only passed the thread on ("Dana answered me instead of
	// you - forwarding") is not the contact when someone else wrote
	// earlier.
	if ci >= 0 && isForwarder(msgs[ci]) {
		for i := ci - 1; i >= 0; i-- {
			if pp.other(msgs[i].From) && !samePerson(msgs[i].From, msgs[ci].From) && !isForwarder(msgs[i]) {
				ci = i
				break
			}
		}
	}
	if ci < 0 {
		r.Contact = outreachRecipient(msgs, t, pp)
		if r.Contact.Email == "" {
			// Only an auto-reply came back and the outreach is not in
			// the forward: the auto-reply's sender is whom the owner wrote to.
			for i := len(msgs) - 1; i >= 0; i-- {
				if auto[i] && pp.other(msgs[i].From) && msgs[i].From.Email != "" {
					r.Contact = Contact{Name: cleanName(msgs[i].From.Name), Email: strings.ToLower(msgs[i].From.Email)}
					break
				}
			}
		}
		// The auto-reply's signature still says where they work, though
		// nothing else in it is an answer.
		for i := len(msgs) - 1; i >= 0 && r.Contact.Email != ""; i-- {
			if auto[i] && strings.EqualFold(msgs[i].From.Email, r.Contact.Email) && strings.TrimSpace(msgs[i].Signature) != "" {
				if org := organization(msgs[i].Signature, r.Contact.Name, r.Contact.Email); org != "" {
					r.Contact.Organization = &org
					break
				}
			}
		}
		return r
	}
	contact := msgs[ci].From
	if contact.Email == "" {
		// Quoted "On ..., Dana wrote:" lines have a name only; another
		// message of hers may show the address.
		for _, m := range msgs {
			if m.From.Email != "" && samePerson(mail.Address{Name: m.From.Name}, contact) && pp.other(m.From) {
				contact.Email = m.From.Email
			}
		}
		for _, m := range msgs {
			for _, a := range append(append([]mail.Address(nil), m.To...), m.Cc...) {
				if contact.Email == "" && a.Email != "" && strings.EqualFold(a.Name, contact.Name) && pp.other(a) {
					contact.Email = a.Email
				}
			}
		}
	}
	var mine []int // the contact's messages, oldest first
	for i, m := range msgs {
		if samePerson(m.From, contact) && !auto[i] {
			mine = append(mine, i)
		}
	}
	latest := msgs[ci]
	r.ContactMessageID = latest.MessageID
	r.LatestContactDate = latest.Date

	name := cleanName(contact.Name)
	sig := ""
	for _, i := range mine {
		if strings.TrimSpace(msgs[i].Signature) != "" {
			sig = msgs[i].Signature
		}
	}
	if name == "" {
		name = nameFromSignature(sig)
	}
	r.Contact = Contact{Name: name, Email: strings.ToLower(contact.Email)}
	// The organisation from the newest of the contact's signatures that
	// names one: a last reply signed "Ilse" does not hide "Associate,
	// Verdant Architecture" under her first. Failing that, from an
	// auto-reply of theirs: its signature is still theirs, though nothing
	// else in it is an answer.
	var sigs []int
	for k := len(mine) - 1; k >= 0; k-- {
		sigs = append(sigs, mine[k])
	}
	for i := len(msgs) - 1; i >= 0; i-- {
		if auto[i] && samePerson(msgs[i].From, contact) {
			sigs = append(sigs, i)
		}
	}
	for _, i := range sigs {
		if strings.TrimSpace(msgs[i].Signature) == "" {
			continue
		}
		if org := organization(msgs[i].Signature, name, contact.Email); org != "" {
			r.Contact.Organization = &org
			break
		}
	}

	r.Referrals = referrals(msgs, mine, contact, pp)
	r.DurationMinutes = duration(msgs, mine)
	r.Location = location(msgs, mine)

	times, offerCue, latestOffers := proposedTimes(msgs, mine, pp, e)
	ir := classifyIntent(latest.Text, latestOffers, offerCue, len(times) > 0, len(r.Referrals) > 0)
	r.Intent, r.IntentCue, r.IntentSure = ir.Intent, ir.Cue, ir.Sure
	if r.Intent == Referred {
		// What decided it is the sentence naming the person.
		if k := strings.Index(latest.Text, r.Referrals[0].Name); k >= 0 {
			r.IntentCue = sentenceAround(latest.Text, k)
		}
	}
	if r.Intent == Scheduled {
		r.ProposedTimes = times
	}
	if r.IntentSure && r.Intent != Scheduled && r.Intent != Referred && namesSomeone(latest.Text, r.Contact.Name, pp) {
		// A person named in a reply that refers no one may be a referral
		// the reader could not see ("but Joanne Whitaker knows the space
		// far better"): not sure enough to act on.
		r.IntentSure = false
	}
	return r
}

// maxText bounds the text read per message: no reply to an outreach is
// longer, and the cue and name searches stay well under a second on any
// input.
const maxText = 64 << 10

// clip cuts s to at most n bytes, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// env is Options plus what Read learns from the envelope.
type env struct {
	Options
	now time.Time // the top-level message's date: the reference for undated messages
}

// outreachRecipient is the contact of a thread that holds only the
// owner's messages: whom the owner wrote to.
func outreachRecipient(msgs []mail.Message, t *mail.Thread, pp people) Contact {
	pick := func(as []mail.Address) (mail.Address, bool) {
		for _, a := range as {
			if a.Email != "" && pp.other(a) {
				return a, true
			}
		}
		return mail.Address{}, false
	}
	// The outreach itself first (oldest), then the top-level envelope
	// (owner Bcc'd coffeechat on the outreach).
	for _, m := range msgs {
		if a, ok := pick(m.To); ok {
			return Contact{Name: cleanName(a.Name), Email: strings.ToLower(a.Email)}
		}
	}
	if a, ok := pick(t.To); ok {
		return Contact{Name: cleanName(a.Name), Email: strings.ToLower(a.Email)}
	}
	for _, m := range msgs {
		if a, ok := pick(m.Cc); ok {
			return Contact{Name: cleanName(a.Name), Email: strings.ToLower(a.Email)}
		}
	}
	return Contact{}
}

var reSubjectPrefix = lazyRE(`(?i)^\s*(?:(?:re|fwd?|aw|wg|sv|vs|tr|rv)\s*(?:\[\d+\])?\s*[:：]|\[(?:external|ext)\])\s*`)

func cleanSubject(s string) string {
	for {
		n := reSubjectPrefix.ReplaceAllString(s, "")
		if n == s {
			return strings.TrimSpace(s)
		}
		s = n
	}
}

func threadIDs(t *mail.Thread) []string {
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		id = strings.Trim(strings.TrimSpace(id), "<>")
		if id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, id := range t.References {
		add(id)
	}
	for _, id := range t.InReplyTo {
		add(id)
	}
	for _, m := range t.Messages {
		if !m.TopLevel {
			add(m.MessageID)
		}
	}
	add(t.MessageID)
	return ids
}

// msgRef is the date relative words in m resolve against, and the zone of
// times written in m without one.
// A message without a date is read as of the top-level message's date
// (opts.now), which is when the owner saw it at the latest.
func msgRef(m mail.Message, opts env) (time.Time, *time.Location) {
	loc := opts.Location
	if m.DateHasZone && !m.Date.IsZero() {
		loc = m.Date.Location()
	}
	ref := m.Date
	if ref.IsZero() {
		ref = opts.now
	}
	if ref.IsZero() {
		ref = time.Now()
	}
	return ref, loc
}

// offers returns the times m offers: found by when.Find, not negated, not
// before the message was written.
func offers(m mail.Message, opts env) []Interval {
	ivs, _ := offersAt(m, opts)
	return ivs
}

// offersAt is offers, and the byte offset in m.Text of the first (-1 when
// none).
func offersAt(m mail.Message, opts env) ([]Interval, int) {
	ref, loc := msgRef(m, opts)
	var out []Interval
	first := -1
	low := asciiLower(m.Text)
	for _, sp := range when.FindFor(m.Text, ref, loc, opts.Location) {
		if !m.Date.IsZero() && (sp.Start.Before(m.Date.Add(-time.Hour)) || sp.Start.After(m.Date.AddDate(0, 6, 0))) {
			// "we met on Nov 2 at 6pm": past, or read as next year's
			// Nov 2 by the no-year rule; either way not an offer.
			continue
		}
		if refused(low, sp.Pos, sp.Pos+sp.Len) || ownersWindow(low, sp.Pos) || (sp.End.IsZero() && ownSchedule(low, sp.Pos+sp.Len)) || takenBack(low, sp.Pos+sp.Len, sp.Start.Weekday()) {
			continue
		}
		iv := Interval{Start: sp.Start}
		if !sp.End.IsZero() {
			e := sp.End
			iv.End = &e
		}
		if first < 0 {
			first = sp.Pos
		}
		out = append(out, iv)
	}
	return out, first
}

// sentenceAround is the sentence of text around byte offset pos, for
// IntentCue.
func sentenceAround(text string, pos int) string {
	if pos < 0 || pos > len(text) {
		return ""
	}
	lo := strings.LastIndexAny(text[:pos], ".!?\n") + 1
	hi := len(text)
	for j := pos; j < len(text); j++ {
		if c := text[j]; c == '\n' || ((c == '.' || c == '!' || c == '?') && (j+1 == len(text) || text[j+1] == ' ' || text[j+1] == '\n')) {
			hi = j + 1
			break
		}
	}
	return cueText(text[lo:hi])
}

// reOwnSchedule ends the words before a time that is the contact's own
// timetable, no offer: "before my shift starts at 9", "my lectures finish
// at 16.45", "I'm off at 6", "I get off work at 5".
var reOwnSchedule = lazyRE(`(?:\b(?:my|our|the) (?:[a-z]+ ){0,2}(?:shift|lectures?|class|classes|lessons?|seminar|workday|work day|school day|practice|rehearsal|clinic|surgery|rounds|flight|train)s? (?:starts?|begins?|ends?|finish(?:es)?|wraps? up|is over|lands?|leaves?|departs?)|\bi(?:['’]m| am) (?:off|done|finished)(?: work| for the day)?|\bi (?:get off|finish|start|clock (?:in|out))(?: work)?)(?: at| around| by| about)?\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)?$`)

// ownSchedule reports a time the contact gives as their own timetable;
// end is where the time's words end in low (the reader joins "Tomorrow at
// 8:15am works, before my shift starts at 9" into one span).
func ownSchedule(low string, end int) bool {
	pre := low[max(0, end-70):end]
	if !containsAny(pre, ownScheduleWords) {
		return false
	}
	return reOwnSchedule.MatchString(pre)
}

var ownScheduleWords = []string{"start", "begin", "end", "finish", "wrap", "over", "land", "leave", "depart", "off", "done", "clock"}

// ownerChooses are requests that the owner pick or propose times.
var ownerChooses = []string{"please suggest", "please propose", "please send", "please pick", "please choose", "please name",
	"you suggest", "you propose", "you send", "you pick", "you choose", "you name", "send me", "send over",
	"suggest two", "suggest three", "suggest a few", "suggest some", "suggest a couple", "propose two", "propose three", "propose a few", "propose some"}

// ownersWindow reports a time inside a request that the owner choose in
// it: "please suggest two or three slots between 8 and 11am your time"
// gives the owner a window, it offers none. from is where the time
// begins in low.
func ownersWindow(low string, from int) bool {
	pre := low[strings.LastIndexAny(low[:from], ".!?\n")+1 : from]
	// "Send me an invite for Tuesday at 2" confirms a time; the request
	// must be for times.
	return containsAny(pre, ownerChooses) && containsAny(pre, choiceNouns)
}

var choiceNouns = []string{"slot", "times", "a time", "option", "window", "a day", "some days", "few days", "couple of days"}

// retractions open a sentence that takes back the one before it.
var retractions = []string{"oh wait", "wait, no", "wait no", "no wait", "no, wait", "actually, no", "actually no", "scratch that",
	"strike that", "forget that", "never mind", "nevermind", "on second thought", "on second thoughts", "hmm, no", "hm, no", "ah no", "ah, no", "oops, no", "sorry, no"}

// dropVerbs before a weekday take back the offers on it: "scratch Monday".
var dropVerbs = []string{"scratch ", "strike ", "forget ", "scrap ", "cross off ", "cross out ", "rule out ", "drop "}

// takenBack reports a time the contact withdraws later in the same
// message: the next sentence opens with a retraction ("Tuesday at 2
// could work. Oh wait, no, I'm flying that day."), or a later sentence
// drops its weekday ("Monday or Tuesday at 11. Actually, scratch
// Monday."). end is where the time ends in low.
func takenBack(low string, end int, wd time.Weekday) bool {
	rest := low[end:]
	if k := strings.IndexAny(rest, ".!?\n"); k >= 0 {
		next := strings.TrimLeft(rest[k+1:], " \t\n.!?")
		for _, r := range retractions {
			if strings.HasPrefix(next, r) {
				return true
			}
		}
	}
	day := strings.ToLower(wd.String())
	if !strings.Contains(rest, day) {
		return false
	}
	for _, v := range dropVerbs {
		if strings.Contains(rest, v+day) || strings.Contains(rest, v+"the "+day) {
			return true
		}
	}
	return false
}

// refused reports a time written in a clause that rules it out: "I'm not
// available Tuesday at 2", "Tuesday at 2pm doesn't work".
func refused(low string, from, to int) bool {
	start := 0
	for {
		_, e, ok := clauseBreak(low[:from], start)
		if !ok {
			break
		}
		start = e
	}
	pre := low[start:from]
	if strings.Contains(pre, "if ") || strings.Contains(pre, "unless ") {
		return false
	}
	norm := normalise(pre)
	// "Sorry I missed your call on Friday at 3": a time in the past,
	// whatever the no-year and next-weekday rules make of it.
	for _, c := range pastTimeCues {
		if strings.Contains(" "+norm+" ", " "+c) {
			return true
		}
	}
	if strings.HasSuffix(norm, "last") { // "last Friday at 3"; not "the last slot I have is Friday at 4"
		return true
	}
	for _, c := range negTimeCues {
		if strings.Contains(" "+norm+" ", " "+c) {
			return true
		}
	}
	post := low[to:]
	if b, _, ok := clauseBreak(post, 0); ok {
		post = post[:b]
	}
	post = normalise(post)
	if len(post) > 40 {
		post = post[:40]
	}
	for _, c := range negTimeAfter {
		if strings.Contains(post, c) {
			return true
		}
	}
	return false
}

// proposedTimes collects the times the contact offered or confirmed, in
// order, each instant once. latestOffers reports whether the contact's
// latest message offered or confirmed any, and cue is the sentence of it
// that did.
func proposedTimes(msgs []mail.Message, mine []int, pp people, opts env) (out []Interval, cue string, latestOffers bool) {
	seen := map[int64]bool{}
	add := func(ivs []Interval) {
		for _, iv := range ivs {
			if !seen[iv.Start.Unix()] {
				seen[iv.Start.Unix()] = true
				out = append(out, iv)
			}
		}
	}
	for n, i := range mine {
		m := msgs[i]
		own, at := offersAt(m, opts)
		if len(own) == 0 {
			// "That works!" after the owner proposed a time.
			if conf, c := confirmed(msgs, i, pp, opts); len(conf) > 0 {
				own, at = conf, c
			}
		}
		if len(own) == 0 {
			// "Could we push to Friday at the same time?"
			own, at = sameTime(msgs, i, opts)
		}
		add(own)
		if n == len(mine)-1 && len(own) > 0 {
			latestOffers = true
			cue = sentenceAround(m.Text, at)
		}
	}
	return out, cue, latestOffers
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"weds": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
}

// confirmed returns the owner's proposed times that the contact's message
// i accepts: the owner's latest message before i that proposed times.
func confirmed(msgs []mail.Message, i int, pp people, opts env) ([]Interval, int) {
	return confirmedTimes(msgs, i, pp, opts)
}

// confirmPos is where in text the first confirmation cue is, roughly (an
// offset of the original text, for IntentCue).
func confirmPos(text string) int {
	low := asciiLower(text)
	best := -1
	for _, c := range confirmCues {
		if k := strings.Index(low, c); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

// confirmedTimes is confirmed: the times, and where in the text the
// confirmation is.
func confirmedTimes(msgs []mail.Message, i int, pp people, opts env) ([]Interval, int) {
	text := normalise(msgs[i].Text)
	cue := hasCue(text, confirmCues)
	// "Option two, please.": a choice by place needs no word of agreement.
	var ord, ordPos int
	var byPlace bool
	if !cue {
		ord, ordPos, byPlace = placePick(msgs[i].Text)
	}
	var picks []dayPick
	if !cue && !byPlace && !hasWeekdayWord(text) {
		return nil, -1
	}
	if !cue && !byPlace {
		// No word of agreement, but a day of the owner's proposal named
		// as a choice: "Let's do Monday.", "Tuesday please", "Monday!".
		if picks = pickedDays(msgs[i].Text); len(picks) == 0 {
			return nil, -1
		}
	}
	var proposal []Interval
	for j := i - 1; j >= 0 && proposal == nil; j-- {
		if pp.isOwner(msgs[j].From) && !msgs[j].TopLevel {
			proposal = offers(msgs[j], opts)
		}
	}
	if len(proposal) == 0 {
		return nil, -1
	}
	if !cue && !byPlace {
		days := map[time.Weekday]bool{}
		for _, p := range picks {
			days[p.day] = true
		}
		out := onDays(proposal, days)
		if len(out) == 0 {
			return nil, -1
		}
		return out, picks[0].pos
	}
	pos := confirmPos(msgs[i].Text)
	if !cue {
		pos = ordPos
	}
	if byPlace && !placeIn(ord, len(proposal)) {
		return nil, -1 // "the third one" of two proposals picks nothing
	}
	if len(proposal) == 1 {
		return proposal, pos
	}
	if cue {
		// "Perfect, the third slot": agreement and a place.
		ord, _, byPlace = placePick(msgs[i].Text)
		byPlace = byPlace && placeIn(ord, len(proposal))
	}
	// Several were proposed: keep those the contact names.
	switch {
	case strings.Contains(text, "first one") || strings.Contains(text, "first option") || strings.Contains(text, "the former"):
		return proposal[:1], pos
	case strings.Contains(text, "second one") || strings.Contains(text, "second option"):
		return proposal[1:2], pos
	case strings.Contains(text, "the latter") || strings.Contains(text, "last one"):
		return proposal[len(proposal)-1:], pos
	case byPlace:
		switch ord {
		case last:
			return proposal[len(proposal)-1:], pos
		case middle:
			return proposal[len(proposal)/2 : len(proposal)/2+1], pos
		}
		return proposal[ord : ord+1], pos
	}
	days := map[time.Weekday]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if wd, ok := weekdayNames[w]; ok {
			days[wd] = true
		}
	}
	if len(days) == 0 {
		// "Let's go with the 25th.": a day of the month names the
		// proposal on it; one that names none keeps them all.
		if out := onMonthDays(proposal, monthDays(text)); len(out) > 0 {
			return out, pos
		}
		return proposal, pos
	}
	return onDays(proposal, days), pos
}

// monthDays are the days of the month written as ordinals in low ("the
// 25th", "1st"); nil when there are none.
func monthDays(low string) map[int]bool {
	var out map[int]bool
	for i := 0; i+2 < len(low); i++ {
		if !isDigit(low[i]) || (i > 0 && (isDigit(low[i-1]) || low[i-1] == '/' || low[i-1] == '.' || low[i-1] == ':')) {
			continue
		}
		j := i
		for j < len(low) && j < i+3 && isDigit(low[j]) {
			j++
		}
		if j-i > 2 || j+2 > len(low) {
			continue
		}
		switch low[j : j+2] {
		case "st", "nd", "rd", "th":
		default:
			continue
		}
		if j+2 < len(low) && low[j+2] >= 'a' && low[j+2] <= 'z' {
			continue
		}
		d, _ := strconv.Atoi(low[i:j])
		if d >= 1 && d <= 31 {
			if out == nil {
				out = map[int]bool{}
			}
			out[d] = true
		}
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// onMonthDays keeps the intervals that start on one of the days of the
// month in days.
func onMonthDays(ivs []Interval, days map[int]bool) []Interval {
	if len(days) == 0 {
		return nil
	}
	var out []Interval
	for _, iv := range ivs {
		if days[iv.Start.Day()] {
			out = append(out, iv)
		}
	}
	return out
}

// onDays keeps the intervals that start on one of days.
func onDays(ivs []Interval, days map[time.Weekday]bool) []Interval {
	var out []Interval
	for _, iv := range ivs {
		if days[iv.Start.Weekday()] {
			out = append(out, iv)
		}
	}
	return out
}

// hasWeekdayWord reports a weekday name among the words of low (lower
// case), without allocating: most replies name none.
func hasWeekdayWord(low string) bool {
	for i := 0; i < len(low); {
		if low[i] < 'a' || low[i] > 'z' {
			i++
			continue
		}
		j := i
		for j < len(low) && low[j] >= 'a' && low[j] <= 'z' {
			j++
		}
		if _, ok := weekdayNames[low[i:j]]; ok {
			return true
		}
		i = j
	}
	return false
}

// dayPick is a weekday named as a choice, and where (byte offset).
type dayPick struct {
	day time.Weekday
	pos int
}

// Words that make a sentence naming a day something other than a choice
// of it: "Monday I'm travelling", "Monday doesn't work, another day?".
var notAPick = set("not no never nor busy travel traveling travelling away out off conflict sorry unfortunately instead rather " +
	"other another else different except neither nope tough hard bad impossible")

// Places placePick reads that are not counted from the first.
const (
	last   = -1
	middle = -2
)

// placeWords name a place in a list: "the second one", "option two",
// "option B", "number 3", "#2".
var placeWords = map[string]int{
	"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4, "5th": 4,
	"last": last, "final": last, "middle": middle,
}

var placeNumbers = map[string]int{"one": 0, "1": 0, "a": 0, "two": 1, "2": 1, "b": 1, "three": 2, "3": 2, "c": 2,
	"four": 3, "4": 3, "d": 3, "five": 4, "5": 4, "e": 4}

// placeNouns are what a place picks: "the second option", "the first slot".
var placeNouns = set("one option options slot slots choice proposal suggestion date")

// placePick finds a sentence of text that picks one of a list by its
// place ("Option two, please.", "the third slot works", "number 2 is
// best", "the middle one"), with nothing that turns it down: which (0 the
// first, last, middle) and where the sentence is.
func placePick(text string) (which, pos int, ok bool) {
	if !mayPlacePick(text) {
		return 0, -1, false
	}
	for _, s := range sentences(text) {
		t := s.toks
		found := false
		for k, w := range t {
			if notAPick[w] {
				found = false
				break
			}
			if found || k+1 >= len(t) {
				continue
			}
			if n, isPlace := placeWords[w]; isPlace && placeNouns[t[k+1]] {
				which, found = n, true
			} else if n, isNum := placeNumbers[t[k+1]]; isNum && (w == "option" || w == "choice" || w == "number" || w == "slot" || w == "#") {
				which, found = n, true
			}
		}
		if found && len(t) <= 16 {
			pos := strings.Index(text, s.orig)
			return which, max(pos, 0), true
		}
	}
	return 0, -1, false
}

// placeIn reports whether place which is in a list of n.
func placeIn(which, n int) bool {
	return which < n && !(which == middle && n%2 == 0)
}

// mayPlacePick is a cheap test for the words placePick needs.
func mayPlacePick(text string) bool {
	return containsAny(asciiLower(text), []string{"option", "choice", "number", "slot", "#", "first", "second", "third",
		"fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th", "last", "final", "middle"})
}

// pickedDays finds the weekdays that the sentences of text name as a
// choice: a sentence naming one weekday with nothing that turns it down or
// asks for another.
func pickedDays(text string) []dayPick {
	var out []dayPick
	for _, s := range sentences(text) {
		var days []time.Weekday
		ok := true
		for _, w := range s.toks {
			if wd, isDay := weekdayNames[w]; isDay {
				days = append(days, wd)
			}
			if notAPick[w] {
				ok = false
			}
		}
		if !ok || len(days) != 1 || len(s.toks) > 12 {
			continue
		}
		pos := strings.Index(text, s.orig)
		if pos < 0 {
			pos = 0
		}
		out = append(out, dayPick{days[0], pos})
	}
	return out
}

func nameFromSignature(sig string) string {
	for _, line := range strings.Split(sig, "\n") {
		line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "-–—"))
		if line == "" {
			continue
		}
		n := cleanName(line)
		ws := strings.Fields(n)
		if len(ws) >= 2 && len(ws) <= 4 && capitalised(n) && !hasWord(n, titleWords) && !hasWord(n, domainWords) && !hasWord(n, orgWords) {
			return n
		}
		return ""
	}
	return ""
}

// lowerSameLen is strings.ToLower(s) with every byte where it was, so
// that an index into it is an index into s: a rune whose lower case is
// longer or shorter in UTF-8 ("İ", the Kelvin sign) stays as it is, and
// so do bytes that are not UTF-8.
func lowerSameLen(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if lr := unicode.ToLower(r); r != utf8.RuneError && utf8.RuneLen(lr) == n {
			b = utf8.AppendRune(b, lr)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// asciiLower lower-cases A-Z only, so byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

var reFwdSubject = lazyRE(`(?i)^\s*(?:fwd?|wg|tr|rv)\s*:`)

// isForwarder reports a message that only passes others' mail on.
func isForwarder(m mail.Message) bool {
	if reFwdSubject.MatchString(m.Subject) {
		return true
	}
	t := normalise(m.Text)
	if len(t) > 200 {
		return false
	}
	for _, c := range []string{"forwarding", "passing this along", "passing along", "answered me instead", "replied to me instead", "wrote to me instead"} {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}

var reSameTime = lazyRE(`(?i)\b(?:at )?(?:the )?same time\b`)

// sameTime reads "Friday at the same time" in message i: the clock and zone
// of the latest time written before it in the thread, on the day named.
func sameTime(msgs []mail.Message, i int, opts env) ([]Interval, int) {
	m := msgs[i]
	if !strings.Contains(foldLower(m.Text), "same time") {
		return nil, -1 // reSameTime cannot match
	}
	loc := reSameTime.FindStringIndex(m.Text)
	if loc == nil {
		return nil, -1
	}
	var prior []Interval
	for j := i - 1; j >= 0 && len(prior) == 0; j-- {
		prior = offers(msgs[j], opts)
	}
	if len(prior) == 0 {
		return nil, -1
	}
	p := prior[len(prior)-1].Start
	m.Text = m.Text[:loc[0]] + "at " + p.Format("15:04") + " " + m.Text[loc[1]:]
	// The clock is the earlier time's, so is its zone.
	m.Date = m.Date.In(p.Location())
	m.DateHasZone = true
	return offers(m, opts), loc[0]
}

var reAutoSubject = lazyRE(`(?i)^\s*(?:(?:re|fwd?|fw)\s*:\s*)*(?:automatic reply|auto[- ]?reply|auto[- ]?response|automatische antwort|r[ée]ponse automatique|respuesta autom[áa]tica|out of (?:the )?office|ooo\b|away from (?:the )?office|vacation reply|abwesenheitsnotiz|risposta automatica|resposta autom[áa]tica|automatisch antwoord|automatiskt svar|automatisk svar|automaattinen vastaus|odpowied[źz] automatyczna|automatick[áa] odpov[ěe][ďd]|otomatik (?:yan[ıi]t|cevap)|автоматический ответ|自動応答|自動返信|自动回复|自動回覆|자동 ?응답|不在(?:通知|連絡|のお知らせ))`)

// autoReplyCues are what out-of-office answers say and people answering
// an outreach do not.
var autoReplyCues = []string{
	"i am out of the office", "i'm out of the office", "i am currently out of the office", "i'm currently out of the office",
	"i am currently away", "i'm currently away", "i am away from the office", "i am on annual leave", "i'm currently on vacation",
	"i am currently on vacation", "i am on vacation",
	"no access to email", "will respond to your message when", "will reply when i return",
	"will respond when i return", "respond to your email when i return", "respond to your email upon my return",
	"upon my return", "this is an automated", "this is an automatic", "automatic reply", "auto-reply", "for urgent matters",
	"in my absence", "i will return on", "i'll return on", "i will be back in the office", "back in the office on",
	"on my return", "i am currently travelling", "i am currently traveling", "i'm currently travelling", "i'm currently traveling",
	"thank you for your email. i am", "thank you for your message. i am", "thank you for your e-mail. i am",
	"will respond as soon as possible", "i will respond as soon as", "i will reply as soon as",
	"i am on a business trip", "i'm on a business trip", "i am away on business", "i'm away on business",
	"i am currently on a business trip", "i am on leave", "i'm on leave", "i am on parental leave", "i am on maternity leave",
	"i am on sick leave",
}

// Families of what out-of-office answers say, each counting once beside
// autoReplyCues: thanks for the mail as the opening, limited access to
// mail, answering when back, checking mail rarely.
// Each has a literal piece that must be in the text before the
// expression is run.
var reAutoReplyFamilies = []struct {
	need string
	re   *lazyRegexp
}{
	{"for ", lazyRE(`^(?:thanks|thank you|many thanks)(?: so much)? for (?:your|the) (?:e-?mail|message|mail|note)[.!]`)},
	{"access to", lazyRE(`\b(?:limited|no|intermittent|sporadic|occasional|little|restricted) access to (?:my )?(?:e-?mail|mail|the internet|messages)`)},
	{"back", lazyRE(`\b(?:will|i'll|shall) (?:respond|reply|get back to you|answer|be in touch|follow up|return your (?:e-?mail|message|call))[^.]{0,40}?\b(?:when|once|upon|after|on) (?:i'm back|i am back|i get back|back)`)},
	{"return", lazyRE(`\b(?:will|i'll|shall) (?:respond|reply|get back to you|answer|be in touch|follow up|return your (?:e-?mail|message|call))[^.]{0,40}?\b(?:when|once|upon|after|on) (?:i return|my return|returning)`)},
	{"checking", lazyRE(`\bchecking (?:my )?(?:e-?mail|mail|messages)(?: only)? (?:infrequently|rarely|sporadically|intermittently|occasionally|periodically|irregularly)`)},
}

// isAutoReply reports an out-of-office answer: by its subject, by
// Auto-Submitted on the top-level message, or by two of the phrases such
// answers are made of (one could be a person saying they were away). A
// question is a person writing, not a machine.
func isAutoReply(m mail.Message, t *mail.Thread) bool {
	if reAutoSubject.MatchString(m.Subject) {
		return true
	}
	if m.TopLevel && t.AutoSubmitted != "" && !strings.EqualFold(strings.TrimSpace(t.AutoSubmitted), "no") {
		return true
	}
	s := normalise(m.Text)
	if len(s) > 1500 || strings.Contains(s, "?") {
		return false
	}
	n := 0
	for _, c := range autoReplyCues {
		if strings.Contains(s, c) {
			n++
		}
	}
	answers := false // the two "when I'm back" / "on my return" forms are one family
	for k, f := range reAutoReplyFamilies {
		if strings.Contains(s, f.need) && f.re.MatchString(s) {
			if k == 2 || k == 3 {
				if answers {
					continue
				}
				answers = true
			}
			n++
		}
	}
	return n >= 2
}
