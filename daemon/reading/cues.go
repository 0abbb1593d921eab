package reading

import (
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

// Cue phrases for times: confirming the owner's proposal, and the words
// that rule a time out ("not available Tuesday at 2", "missed your call
// on Friday at 3"). The intent itself is read by classifyIntent
// (intent.go).
var (
	confirmCues = []string{
		"works for me", "that works", "this works", "works great", "works well", "works perfectly", "sounds good", "sounds great",
		"sounds perfect", "see you then", "see you on", "see you at", "talk then", "talk to you then", "speak then", "confirmed",
		"perfect", "it's a date", "locked in", "that time is fine", "fine with me", "fine by me", "let's do it", "let's go with",
		"either works", "either one works", "both work", "any of those", "either is fine", "the first one", "the second one",
		"the first option", "the second option", "the latter", "the former", "i've accepted", "i accepted", "accepted the invite",
		"sent an invite", "send an invite", "send me an invite", "send the invite", "send a calendar invite", "i'll be there",
		"looking forward to it", "great, see you", "👍", "👌", "✅", "🙌", "🤝", "deal!", "it's a deal", "lock it in",
		"pencil it in", "pencilled in", "penciled in", "in my calendar", "on my calendar", "count me in",
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

var reClauseBreak = lazyRE(`(?i)[.!?;:]\s|\n\s*\n|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|, or\b`)

// clauseBreak is the first match of reClauseBreak in s at or after byte
// from, as FindAllStringIndex goes on after a match that ended at from:
// written out by hand because refused looks for the last break before each
// time, and the expression run over the text again for every time cost
// more than the rest of reading the times. TestClauseBreakSame checks it
// against the expression.
func clauseBreak(s string, from int) (start, end int, ok bool) {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	// word is where w ends when s[i:] begins with it in any ASCII case,
	// between \b's (the long s that (?i) matches to "s" is no word byte,
	// so "whereaſ" never ends at a \b).
	word := func(i int, w string) int {
		if i > 0 && isASCIIWord(s[i-1]) {
			return -1
		}
		j := i
		for k := 0; k < len(w); k++ {
			if j >= len(s) || s[j] != w[k] && !(s[j] >= 'A' && s[j] <= 'Z' && s[j]+32 == w[k]) {
				return -1
			}
			j++
		}
		if j < len(s) && isASCIIWord(s[j]) {
			return -1
		}
		return j
	}
	for i := from; i < len(s); i++ {
		switch c := s[i]; c {
		case '.', '!', '?', ';', ':':
			if i+1 < len(s) && isSpace(s[i+1]) {
				return i, i + 2, true
			}
		case '\n':
			// \n\s*\n: greedy, so up to the last newline of the blanks.
			last := -1
			for j := i + 1; j < len(s) && isSpace(s[j]); j++ {
				if s[j] == '\n' {
					last = j
				}
			}
			if last > 0 {
				return i, last + 1, true
			}
		case ',':
			if i+3 < len(s) && s[i+1] == ' ' && (s[i+2]|32) == 'o' && (s[i+3]|32) == 'r' && (i+4 == len(s) || !isASCIIWord(s[i+4])) {
				return i, i + 4, true
			}
		case 'b', 'B', 'h', 'H', 'a', 'A', 't', 'T', 'w', 'W':
			for _, w := range [...]string{"but", "however", "although", "though", "whereas"} {
				if w[0] == c|32 {
					if j := word(i, w); j > 0 {
						return i, j, true
					}
				}
			}
		}
	}
	return 0, 0, false
}
