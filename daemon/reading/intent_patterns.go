package reading

import (
	"strings"
	"sync"
)

// A small pattern language over the words of a clause (contractions
// spelled out, see expand), so that a cue is written once for a family of
// wordings rather than once per phrase:
//
//	"not ~3@fill able|possible"  "not", up to 3 filler words, then "able" or "possible"
//	"send ~4 times|slots"        "send", up to 4 words of any kind, "times" or "slots"
//	"i am? in"                   "am" optional
//	"@month", "@num", "@ord"     a class of words: month names, numbers, ordinals ("15th")
//	"mentor*"                    a word beginning "mentor"
//
// The first slot of a pattern is a plain set of words (no gap, not
// optional), which indexes it: matching a clause costs a map look-up per
// word.
type slot struct {
	words    map[string]bool
	prefixes []string
	classes  []string
	opt      bool
	gap      int    // > 0: up to gap words
	gapClass string // "": any word
}

type pattern struct {
	src   string
	slots []slot
}

// patSet is a family of patterns, indexed by the words of their first
// slot.
type patSet struct {
	srcs    []string
	once    sync.Once // builds byFirst and classed on first use (see pats)
	byFirst map[string][]*pattern
	classed []*pattern // first slot is a class (@num, @month...)
}

// patSets is every patSet, so that a test can build them all: a pattern
// that does not compile would otherwise panic only when first needed.
var patSets []*patSet

var classes = map[string]map[string]bool{
	"month": set("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"),
	"fill": set("be able to really actually possibly afford going the any a an much more properly even just realistically in position of for me you it " +
		"this that time currently personally make find give get take have do spare free up on enough some with also at all right now " +
		"anymore any more longer these those such new outside individual informational extra further additional " +
		"set arrange book organize organise line"),
	"engage": set("meet meeting meetings chat chats chatting talk talks talking speak speaking call calls help helping assist do doing take taking " +
		"commit participate participating join joining accommodate fit spare offer offering accept accepting manage mentor mentoring advise " +
		"connect hop jump squeeze schedule make making give giving support oblige agree attend entertain undertake conversation conversations " +
		"interview interviews coffee coffees request requests"),
	"room":    set("time bandwidth capacity room space availability cycles minutes slot chance opportunity moment"),
	"season":  set("spring summer fall autumn winter"),
	"period":  set("year quarter month semester term season"),
	"holiday": set("holidays holiday thanksgiving christmas xmas easter hanukkah diwali eid break"),
	"event": set("launch holidays holiday leave trip conference move reorg deadline event vacation summit review reviews season rush crunch " +
		"round closing close exams exam audit busy travel travels sabbatical project release offsite retreat transition surgery wedding"),
	"det": set("the my our this that"),
	// What stands between a verb of sending and the times asked for: "send
	// me a couple of", "suggest two or three", "drop a few options".
	"askgap": set("me us you a an the some few couple of your over along two three four several more good possible any " +
		"convenient suitable preferred available free open other alternative proposed potential different likely best " +
		"in by via email mail over back quick dates times days or and"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func inClass(c, w string) bool {
	switch c {
	case "num":
		return isNumber(w)
	case "ord":
		return isOrdinal(w)
	case "weekday":
		return weekdayNames[w] != 0 || w == "sunday"
	}
	return classes[c][w]
}

func isOrdinal(w string) bool {
	if len(w) < 3 || !isNumber(w) {
		return false
	}
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n <= 2
	}
	return false
}

func (s *slot) matches(w string) bool {
	if s.words[w] {
		return true
	}
	for _, p := range s.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, c := range s.classes {
		if inClass(c, w) {
			return true
		}
	}
	return false
}

func compile(src string) *pattern {
	p := &pattern{src: src}
	for _, f := range strings.Fields(src) {
		var s slot
		if f[0] == '~' {
			n, cls, _ := strings.Cut(f[1:], "@")
			for _, c := range n {
				s.gap = s.gap*10 + int(c-'0')
			}
			s.gapClass = cls
			p.slots = append(p.slots, s)
			continue
		}
		if strings.HasSuffix(f, "?") {
			s.opt = true
			f = strings.TrimSuffix(f, "?")
		}
		s.words = map[string]bool{}
		for _, a := range strings.Split(f, "|") {
			switch {
			case strings.HasPrefix(a, "@"):
				s.classes = append(s.classes, a[1:])
			case strings.HasSuffix(a, "*"):
				s.prefixes = append(s.prefixes, strings.TrimSuffix(a, "*"))
			default:
				s.words[a] = true
			}
		}
		p.slots = append(p.slots, s)
	}
	if len(p.slots) == 0 || p.slots[0].gap > 0 || p.slots[0].opt || len(p.slots[0].prefixes) > 0 {
		panic("reading: pattern must start with words: " + src)
	}
	return p
}

// pats is a set of patterns, compiled on first use: like the reader's
// regular expressions (lazyRE), building them at package init cost every
// coffeechat command time and memory though only reading a thread needs
// them.
func pats(srcs ...string) *patSet {
	ps := &patSet{srcs: srcs}
	patSets = append(patSets, ps)
	return ps
}

func (ps *patSet) build() {
	ps.once.Do(func() {
		ps.byFirst = map[string][]*pattern{}
		for _, src := range ps.srcs {
			p := compile(src)
			if len(p.slots[0].classes) > 0 {
				ps.classed = append(ps.classed, p)
			}
			for w := range p.slots[0].words {
				ps.byFirst[w] = append(ps.byFirst[w], p)
			}
		}
	})
}

// matchAt reports where pattern p, from slot k on, ends when matched at
// word i.
func (p *pattern) matchAt(t []string, i, k int) (int, bool) {
	if k == len(p.slots) {
		return i, true
	}
	s := &p.slots[k]
	if s.gap > 0 {
		for g := 0; g <= s.gap && i+g <= len(t); g++ {
			if g > 0 && s.gapClass != "" && !inClass(s.gapClass, t[i+g-1]) {
				break
			}
			if e, ok := p.matchAt(t, i+g, k+1); ok {
				return e, true
			}
		}
		return 0, false
	}
	if i < len(t) && s.matches(t[i]) {
		if e, ok := p.matchAt(t, i+1, k+1); ok {
			return e, true
		}
	}
	if s.opt {
		return p.matchAt(t, i, k+1)
	}
	return 0, false
}

// find returns the first match of any pattern of ps in t: start and end
// word.
func find(t []string, ps *patSet) (start, end int, ok bool) {
	each(t, ps, func(k, e int) bool {
		start, end, ok = k, e, true
		return false
	})
	return start, end, ok
}

// each calls fn with every match of ps in t (start and end word) until fn
// returns false.
func each(t []string, ps *patSet, fn func(k, e int) bool) {
	ps.build()
	for i, w := range t {
		for _, p := range ps.byFirst[w] {
			if e, ok := p.matchAt(t, i+1, 1); ok && !fn(i, e) {
				return
			}
		}
		for _, p := range ps.classed {
			if p.slots[0].matches(w) {
				if e, ok := p.matchAt(t, i+1, 1); ok && !fn(i, e) {
					return
				}
			}
		}
	}
}

func match(t []string, ps *patSet) bool {
	_, _, ok := find(t, ps)
	return ok
}

// Words of the cue families (see intent.go).
var (
	meetVerbs    = set("chat talk meet speak call connect hop jump coffee catch")
	untilWords   = set("until before")
	timeRefWords = set("today tomorrow tonight morning mornings afternoon afternoons evening evenings week weekend weekday day days slot " +
		"date then lunch breakfast noon that")
)

var (
	// A negated ability or will to meet or help: "I won't be able to
	// help", "I'm not taking calls", "I never take meetings".
	pNegAbility = pats(
		"not|never ~6@fill @engage",
		"not|never ~3@fill have|find|get|spare|give|make|carve ~2@fill @room",
	)
	// Saying one is not the one to help, or that it cannot be.
	pRefuseNot = pats(
		"not ~3@fill right|best|ideal|appropriate|correct|good|proper|best-placed|suitable|qualified|relevant|best-suited|well-placed person|fit|one|contact|bet|match|placed",
		"not ~2@fill possible|feasible|appropriate|allowed|permitted|fair|ethical|proper|workable|realistic",
		"not ~2@fill allow|permit", "not ~2@fill let me",
		"not ~2@fill in a position|place|spot",
		"not my thing|cup|scene|forte|bag|jam",
		"not ~3@fill much|of help|use",
		"not ~4@fill useful|helpful|worthwhile|relevant",
		"not sure ~5 much|of help|useful|helpful|right|best",
		"not think|feel|believe|reckon|suppose|expect ~7 useful|helpful|right|best|much|worth|ideal|qualified|idea|appropriate|wise|fair|sensible",
		"not the one|person to",
		"not someone who",
		"wrong person|one|fit",
		"not for me",
		"not interested",
		"not something ~2 can|could|do",
		"not ~3@fill close enough",
		"not close to",
	)
	// Verbs and phrases of declining.
	pRefuseVerb = pats(
		"decline", "declining", "have|going|need|must|will|i to? decline",
		"have|going|need|must|will|i|gonna to? pass",
		"pass on this|that|it|the|for|here",
		"refuse|refusing|reject|rejecting", "bow|bowing out", "sit|sitting this|it|one ~2 out", "opt|opting out", "turn|turning this|it down", "turn down",
		"say|saying no", "will say no", "step|stepping|stepped|stepping away|back|down from",
		"stepping|stepped|step away|back",
		"cut|cutting|scale|scaling|scaled|pull|pulling back|down",
		"stopped|stop|quit doing|taking|accepting|offering",
		"no longer",
		"leave|skip|skipping|leaving this|that one",
		"give this|it a miss",
		"keep|keeping my|the calendar|diary|schedule",
		"protect ~2 time|calendar|that|this|schedule|diary|energy",
		"focus|focusing ~4 time|energy|attention on",
		"decided ~2 to focus|stop|pause|limit|step|not|take",
		"taking|take a break from",
		"keep|keeping my distance",
		"stay|staying|keep|keeping out of", "steer|steering clear", "recuse",
		"no thanks|thank",
		"hard no", "is a no", "a no from", "answer is no",
		"thanks but no", "rather not|pass|decline|skip|sit", "prefer not to", "not want to", "not wish to",
		// Leaving one's post: there is no later for the owner to come
		// back to ("I leave the company at the end of December").
		"leaving|quitting|exiting ~3 company|firm|job|role|position|organization|organisation|industry|field|business|post|employer",
		"i|will|to|and leave|quit|exit ~3 company|firm|job|role|position|organization|organisation|industry|field|business|post|employer",
	)
	pPolicy = pats("policy|policies", "prohibited|forbidden", "conflict of interest", "rule not", "make a|it rule", "firm rule",
		"not permitted|allowed")
	// Willingness taken back: "I wish I could", "I would if I could".
	pWish = pats("wish i could|can", "if only i", "would have loved|liked", "would if i could")
	// "There's just no room in my week", "my bandwidth is zero".
	pNoRoom = pats("no room|bandwidth|capacity|space|slack|time|availability", "bandwidth|capacity is zero|nil|gone|nothing|maxed",
		"plate is ~2 full|overflowing", "too much on my plate", "too much going on", "too busy", "too swamped", "zero bandwidth|capacity|time")
	// What makes a refusal pattern something else: "not that I don't have
	// time", "if you can't make it", "pass this along to".
	pRefuseNegated = pats("not that", "if|unless ~6 not", "pass ~3 along", "pass ~3 on to", "pass you", "pass it|this on",
		"no longer need", "no longer at")

	// Being unavailable until a date: "I'm not available until January",
	// "not before the 14th of December".
	pUnavailableUntil = pats(
		"not ~4@fill available|free|around|able|possible|back ~3@fill until|before @month|the|mid|early|late|end|after|then|next|@ord|i|we|things|@holiday|@season|new",
		"not until|before @month|the|mid|early|late|end|after|then|next|@ord|@holiday|@season|new",
		"not ~3@fill @engage ~3@fill until|before @month|the|mid|early|late|end|after|then|next|@ord|@holiday|@season|new",
	)
	// Constraint until a date: "booked solid until the 15th".
	pBusyUntil = pats(
		"busy|booked|swamped|slammed|buried|underwater|occupied|packed|hectic|crazy|full|out|away|off|traveling|leave|road|offline|down|tied|disaster|mad|insane|flat|heads|maxed|mayhem|chaos|chaotic ~3 until|through|till",
		"traveling|away|out|offline|leave ~2 for the next",
		"next ~3 weeks|months|days are|is ~2 packed|busy|crazy|hectic|full|booked|slammed|taken|insane",
		"on leave|sabbatical|vacation|holiday|the road",
		"out of office|the office",
	)
	// Being busy or away, which a later time turns into "later".
	pConstraint = pats("busy", "swamped", "slammed", "packed", "hectic", "crazy", "occupied", "underwater", "buried", "stretched",
		"overloaded", "disaster", "heads down", "write off", "tied up", "traveling", "leave", "sabbatical", "offline", "away",
		"full", "rough", "tough", "brutal", "insane", "chaos", "chaotic", "mayhem", "flat out", "crunch", "rush", "in flux",
		"up in the air", "eating me", "taken over")
	pNotNowWilling = pats("not this|now|yet|before|right|at|for|until|today|soon|just")

	// Asking the owner to come back.
	pReturn = pats(
		"reach|ping|email|mail|write|message|text|contact|catch|remind|nudge|bug|poke|try|hit|buzz me|us",
		"write|email|mail|message|contact|ask|ping|text me|us? again", "reach out|back", "reaching out", "get|getting in touch", "get back to me|us", "check back|in", "checking back|in",
		"follow|following up", "touch base", "circle back", "come back to me|us|this|it",
		"send|drop|shoot|give|flick|ping me|us a|an? note|line|reminder|message|email|mail|shout|nudge|ping|text",
		"set a reminder", "try again|back|later", "speak|talk|chat|meet|connect|look again", "look at this|it again",
		"revisit", "reconnect", "pick ~2 up", "rain check", "raincheck", "another time", "some other time", "hold off",
		"put a pin", "park this|it", "can|could|shall we ~3 again", "wait until|for",
		"push|move|postpone|bump|shift|defer|delay|punt this|it|things|that|our ~2 to|until|into|till|back",
	)
	// "yes but later", "but maybe later on": later said alone after a yes.
	pLaterAlone     = pats("later", "another time", "some other time", "down the road")
	pIntrinsicLater = pats("again", "later", "circle back", "check back", "revisit", "reconnect", "rain check", "raincheck",
		"another time", "some other time", "hold off", "put a pin", "park this|it", "pick ~2 up", "come back to")
	// "Don't hesitate to reach out", "no need to follow up".
	pReturnNegated = pats("not ~2 hesitate", "not ~2@fill reach|ping|email|write|contact|follow|try|check|bother",
		"no need to", "reach out to @num", "come back to you")

	// A time later than the next couple of weeks, or an event.
	pLater = pats(
		"in|until|after|before|by|around|early|mid|late|from|come|through|of|once|past|beyond|about|on|next|this|half|to|into @month",
		"@month @num|@ord|rolls|comes|hits|starts",
		"@num|@ord of? @month",
		"the|on|around|after|before|until @ord",
		"new year|years", "next year|quarter|month|term|semester|season|spring|summer|fall|autumn|winter",
		"q1", "q2", "q3", "q4",
		"the|after|over|until|before|past|post|during @holiday", "thanksgiving", "christmas", "xmas",
		"in|this|next|the|until|after|by|over|early|late|come @season",
		"end|start|beginning|close of ~1 the|this|next? @period",
		"year end", "first of the year", "turn of the year",
		"in a|two|three|four|five|six|several|few|couple|@num ~2 weeks|months",
		"a month or two|so", "a few|couple weeks|months", "weeks|months from now", "later this|in|on", "down the road",
		"a later date", "the week|month after", "week after next", "after that|then|which|this", "at that point", "by then",
		"that week", "the following week|month",
		"once|when|after|until i|we|things|it|my|our|this|the|everything|@month",
		"after|until|before @det? @event", "when|once|after|until ~3 back|return|returns|settle|settles|settled|calm|calms|quiet|quiets|ease|eases|wrap|wraps|landed|done|over|finished",
		"second|first|last half|week|weeks|part of",
		"coming months|weeks",
	)
	// Past, not later: "when I was starting out", "in March 2019".
	pPastYear = pats("when|once|after i|we was|were|did|had|started|first|moved|joined|left|made|went|got", "@month @num ~1 ago", "in @month 19*|200*|201*|2020|2021|2022|2023|2024|2025", "@month 19*|200*|201*|2020|2021|2022|2023|2024|2025")

	// Agreeing to meet later, or having more time then.
	pLetUsMeet = pats("let us talk|chat|meet|connect|speak|catch|do|find|set|schedule|grab|get|revisit|reconnect|pick|look",
		"we can ~1 talk|chat|meet|find|set|do|speak|catch", "we will find|set|get|grab|talk|chat|figure",
		"can|could|shall we ~3 speak|talk|chat|meet|do|look|revisit|connect|try|aim|plan|target", "i will make time")
	pMoreTime = pats("have ~2 more|some time|room|bandwidth|breathing|capacity|availability|space", "all yours", "free up|frees up",
		"things ~2 settle|calm|quiet|ease", "be free|around|available|back", "more time", "more room", "more bandwidth",
		"am|are ~2 free|freer|available|around")

	// Agreeing to talk.
	pWilling = pats(
		"happy|glad|delighted|pleased|keen|willing|eager|thrilled|honored|honoured to|too",
		"would|will|i|d love|like|enjoy to|that|it|this|a|the", "love to|that",
		"i|it|that|this|which would be happy|glad|delighted|great|nice|fun|good|lovely|wonderful|a",
		"of course", "with pleasure", "my pleasure", "count me in", "i am in", "i am game", "why not", "no problem",
		"sounds good|great|fun|lovely|interesting", "i can do it|that|this|a|one", "i can help", "i can make ~1 time|it",
		"i can give|spare|offer you", "sure thing", "more than happy", "claro", "i will make a talk", "make a talk",
		"let us talk|chat|do|connect|meet|find|set|schedule|get", "i am happy", "be glad", "be happy", "gladly", "i would be glad",
		"yes please", "i will make time", "i can make time", "i can fit you", "i can squeeze", "looking forward",
	)
	pMeetYes = pats("i can do a call|chat|quick", "happy to chat|talk|meet|hop|jump|speak|connect|do|help")

	// Asking for the owner's times.
	pAskRequest = pats(
		"send|suggest|propose|share|give|shoot|throw|toss|list|pick|choose|name|grab|book|find|pop|put|drop|flick|provide|select|offer|fire|hit ~4@askgap time|times|slot|slots|date|dates|day|days|option|options|window|windows|availability|invite|invitation|something|whatever|whenever|anything|opening|openings",
		"let me know|hear ~4 what|when|which|a|times|your",
		"tell me ~3 what|when|which|a|times|your",
		"send over a|some|your",
		"get ~2 on|in the|my|our calendar|diary",
		"put|pop|drop|throw ~3 in|on my|the calendar|diary",
	)
	pAskChoice = pats(
		"you pick|choose|decide|name|suggest|propose", "your call|choice|pick", "up to you", "whatever works|suits|time",
		"whenever works|suits|is|you", "any day|time|slot|weekday", "anytime", "i am ~2 flexible|free|open|around|available",
		"calendar is ~2 open|free|clear|pretty|fairly", "work around you|your", "fit it|you in", "i will make it work",
		"calendly", "calendar link", "booking link", "scheduling link", "my calendar here", "i will arrange",
	)
	pAskDelegate = pats(
		"assistant|ea|scheduler|coordinator|pa ~8 reach|find|schedule|set|get|book|coordinate|arrange|sort|send|calendar|touch|will",
		"copying|copied|cc|cced|looping|looped|adding ~3 assistant|ea|scheduler|pa",
		// Someone described by an assistant's work: "Dana (cc'd) runs my
		// calendar and will find us 20 min".
		"runs|manages|handles|keeps|owns|controls|coordinates|organizes|organises ~2 my calendar|diary|schedule|agenda|scheduling",
		"find|book|schedule|grab|block us ~2 time|slot|something|a|some|@num",
	)
	pAskNegated  = pats("no need to send", "not send", "not ~2 suggest", "not propose", "not ~3 any", "not ~3@fill flexible|free|open|around|available")
	pAskQuestion = pats(
		"when", "what|which ~2 time|times|day|days|date|dates|slot|slots|works|work|suits|suit|week|option|options",
		"your availability|schedule|calendar|week|diary|end|side", "are|is|you ~1 free|available|around|open|flexible",
		"availability", "good time", "work for you", "works for you", "suit|suits you", "convenient", "any openings", "openings",
		"do|would you have ~2 time|openings|slot|availability|a|any",
	)

	// Weak refusal: how a no is dressed when it is not said.
	pRefuseWeak = pats(
		"sorry", "apologies", "apologize", "apologise", "afraid", "regret", "regrettably", "unfortunately", "sadly",
		"good luck", "best of luck", "luck with|in|on|for", "best wishes", "wish you", "wishing you", "all the best",
		"every success", "hope you find|land|get", "hope ~3 goes|go|works|work|turns", "hope it all", "hope you ~2 understand",
		"rooting for you", "cheering for you", "not take it personally", "swamped", "slammed", "overwhelmed", "stretched",
		"underwater", "plate is", "too much", "no thanks", "not right now", "not at the moment", "not now",
	)
	pSorryForDelay = pats("sorry|apologies for|about ~2 slow|late|delay|delayed|belated|reply|response|wait", "sorry it took")
)
