package reading

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/coffeechat/coffeechat/calendar/when"
	"github.com/coffeechat/coffeechat/mail"
)

// read is Read; see reading.go for the contract.
func read(t *mail.Thread, opts Options) *Result {
	r := &Result{Intent: NoReply, Location: Location{Kind: Unspecified}, ProposedTimes: []Interval{}, Referrals: []Referral{}}
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

	// The contact is the author of the latest message that is neither the
	// owner's nor coffeechat's.
	ci := -1
	for i := len(msgs) - 1; i >= 0; i-- {
		if pp.other(msgs[i].From) {
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
		if samePerson(m.From, contact) {
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
	if org := organization(sig, name, contact.Email); org != "" {
		r.Contact.Organization = &org
	}

	r.Referrals = referrals(msgs, mine, contact, pp)
	r.DurationMinutes = duration(msgs, mine)
	r.Location = location(msgs, mine)

	times, latestOffers := proposedTimes(msgs, mine, pp, e)
	r.Intent = intent(latest.Text, latestOffers, len(times) > 0, len(r.Referrals) > 0)
	if r.Intent == Scheduled {
		r.ProposedTimes = times
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

var reSubjectPrefix = regexp.MustCompile(`(?i)^\s*(?:(?:re|fwd?|aw|wg|sv|vs|tr|rv)\s*(?:\[\d+\])?\s*[:：]|\[(?:external|ext)\])\s*`)

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
	ref, loc := msgRef(m, opts)
	var out []Interval
	low := asciiLower(m.Text)
	for _, sp := range when.Find(m.Text, ref, loc) {
		if !m.Date.IsZero() && (sp.Start.Before(m.Date.Add(-time.Hour)) || sp.Start.After(m.Date.AddDate(0, 6, 0))) {
			// "we met on Nov 2 at 6pm": past, or read as next year's
			// Nov 2 by the no-year rule; either way not an offer.
			continue
		}
		if refused(low, sp.Pos, sp.Pos+sp.Len) {
			continue
		}
		iv := Interval{Start: sp.Start}
		if !sp.End.IsZero() {
			e := sp.End
			iv.End = &e
		}
		out = append(out, iv)
	}
	return out
}

// refused reports a time written in a clause that rules it out: "I'm not
// available Tuesday at 2", "Tuesday at 2pm doesn't work".
func refused(low string, from, to int) bool {
	start := 0
	for _, loc := range reClauseBreak.FindAllStringIndex(low[:from], -1) {
		start = loc[1]
	}
	pre := low[start:from]
	if strings.Contains(pre, "if ") || strings.Contains(pre, "unless ") {
		return false
	}
	norm := normalise(pre)
	for _, c := range negTimeCues {
		if strings.Contains(" "+norm+" ", " "+c) {
			return true
		}
	}
	post := low[to:]
	if loc := reClauseBreak.FindStringIndex(post); loc != nil {
		post = post[:loc[0]]
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
// latest message offered or confirmed any.
func proposedTimes(msgs []mail.Message, mine []int, pp people, opts env) ([]Interval, bool) {
	var out []Interval
	seen := map[int64]bool{}
	add := func(ivs []Interval) {
		for _, iv := range ivs {
			if !seen[iv.Start.Unix()] {
				seen[iv.Start.Unix()] = true
				out = append(out, iv)
			}
		}
	}
	latestOffers := false
	for n, i := range mine {
		m := msgs[i]
		own := offers(m, opts)
		if len(own) == 0 {
			// "That works!" after the owner proposed a time.
			if conf := confirmed(msgs, i, pp, opts); len(conf) > 0 {
				own = conf
			}
		}
		if len(own) == 0 {
			// "Could we push to Friday at the same time?"
			own = sameTime(msgs, i, opts)
		}
		add(own)
		if n == len(mine)-1 && len(own) > 0 {
			latestOffers = true
		}
	}
	return out, latestOffers
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
}

// confirmed returns the owner's proposed times that the contact's message
// i accepts: the owner's latest message before i that proposed times.
func confirmed(msgs []mail.Message, i int, pp people, opts env) []Interval {
	text := normalise(msgs[i].Text)
	if !hasCue(text, confirmCues) {
		return nil
	}
	var proposal []Interval
	for j := i - 1; j >= 0 && proposal == nil; j-- {
		if pp.isOwner(msgs[j].From) && !msgs[j].TopLevel {
			proposal = offers(msgs[j], opts)
		}
	}
	if len(proposal) <= 1 {
		return proposal
	}
	// Several were proposed: keep those the contact names.
	switch {
	case strings.Contains(text, "first one") || strings.Contains(text, "first option") || strings.Contains(text, "the former"):
		return proposal[:1]
	case strings.Contains(text, "second one") || strings.Contains(text, "second option"):
		return proposal[1:2]
	case strings.Contains(text, "the latter") || strings.Contains(text, "last one"):
		return proposal[len(proposal)-1:]
	}
	days := map[time.Weekday]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if wd, ok := weekdayNames[w]; ok {
			days[wd] = true
		}
	}
	if len(days) == 0 {
		return proposal
	}
	var out []Interval
	for _, iv := range proposal {
		if days[iv.Start.Weekday()] {
			out = append(out, iv)
		}
	}
	return out
}

// intent classifies the contact's latest message.
func intent(text string, offered, anyTimes, referred bool) string {
	s := normalise(text)
	if offered {
		return Scheduled
	}
	if referred && !hasCue(s, askCues) && !hasCue(s, meetCues) {
		return Referred
	}
	if hasCue(s, deferCues) {
		return Deferred
	}
	if hasCue(s, askCues) {
		return AsksForTimes
	}
	if hasCue(s, deferWeakCues) {
		return Deferred
	}
	if hasCue(s, declineCues) {
		return Declined
	}
	if hasCue(s, positiveCues) {
		return AsksForTimes
	}
	if anyTimes {
		return Scheduled
	}
	// "Unfortunately I can't." says no without a known phrase; "Sorry for
	// the slow reply" says nothing.
	if strings.Contains(s, "unfortunately") && (strings.Contains(s, "n't") || strings.Contains(s, "cannot") || strings.Contains(s, "unable")) {
		return Declined
	}
	return AsksForTimes
}

func nameFromSignature(sig string) string {
	for _, line := range strings.Split(sig, "\n") {
		line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "-–—"))
		if line == "" {
			continue
		}
		n := cleanName(line)
		ws := strings.Fields(n)
		if len(ws) >= 2 && len(ws) <= 4 && capitalised(n) && !hasWord(n, titleWords) && !hasWord(n, orgWords) {
			return n
		}
		return ""
	}
	return ""
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

var reFwdSubject = regexp.MustCompile(`(?i)^\s*(?:fwd?|wg|tr|rv)\s*:`)

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

var reSameTime = regexp.MustCompile(`(?i)\b(?:at )?(?:the )?same time\b`)

// sameTime reads "Friday at the same time" in message i: the clock and zone
// of the latest time written before it in the thread, on the day named.
func sameTime(msgs []mail.Message, i int, opts env) []Interval {
	m := msgs[i]
	loc := reSameTime.FindStringIndex(m.Text)
	if loc == nil {
		return nil
	}
	var prior []Interval
	for j := i - 1; j >= 0 && len(prior) == 0; j-- {
		prior = offers(msgs[j], opts)
	}
	if len(prior) == 0 {
		return nil
	}
	p := prior[len(prior)-1].Start
	m.Text = m.Text[:loc[0]] + "at " + p.Format("15:04") + " " + m.Text[loc[1]:]
	// The clock is the earlier time's, so is its zone.
	m.Date = m.Date.In(p.Location())
	m.DateHasZone = true
	return offers(m, opts)
}
