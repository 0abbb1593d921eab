package reading

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How the intent of the contact's latest message is read.
//
// The message is cut into sentences, each sentence into clauses at words
// of contrast ("but", "however", "unfortunately"), and each clause into
// words with contractions spelled out ("can't" is "can not", "I'd" is "I
// would"), so that one pattern covers every way of writing a negation. Six
// families of cues are looked for, each written as word patterns over
// classes of words rather than as whole phrases:
//
//   - willingness: agreeing to talk ("happy to", "of course", "I can do it");
//   - refusal: a negated ability or will to meet or help ("I won't be able
//     to", "it is not possible for me", "I'm not the right person"), a
//     verb of declining ("pass", "bow out", "step away from"), willingness
//     taken back ("I'd love to but can't", "I wish I could"), a policy;
//   - weak refusal: apologies, wishes of luck, "I hope you understand",
//     being swamped: how a no is written when it is not said;
//   - postponement, in three strengths: asking the owner to come back
//     ("reach out", "ping me", "can we speak again") with a later time
//     ("in January", "once I'm back", "the week after"), or being
//     unavailable until a date; agreeing to talk later ("happy to chat
//     once January rolls around", "I'd love to, but not this term");
//     being busy until a date ("booked solid until the 15th");
//   - availability request: a question about the owner's times ("when
//     works?", "what does your week look like?"), a request for them
//     ("propose me some dates"), leaving the choice ("you pick");
//   - time offer: the times the reader found (proposedTimes), decided
//     before this classifier runs.
//
// The intent then follows the contract's precedence: times offered or
// confirmed → scheduled; referrals and no agreement to meet → referred;
// a request to come back later → deferred; availability request →
// asks_for_times; agreeing to talk later → deferred; refusal → declined;
// busy until a date → deferred; willingness → asks_for_times; a weak
// refusal alone → declined; nothing → asks_for_times, as a guess (or
// scheduled when an earlier message offered times). What decided it is
// reported (intentReading.Cue, .Sure), so that the daemon can ask the owner
// instead of acting on a guess.

// intentReading is the intent and how sure the reader is of it.
type intentReading struct {
	Intent string
	// Cue is the sentence of the contact's latest message that decided
	// the intent, as written; "" when no cue was recognised.
	Cue string
	// Sure is false when the intent is a fallback (no cue), rests on weak
	// cues only, or two strong families disagreed and precedence decided.
	Sure bool
}

// A sentence of the latest message, as words.
type sentence struct {
	orig     string   // as written, for Cue
	toks     []string // normalised words, contractions spelled out
	clause   []int    // clause number of each word
	question bool
}

// Families of cues.
const (
	fWilling = iota
	fWillingConcessive
	fRefuse
	fRefuseWeak
	fPostpone
	fUnavailUntil // unavailable until a date ("not before December"), no request to come back
	fPostponeMid
	fPostponeWeak
	fAsk
	fAskLater // a request for times in a later period ("send me a few times in December")
	fMeet     // willingness to meet oneself (keeps a referral an aside)
	nFamilies
)

// evidence is the first sentence in which each family was found (-1:
// none).
type evidence [nFamilies]int

func (e *evidence) set(f, s int) {
	if e[f] < 0 {
		e[f] = s
	}
}

// classifyIntent reads the intent of the contact's latest message text.
// offered: the message offers or confirms times (cue: the sentence that
// does); anyTimes: an earlier message of theirs did; referred: they name
// people to talk to.
func classifyIntent(text string, offered bool, offerCue string, anyTimes, referred bool) intentReading {
	if offered {
		return intentReading{Intent: Scheduled, Cue: offerCue, Sure: true}
	}
	ss := sentences(text)
	var ev evidence
	for i := range ev {
		ev[i] = -1
	}
	for i := range ss {
		readSentence(ss, i, &ev)
	}
	cue := func(f int) string {
		if ev[f] < 0 {
			return ""
		}
		return cueText(ss[ev[f]].orig)
	}
	has := func(f int) bool { return ev[f] >= 0 }
	if referred && !has(fAsk) && !has(fMeet) {
		c := cue(fRefuse)
		if c == "" {
			c = cue(fRefuseWeak)
		}
		return intentReading{Intent: Referred, Cue: c, Sure: true}
	}
	switch {
	case has(fUnavailUntil) && !has(fPostpone) && has(fAskLater) && ev[fAskLater] >= ev[fUnavailUntil]:
		// "Not before December ... could you send me a few times in
		// the first half of December?": the request for times is
		// made now, the unavailability only says which times.
		return intentReading{Intent: AsksForTimes, Cue: cue(fAskLater), Sure: !has(fRefuse)}
	case has(fPostpone) || has(fUnavailUntil):
		f := fPostpone
		if !has(fPostpone) || (has(fUnavailUntil) && ev[fUnavailUntil] < ev[fPostpone]) {
			f = fUnavailUntil
		}
		// A refusal for now beside it is how deferrals are written
		// ("I can't commit right now; check in with me in the
		// spring"); a request for times is not.
		return intentReading{Intent: Deferred, Cue: cue(f), Sure: !has(fAsk)}
	case has(fAsk):
		return intentReading{Intent: AsksForTimes, Cue: cue(fAsk), Sure: !has(fRefuse) && !has(fPostponeMid)}
	case has(fPostponeMid):
		return intentReading{Intent: Deferred, Cue: cue(fPostponeMid), Sure: true}
	case has(fRefuse):
		return intentReading{Intent: Declined, Cue: cue(fRefuse), Sure: !has(fWilling)}
	case has(fPostponeWeak):
		return intentReading{Intent: Deferred, Cue: cue(fPostponeWeak), Sure: false}
	case has(fWilling):
		return intentReading{Intent: AsksForTimes, Cue: cue(fWilling), Sure: !has(fRefuseWeak)}
	case has(fRefuseWeak) || has(fWillingConcessive):
		c := cue(fRefuseWeak)
		if c == "" {
			c = cue(fWillingConcessive)
		}
		return intentReading{Intent: Declined, Cue: c, Sure: false}
	case anyTimes:
		return intentReading{Intent: Scheduled, Sure: false}
	}
	return intentReading{Intent: AsksForTimes, Sure: false}
}

// cueText is a sentence as reported in Cue: one line, at most 240 bytes.
func cueText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return clip(s, 240)
}

// clauseCues are the families found in one clause.
type clauseCues struct {
	refuse, ret, later, will, ask, weak, meet bool
	postpone, postponeMid, postponeWeak       bool
	until                                     bool // postpone is only unavailability until a date
}

// readSentence finds the families in sentence i.
func readSentence(ss []sentence, i int, ev *evidence) {
	s := &ss[i]
	t := s.toks
	if len(t) == 0 {
		return
	}
	nc := s.clause[len(t)-1] + 1
	cs := make([]clauseCues, nc)
	for c := 0; c < nc; c++ {
		lo, hi := clauseRange(s, c)
		ct := t[lo:hi]
		if len(ct) == 0 {
			continue
		}
		x := &cs[c]
		x.refuse = refusal(ct)
		x.ret = returnTrigger(ct)
		// "jan?" said alone asks about a month.
		x.later = laterAnchor(ct) || (s.question && len(ct) <= 2 && inClass("month", ct[len(ct)-1]))
		x.will = willing(ct)
		if x.will && !x.later && len(ct) <= 5 && match(ct, pLaterAlone) {
			x.later = true // "sure, later tho": a yes for later
		}
		x.ask = !x.ret && asks(ct, s.question)
		x.weak = match(ct, pRefuseWeak) && !match(ct, pSorryForDelay)
		x.meet = x.will && (hasAny(ct, meetVerbs) || match(ct, pMeetYes))
		switch {
		case x.ret && (x.later || intrinsicLater(ct) || nearLater(ss, i)):
			x.postpone = true
		case match(ct, pUnavailableUntil):
			x.postpone, x.until = true, true
		case (x.will || match(ct, pLetUsMeet) || match(ct, pMoreTime)) && x.later:
			// "Happy to chat once January rolls around", "we'll find
			// a time then", "I'll have more room after the launch":
			// later, but a request for times still wins ("any time
			// after that works, send me options").
			x.postponeMid = true
		case !x.refuse && (match(ct, pBusyUntil) || (x.later && !s.question && match(ct, pConstraint))):
			x.postponeWeak = true
		case x.later && !x.refuse && !x.will && len(ct) <= 6:
			// "In January?" said alone.
			x.postponeWeak = true
		}
		if x.postpone || x.postponeMid {
			x.ask = false // "we'll find a time then"
		}
	}
	// Across the clauses of the sentence: what follows a "but" speaks
	// last. Willingness taken back by a later clause ("I'd love to, but
	// I can't") is no agreement, and a refusal answered by willingness
	// ("I'm not taking mentees, but happy to chat") is no refusal.
	for c := range cs {
		x := &cs[c]
		if x.will {
			for d := c + 1; d < nc; d++ {
				y := cs[d]
				if y.refuse || y.postpone || y.postponeMid || y.postponeWeak || (y.later && !y.will) || takesBack(s, d) {
					x.will, x.meet = false, false
					ev.set(fWillingConcessive, i)
					if !y.refuse && !y.postpone {
						// "I'd love to, but not this term": will meet, later.
						cs[d].postponeMid = true
					}
					break
				}
			}
		}
		if x.refuse {
			for d := c + 1; d < nc; d++ {
				if cs[d].will || cs[d].ask {
					x.refuse = false
					break
				}
			}
		}
	}
	for _, x := range cs {
		if x.will {
			ev.set(fWilling, i)
		}
		if x.meet {
			ev.set(fMeet, i)
		}
		if x.postpone && x.until {
			ev.set(fUnavailUntil, i)
		} else if x.postpone {
			ev.set(fPostpone, i)
		}
		if x.postponeMid {
			ev.set(fPostponeMid, i)
		}
		if x.postponeWeak {
			ev.set(fPostponeWeak, i)
		}
		if x.refuse && !x.postpone && !x.postponeMid {
			ev.set(fRefuse, i)
		}
		if x.ask {
			ev.set(fAsk, i)
			if x.later {
				ev.set(fAskLater, i)
			}
		}
		if x.weak {
			ev.set(fRefuseWeak, i)
		}
	}
}

// takesBack reports whether clause c of s says "not now" or no room
// ("but not before the holidays", "but there's no room in my week").
func takesBack(s *sentence, c int) bool {
	lo, hi := clauseRange(s, c)
	ct := s.toks[lo:hi]
	return match(ct, pNotNowWilling) || match(ct, pConstraint) || match(ct, pUnavailableUntil) || match(ct, pBusyUntil) ||
		match(ct, pNoRoom) || (len(ct) <= 4 && ct[0] != "not" && match(ct, pLaterAlone))
}

func clauseRange(s *sentence, c int) (int, int) {
	lo := -1
	hi := len(s.toks)
	for k, cl := range s.clause {
		if cl == c && lo < 0 {
			lo = k
		}
		if cl > c {
			hi = k
			break
		}
	}
	if lo < 0 {
		return 0, 0
	}
	return lo, hi
}

// nearLater reports a later time in the sentence before or after i ("I'm
// travelling until Nov 30. Let's talk in December: send me a note").
func nearLater(ss []sentence, i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(ss) && laterAnchor(ss[k].toks) {
			return true
		}
	}
	return false
}

// refusal: a negated ability or will to meet or help that is not about a
// particular time, a verb of declining, a policy.
func refusal(t []string) bool {
	if bareRefusal(t) {
		return true
	}
	if match(t, pRefuseVerb) || match(t, pRefuseNot) || match(t, pPolicy) || match(t, pWish) || match(t, pNoRoom) {
		return !match(t, pRefuseNegated)
	}
	if k, e, ok := find(t, pNegAbility); ok {
		// "I can't do Tuesday" turns down a time, not the meeting;
		// "I don't do the video thing" a way of meeting; "I can't
		// until January" is a postponement.
		if obj := t[e:min(len(t), e+4)]; !timeObject(obj) && !hasAny(obj, mediumWords) && !hasAny(t[k:], untilWords) {
			return true
		}
	}
	return false
}

// Words that may end a bare refusal: "I can't, sorry", "not going to be
// able to right now".
var softeners = set("sorry unfortunately right now at the moment this time though either alas afraid anymore really just today " +
	"man mate here sadly i am alex guys for")

var (
	modals   = set("can could will would shall do")
	noFollow = set("sorry thanks thank i unfortunately can not way")
)

// bareRefusal: a negated ability with nothing after it ("I'd love to but
// can't", "Not going to be able to, sorry!"), or a clause that is a bare
// "no" ("No, sorry.", "No, I can't").
func bareRefusal(t []string) bool {
	k := 0
	for k < len(t) && (t[k] == "hi" || t[k] == "hey" || t[k] == "hello" || t[k] == "alex" || t[k] == "dear" || t[k] == "oh" || t[k] == "but") {
		k++
	}
	if k < len(t) && t[k] == "no" && (k+1 == len(t) || noFollow[t[k+1]]) {
		return true
	}
	n := len(t)
	for n > 0 && softeners[t[n-1]] {
		n--
	}
	if n >= 2 && t[n-1] == "not" && modals[t[n-2]] {
		return true
	}
	if n >= 2 && (t[n-1] == "to" || t[n-1] == "able") {
		for j := max(0, n-7); j < n-1; j++ {
			if t[j] == "not" && (t[n-1] == "able" || t[n-2] == "able") {
				return true
			}
		}
	}
	return false
}

// timeObject reports a day or time right after a refused verb.
func timeObject(t []string) bool {
	for _, w := range t {
		if timeRefWords[w] || weekdayNames[w] != 0 || w == "sunday" || isNumber(w) {
			return true
		}
	}
	return false
}

// Ways of meeting: declining one is not declining the call.
var mediumWords = set("video zoom teams camera webcam facetime skype webex hangouts")

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// returnTrigger: the owner is asked to write again later ("ping me",
// "reach out in January", "can we speak again", "circle back").
func returnTrigger(t []string) bool {
	if match(t, pReturnNegated) {
		return false
	}
	found := false
	each(t, pReturn, func(k, e int) bool {
		// "I'll reach out", "my assistant will email you": the
		// contact's own doing, not a request to come back.
		for j := max(0, k-3); j < k; j++ {
			switch t[j] {
			case "i", "we", "she", "he", "they", "assistant", "ea":
				if j+1 < len(t) && (t[j+1] == "will" || t[j+1] == "would" || t[j+1] == "can" || t[j+1] == "shall") {
					return true
				}
			}
		}
		// "Let me ... circle back with some times": the contact will
		// write, with times.
		for j := max(0, k-8); j < k; j++ {
			if t[j] == "let" && t[j+1] == "me" {
				return true
			}
		}
		for j := e; j < min(len(t), e+4); j++ {
			if t[j] == "with" && j+1 < len(t) && (t[j+1] == "times" || t[j+1] == "some" || t[j+1] == "a" || t[j+1] == "options" || t[j+1] == "dates" || t[j+1] == "availability") {
				return true
			}
		}
		// "reach out to Sam Ortiz" sends the owner elsewhere.
		if e+1 < len(t) && t[e] == "to" && t[e+1] != "me" && t[e+1] != "us" && t[e-1] == "out" {
			return true
		}
		found = true
		return false
	})
	return found
}

// intrinsicLater: triggers that say "later" by themselves.
func intrinsicLater(t []string) bool { return match(t, pIntrinsicLater) }

// willing: agreeing to talk.
func willing(t []string) bool {
	found := false
	each(t, pWilling, func(k, _ int) bool {
		// "I wouldn't be happy to", "not keen to"; "she'd be happy to",
		// "two colleagues would be glad to": someone else's willingness.
		if notBefore(t, k) || othersBefore(t, k) {
			return true
		}
		found = true
		return false
	})
	if found {
		return true
	}
	// "Sure.", "Yes!", "Sure thing": a yes at the start of the clause.
	for k := 0; k < len(t) && k < 3; k++ {
		switch t[k] {
		case "sure", "yes", "yep", "yeah", "yup", "absolutely", "definitely", "certainly", "gladly", "ok", "okay":
			return !(k > 0 && t[k-1] == "not")
		case "hi", "hey", "hello", "oh", "alex", "dear":
			continue
		}
		break
	}
	return false
}

// Subjects other than the contact.
var otherSubjects = set("he she they who colleague colleagues people folks both team someone somebody friend friends " +
	"teammate teammates manager partner")

// othersBefore reports a subject other than the contact in the four words
// before word k, with no "I" or "we" between.
func othersBefore(t []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch {
		case t[j] == "i" || t[j] == "we" || t[j] == "me" || t[j] == "us":
			return false
		case otherSubjects[t[j]]:
			return true
		}
	}
	return false
}

// asks: a request for the owner's times.
func asks(t []string, question bool) bool {
	if match(t, pAskNegated) {
		return false
	}
	found := false
	check := func(k, _ int) bool {
		// "I won't find the time": no request.
		if notBefore(t, k) {
			return true
		}
		found = true
		return false
	}
	for _, ps := range []*patSet{pAskRequest, pAskChoice, pAskDelegate} {
		if each(t, ps, check); found {
			return true
		}
	}
	return question && match(t, pAskQuestion)
}

// notBefore reports a negation in the three words before word k.
func notBefore(t []string, k int) bool {
	for j := max(0, k-3); j < k; j++ {
		if t[j] == "not" || t[j] == "never" {
			return true
		}
	}
	return false
}

// laterAnchor: a time later than the next couple of weeks, or an event
// ("in January", "after the holidays", "once I'm back", "the week after").
func laterAnchor(t []string) bool {
	if len(t) > 0 && t[len(t)-1] == "then" {
		return true // "reach out then", "happy to find a time then"
	}
	if match(t, pLater) {
		return !match(t, pPastYear)
	}
	return false
}

func hasAny(t []string, set map[string]bool) bool {
	for _, w := range t {
		if set[w] {
			return true
		}
	}
	return false
}

// ---- sentences and words ----

// sentences cuts text into sentences: at . ! ? ; followed by a space or
// the end, at blank lines, and at a line break after something other than
// a letter or comma (a list item, "Hi Alex:"), so that hard-wrapped lines
// stay one sentence.
func sentences(text string) []sentence {
	var out []sentence
	start := 0
	flush := func(end int) {
		if end > start {
			if s := makeSentence(text[start:end]); len(s.toks) > 0 {
				out = append(out, s)
			}
		}
		start = end
	}
	lastSig := byte(0) // last non-space byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '.', '!', '?', ';':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\r' || text[i+1] == '\t' || text[i+1] == ')' || text[i+1] == '"' {
				// a run of ?!. ends together
				j := i + 1
				for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
					j++
				}
				flush(j)
				i = j - 1
			}
		case '\n':
			blank := false
			for j := i + 1; j < len(text); j++ {
				if text[j] == '\n' {
					blank = true
					break
				}
				if text[j] != ' ' && text[j] != '\t' && text[j] != '\r' {
					break
				}
			}
			isLetter := lastSig >= 'a' && lastSig <= 'z' || lastSig >= 'A' && lastSig <= 'Z' || lastSig >= 0x80
			if blank || !(isLetter || lastSig == ',') {
				flush(i + 1)
			}
		}
		if c != ' ' && c != '\n' && c != '\r' && c != '\t' {
			lastSig = c
		}
	}
	flush(len(text))
	return out
}

// Words that open a new clause: what follows them may take back what
// came before.
var contrastWords = map[string]bool{"but": true, "however": true, "though": true, "although": true, "unfortunately": true,
	"sadly": true, "except": true, "whereas": true, "alas": true}

func makeSentence(orig string) sentence {
	s := sentence{orig: strings.TrimSpace(orig)}
	s.question = strings.Contains(orig, "?")
	low := normalise(orig)
	clause := 0
	for i := 0; i < len(low); {
		r, n := utf8.DecodeRuneInString(low[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(low) {
			r2, n2 := utf8.DecodeRuneInString(low[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if r2 == '\'' && j+1 < len(low) {
				r3, _ := utf8.DecodeRuneInString(low[j+1:])
				if unicode.IsLetter(r3) {
					j += n2
					continue
				}
			}
			break
		}
		w := low[i:j]
		i = j
		if contrastWords[w] && len(s.toks) > 0 {
			clause++
		}
		before := len(s.toks)
		s.toks = expandInto(s.toks, w)
		for range len(s.toks) - before {
			s.clause = append(s.clause, clause)
		}
		if len(s.toks) > 200 {
			break // no sentence of a reply is longer; hostile input stays cheap
		}
	}
	// A question typed without its mark ("when r u free"): a wh-word then
	// a verb that asks, at the start of the sentence.
	if !s.question && len(s.toks) > 2 && (s.toks[0] == "when" || s.toks[0] == "what") && questionVerb[s.toks[1]] {
		s.question = true
	}
	return s
}

var questionVerb = map[string]bool{"are": true, "is": true, "do": true, "does": true, "would": true, "could": true, "should": true, "can": true}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || (r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))) || r == '/' || r == ':'
}

// expandInto appends w to toks with contractions and spelling variants
// spelled out, so that patterns are written once: "can't" → can not, "I'd"
// → i would, "let's" → let us, "till" → until, "gonna" → going to.
func expandInto(toks []string, w string) []string {
	if x, ok := contractions[w]; ok {
		return append(toks, x...)
	}
	if strings.HasSuffix(w, "n't") {
		return append(toks, strings.TrimSuffix(w, "n't"), "not")
	}
	if k := strings.IndexByte(w, '\''); k > 0 {
		base, suf := w[:k], w[k+1:]
		switch suf {
		case "m":
			return append(toks, base, "am")
		case "re":
			return append(toks, base, "are")
		case "ve":
			return append(toks, base, "have")
		case "ll":
			return append(toks, base, "will")
		case "d":
			return append(toks, base, "would")
		case "s":
			if isVerbS[base] {
				return append(toks, base, "is")
			}
			return append(toks, base) // possessive: "Noor's area"
		}
	}
	// "/" and ":" kept inside numbers only ("11/24", "2:30")
	if strings.ContainsAny(w, "/:") && !isNumber(w) {
		for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '/' || r == ':' }) {
			toks = expandInto(toks, p)
		}
		return toks
	}
	return append(toks, w)
}

var contractions = map[string][]string{
	"can't": {"can", "not"}, "cannot": {"can", "not"}, "cant": {"can", "not"}, "won't": {"will", "not"}, "wont": {"will", "not"},
	"shan't": {"shall", "not"}, "ain't": {"is", "not"}, "dont": {"do", "not"}, "doesnt": {"does", "not"}, "didnt": {"did", "not"},
	"isnt": {"is", "not"}, "wouldnt": {"would", "not"}, "couldnt": {"could", "not"}, "im": {"i", "am"}, "ive": {"i", "have"},
	"let's": {"let", "us"}, "lets": {"let", "us"}, "gonna": {"going", "to"}, "wanna": {"want", "to"}, "gotta": {"have", "to"},
	"till": {"until"}, "til": {"until"}, "untill": {"until"}, "thru": {"through"}, "e": {"e"}, "email": {"email"},
	"unable": {"not", "able"}, "unavailable": {"not", "available"}, "impossible": {"not", "possible"},
	"ok": {"ok"}, "okay": {"ok"}, "travelling": {"traveling"}, "favour": {"favor"},
	// text-speak ("when r u free")
	"u": {"you"}, "r": {"are"}, "ur": {"your"}, "pls": {"please"}, "plz": {"please"},
}

var isVerbS = map[string]bool{"it": true, "that": true, "there": true, "what": true, "he": true, "she": true, "here": true,
	"who": true, "where": true, "when": true, "how": true, "everything": true, "nothing": true, "this": true, "answer": true}
