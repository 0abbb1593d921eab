package reading

import (
	"regexp"
	"strings"

	"github.com/coffeechat/coffeechat/mail"
)

// A person's name as written in running text: two or three capitalised
// words, a particle allowed ("Ana de Souza").
const namePat = `((?:[A-Z][\p{L}'’\-]+|[A-Z]\.)(?:[ \t]+(?:(?:de|da|van|von|der|del|la|le|di)[ \t]+)?[A-Z][\p{L}'’\-]+){1,2})`

var (
	// "Sam Ortiz <sam@x>", "Sam Ortiz (sam@x)", "Sam Ortiz - sam@x", "Sam Ortiz at sam@x"
	reNameEmail = regexp.MustCompile(namePat + `\s*(?:<|\(|\[|-|–|—|:|,|\bat\b|\bvia\b)\s*(?:mailto:)?([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})`)
	// "talk to Sam Ortiz", "cc'ing my colleague Priya Nair"
	reReferTrigger = regexp.MustCompile(`(?i:\b(?:talk(?:ing)? (?:to|with)|speak(?:ing)? (?:to|with)|chat(?:ting)? with|reach(?:ing)? out to|connect(?:ing)? (?:you )?(?:with|to)|get in touch with|contact(?:ing)?|introduc(?:e|ing) you to|intro(?:duce)? you to|intro to|cc['’]?(?:ing|d|ed)?|copying|looping in|loop in|ping|e-?mail(?:ing)?|recommend(?:ing)?|suggest(?:ing)?|try)\b)\s+(?i:(?:my|our|a) (?:colleague|coworker|co-worker|teammate|friend|manager|boss|former colleague|old colleague|peer|counterpart|head of [a-z]+|director of [a-z]+)[, ]+(?:of mine[, ]+)?|(?:colleague|friend)\s+)?` + namePat)
	// "Sam Ortiz would be a better person", "Priya Nair is the right person"
	reReferAfter = regexp.MustCompile(namePat + `(?:,[^,.]{1,40},|\s+(?:at|from|on|in)\s+[^,.;]{1,40}?)?\s+(?i:would be (?:a |the |much )?(?:better|great|good|perfect|right|best|ideal)|is (?:a |the |much )?(?:better|right|best|ideal) (?:person|fit|contact)|knows (?:a lot|more|much more)|might be (?:able|a better)|could help|can help|is who you|would be happy to)`)
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
	// teams and departments are not people
	"Human": true, "Resources": true, "Team": true, "Recruiting": true, "Talent": true, "Department": true,
	"Support": true, "Office": true, "Services": true, "Center": true, "Career": true, "Careers": true,
	"Engineering": true, "Product": true, "Design": true, "Research": true, "Sales": true, "Marketing": true,
	"Operations": true, "Platform": true, "Data": true, "Admissions": true, "Alumni": true, "Relations": true,
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
		text := m.Text
		cc := append(append([]mail.Address(nil), m.Cc...), m.To...)
		type hit struct {
			pos         int
			name, email string
		}
		var hits []hit
		for _, x := range reNameEmail.FindAllStringSubmatchIndex(text, -1) {
			hits = append(hits, hit{x[2], text[x[2]:x[3]], text[x[4]:x[5]]})
		}
		for _, x := range reReferTrigger.FindAllStringSubmatchIndex(text, -1) {
			name := text[x[2]:x[3]]
			email := emailNear(text[x[3]:], name)
			hits = append(hits, hit{x[2], name, email})
		}
		for _, x := range reReferAfter.FindAllStringSubmatchIndex(text, -1) {
			name := text[x[2]:x[3]]
			hits = append(hits, hit{x[2], name, emailNear(text[x[3]:], name)})
		}
		// order of appearance
		for a := 1; a < len(hits); a++ {
			for b := a; b > 0 && hits[b].pos < hits[b-1].pos; b-- {
				hits[b], hits[b-1] = hits[b-1], hits[b]
			}
		}
		for _, h := range hits {
			add(h.name, h.email, cc)
		}
	}
	return out
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
		return ""
	}
	if len(ms) == 1 {
		return ms[0]
	}
	for _, e := range ms {
		local := strings.ToLower(e[:strings.Index(e, "@")])
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if len(w) > 2 && strings.Contains(local, w) {
				return e
			}
		}
	}
	return ms[0]
}
