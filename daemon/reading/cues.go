package reading

import (
	"regexp"
	"strings"
	"unicode"
)

// normalise lower-cases text and folds typographic apostrophes and dashes
// so that cue phrases are written once.
func normalise(s string) string {
	// One pass: this runs on every message several times.
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	for _, r := range s {
		switch r {
		case '’', '‘':
			r = '\''
		case '“', '”':
			r = '"'
		case '\u00a0':
			r = ' '
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || (r > 0x7f && unicode.IsSpace(r)) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r + 32))
		case r < 0x80:
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// negated reports whether a negation sits in the few words before index i
// of normalised text ("don't hesitate to reach out again").
func negated(s string, i int) bool {
	lo := max(0, i-28)
	pre := s[lo:i]
	// only this clause counts
	if k := strings.LastIndexAny(pre, ".!?;,"); k >= 0 {
		pre = pre[k+1:]
	}
	for _, n := range []string{"n't ", "not ", "never ", "no ", "nor ", "without ", "hesitate "} {
		if strings.Contains(pre, n) {
			return true
		}
	}
	return false
}

// hasCue reports whether any cue occurs in normalised text and is not
// negated. Cues are matched at word starts.
func hasCue(s string, cues []string) bool {
	return firstCue(s, cues) >= 0
}

func firstCue(s string, cues []string) int {
	best := -1
	for _, c := range cues {
		from := 0
		for from <= len(s) {
			k := strings.Index(s[from:], c)
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if k > 0 && isWordByte(s[k-1]) && isWordByte(c[0]) {
				continue
			}
			if negated(s, k) && !strings.Contains(c, "n't") && !strings.Contains(c, "not ") && !strings.HasPrefix(c, "no ") {
				continue
			}
			if best < 0 || k < best {
				best = k
			}
			break
		}
	}
	return best
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '\''
}

// Cue phrases, matched on normalised text. They are the words people use
// in these replies; the corpus in testdata/corpus keeps them honest.
var (
	declineCues = []string{
		"not able to meet", "not able to take", "not able to do", "not able to help", "unable to meet", "unable to take", "unable to help",
		"won't be able to", "will not be able to", "wont be able to", "not going to be able to", "can't make it work", "cannot make it work",
		"can't commit", "cannot commit", "have to decline", "must decline", "need to decline", "going to decline", "respectfully decline",
		"have to pass", "going to pass", "need to pass", "i'll pass", "i will pass", "i'll have to pass", "pass on this", "pass on the",
		"not taking", "don't take", "do not take", "don't do informational", "do not do informational", "not doing informational",
		"no longer", "not in a position", "too busy", "too swamped", "don't have the bandwidth", "don't have bandwidth",
		"do not have the bandwidth", "no bandwidth", "don't have time", "do not have time", "don't have the time",
		"not interested", "not a good fit", "can't help", "cannot help", "can't meet", "cannot meet", "can't take", "cannot take",
		"won't be possible", "not possible", "not be possible", "i regret", "not available for", "isn't something i can",
		"not something i can", "can't offer", "cannot offer", "not able to offer", "company policy", "our policy",
		"can't do a call", "can't do calls", "not doing calls", "not taking calls", "no calls",
		"not the right person", "don't think i'm the right person", "do not think i am the right person", "the wrong person",
		"not the best person", "don't think i'm the best person", "not the right fit", "not be much help", "won't be much help",
		"have to say no", "going to say no", "need to say no", "must say no", "will have to say no", "i'll say no",
		"bow out", "sit this one out", "sit this out", "can't do it", "cannot do it", "can't do this", "cannot do this", "not permitted", "not allowed to", "am prohibited", "stopped doing", "stopped taking", "no longer do", "don't do these", "do not do these", "not doing these", "not doing any", "not taking any", "say no", "turn this down", "turn down", "declining", "i'd rather not", "i would rather not", "prefer not to", "can't spare", "cannot spare", "can't fit this", "cannot fit this", "don't have capacity", "do not have capacity", "no capacity", "not have the capacity", "don't have the capacity", "can't accommodate", "cannot accommodate", "unable to accommodate", "won't allow", "will not allow", "doesn't allow", "does not allow", "not going to work out", "won't work out", "not feasible", "can't make time", "cannot make time", "not able to make time", "unable to make time", "not the person to", "not someone who can",
		"leave this one", "skip this one", "going to skip", "pass on this one", "sit out this one",
	}
	// A deferral in so many words: it wins over "we'll find a time".
	deferCues = []string{
		"reach out again", "reach back out", "reach out in", "reach out after", "reach out next", "reach out closer",
		"circle back", "check back", "ping me again", "ping me in", "ping me after", "ping me next", "follow up in", "follow up after",
		"follow up next", "touch base in", "touch base after", "touch base next", "get back to me in", "get back in touch",
		"after the holidays", "after the holiday", "after the new year", "in the new year", "early next year",
		"after my leave", "when i'm back", "once i'm back", "after i'm back", "when i get back", "once i get back",
		"once things settle", "once things calm", "when things calm", "when things settle", "after the launch",
		"after our launch", "after the conference", "try me again", "try again in", "try me in", "try me after",
		"revisit", "after thanksgiving", "after christmas", "after the first of the year", "a later date", "down the road",
		"not right now", "not a good time right now", "bad time right now", "write again", "email me again", "drop me a line in",
		"on leave until", "reach out then", "ping me then", "reach out at that point", "get back to you in", "after my trip",
		"check in with me", "check in again", "check back in", "in the spring", "in the summer", "in the fall", "in the autumn",
		"in the winter", "this spring", "this summer", "in the coming months",
		"pick this up", "pick it up", "pick this back up", "pick things up", "give me a nudge", "nudge me", "reconnect", "reach out to me after", "reach out to me in", "reach out to me next", "follow up with me after", "follow up with me in", "following up with me after", "following up with me in", "follow up with me next", "following up with me next", "email me after", "e-mail me after", "email me in", "drop me a note", "drop me a line", "remind me in", "remind me after", "once i'm back", "when i return", "once i return", "after i return", "when i'm back from", "once i've landed", "when things quiet", "once things quiet", "after the first week", "after the second week", "after the new year", "after new year's", "in the new year", "a few weeks from now", "a couple of weeks from now", "a month from now", "another time", "some other time", "rain check", "raincheck", "hold off until", "wait until", "put a pin in", "park this until", "more breathing room", "have more time after", "have more bandwidth after", "bandwidth in", "bandwidth after", "free up in", "frees up in", "free up after", "frees up after", "calmer in", "quieter in", "calmer after", "quieter after",
	}
	// Later, said in passing: counts only when nothing asks for times.
	deferWeakCues = []string{
		"next year", "next quarter", "next month", "in a few weeks", "in a couple of weeks", "in a couple weeks", "in a month",
		"in two weeks", "in a few months", "later this year", "later in the year", "closer to", "in january", "in february",
		"in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october", "in december",
		"after january", "after february", "after march", "until january", "until february", "until march", "until after",
		"later on", "out until", "away until", "traveling until", "travelling until",
		"in a month or so", "in a few weeks' time", "in a week or two", "early january", "mid-january", "mid january", "late january", "end of january", "early february", "mid-february", "late february", "early march", "mid-march", "early december", "mid-december", "mid december", "late december", "end of december", "after the holidays", "early next month", "later this month", "next week or the week after", "until mid", "until early", "until late", "until the end of",
	}
	askCues = []string{
		"send me some times", "send me a few times", "send over some times", "send over a few times", "send a few times",
		"send some times", "send me times", "send times", "suggest a few times", "suggest some times", "suggest a time",
		"propose a few times", "propose some times", "propose a time", "what times work", "what time works", "what works for you",
		"what works best", "when works for you", "when works best", "when are you free", "when are you available",
		"your availability", "share your availability", "share some availability", "a few slots", "some slots", "what's your availability",
		"when would work", "what would work", "let me know what works", "let me know when", "find a time", "grab a time",
		"book a time", "pick a time", "calendly", "my calendar link", "times that work for you", "a couple of times",
		"few options", "some options", "a few windows", "some windows", "days and times",
		"couple of windows", "few windows", "some windows", "what days", "which days", "what day works", "which day works", "when's good", "when is good", "when suits", "what suits you", "tell me what suits", "any openings", "your openings", "what's good for you", "what is good for you", "when's convenient", "when is convenient", "what's convenient", "name a time", "name the time", "throw some times", "throw a few times", "toss me", "shoot me", "pick a slot", "book a slot", "grab a slot", "find a slot", "send me your", "send an invite", "send me an invite", "send over an invite", "put something on my calendar", "put time on my calendar", "put some time on", "get something on the calendar", "assistant will", "assistant to", "assistant can", "my assistant", "my ea ", "scheduler will", "coordinate a time", "set something up", "set up a time",
	}
	positiveCues = []string{
		"happy to", "glad to", "would love to", "i'd love to", "love to", "i'd be happy", "i would be happy", "i'd be glad",
		"sure", "of course", "absolutely", "definitely", "count me in", "let's chat", "let's talk", "let's set", "let's find",
		"let's do", "let's schedule", "i'm in", "i'm game", "would be great", "sounds great", "sounds good",
	}
	// Agreeing to meet, which makes a referral an aside rather than the answer.
	meetCues = []string{
		"happy to chat", "happy to talk", "happy to meet", "happy to hop", "happy to jump", "love to chat", "glad to chat",
		"let's chat", "let's talk", "let's find", "let's schedule", "let's set up", "let's meet", "would love to meet",
		"happy to do a call", "happy to connect",
	}
	confirmCues = []string{
		"works for me", "that works", "this works", "works great", "works well", "works perfectly", "sounds good", "sounds great",
		"sounds perfect", "see you then", "see you on", "see you at", "talk then", "talk to you then", "speak then", "confirmed",
		"perfect", "it's a date", "locked in", "that time is fine", "fine with me", "fine by me", "let's do it", "let's go with",
		"either works", "either one works", "both work", "any of those", "either is fine", "the first one", "the second one",
		"the first option", "the second option", "the latter", "the former", "i've accepted", "i accepted", "accepted the invite",
		"sent an invite", "send an invite", "send me an invite", "send the invite", "send a calendar invite", "i'll be there",
		"looking forward to it", "great, see you",
		"that's fine", "that is fine", "that would work", "that'd work", "that should work", "should work for me", "i can make it", "i'll make it", "works!", "works for us", "yes, that", "yes that", "yep", "that's perfect", "great, talk", "talk soon then", "see you thursday", "see you monday", "see you tuesday", "see you wednesday", "see you friday", "looking forward to our chat", "looking forward to chatting",
	}
	negTimeCues = []string{
		"not available", "unavailable", "can't", "cannot", "can not", "won't", "not free", "busy", "out of office",
		"ooo", "traveling", "travelling", "away", "except", "no longer", "don't", "instead of", "rather than", "not on", "off on",
		"not ", "out on", "out until", "out through", "out all",
	}
	pastTimeCues = []string{"missed ", "we met", "we spoke", "we talked", "we chatted", "great to meet", "nice to meet",
		"good to meet", "met you", "spoke with you", "talked to you", "was great", "happened"}
	negTimeAfter = []string{
		"doesn't work", "does not work", "won't work", "will not work", "isn't good", "is not good", "is bad", "is out",
		"is booked", "is taken", "doesn't suit", "no longer works", "won't be possible", "is not possible", "isn't possible",
		"is tough", "is hard", "is difficult", "don't work", "do not work", "are out", "are booked", "are bad", "is no good",
	}
)

var reClauseBreak = regexp.MustCompile(`(?i)[.!?;:]\s|\n\s*\n|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|, or\b`)
