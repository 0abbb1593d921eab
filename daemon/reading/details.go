package reading

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/coffeechat/coffeechat/mail"
)

var (
	reMinRange = regexp.MustCompile(`(?i)\b(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})[\s-]*(?:minutes?|mins?)\b`)
	reMinutes  = regexp.MustCompile(`(?i)\b(\d{1,3})[\s-]*(?:minutes?|mins?)\b`)
	reQuick    = regexp.MustCompile(`(?i)\b(?:a|an|for a|for an) (?:quick|short|brief) (\d{1,2})\b`)
	reHalfHour = regexp.MustCompile(`(?i)\b(?:half an hour|half-hour|half hour|30-min)\b`)
	reQuarter  = regexp.MustCompile(`(?i)\b(?:quarter of an hour|quarter-hour|quarter hour)\b`)
	reHour     = regexp.MustCompile(`(?i)\b(?:an hour|one hour|1 hour|1-hour|hour-long|full hour|1 hr)\b`)
	reWordMins = regexp.MustCompile(`(?i)\b(fifteen|twenty|thirty|forty-five|forty five|forty|ten|sixty)[\s-]+(?:minutes?|mins?)\b`)
	// What makes "N minutes" something other than a length: "5 minutes
	// late", "in 10 minutes", "20 minutes away".
	reNotLength = regexp.MustCompile(`(?i)^\s*(?:late|early|before|after|ago|away|from|walk|drive|ride|behind|prior|earlier|later|of (?:prep|travel)|to (?:get|walk|drive))`)
)

var wordNumbers = map[string]int{"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "forty five": 45, "sixty": 60}

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
	ok := func(s string, end int, pre int) bool {
		// "I have half an hour before my first meeting" is a length;
		// "I'll be 5 minutes late" is not.
		had := strings.ToLower(s[max(0, pre-16):pre])
		if reNotLength.MatchString(s[end:]) && !strings.Contains(had, "have ") && !strings.Contains(had, "got ") && !strings.Contains(had, "only ") {
			return false
		}
		p := strings.ToLower(s[max(0, pre-4):pre])
		return !strings.HasSuffix(p, "in ") && !strings.HasSuffix(p, "$")
	}
	if m := reMinRange.FindStringSubmatchIndex(text); m != nil && ok(text, m[1], m[0]) {
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
	for _, m := range reMinutes.FindAllStringSubmatchIndex(text, -1) {
		if ok(text, m[1], m[0]) {
			v, _ := strconv.Atoi(text[m[2]:m[3]])
			consider(v, m[0])
		}
	}
	for _, m := range reWordMins.FindAllStringSubmatchIndex(text, -1) {
		if ok(text, m[1], m[0]) {
			consider(wordNumbers[strings.ToLower(text[m[2]:m[3]])], m[0])
		}
	}
	for _, m := range reQuick.FindAllStringSubmatchIndex(text, -1) {
		v, _ := strconv.Atoi(text[m[2]:m[3]])
		if v >= 10 {
			consider(v, m[0])
		}
	}
	for _, m := range reHalfHour.FindAllStringIndex(text, -1) {
		if ok(text, m[1], m[0]) {
			consider(30, m[0])
		}
	}
	for _, m := range reQuarter.FindAllStringIndex(text, -1) {
		if ok(text, m[1], m[0]) {
			consider(15, m[0])
		}
	}
	for _, m := range reHour.FindAllStringIndex(text, -1) {
		if ok(text, m[1], m[0]) && !strings.HasSuffix(strings.ToLower(text[:m[0]]), "half ") {
			consider(60, m[0])
		}
	}
	return best
}

var (
	reMeetLink  = regexp.MustCompile(`(?i)\bhttps?://[^\s<>()"']*(?:zoom|meet\.google|teams\.microsoft|teams\.live|webex|whereby|jit\.si|gotomeet|bluejeans|chime\.aws|skype|hangouts|around\.co|meet\.|/j/|/meeting|/join)[^\s<>()"']*`)
	reVideoName = regexp.MustCompile(`\b(?:Zoom|zoom|Teams|MS Teams|Microsoft Teams|Google Meet|Meet link|Hangouts?|Webex|WebEx|Skype|FaceTime|Whereby|Jitsi)\b`)
	reVideoWeak = regexp.MustCompile(`(?i)\bvideo\b`)
	rePhoneNum  = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.\-])\d{3,4}[\s.\-]\d{4}\b|\+\d{1,3}(?:[\s.\-]\d{2,4}){2,4}\b`)
	reCallMe    = regexp.MustCompile(`(?i)\b(?:call me|i'll call you|i will call you|i’ll call you|i can call you|give me a call|ring me|give you a call|give you a ring|give me a ring|i.ll ring you|dial in)\b`)
	reInPerson  = regexp.MustCompile(`(?i)\b(?:in person|in-person|face to face|face-to-face|my office|our office|the office|come by|stop by|drop by|swing by|café|cafe|coffee shop|coffee at|grab coffee|grab a coffee|meet for coffee|lunch at|starbucks|blue bottle|peet's|the lobby|our lobby)\b|(?i)café`) // \b is ASCII-only: "café" stands apart
	reWeakPhone = regexp.MustCompile(`(?i)\bphone(?: call)?\b`)
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
	if m := reMeetLink.FindString(text); m != "" {
		return Location{Kind: Video, Detail: str(strings.TrimRight(m, ".,;:!?>"))}, true
	}
	for _, m := range rePhoneNum.FindAllStringIndex(text, -1) {
		// "Meeting ID: 881 2345 6789" is not a phone number.
		pre := strings.ToLower(text[max(0, m[0]-14):m[0]])
		if strings.Contains(pre, "id") || strings.Contains(pre, "passcode") || strings.Contains(pre, "pin") || strings.Contains(pre, "code") {
			continue
		}
		return Location{Kind: Phone, Detail: str(strings.TrimSpace(text[m[0]:m[1]]))}, true
	}
	if m := reStreet.FindString(text); m != "" {
		return Location{Kind: InPerson, Detail: str(strings.TrimSpace(m))}, true
	}
	kinds := map[string]bool{}
	if reVideoName.MatchString(text) {
		kinds[Video] = true
	}
	if reCallMe.MatchString(text) {
		kinds[Phone] = true
	}
	if m := reInPerson.FindStringIndex(text); m != nil && !negated(normalise(text[:m[0]])+" ", len(normalise(text[:m[0]]))+1) {
		kinds[InPerson] = true
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
	v, p := reVideoWeak.MatchString(text), reWeakPhone.MatchString(text)
	if v && !p {
		return Location{Kind: Video}, true
	}
	if v && p {
		return Location{Kind: Unspecified}, true
	}
	return Location{}, false
}
