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
	if hasCue(s, deferCues) || askedToComeBackLater(s, true) {
		return Deferred
	}
	if hasCue(s, askCues) {
		return AsksForTimes
	}
	if hasCue(s, deferWeakCues) || askedToComeBackLater(s, false) || busyUntil(s) {
		return Deferred
	}
	if hasCue(s, declineCues) || declinedInOwnWords(s) {
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
	// Nothing agrees to meet and nothing asks for times, but the message
	// apologises or wishes luck: that is how a no is written when it is
	// not said in so many words ("I need to keep my distance from these
	// conversations. Apologies, and best of luck.").
	if strings.Contains(s, "sorry") || strings.Contains(s, "apolog") {
		s = reSmallTalk.ReplaceAllString(s, "")
	}
	if hasCue(s, regretCues) {
		return Declined
	}
	return AsksForTimes
}

// Refusals by their shape rather than their exact words: "I won't have
// time", "I do not participate in informational interviews", "it's a no
// from me".
var reDeclineShape = regexp.MustCompile(`\b(?:won't|will not|don't|do not|can't|cannot|wouldn't|would not|doesn't|does not) (?:have|find|make|get|spare) (?:the |any |enough |much )?(?:time|bandwidth|capacity|room|space)\b|\b(?:don't|do not|no longer|never|won't|will not) (?:do|take|participate in|accept|agree to|offer|join|hold|make time for) (?:any |these |such |new )?(?:informational|coffee|calls?|meetings?|chats?|interviews?|requests?|mentoring)\b|\b(?:it's|it is|that's|that is|answer is) a no\b|\b(?:had|have|need|needed) to (?:cut back|cut down|step back|pull back|scale back)\b|\bcut (?:back|down) to (?:zero|none|nothing)\b|\ba no from me\b|\b(?:a|the) hard no\b|\b(?:wouldn't|would not|isn't|is not|not) (?:be )?(?:appropriate|right|fair|proper|ethical) (?:for me )?to (?:meet|take|chat|talk|speak|do)\b`)

func declinedInOwnWords(s string) bool {
	if !strings.Contains(s, "n't") && !strings.Contains(s, "not") && !strings.Contains(s, "never") && !strings.Contains(s, "no") &&
		!strings.Contains(s, " back") && !strings.Contains(s, " down") {
		return false // every shape has one of these
	}
	for _, m := range reDeclineShape.FindAllStringIndex(s, -1) {
		// The shapes carry their own negation; a second one before them
		// ("not that I don't have time") turns them around.
		if k := strings.LastIndexAny(s[:m[0]], ".!?;"); !strings.Contains(s[max(k, 0):m[0]], "not that") {
			return true
		}
	}
	return false
}

// Apologies that are about something else than the answer.
var reSmallTalk = regexp.MustCompile(`(?:sorry|apologies) (?:for|about) (?:the|my) (?:slow|late|delayed|belated)?\s*(?:reply|response|delay|wait)|sorry for the delay|sorry it took|apologies for the delay`)

// Marks of a refusal that does not name itself.
var regretCues = []string{
	"sorry", "apologies", "apologize", "apologise", "afraid", "regret", "unfortunately", "good luck", "best of luck",
	"wish you", "wishing you", "hope you find", "no thanks", "no, thanks", "all the best with", "luck with",
	"hope it goes well", "hope the search goes", "hope you land", "rooting for you",
}

// Asking the owner to come back later: a "contact me" verb and a later
// time in the same sentence ("Ping me the week after", "write me again
// once the launch is out").
var (
	reContactMeLater = regexp.MustCompile(`\b(?:(?:ping|email|e-mail|write|message|text|nudge|remind|bug|poke|contact|reach out to|follow up with|check in with|try) (?:me|us)|(?:send|drop|shoot) (?:me|us) (?:a |an )?(?:note|line|message|email|e-mail|reminder)|give (?:me|us) a (?:shout|nudge))\b([^.!?;]{0,60})`)
	// "I'm booked solid until the 15th", "slammed through December".
	reBusyUntil  = regexp.MustCompile(`\b(?:booked|busy|slammed|swamped|buried|tied up|underwater|heads-down|heads down|maxed out|fully booked) (?:solid |up )?(?:until|till|through|thru)\b`)
	reLaterWords = regexp.MustCompile(`\b(?:after|later|again|then|next|once|when|until|till|in (?:a|two|three|a few|a couple)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|q[1-4]|new year|the week after|the month after)\b`)
)

// askedToComeBackLater reports the shape. strict asks for the plain form
// ("ping me ... again", a verb then the later time), which wins over a
// request for times in the same message ("write me again once exams wrap
// up and we'll find a slot"); otherwise the looser forms count too ("After
// that I'm all yours, just send me a note"), but only where nothing asks
// for times ("send me a note with times for next week" is no deferral).
func askedToComeBackLater(s string, strict bool) bool {
	if !strings.Contains(s, " me") && !strings.Contains(s, " us") {
		return false
	}
	for _, m := range reContactMeLater.FindAllStringSubmatchIndex(s, -1) {
		if negated(s, m[0]) {
			continue
		}
		verb := s[m[0]:m[2]]
		plain := !strings.HasPrefix(verb, "send") && !strings.HasPrefix(verb, "drop") && !strings.HasPrefix(verb, "shoot") && !strings.HasPrefix(verb, "give")
		if reLaterWords.MatchString(s[m[2]:m[3]]) && (plain || !strict) {
			return true
		}
		from := strings.LastIndexAny(s[:m[0]], ".!?;") + 1
		if !strict && reLaterWords.MatchString(s[from:m[0]]) {
			return true
		}
	}
	return false
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

var reAutoSubject = regexp.MustCompile(`(?i)^\s*(?:(?:re|fwd?|fw)\s*:\s*)*(?:automatic reply|auto[- ]?reply|auto[- ]?response|automatische antwort|r[ée]ponse automatique|respuesta autom[áa]tica|out of (?:the )?office|ooo\b|away from (?:the )?office|vacation reply|abwesenheitsnotiz)`)

// autoReplyCues are what out-of-office answers say and people answering
// an outreach do not.
var autoReplyCues = []string{
	"i am out of the office", "i'm out of the office", "i am currently out of the office", "i'm currently out of the office",
	"i am currently away", "i'm currently away", "i am away from the office", "i am on annual leave", "i'm currently on vacation",
	"i am currently on vacation", "i am on vacation", "with limited access to email", "with limited access to e-mail",
	"limited access to my email", "no access to email", "will respond to your message when", "will reply when i return",
	"will respond when i return", "respond to your email when i return", "respond to your email upon my return",
	"upon my return", "this is an automated", "this is an automatic", "automatic reply", "auto-reply", "for urgent matters",
	"in my absence", "i will return on", "i'll return on", "i will be back in the office", "back in the office on",
}

// isAutoReply reports an out-of-office answer: by its subject, by
// Auto-Submitted on the top-level message, or by two of the phrases such
// answers are made of (one could be a person saying they were away).
func isAutoReply(m mail.Message, t *mail.Thread) bool {
	if reAutoSubject.MatchString(m.Subject) {
		return true
	}
	if m.TopLevel && t.AutoSubmitted != "" && !strings.EqualFold(strings.TrimSpace(t.AutoSubmitted), "no") {
		return true
	}
	s := normalise(m.Text)
	if len(s) > 1500 {
		return false
	}
	n := 0
	for _, c := range autoReplyCues {
		if strings.Contains(s, c) {
			n++
		}
	}
	return n >= 2
}

func busyUntil(s string) bool {
	return (strings.Contains(s, "til") || strings.Contains(s, "through") || strings.Contains(s, "thru")) && reBusyUntil.MatchString(s)
}
