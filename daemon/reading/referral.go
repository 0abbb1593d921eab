package reading

import (
	"strings"
	"unicode"

	"github.com/coffeechat/coffeechat/mail"
)

// A person's name as written in running text: two or three capitalised
// words, a particle allowed ("Ana de Souza").
const namePat = `((?:[A-Z][\p{L}'’\-]+|[A-Z]\.)(?:[ \t]+(?:(?:de|da|van|von|der|del|la|le|di)[ \t]+)?[A-Z][\p{L}'’\-]+){1,2})`

// A title before a name, left out of it: "my colleague Mr. Li Hao", "Dr.
// Amara Okeke".
const honorific = `(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Rev|Capt)\.?[ \t]+)?`

var (
	// "Sam Ortiz <sam@x>", "Sam Ortiz (sam@x)", "Sam Ortiz - sam@x", "Sam Ortiz at sam@x"
	reNameEmail = lazyRE(namePat + `\s*(?:<|\(|\[|-|–|—|:|,|\bat\b|\bvia\b)\s*(?:mailto:)?([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})`)
	// "talk to Sam Ortiz", "cc'ing my colleague Priya Nair"
	reReferTrigger = lazyRE(`(?i:\b(?:talk(?:ing)? (?:to|with)|speak(?:ing)? (?:to|with)|chat(?:ting)? with|reach(?:ing)? out to|connect(?:ing)? (?:you )?(?:with|to)|get in touch with|contact(?:ing)?|introduc(?:e|ing) you to|intro(?:duce)? you to|intro to|cc['’]?(?:ing|d|ed)?|copying|looping in|loop in|looped in|ping|e-?mail(?:ing)?|recommend(?:ing)?|suggest(?:ing)?|try|adding|i['’]ve added|i have added|bringing in|roping in|pulling in|hit up|look up|comes? to mind(?: instead)?|point you (?:to|towards|toward|in the direction of)|pointing you (?:to|towards|toward)|introduce|introducing|send you to|direct you to|refer you to|referring you to|passing you (?:on |over )?to|passing this (?:on |over )?to|handing you (?:over |off )?to|handing this (?:over |off )?to|forwarding you to|forward(?:ed|ing)? (?:your (?:note|email|e-mail|message|request|mail|details|cv|resume|info) |this |it )?(?:on |along |over )?to|pass(?:ed|ing)? (?:your (?:note|email|e-mail|message|request|details) )(?:on |along |over )?to|(?:sent|sending) (?:your (?:note|email|e-mail|message|request) |this |it )(?:on |over |along )?to|ask for|(?:a |the )?questions? (?:for|to ask)|(?:better|best) (?:asked|directed|addressed|put) (?:to|of)|(?:two|three|four|a few|a couple of|some|other|good) (?:names|people|folks|contacts)(?: (?:that |who )?(?:come|spring) to mind)?|you(?:['’]ll| will|['’]d| would)? (?:really )?(?:want|need)(?: to (?:talk|speak) (?:to|with))?|(?:person|people|one|contact|someone) (?:for this |to ask |to talk to |to speak to |you want |you need |you should talk to )?(?:is|would be|are))\b:?)\s+(?i:(?:my|our|a|an) (?:(?:former|old|ex-|previous|good|great|dear|close|fellow|wonderful)[ -])?(?:colleague|coworker|co-worker|teammate|friend|manager|boss|mentor|mentee|classmate|old classmate|peer|counterpart|partner|cofounder|co-founder|report|lead|contact|student|advisee|intern|alum|alumna|alumnus|roommate|buddy|pal|neighbou?r|cousin|sister|brother|head of [a-z]+|director of [a-z]+|vp of [a-z]+)[, ]+(?:of mine[, ]+)?|(?:colleague|friend)\s+)?` + honorific + namePat)
	// "Sam Ortiz and Lena Fischer", "Hana Kim on our platform team, and
	// Luis Ortega at Tidewater": more names in the sentence of a referral.
	// A dot inside an address or a name ("(hannah@brightline.example)")
	// does not end the sentence.
	reAlsoName = lazyRE(`^(?:[^.;!?\n]|\.[A-Za-z0-9]){0,120}?(?:,\s*(?:and|or)?|\s+(?:and|or))\s+(?:(?:[Mm]y|[Oo]ur) (?:[a-z]+[ -]){1,2})?` + honorific + namePat)
	// "Her email is grace@x.example", "you can reach him at sam@x.example"
	reEmailNext = lazyRE(`^\s*(?i:(?:her|his|their|the) (?:e-?mail|address|email address) is|you can (?:reach|email|contact) (?:her|him|them)(?: at| on| via)?|(?:she|he|they)(?:'s| is| are) (?:at|on)|(?:drop|send|shoot|write|text|message) (?:her|him|them)(?: a (?:line|note|message|mail|e-?mail))?(?: at| on| via))\s+(?:mailto:)?([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})`)
	// "Laura Reyes, my EA, will find a time": the same, named first.
	reAssistantAfter = lazyRE(`^\s*(?:\([^)]*\))?\s*,?\s*(?:\(|-|–|—)?\s*(?i:my|our|the) (?i:assistant|executive assistant|EA|scheduler|chief of staff|office manager)\b`)
	// "My assistant, Jamie Lin, will reach out": schedules, is not a referral.
	reAssistant = lazyRE(`(?i)\b(?:assistant|\bEA\b|scheduler|chief of staff|calendar)[,:]?\s*(?:\([^)]*\)\s*)?$`)
	// "Sam Ortiz would be a better person", "Priya Nair is the right person"
	reReferAfter = lazyRE(namePat + `(?:(?:,[^,.]{1,40},|\s+(?:at|from|on|in)\s+[^,.;]{1,40}?|\s*\([^()]{1,40}\))?(?:\s+(?:built|runs|ran|led|leads|set up|started|founded|designed|wrote|manages|managed|owns|handled|handles) [^,.;!?]{1,60}? and)?(?:\s*[;,]\s*(?i:she|he))?,?\s+(?i:(?:is|would be|might be|may be) (?:much |far |way |a lot |probably |definitely )?(?:better|more) [a-z]+|is (?:the|our|an?) (?:expert|go-to|specialist)|would be (?:[a-z]+ ){0,2}(?:better|great|good|perfect|right|best|ideal|more useful|more helpful|useful|helpful|the person)|is (?:a |the |much )?(?:better|right|best|ideal) (?:person|fit|contact)|knows (?:a lot|more|much more)|might be (?:able|a better)|could help|can help|(?:can|could|will|would be happy to|is happy to|would be glad to) (?:talk|chat|speak|walk you|tell you|answer|explain|fill you in|give you)|is who you|would be happy to|(?:is|would be) (?:the|your) (?:one|person|guy|gal|woman|man|lady|people|folks) (?:to (?:ask|talk to|speak to|speak with|see|call|contact|email|reach out to|go to)|you want|you need)|is your (?:best bet|person|guy|gal|go-to|best shot|contact|woman|man)|(?:took|has taken|is taking|will be taking|will take|takes) over\b|replaced me|(?:is|will be) (?:expecting|waiting for) (?:you|your)|is my (?:successor|replacement)|(?:has|got|took|inherited) my (?:old )?(?:job|role|seat|position|desk|team|portfolio))|['’]s (?:area|domain|wheelhouse|specialty|speciality|expertise|department|world|beat|territory)\b)`)
)

var (
	// "The one I'd call is my old teammate Sam Ortiz", "the person who
	// knows this best is Sam Ortiz", "let me pass the baton to Sam Ortiz":
	// someone named as the one to ask, in words between "one" and "is"
	// that reReferTrigger does not list.
	reOneWhoIs = lazyRE(`(?i:\b(?:(?:person|one|someone|guy|gal|woman|man)\s+(?:who|that|i['’]d|i would|you['’]d|you should|to)\b[^.;!?\n]{1,40}?\s(?:is|would be)|pass(?:ing|ed)? the baton (?:on |over )?to|hand(?:ing|ed)? (?:it|this|things|the baton) (?:off |over )?to)\b,?)\s+(?:(?i:my|our)\s+(?:[a-z][a-z\-]*,?\s+){1,3})?` + honorific + namePat)
	// "Levan Beridze built that desk, he's who I'd ask": the name first,
	// then the contact's word that this is the one to ask.
	reWhoIdAsk = lazyRE(namePat + `[^.;!?\n]{0,80}?[,;]?\s+(?i:(?:she|he|they)(?:['’]s|['’]re| is| are|['’]d be| would be) (?:who|the one|the person|the people|the guy|the gal)\s+(?:i['’]d|i would|you should|you['’]d|you want|to)\b)`)
	// "Two people who'd be better anyway: Farah Siddiqui at Oakline, and
	// my old teammate Ben Adler": a list of people announced before a
	// colon; reAlsoName reads the rest of the list.
	reListIntro = lazyRE(`(?i:\b(?:two|three|four|a few|a couple of|couple of|some|other|good|several|better|best|right|these|those|the following) (?:names|people|folks|contacts|colleagues|friends|options|ideas|suggestions|leads)\b)[^:.!?\n]{0,60}:[ \t]*(?:(?:[Mm]y|[Oo]ur) (?:[a-z]+[ -]){1,2})?` + honorific + namePat)
	// "Dana Ruiz (cc'd) runs my calendar and will find us 20 min": a person
	// described by what an assistant does schedules the meeting, and is
	// not a referral.
	reSchedulerAfter = lazyRE(`^\s*(?:\([^)]*\)|,[^,.]{1,30},)?\s*,?\s*(?i:(?:who|and)\s+)?(?i:(?:runs|manages|handles|keeps|owns|controls|coordinates|organi[sz]es|looks after|does|is in charge of|takes care of)\s+(?:all of |all )?my\s+(?:calendar|diary|schedule|scheduling|agenda|time)|(?:will|can|'ll|’ll|is going to)\s+(?:find|book|schedule|set up|grab|block|get)\s+us)`)
	// "Joanne Whitaker at Redwood Bank knows the space far better than I
	// do", "Sam would be more help than me": someone compared with the
	// contact, to the contact's loss.
	reBetterThanMe = lazyRE(namePat + `[^.;!?\n]{0,60}?\b(?i:better|more|further|deeper|longer)\b[^.;!?\n]{0,40}?\b(?i:than)\s+(?i:(?:with|to|from)\s+)?(?i:i|me|myself)\b`)
	// "You'd get more out of a conversation with Priya Natarajan at Lumen
	// Bio than with me": the comparison before the name.
	reMoreWithThanMe = lazyRE(`\b(?i:better|more)\b[^.;!?\n]{0,50}?\b(?i:with|to|from)\s+` + honorific + namePat + `[^.;!?\n]{0,60}?\b(?i:than)\s+(?i:(?:with|to|from)\s+)?(?i:i|me|myself)\b`)
	// "my Chief of Staff, Omar Reyes, can talk you through how we hire":
	// someone who will talk with the owner is referred, whatever their
	// role.
	reTalksAfter = lazyRE(`^\s*(?:\([^)]*\)|,[^,.]{1,40},)?\s*,?\s*(?i:(?:who\s+)?(?:can|could|will|would|['’]ll|is happy to|would be happy to|is glad to|would be glad to)\s+(?:talk|chat|speak|walk you|answer|tell you|explain|meet|give you|share|fill you in))`)
	reNameOnly   = lazyRE(namePat)
	// "+Carmen Vidal (cc), who runs ...": the mail convention for adding
	// someone to a thread.
	rePlusName = lazyRE(`(?:^|[\s(])\+\s?` + namePat)
	// "My partner Jules Martin actually works in exactly that field":
	// someone of the contact's introduced by what they know or do.
	reRelationName = lazyRE(`(?i:\b(?:my|our) (?:(?:former|old|ex-|previous|good|great|dear|close|fellow|wonderful)[ -])?(?:colleague|coworker|co-worker|teammate|friend|partner|wife|husband|spouse|sister|brother|cousin|manager|boss|mentor|classmate|peer|counterpart|cofounder|co-founder|report|lead|neighbou?r|student|advisee|intern|alum|alumna|alumnus|roommate|buddy|pal|successor|replacement)[, ]+(?:of mine[, ]+)?)` + honorific + namePat + `(?:,[^,.]{1,60},)?\s+(?i:(?:actually |really |also |now |currently )?(?:works|worked|knows|runs|ran|leads|led|heads|headed|handles|specializes|specialises|moved|made|did|has done|has spent|spent|lives and breathes|is an expert|is the expert|is deep|is in exactly|is in that|is doing exactly|does exactly|does this|does that|does just|has been doing|mentors|coaches|advises|teaches|took over|is taking over|will take over|takes over|is expecting|will be expecting))\b`)
	// "Can't take this on myself, but Lior Ben-David mentors people making
	// exactly this switch": after a contrast with the contact's own part,
	// someone introduced by what they know or do.
	reContrastName = lazyRE(`(?i:\b(?:but|however|though|instead)\b,?)\s+` + honorific + namePat + `(?:,[^,.]{1,60},|\s+(?:at|from|on|in)\s+[^,.;]{1,40}?)?\s+(?i:(?:actually |really |also |now |currently |still )?(?:mentors|coaches|advises|teaches|works|knows|runs|leads|heads|handles|specializes|specialises|has helped|helps people|did exactly|does exactly|made exactly|made the|has done|has made|went through|lives and breathes|is an expert|is the expert|is deep|spent|switched|moved))\b`)
	// A name marked as copied: "Omar Farouk (copied here)", "Ruth Klein
	// (cc'd)".
	reCopiedAfter = lazyRE(`^\s*\((?i:cc|cc'?e?d|cc’e?d|copied|copied here|copied in|in cc|on cc|looped in|added|added here|now on this thread)\)`)
)

// Capitalised words that are not names.
var notName = map[string]bool{
	"I": true, "The": true, "Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Zoom": true, "Teams": true, "Google": true, "Meet": true, "Thanks": true, "Best": true, "Hi": true, "Hello": true,
	"Happy": true, "HR": true, "LinkedIn": true, "She": true, "He": true, "They": true, "We": true, "You": true,
	"Also": true, "And": true, "But": true, "If": true, "Let": true, "Please": true, "Dear": true, "Cheers": true,
	"Regards": true, "Sorry": true, "Unfortunately": true, "Our": true, "My": true, "Your": true, "This": true,
	"That": true, "In": true, "On": true, "At": true, "For": true, "Slack": true, "Calendly": true,
	"Try": true, "Talk": true, "Email": true, "Ping": true, "Contact": true, "Ask": true, "Reach": true,
	"Call": true, "Speak": true, "Maybe": true, "Perhaps": true, "Definitely": true,
	"Introducing": true, "Introduce": true, "Adding": true, "Looping": true, "Copying": true,
	"Cc": true, "CC": true, "Welcome": true, "Passing": true, "Handing": true,
	// teams and departments are not people
	"Human": true, "Resources": true, "Team": true, "Recruiting": true, "Talent": true, "Department": true,
	"Support": true, "Office": true, "Services": true, "Center": true, "Career": true, "Careers": true,
	"Engineering": true, "Product": true, "Design": true, "Research": true, "Sales": true, "Marketing": true,
	"Operations": true, "Platform": true, "Data": true, "Admissions": true, "Alumni": true, "Relations": true,
	// holidays and seasons are not people ("After Lunar New Year would be
	// better for me")
	"Year": true, "Years": true, "Lunar": true, "Chinese": true, "Eve": true, "Day": true, "Christmas": true,
	"Easter": true, "Thanksgiving": true, "Diwali": true, "Ramadan": true, "Hanukkah": true, "Eid": true,
	"Passover": true, "Holidays": true, "Holiday": true, "Week": true, "Break": true, "Festival": true,
	"Spring": true, "Summer": true, "Fall": true, "Autumn": true, "Winter": true, "Quarter": true,
}

func plausibleName(n string) bool {
	ws := strings.Fields(n)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if notName[w] {
			return false
		}
	}
	return !hasWord(n, orgWords)
}

// referrals lists the people the contact suggests, from all the contact's
// messages, never the contact or the owner.
func referrals(msgs []mail.Message, mine []int, contact mail.Address, pp people) []Referral {
	out := []Referral{}
	index := map[string]int{}
	cname := strings.ToLower(cleanName(contact.Name))
	add := func(name, email string, cc []mail.Address) {
		ws := strings.Fields(strings.TrimRight(name, "'’"))
		for len(ws) > 2 && notName[ws[len(ws)-1]] {
			ws = ws[:len(ws)-1]
		}
		for len(ws) > 2 && notName[ws[0]] {
			ws = ws[1:] // "Try Sam Ortiz": a sentence that starts with a verb
		}
		name = strings.Join(ws, " ")
		if !plausibleName(name) {
			return
		}
		lname := strings.ToLower(name)
		if lname == cname || (pp.ownerName != "" && lname == pp.ownerName) {
			return
		}
		email = strings.ToLower(email)
		if email == "" {
			// "cc'ing Priya Nair": her address is in the Cc header.
			for _, a := range cc {
				if strings.EqualFold(strings.TrimSpace(a.Name), name) {
					email = strings.ToLower(a.Email)
				}
			}
		}
		if email != "" && (strings.EqualFold(email, contact.Email) || pp.owner[email] || pp.dedicated[email]) {
			return
		}
		if k, ok := index[lname]; ok {
			if out[k].Email == nil && email != "" {
				out[k].Email = &email
			}
			return
		}
		r := Referral{Name: name}
		if email != "" {
			r.Email = &email
		}
		index[lname] = len(out)
		out = append(out, r)
	}
	for _, i := range mine {
		m := msgs[i]
		text := unspellAddresses(m.Text)
		cc := append(append([]mail.Address(nil), m.Cc...), m.To...)
		type hit struct {
			pos         int
			name, email string
		}
		var hits []hit
		var byEmail [][]int
		if strings.IndexByte(text, '@') >= 0 {
			byEmail = reNameEmail.FindAllStringSubmatchIndex(text, -1)
		}
		low := lowerSameLen(text) // indexed with text's offsets below
		for _, x := range byEmail {
			hits = append(hits, hit{x[2], text[x[2]:x[3]], text[x[4]:x[5]]})
		}
		var triggers [][]int
		if mayReferTrigger(low) {
			triggers = triggersBySentence(text, low)
		}
		if strings.IndexByte(text, ':') >= 0 && mayListIntro(low) {
			triggers = append(triggers, reListIntro.FindAllStringSubmatchIndex(text, -1)...)
		}
		for _, x := range triggers {
			name := text[x[2]:x[3]]
			email := emailNear(text[x[3]:], name)
			hits = append(hits, hit{x[2], name, email})
			// A list of people after one trigger.
			rest := text[x[3]:]
			off := x[3]
			for k := 0; k < 4; k++ {
				y := reAlsoName.FindStringSubmatchIndex(rest)
				if y == nil {
					break
				}
				n := rest[y[2]:y[3]]
				hits = append(hits, hit{off + y[2], n, emailNear(rest[y[3]:], n)})
				off += y[3]
				rest = rest[y[3]:]
			}
		}
		if mayOneWhoIs(low) {
			for _, x := range reOneWhoIs.FindAllStringSubmatchIndex(text, -1) {
				name := text[x[2]:x[3]]
				hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
			}
		}
		if containsAny(low, whoIdAskWords) {
			for _, x := range findAllAt(reWhoIdAskAt, text, capitalAt(text)) {
				name := text[x[2]:x[3]]
				hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
			}
		}
		var after [][]int
		if mayReferAfter(low) {
			after = findAllAt(reReferAfterAt, text, capitalAt(text))
		}
		if strings.Contains(low, " than ") {
			after = append(after, findAllAt(reBetterThanMeAt, text, capitalAt(text))...)
			after = append(after, moreWithThanMe(text)...)
		}
		for _, x := range after {
			name := text[x[2]:x[3]]
			hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
		}
		if containsAny(foldLong(low), contrastNameWords) && hasInnerCapital(text) {
			for _, x := range contrastNames(text) {
				name := text[x[2]:x[3]]
				hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
			}
		}
		if strings.IndexByte(text, '+') >= 0 {
			for _, x := range rePlusName.FindAllStringSubmatchIndex(text, -1) {
				name := text[x[2]:x[3]]
				hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
			}
		}
		if (strings.Contains(low, "my ") || strings.Contains(low, "our ")) && mayRelation(low) {
			for _, x := range reRelationName.FindAllStringSubmatchIndex(text, -1) {
				name := text[x[2]:x[3]]
				hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
			}
		}
		// Someone the contact copied and names in the text ("Omar
		// Farouk (copied here) is better suited"), or names as copied.
		for _, a := range m.Cc {
			n := strings.TrimSpace(cleanName(a.Name))
			if n == "" || a.Email == "" || pp.owner[strings.ToLower(a.Email)] || pp.dedicated[strings.ToLower(a.Email)] {
				continue
			}
			if k := strings.Index(text, n); k >= 0 {
				hits = append(hits, hit{k, n, a.Email})
			} else if first, _, ok := strings.Cut(n, " "); ok && len(first) > 1 {
				// "Kenji is copied here": the first name in the text,
				// the whole name and the address in Cc.
				if k := wordIndex(text, first); k >= 0 {
					hits = append(hits, hit{k, n, a.Email})
				} else if k := nicknameIndex(text, first, pp.ownerName); k >= 0 {
					// "Looping in Femi" for Oluwafemi in Cc.
					hits = append(hits, hit{k, n, a.Email})
				}
			}
		}
		if strings.Contains(low, "(c") || strings.Contains(low, "(added") || strings.Contains(low, "(looped") || strings.Contains(low, "(in cc") || strings.Contains(low, "(on cc") || strings.Contains(low, "(now") {
			for _, x := range reNameOnly.FindAllStringSubmatchIndex(text, -1) {
				if reCopiedAfter.MatchString(text[x[3]:]) {
					name := text[x[2]:x[3]]
					hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
				}
			}
		}
		// order of appearance
		for a := 1; a < len(hits); a++ {
			for b := a; b > 0 && hits[b].pos < hits[b-1].pos; b-- {
				hits[b], hits[b-1] = hits[b-1], hits[b]
			}
		}
		for _, h := range hits {
			rest := text[min(h.pos+len(h.name), len(text)):]
			scheduler := reAssistant.MatchString(text[max(0, h.pos-40):h.pos]) || reAssistantAfter.MatchString(rest) || reSchedulerAfter.MatchString(rest)
			if scheduler && !reTalksAfter.MatchString(rest) {
				continue
			}
			add(h.name, h.email, cc)
		}
	}
	return out
}

// nicknameIndex finds, as a capitalised word of text, a short form of the
// first name first: its head or its tail of at least four letters ("Femi"
// for Oluwafemi, "Alex" for Alexandra, "Tina" for Christina). -1 if none.
// The owner's own first name never counts: "Hi Alex" is a greeting, not
// Alexander in Cc.
func nicknameIndex(text, first, ownerName string) int {
	rs := []rune(first)
	if len(rs) < 6 {
		return -1
	}
	owner, _, _ := strings.Cut(ownerName, " ")
	for n := len(rs) - 2; n >= 4; n-- {
		for _, part := range [][]rune{rs[:n], rs[len(rs)-n:]} {
			short := string(unicode.ToUpper(part[0])) + strings.ToLower(string(part[1:]))
			if notName[short] || strings.EqualFold(short, owner) {
				continue
			}
			if k := wordIndex(text, short); k >= 0 {
				return k
			}
		}
	}
	return -1
}

// namesSomeone reports a plausible person's name in text that is neither
// the contact's nor the owner's, and not someone who only schedules for
// the contact.
func namesSomeone(text, contactName string, pp people) bool {
	if !hasInnerCapital(text) {
		return false
	}
	cname := strings.ToLower(contactName)
	for _, x := range reNameOnly.FindAllStringSubmatchIndex(text, -1) {
		name := text[x[2]:x[3]]
		ws := strings.Fields(name)
		for len(ws) > 2 && notName[ws[0]] {
			ws = ws[1:]
		}
		name = strings.Join(ws, " ")
		lname := strings.ToLower(name)
		if !plausibleName(name) || lname == cname || wordsWithin(name, contactName) || (pp.ownerName != "" && lname == pp.ownerName) ||
			places[lname] || strings.ContainsAny(name, "'’") || sentenceStart(text, x[2]) {
			// "Since I'm", "Hey Alex", "New York": a capital that
			// starts a sentence or a place is no sign of a person.
			continue
		}
		rest := text[x[3]:]
		if reAssistant.MatchString(text[max(0, x[2]-40):x[2]]) || reAssistantAfter.MatchString(rest) || reSchedulerAfter.MatchString(rest) {
			continue
		}
		return true
	}
	return false
}

// sentenceStart reports whether byte i of text begins a sentence or a
// line.
func sentenceStart(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == 0 {
		return true
	}
	switch text[j-1] {
	case '\n', '.', '!', '?', ':', ';', '"', '(', '-':
		return true
	}
	return false
}

// emailNear finds the address given for name in the words after it: right
// after the name, or later in the sentence when it looks like theirs.
func emailNear(after, name string) string {
	end := len(after)
	if k := strings.IndexAny(after, ".!?\n"); k >= 0 {
		// a dot inside an address is not the end of the sentence
		for k >= 0 && k+1 < len(after) && after[k] == '.' && after[k+1] != ' ' && after[k+1] != '\n' {
			n := strings.IndexAny(after[k+1:], ".!?\n")
			if n < 0 {
				k = -1
				break
			}
			k += 1 + n
		}
		if k >= 0 {
			end = k
		}
	}
	sent := after[:min(end, 200)]
	ms := reEmail.FindAllString(sent, -1)
	if len(ms) == 0 {
		// "... Grace Whitaker. Her email is grace@x.example."
		// Up to three sentences on: "Her email is ...", or an address
		// that carries the name ("She ...: noor.haddad@x.example").
		rest := after[min(end+1, len(after)):]
		for _, e := range reEmail.FindAllString(rest[:min(len(rest), 300)], -1) {
			if carriesName(e, name) {
				return e
			}
		}
		for k := 0; k < 3 && rest != ""; k++ {
			if m := reEmailNext.FindStringSubmatch(rest); m != nil {
				return m[1]
			}
			j := strings.IndexAny(rest, ".!?\n")
			if j < 0 {
				break
			}
			rest = rest[j+1:]
		}
		return ""
	}
	if len(ms) == 1 {
		// "Farah Siddiqui at Oakline, and Ben Adler (ben@x)": an address
		// after another person's name is theirs, unless it carries this
		// name.
		if k := strings.Index(sent, ms[0]); k > 0 && !carriesName(ms[0], name) {
			for _, n := range reNameOnly.FindAllString(sent[:k], -1) {
				if plausibleName(n) && !strings.EqualFold(n, name) {
					return ""
				}
			}
		}
		return ms[0]
	}
	for _, e := range ms {
		if carriesName(e, name) {
			return e
		}
	}
	return ms[0]
}

// An address spelled out against harvesters: "rosalia (at) quiroga (dot)
// example", "sam[at]x[dot]com", "sam at x dot com".
var reSpelledAddress = lazyRE(`([A-Za-z0-9._%+\-]+)\s*(\((?i:at)\)|\[(?i:at)\]|\{(?i:at)\}|<(?i:at)>|\s(?:at|AT)\s)\s*([A-Za-z0-9\-]+(?:(?:\s*(?:\((?i:dot)\)|\[(?i:dot)\]|\{(?i:dot)\}|<(?i:dot)>)\s*|\s(?:dot|DOT)\s|\.)[A-Za-z0-9\-]+)+)`)

var reSpelledDot = lazyRE(`\s*(?:\((?i:dot)\)|\[(?i:dot)\]|\{(?i:dot)\}|<(?i:dot)>)\s*|\s(?:dot|DOT)\s`)

var spelledAtWords = []string{"(at)", "[at]", "{at}", "<at>", "(AT)", "[AT]", "{AT}", "<AT>", " dot ", " DOT "}

// unspellAddresses writes the spelled-out addresses of text as addresses,
// so that the referral expressions find them. A bare " at " counts only
// beside a spelled " dot " ("sam at x dot com"; "meet at 5.30" is none).
func unspellAddresses(text string) string {
	if !containsAny(text, spelledAtWords) {
		return text
	}
	return reSpelledAddress.ReplaceAllStringFunc(text, func(m string) string {
		x := reSpelledAddress.FindStringSubmatch(m)
		bareAt := !strings.ContainsAny(x[2], "([{<")
		bareDots := !strings.Contains(strings.ToLower(x[3]), "dot")
		if bareAt && bareDots {
			return m
		}
		addr := x[1] + "@" + reSpelledDot.ReplaceAllString(x[3], ".")
		if reEmail.FindString(addr) != addr || !strings.ContainsFunc(strings.SplitN(x[3], ".", 2)[0], unicode.IsLetter) {
			return m // "meet at 5.30 dot com": a domain has letters
		}
		return addr
	})
}

// mayOneWhoIs is a cheap test for the words reOneWhoIs needs.
func mayOneWhoIs(low string) bool {
	if strings.Contains(low, "baton") || strings.Contains(low, "hand") && (strings.Contains(low, "off to") || strings.Contains(low, "over to")) {
		return true
	}
	return (strings.Contains(low, " is ") || strings.Contains(low, " would be ")) &&
		containsAny(low, []string{"person ", "one ", "someone ", "guy ", "gal ", "woman ", "man "})
}

// whoIdAskWords are in every reWhoIdAsk match.
var whoIdAskWords = []string{"'s who", "’s who", "'re who", "’re who", "is who", "are who", "'s the ", "’s the ", "is the one", "is the person", "'d be who", "’d be who", "would be who"}

var reWhoIdAskAt = lazyRE(`^(?:` + reWhoIdAsk.String() + `)`)

// mayListIntro is a cheap test for the words reListIntro needs.
func mayListIntro(low string) bool {
	for _, w := range []string{"names", "people", "folks", "contacts", "colleagues", "friends", "options", "ideas", "suggestions", "leads"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// carriesName reports whether the local part of an address holds a word
// of name ("noor.haddad@" for Noor Haddad).
func carriesName(email, name string) bool {
	at := strings.IndexByte(email, '@')
	if at < 0 {
		return false
	}
	local := strings.ToLower(email[:at])
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if len(w) > 2 && strings.Contains(local, w) {
			return true
		}
	}
	return false
}

// The expressions that begin with a name, anchored for findAllAt.
var (
	reReferAfterAt     = lazyRE(`^(?:` + reReferAfter.String() + `)`)
	reBetterThanMeAt   = lazyRE(`^(?:` + reBetterThanMe.String() + `)`)
	reMoreWithThanMeAt = lazyRE(`^(?:` + reMoreWithThanMe.String() + `)`)
)

// capitalAt tells findAllAt where a name (namePat) can begin: at an ASCII
// capital letter.
func capitalAt(text string) func(int) bool {
	return func(p int) bool { return text[p] >= 'A' && text[p] <= 'Z' }
}

// moreWithThanMe is reMoreWithThanMe.FindAllStringSubmatchIndex(text, -1).
func moreWithThanMe(text string) [][]int {
	return findAllAtWords(reMoreWithThanMe, reMoreWithThanMeAt, text, []string{"better", "more"})
}

// contrastNameWords begin every reContrastName match.
var contrastNameWords = []string{"but", "however", "though", "instead"}

var reContrastNameAt = lazyRE(`^(?:` + reContrastName.String() + `)`)

// contrastNames is reContrastName.FindAllStringSubmatchIndex(text, -1).
func contrastNames(text string) [][]int {
	return findAllAtWords(reContrastName, reContrastNameAt, text, contrastNameWords)
}

// findAllAtWords is plain.FindAllStringSubmatchIndex(text, -1) for an
// expression whose matches begin with \b and one of words (lower case,
// matched in any case), tried only where a word begins with one of them;
// at is plain anchored. (?i) folds k to the Kelvin sign and s to the long
// s; where those are, plain runs.
func findAllAtWords(plain, at *lazyRegexp, text string, words []string) [][]int {
	if strings.Contains(text, "\u212a") || strings.Contains(text, "\u017f") {
		return plain.FindAllStringSubmatchIndex(text, -1)
	}
	return findAllAt(at, text, func(p int) bool {
		if p > 0 && isASCIIWord(text[p-1]) {
			return false
		}
		for _, w := range words {
			if hasPrefixFold(text[p:], w) {
				return true
			}
		}
		return false
	})
}

// hasPrefixFold is strings.HasPrefix in any ASCII case (prefix in lower
// case).
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// mayReferAfter is a cheap test for the phrases reReferAfter ends with.
func mayReferAfter(low string) bool {
	for _, w := range []string{"would be", "is a", "is the", "is much", "is who", "is more", "is better", "is far", "is way", "knows", "is your", "took over", "taken over", "taking over", "take over", "takes over", "replaced me", "expecting", "waiting for", "is my", " my old", "has my", "got my", "took my", "inherited my", "might be", "may be better", "may be more", "could help", "can help", "can talk", "can chat", "can speak", "can walk", "can tell", "can answer", "will talk", "happy to talk", "'s ", "’s "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// referTriggerWords are pieces of every reReferTrigger verb.
var referTriggerWords = []string{"talk", "speak", "chat", "reach", "connect", "touch", "contact", "intro", "cc", "copying",
	"loop", "ping", "mail", "recommend", "suggest", "try", "add", "bringing", "roping", "pulling", "mind", "point",
	"send you", "direct you", "refer", "passing", "handing", "forwarding", "person", "people", "one ", "someone",
	"ask", "names", "forward", "hit up", "look up", "pass", "sent", "sending", "folks", "contacts", "question", "directed", "addressed", "put", "want", "need"}

func mayReferTrigger(low string) bool {
	for _, w := range referTriggerWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// triggersBySentence is reReferTrigger.FindAllStringSubmatchIndex(text),
// run only on the sentences that have a trigger word and a capital letter
// after their first word, and there only where a trigger can begin: the
// expression has no literal prefix and is too large for Go's backtracker,
// so running it at every position of a message was most of what the
// reader cost. TestReferTriggerSame checks that it finds what the plain
// expression finds.
func triggersBySentence(text, low string) [][]int {
	var out [][]int
	// (?i) folds k to the Kelvin sign and s to the long s; where those
	// are, the plain expression runs.
	plain := strings.Contains(text, "\u212a") || strings.Contains(text, "\u017f")
	var ascii string
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		if end > start && mayReferTrigger(low[start:end]) && hasInnerCapital(text[start:end]) {
			if plain {
				for _, m := range reReferTrigger.FindAllStringSubmatchIndex(text[start:end], -1) {
					out = append(out, shift(m, start))
				}
			} else {
				if ascii == "" {
					ascii = asciiLower(text)
				}
				out = referTriggersIn(out, text[:end], ascii[:end], start)
			}
		}
		start = end
	}
	return out
}

// referTriggersIn appends the reReferTrigger matches of text[start:] as
// FindAll finds them. A match begins at the start of a word (the
// expression opens with \b) with one of the words of referTriggerStart.
func referTriggersIn(out [][]int, text, ascii string, start int) [][]int {
	s, ls := text[start:], ascii[start:]
	for _, m := range findAllAt(reReferTriggerAt, s, func(p int) bool {
		if p > 0 && isASCIIWord(s[p-1]) {
			return false
		}
		c := ls[p]
		return c >= 'a' && c <= 'z' && hasAnyPrefix(ls[p:], referTriggerStart[c-'a'])
	}) {
		out = append(out, shift(m, start))
	}
	return out
}

// findAllAt is FindAllStringSubmatchIndex(text, -1) of an expression
// whose every match begins at an index where may is true, and that looks
// at nothing before its start; at is that expression anchored with ^.
// Expressions with no literal prefix run at every position of the text
// (and the large ones in Go's slower NFA); tried only where a match can
// begin, leftmost first, the first that matches is the leftmost match,
// and anchored at its start it picks the same submatches.
func findAllAt(at *lazyRegexp, text string, may func(i int) bool) [][]int {
	var out [][]int
	for p := 0; p < len(text); p++ {
		if !may(p) {
			continue
		}
		m := at.FindStringSubmatchIndex(text[p:])
		if m == nil || m[1] == 0 {
			continue
		}
		n := m[1]
		out = append(out, shift(m, p))
		p += n - 1 // the next match begins after this one
	}
	return out
}

// findAt is FindStringSubmatchIndex(text) for what findAllAt handles.
func findAt(at *lazyRegexp, text string, may func(i int) bool) []int {
	for p := 0; p < len(text); p++ {
		if may(p) {
			if m := at.FindStringSubmatchIndex(text[p:]); m != nil {
				return shift(m, p)
			}
		}
	}
	return nil
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// foldLower is s in lower case for testing whether a case-insensitive
// expression can match: (?i) also matches the long s to "s" (and the
// Kelvin sign to "k", which strings.ToLower does).
func foldLower(s string) string {
	return foldLong(strings.ToLower(s))
}

// foldLong is foldLower of a string already in lower case.
func foldLong(low string) string {
	if strings.Contains(low, "\u017f") {
		return strings.ReplaceAll(low, "\u017f", "s")
	}
	return low
}

// shift moves submatch indexes found in text[off:] to indexes of text.
func shift(m []int, off int) []int {
	for k := range m {
		if m[k] >= 0 {
			m[k] += off
		}
	}
	return m
}

// isASCIIWord is \b's idea of a word byte.
func isASCIIWord(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, w := range prefixes {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// reReferTriggerAt is reReferTrigger anchored at the start of its input.
var reReferTriggerAt = lazyRE(`^(?:` + reReferTrigger.String() + `)`)

// referTriggerStart holds, by first letter, the lower-case words every
// match of reReferTrigger begins with (each alternative of its trigger
// group, cut to its first word or two).
var referTriggerStart = func() (t [26][]string) {
	for _, w := range []string{"talk", "speak", "chat", "reach", "connect", "get", "contact", "intro", "cc", "copying",
		"loop", "ping", "email", "e-mail", "recommend", "suggest", "try", "adding", "i've", "i’ve", "i have",
		"bringing", "roping", "pulling", "hit", "look", "come", "point", "send", "direct", "refer", "pass", "handing",
		"forward", "sent", "ask", "a ", "the ", "question", "better", "best", "two", "three", "four", "some", "other",
		"good", "person", "people", "one", "someone", "you"} {
		t[w[0]-'a'] = append(t[w[0]-'a'], w)
	}
	return t
}()

// sentenceEnd is the index just past the sentence that starts at i: after
// ". ", "! ", "? ", "; " or a blank line, or the end of text.
func sentenceEnd(text string, i int) int {
	for j := i; j < len(text); j++ {
		switch text[j] {
		case '.', '!', '?', ';':
			if j+1 < len(text) && (text[j+1] == ' ' || text[j+1] == '\n') {
				return j + 1
			}
		case '\n':
			if j+1 < len(text) && text[j+1] == '\n' {
				return j + 1
			}
		}
	}
	return len(text)
}

func hasInnerCapital(s string) bool {
	for i := 1; i < len(s); i++ {
		// A name's word: a capital then a lower-case letter ("Olu", not "I'm").
		if s[i] >= 'A' && s[i] <= 'Z' && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z' &&
			(s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n' || s[i-1] == '(' || s[i-1] == ',') {
			return true
		}
	}
	return false
}

// relationWords are pieces of every relation reRelationName knows.
var relationWords = []string{"colleague", "worker", "teammate", "friend", "partner", "wife", "husband", "spouse", "sister",
	"brother", "cousin", "manager", "boss", "mentor", "classmate", "peer", "counterpart", "founder", "report", "lead", "neighbo",
	"student", "advisee", "intern", "alum", "roommate", "buddy", "pal ", "successor", "replacement"}

func mayRelation(low string) bool {
	for _, w := range relationWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// wordIndex is the offset of w in text as a whole word, or -1.
func wordIndex(text, w string) int {
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], w)
		if k < 0 {
			return -1
		}
		k += from
		e := k + len(w)
		if (k == 0 || !isNameByte(text[k-1])) && (e == len(text) || !isNameByte(text[e])) {
			return k
		}
		from = k + 1
	}
	return -1
}

func isNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
