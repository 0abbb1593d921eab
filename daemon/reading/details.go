package reading

import (
	"strconv"
	"strings"

	"github.com/coffeechat/coffeechat/mail"
)

var (
	reMinRange = lazyRE(`(?i)\b(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})[\s-]*(?:minutes?|mins?)\b`)
	reMinutes  = lazyRE(`(?i)\b(\d{1,3})[\s-]*(?:minutes?|mins?)\b`)
	reQuick    = lazyRE(`(?i)\b(?:a|an|for a|for an) (?:quick|short|brief) (\d{1,2})\b`)
	reHalfHour = lazyRE(`(?i)\b(?:half an hour|half-hour|half hour|30-min)\b`)
	reQuarter  = lazyRE(`(?i)\b(?:quarter of an hour|quarter-hour|quarter hour)\b`)
	reHour     = lazyRE(`(?i)\b(?:an hour|one hour|1 hour|1-hour|hour-long|full hour|1 hr)\b`)
	reWordMins = lazyRE(`(?i)\b(fifteen|twenty|thirty|forty-five|forty five|forty|ten|sixty)[\s-]+(?:minutes?|mins?)\b`)
	// What makes "N minutes" something other than a length: "5 minutes
	// late", "in 10 minutes", "20 minutes away".
	reFitIn     = lazyRE(`(?i)\b(?:squeeze|fit|pencil|slot|sneak|block|carve|set aside|put)\s+(?:you\s+|it\s+)?in\s+$`)
	reNotLength = lazyRE(`(?i)^\s*(?:late|early|before|after|ago|away|from|walk|drive|ride|behind|prior|earlier|later|of (?:prep|travel)|to (?:get|walk|drive))`)
)

var wordNumbers = map[string]int{"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "forty five": 45, "sixty": 60}

// refusalWords mark a sentence that turns the meeting down.
var refusalWords = []string{"decline", "declining", "turn you down", "turn this down", "say no", "saying no", "rather not", "have to pass", "going to pass", "'ll pass", "’ll pass", "must pass"}

// duration is the length the contact states, latest message first; nil
// when they state none.
func duration(msgs []mail.Message, mine []int) *int {
	for k := len(mine) - 1; k >= 0; k-- {
		if d := statedLength(msgs[mine[k]].Text); d > 0 {
			return &d
		}
	}
	return nil
}

func statedLength(text string) int {
	low := strings.ToLower(text)
	if !mayStateLength(low) {
		return 0
	}
	// Each expression runs only where its words are.
	fold := foldLong(low)
	hasMin := strings.Contains(fold, "min")
	ok := func(s string, end int, pre int) bool {
		// "I have half an hour before my first meeting" is a length;
		// "I'll be 5 minutes late" is not.
		had := strings.ToLower(s[max(0, pre-16):pre])
		if reNotLength.MatchString(s[end:]) && !strings.Contains(had, "have ") && !strings.Contains(had, "got ") && !strings.Contains(had, "only ") {
			return false
		}
		p := strings.ToLower(s[max(0, pre-4):pre])
		if strings.HasSuffix(p, "in ") && !reFitIn.MatchString(s[max(0, pre-16):pre]) {
			return false // "in 10 minutes"; but "squeeze in 15 minutes" is a length
		}
		if strings.HasSuffix(p, "$") {
			return false
		}
		// "I'd rather decline than give you a distracted half hour": a
		// length inside a refusal is none offered.
		return !containsAny(strings.ToLower(sentenceAround(s, pre)), refusalWords)
	}
	if m := findIf(hasMin, reMinRange, text); m != nil && ok(text, m[1], m[0]) {
		a, _ := strconv.Atoi(text[m[2]:m[3]])
		b, _ := strconv.Atoi(text[m[4]:m[5]])
		if v := max(a, b); v >= 5 && v <= 180 {
			return v
		}
	}
	best, pos := 0, len(text)+1
	consider := func(v, at int) {
		if v >= 5 && v <= 180 && at < pos {
			best, pos = v, at
		}
	}
	for _, m := range findAllIf(hasMin, reMinutes, text) {
		if ok(text, m[1], m[0]) {
			v, _ := strconv.Atoi(text[m[2]:m[3]])
			consider(v, m[0])
		}
	}
	for _, m := range findAllIf(hasMin, reWordMins, text) {
		if ok(text, m[1], m[0]) {
			consider(wordNumbers[strings.ToLower(text[m[2]:m[3]])], m[0])
		}
	}
	for _, m := range findAllIf(strings.Contains(fold, "quick") || strings.Contains(fold, "short") || strings.Contains(fold, "brief"), reQuick, text) {
		v, _ := strconv.Atoi(text[m[2]:m[3]])
		if v >= 10 {
			consider(v, m[0])
		}
	}
	for _, m := range findAllIf(strings.Contains(fold, "half") || strings.Contains(fold, "30-min"), reHalfHour, text) {
		if ok(text, m[1], m[0]) {
			consider(30, m[0])
		}
	}
	for _, m := range findAllIf(strings.Contains(fold, "quarter"), reQuarter, text) {
		if ok(text, m[1], m[0]) {
			consider(15, m[0])
		}
	}
	for _, m := range findAllIf(strings.Contains(fold, "hour") || strings.Contains(fold, "1 hr"), reHour, text) {
		if ok(text, m[1], m[0]) && !strings.HasSuffix(strings.ToLower(text[:m[0]]), "half ") {
			consider(60, m[0])
		}
	}
	return best
}

var (
	reMeetLink  = lazyRE(`(?i)\bhttps?://[^\s<>()"']*(?:zoom|meet\.google|teams\.microsoft|teams\.live|webex|whereby|jit\.si|gotomeet|bluejeans|chime\.aws|skype|hangouts|around\.co|meet\.|teams\.|meetup-join|/j/|/meeting|/join)[^\s<>()"']*`)
	reVideoName = lazyRE(`\b(?:Zoom|zoom|Teams|MS Teams|Microsoft Teams|Google Meet|Meet (?:link|invite|call|room)|Hangouts?|Webex|WebEx|Skype|FaceTime|Whereby|Jitsi)\b|(?i:\b(?:google meet|gmeet|g-meet|meet link|meet invite|zoom|ms teams|microsoft teams|teams (?:call|link|invite|meeting)|facetime|webex|skype)\b)`)
	reVideoWeak = lazyRE(`(?i)\bvideo\b`)
	rePhoneNum  = lazyRE(`(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.\-])\d{3,4}[\s.\-]\d{4}\b|\+\d{1,3}(?:[\s.\-]\d{2,5}){2,4}\b|\b0\d{4}[\s.\-]?\d{6}\b|\b0\d{2,3}[\s.\-]\d{3,4}[\s.\-]\d{4}\b`)
	// "call me", "I'll call you", "will call u", "I can ring you", "give
	// me a buzz": the contact names a phone call with a person at each end.
	reCallMe   = lazyRE(`(?i)\b(?:(?:call|ring|phone|buzz) me|(?:(?:i|we)(?:['’]ll|['’]d| will| can| could| shall| would| am going to| 'm going to)?|will|can|could|gonna)\s+(?:call|ring|phone) (?:you|u|ya)|give (?:me|you|u|ya) a (?:call|ring|buzz|bell|tinkle)|dial in)\b`)
	reInPerson = lazyRE(`(?i)\b(?:in person|in-person|face to face|face-to-face|my office|our office|the office|come by|stop by|drop by|swing by|café|cafe|coffee shop|coffee at|grab coffee|grab a coffee|meet for coffee|lunch at|starbucks|blue bottle|peet's|the lobby|our lobby)\b|(?i)café`) // \b is ASCII-only: "café" stands apart
	// "I'll dial in via Teams" is a video call.
	reDialInVideo = lazyRE(`(?i)\bdial(?:ing|ling)? in(?:to)?\s+(?:via|on|to|using|through|with|over)?\s*(?:the\s+)?(?:zoom|teams|ms teams|microsoft teams|google meet|meet|webex|skype|hangouts?|whereby|jitsi)\b`)
	reWeakPhone   = lazyRE(`(?i)\bphone(?: call)?\b`)
	// "I'll send you a Zoom link", "I'll send a Teams invite": the contact
	// sets the call up on video, whatever office or café the message
	// mentions in passing ("I'll be back in my office by then").
	reVideoPromised = lazyRE(`(?i)\b(?:send|sending|share|sharing|set up|setting up|create|forward|email|e-mail)\b[^.!?\n]{0,25}?\b(?:zoom|teams|ms teams|microsoft teams|google meet|meet|webex|skype|whereby|hangouts?|video(?: call)?)\s+(?:link|invite|invitation|meeting link|meeting invite|call link)`)
	// "talk on the phone or you can come by": a choice between kinds.
	reKindChoice = lazyRE(`(?i)\b(?:phone|call|video|zoom|teams)\b[^.!?\n]{0,40}\bor\b|\bor\b[^.!?\n]{0,40}\b(?:phone|call|video|zoom|teams)\b`)
)

// location reads where the call happens from the contact's messages (body
// text, never the signature), latest first.
func location(msgs []mail.Message, mine []int) Location {
	for k := len(mine) - 1; k >= 0; k-- {
		if l, ok := locationIn(msgs[mine[k]].Text); ok {
			return l
		}
	}
	return Location{Kind: Unspecified}
}

func locationIn(text string) (Location, bool) {
	str := func(s string) *string { return &s }
	low := strings.ToLower(text)
	if strings.Contains(low, "http") {
		if m := reMeetLink.FindString(text); m != "" {
			return Location{Kind: Video, Detail: str(strings.TrimRight(m, ".,;:!?>"))}, true
		}
	}
	digits := hasDigit(text)
	var phones [][]int
	if digits && mayPhone(text) {
		phones = rePhoneNum.FindAllStringIndex(text, -1)
	}
	for _, m := range phones {
		// "Meeting ID: 881 2345 6789" is not a phone number.
		pre := strings.ToLower(text[max(0, m[0]-14):m[0]])
		if strings.Contains(pre, "id") || strings.Contains(pre, "passcode") || strings.Contains(pre, "pin") || strings.Contains(pre, "code") {
			continue
		}
		return Location{Kind: Phone, Detail: str(strings.TrimSpace(text[m[0]:m[1]]))}, true
	}
	if digits {
		if m := findAt(reStreetAt, text, digitWordAt(text)); m != nil {
			return Location{Kind: InPerson, Detail: str(strings.TrimSpace(text[m[0]:m[1]]))}, true
		}
		if m := findIf(containsAny(text, streetNamedWords), reStreetNamed, text); m != nil {
			return Location{Kind: InPerson, Detail: str(strings.TrimSpace(text[m[0]:m[1]]))}, true
		}
	}
	if (mayVideo(low) || strings.Contains(low, "video")) && reVideoPromised.MatchString(text) {
		return Location{Kind: Video}, true
	}
	kinds := map[string]bool{}
	if mayVideo(low) {
		// "I can't do Zoom from the yard" turns video down.
		for _, m := range reVideoName.FindAllStringIndex(text, -1) {
			if pre := normalise(text[:m[0]]) + " "; !negated(pre, len(pre)) {
				kinds[Video] = true
				break
			}
		}
	}
	if mayCall(low) && reCallMe.MatchString(dropDialInVideo(text, low)) {
		kinds[Phone] = true
	}
	if m := inPersonIndex(text, low); m != nil && !negated(normalise(text[:m[0]])+" ", len(normalise(text[:m[0]]))+1) {
		kinds[InPerson] = true
		if strings.Contains(low, " or ") && reKindChoice.MatchString(sentenceAround(text, m[0])) {
			// "We can talk on the phone or you can come by": the owner
			// chooses; nothing is decided.
			return Location{Kind: Unspecified}, true
		}
	}
	if len(kinds) == 1 {
		for k := range kinds {
			return Location{Kind: k}, true
		}
	}
	if len(kinds) > 1 {
		return Location{Kind: Unspecified}, true
	}
	// Weak words only: "a video call" is video; "video or phone" is not
	// decided.
	v := strings.Contains(low, "video") && reVideoWeak.MatchString(text)
	p := strings.Contains(low, "phone") && reWeakPhone.MatchString(text)
	if v && !p {
		return Location{Kind: Video}, true
	}
	if v && p {
		return Location{Kind: Unspecified}, true
	}
	return Location{}, false
}

// mayCall is a cheap test for the words reCallMe needs (lower-case text).
func mayCall(low string) bool {
	return strings.Contains(low, "call") || strings.Contains(low, "ring") || strings.Contains(low, "dial") ||
		strings.Contains(low, "phone") || strings.Contains(low, "buzz") || strings.Contains(low, "bell")
}

// inPersonWords are literal pieces every reInPerson match contains.
var inPersonWords = []string{"person", "face", "office", "come by", "stop by", "drop by", "swing by", "caf", "coffee", "lunch", "starbucks", "bottle", "peet", "lobby",
	"bakery", "diner", "roasters", "espresso", "bistro", "brasserie", "restaurant", "tavern", "pub", "library", "tea", "deli"}

func inPersonIndex(text, low string) []int {
	for _, w := range inPersonWords {
		if strings.Contains(low, w) {
			if mayInPerson(text) {
				for _, m := range reInPerson.FindAllStringIndex(text, -1) {
					// "my office will confirm": the office as the people in it.
					if !reOfficeActs.MatchString(text[m[1]:]) {
						return m
					}
				}
			}
			// "at Ground Central Coffee": a named place to go to.
			if !containsAny(text, venueWords) {
				return nil
			}
			return reVenue.FindStringIndex(text)
		}
	}
	return nil
}

// mayInPerson is a cheap test for the words every reInPerson match holds.
func mayInPerson(text string) bool {
	return containsAny(foldLower(text), []string{"person", "face", "office", "come by", "stop by", "drop by", "swing by", "caf",
		"coffee", "lunch at", "starbucks", "blue bottle", "peet's", "lobby"})
}

// venueWords are the words reVenue ends with, as it spells them.
var venueWords = []string{"Coffee", "Café", "Cafe", "Bakery", "Diner", "Roasters", "Espresso", "Bistro", "Brasserie",
	"Restaurant", "Tavern", "Pub", "Library", "Tea Room", "Teahouse", "Deli"}

// mayPhone reports a run of the characters a phone number is written with
// (digits, white space, ".", "-", "(", ")", "+") that holds nine digits,
// or five after a "+": rePhoneNum matches nothing shorter.
func mayPhone(text string) bool {
	digits, plus := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			digits++
			if digits >= 9 || plus && digits >= 5 {
				return true
			}
		case c == '+':
			plus = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '.' || c == '-' || c == '(' || c == ')':
		default:
			digits, plus = 0, false
		}
	}
	return false
}

// streetNamedWords are pieces every reStreetNamed match holds.
var streetNamedWords = []string{"straße", "strasse", "str.", "gasse", "weg", "platz", "allee", "damm", "ufer", "markt",
	"graben", "gracht", "straat", "laan", "plein", "kade", "vej", "gade", "gatan", "gata", "veien", "vegen", "katu",
	"Via", "Corso", "Piazza", "Calle", "Carrer", "Avenida", "Av.", "Rua", "Paseo", "Largo", "Plaza"}

// reStreetAt is reStreet anchored for findAt: its matches begin with a
// number that starts a word.
var reStreetAt = lazyRE(`^(?:` + reStreet.String() + `)`)

// digitWordAt tells findAt where \b\d can begin.
func digitWordAt(text string) func(int) bool {
	return func(p int) bool {
		return text[p] >= '0' && text[p] <= '9' && (p == 0 || !isASCIIWord(text[p-1]))
	}
}

var reOfficeActs = lazyRE(`^\s+(?i:will|can|could|would|shall|should|has|have|is going to|team|staff|manager)\b|^['’]ll\b`)

var reVenue = lazyRE(`\b(?:[A-Z][\p{L}'’&]+\s+){1,3}(?:Coffee|Café|Cafe|Bakery|Diner|Roasters|Espresso|Bistro|Brasserie|Restaurant|Tavern|Pub|Library|Tea Room|Teahouse|Deli)\b`)

// findAllIf is re.FindAllStringSubmatchIndex(text, -1) when may, else
// nothing: may is a cheap test for words every match holds.
func findAllIf(may bool, re *lazyRegexp, text string) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringSubmatchIndex(text, -1)
}

// findIf is re.FindStringSubmatchIndex(text) when may, else nil.
func findIf(may bool, re *lazyRegexp, text string) []int {
	if !may {
		return nil
	}
	return re.FindStringSubmatchIndex(text)
}

// mayStateLength is a cheap test for the words statedLength looks for.
func mayStateLength(low string) bool {
	for _, w := range []string{"min", "hour", "half", "quarter", "quick", "short", "brief", "hr"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func mayVideo(low string) bool {
	for _, w := range []string{"zoom", "teams", "meet", "hangout", "webex", "skype", "facetime", "whereby", "jitsi"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func dropDialInVideo(text, low string) string {
	if !strings.Contains(low, "dial") {
		return text
	}
	return reDialInVideo.ReplaceAllString(text, "")
}
