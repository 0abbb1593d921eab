package reading

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/coffeechat/coffeechat/mail"
)

// allTexts is the text of every message of the training corpus and the
// held-out batches, and a few written to hit the edges of the cheap
// paths, for checking that each cheap path finds what its plain
// expression finds.
func allTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"",
		"Talk to Sam Ortiz.",
		"You should TALK TO Sam Ortiz; or try my colleague Dr. Lena Fischer, she knows.",
		"Ask for Priya Shah in our talent team. Ask for Priya Shah again",
		"A question for Noor Haddad? The questions for Noor Haddad, and a question to ask Omar Reyes",
		"I’ve added Tomás Rivera, who leads it. I've added Ana de Souza.",
		"Taſk talk to Sam Ortiz (the long s folds to s)",
		"Kelvin: \u212aeep in touch, talk to Sam Ortiz",
		"stalk to Sam Ortiz; contacting Priya Nair; recontact Lena Fischer",
		"Two names: Olivia Brandt at Northwind and Sam Cho at Lumen.",
		"cc'ing Priya Nair and cc’d Omar Farouk.\n\nping Jo Li",
		"one is Sam Ortiz one is Lena Fischer",
		"talk to talk to Sam Ortiz",
		"Sam Ortiz would be better. Priya Nair is the right person; Lena Fischer knows more than I do.",
		"You'd get MORE out of a chat with Priya Nair at Lumen than with me. McDonald Smith would be great, Ana de Souza's area.",
		"Better yet, more time with Jo Li than me; betterment with Sam Ortiz than me. Omar Reyes (cc'd) can talk you through it",
		"Can't myself, BUT Lior Ben-David mentors people; however, Ines Carvalho at Kestrel coaches too. rebut Sam Ortiz knows",
	}
	for _, m := range loadAllEML(t) {
		th, err := mail.Read(bytes.NewReader(m.raw), mail.Options{Location: m.loc})
		if err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		for _, msg := range th.Messages {
			texts = append(texts, msg.Text, msg.Subject)
		}
	}
	return texts
}

// TestReferTriggerSame: triggersBySentence finds, in each sentence, what
// reReferTrigger.FindAllStringSubmatchIndex finds there.
func TestReferTriggerSame(t *testing.T) {
	n := 0
	for _, text := range allTexts(t) {
		low := lowerSameLen(text)
		var want [][]int
		for start := 0; start < len(text); {
			end := sentenceEnd(text, start)
			if end > start && mayReferTrigger(low[start:end]) && hasInnerCapital(text[start:end]) {
				for _, m := range reReferTrigger.FindAllStringSubmatchIndex(text[start:end], -1) {
					want = append(want, shift(m, start))
				}
			}
			start = end
		}
		got := triggersBySentence(text, low)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("triggersBySentence(%q) = %v, want %v", text, got, want)
		}
		n += len(want)
	}
	if n < 50 {
		t.Errorf("only %d matches over all texts: the check compares too little", n)
	}
	t.Logf("%d matches", n)
}

// TestFindAllAtSame: each expression run by findAllAt finds what it finds
// run plainly over the whole text.
func TestFindAllAtSame(t *testing.T) {
	for _, c := range []struct {
		name  string
		plain *lazyRegexp
		fast  func(string) [][]int
	}{
		{"reReferAfter", reReferAfter, func(s string) [][]int { return findAllAt(reReferAfterAt, s, capitalAt(s)) }},
		{"reBetterThanMe", reBetterThanMe, func(s string) [][]int { return findAllAt(reBetterThanMeAt, s, capitalAt(s)) }},
		{"reMoreWithThanMe", reMoreWithThanMe, moreWithThanMe},
		{"reContrastName", reContrastName, contrastNames},
	} {
		n := 0
		for _, text := range allTexts(t) {
			want := c.plain.FindAllStringSubmatchIndex(text, -1)
			if got := c.fast(text); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q: got %v, want %v", c.name, text, got, want)
			}
			n += len(want)
		}
		if n == 0 {
			t.Errorf("%s: no match over all texts: the check compares nothing", c.name)
		}
		t.Logf("%s: %d matches", c.name, n)
	}
}

// TestGatesSound: a cheap test in front of an expression never says no
// where the expression matches, over every text and over texts written
// to match.
func TestGatesSound(t *testing.T) {
	lowHas := func(words ...string) func(string) bool {
		return func(s string) bool { return containsAny(foldLower(s), words) }
	}
	texts := append(allTexts(t),
		"Call me at (555) 201-3344 or +44 20 7946 0958 or +91 98765 43210, UK 07700 900123, 020 7946 0958.",
		"Meet in person at Blue Bottle, PEET'S or the café; face-to-face at our lobby. Lunch at noon? Starbucks!",
		"Ground Central Coffee, Tea Room, Joe's Deli, Café Lumière",
		"A quick 20? Half an hour, a quarter-hour, 1 hr, an HOUR, 30-min, twenty minutes, 15-20 mins",
		"Let's meet at 1164 Broadway or 350 5th Ave or 12 Main St.",
		"Friday at the SAME TIME?",
		"Alexanderstraße 11, Keizersgracht 123, Via Roma 12, Calle de Alcalá 45, Drottninggatan 5",
	)
	for _, c := range []struct {
		name string
		re   *lazyRegexp
		may  func(string) bool
	}{
		{"rePhoneNum", rePhoneNum, mayPhone},
		{"reInPerson", reInPerson, mayInPerson},
		{"reVenue", reVenue, func(s string) bool { return containsAny(s, venueWords) }},
		{"reMinRange", reMinRange, lowHas("min")},
		{"reMinutes", reMinutes, lowHas("min")},
		{"reWordMins", reWordMins, lowHas("min")},
		{"reQuick", reQuick, lowHas("quick", "short", "brief")},
		{"reHalfHour", reHalfHour, lowHas("half", "30-min")},
		{"reQuarter", reQuarter, lowHas("quarter")},
		{"reHour", reHour, lowHas("hour", "1 hr")},
		{"reSameTime", reSameTime, lowHas("same time")},
		{"reStreetNamed", reStreetNamed, func(s string) bool { return containsAny(s, streetNamedWords) }},
	} {
		n := 0
		for _, text := range texts {
			if c.re.MatchString(text) {
				n++
				if !c.may(text) {
					t.Errorf("%s matches %q, but its cheap test says no", c.name, text)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: matches no text: the check compares nothing", c.name)
		}
	}
	// findAt with reStreetAt is reStreet.FindStringIndex.
	for _, text := range texts {
		want := reStreet.FindStringSubmatchIndex(text)
		if got := findAt(reStreetAt, text, digitWordAt(text)); !reflect.DeepEqual(got, want) {
			t.Errorf("reStreet: %q: got %v, want %v", text, got, want)
		}
	}
}

// TestClauseBreakSame: clauseBreak finds what
// reClauseBreak.FindAllStringIndex finds, in every text cut at every
// place a time could end its clause search.
func TestClauseBreakSame(t *testing.T) {
	texts := append(allTexts(t), "BUT However; ALTHOUGH, OR Though whereaſ WHEREAS\n \t\n\n x, orb, or. butter rebut",
		"a\n\n", "x.\n", ", or", "but", "\n \n \n", "b")
	n := 0
	for _, text := range texts {
		for _, cut := range []int{len(text), len(text) / 2, len(text) / 3, len(text) - 1, 1} {
			if cut < 0 || cut > len(text) {
				continue
			}
			s := text[:cut]
			want := reClauseBreak.FindAllStringIndex(s, -1)
			var got [][]int
			for from := 0; ; {
				b, e, ok := clauseBreak(s, from)
				if !ok {
					break
				}
				got = append(got, []int{b, e})
				from = e
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("clauseBreak(%q) = %v, want %v", s, got, want)
			}
			n += len(want)
		}
	}
	if n < 1000 {
		t.Errorf("only %d breaks over all texts: the check compares too little", n)
	}
}
