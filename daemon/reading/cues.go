package reading

import (
	"regexp"
	"strings"
)

// normalise lower-cases text and folds typographic apostrophes and dashes
// so that cue phrases are written once.
func normalise(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
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
	}
	// Later, said in passing: counts only when nothing asks for times.
	deferWeakCues = []string{
		"next year", "next quarter", "next month", "in a few weeks", "in a couple of weeks", "in a couple weeks", "in a month",
		"in two weeks", "in a few months", "later this year", "later in the year", "closer to", "in january", "in february",
		"in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october", "in december",
		"after january", "after february", "after march", "until january", "until february", "until march", "until after",
		"later on", "out until", "away until", "traveling until", "travelling until",
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
	}
	negTimeCues = []string{
		"not available", "unavailable", "can't", "cannot", "can not", "won't", "not free", "busy", "out of office",
		"ooo", "traveling", "travelling", "away", "except", "no longer", "don't", "instead of", "rather than", "not on", "off on",
		"not ", "out on", "out until", "out through", "out all",
	}
	negTimeAfter = []string{
		"doesn't work", "does not work", "won't work", "will not work", "isn't good", "is not good", "is bad", "is out",
		"is booked", "is taken", "doesn't suit", "no longer works", "won't be possible", "is not possible", "isn't possible",
		"is tough", "is hard", "is difficult", "don't work", "do not work", "are out", "are booked", "are bad", "is no good",
	}
)

var reClauseBreak = regexp.MustCompile(`(?i)[.!?;:]\s|\n\s*\n|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|, or\b`)
