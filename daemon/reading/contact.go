package reading

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coffeechat/coffeechat/mail"
)

// people sorts the thread's addresses into the owner, coffeechat's own
// addresses and everyone else.
type people struct {
	owner     map[string]bool
	ownerName string // lower case, "" when unknown
	dedicated map[string]bool
}

func newPeople(t *mail.Thread, opts Options) people {
	p := people{owner: map[string]bool{}, dedicated: map[string]bool{}}
	for _, a := range opts.OwnerAddresses {
		p.owner[strings.ToLower(strings.TrimSpace(a))] = true
	}
	if len(p.owner) == 0 && t.From.Email != "" {
		p.owner[strings.ToLower(t.From.Email)] = true
	}
	if t.From.Email != "" && p.owner[strings.ToLower(t.From.Email)] {
		p.ownerName = strings.ToLower(strings.TrimSpace(t.From.Name))
	}
	for _, a := range opts.DedicatedAddresses {
		p.dedicated[strings.ToLower(strings.TrimSpace(a))] = true
	}
	// When the owner forwarded the thread, whoever they sent the forward to
	// is coffeechat (or a bystander), unless that person took part in the
	// conversation: a Cc'd reply goes To the contact.
	if len(t.Messages) > 1 && p.isOwner(t.From) {
		cand := map[string]bool{}
		candName := map[string]bool{}
		for _, m := range t.Messages {
			if m.TopLevel {
				continue
			}
			cand[strings.ToLower(m.From.Email)] = true
			// "On ..., Omar Haddad wrote:" shows a name only.
			if n := strings.ToLower(cleanName(m.From.Name)); n != "" {
				candName[n] = true
			}
			for _, a := range append(append([]mail.Address(nil), m.To...), m.Cc...) {
				cand[strings.ToLower(a.Email)] = true
			}
		}
		for _, a := range append(append([]mail.Address(nil), t.To...), t.Cc...) {
			e := strings.ToLower(a.Email)
			if e != "" && !cand[e] && !p.owner[e] && !candName[strings.ToLower(cleanName(a.Name))] {
				p.dedicated[e] = true
			}
		}
	}
	return p
}

func (p people) isOwner(a mail.Address) bool {
	if a.Email != "" && p.owner[strings.ToLower(a.Email)] {
		return true
	}
	// A quoted "On ..., Alex Kim wrote:" carries a name only, and owners
	// write from more than one account (the outreach from school, the
	// forward from home): the owner's full name counts too.
	return p.ownerName != "" && strings.Contains(p.ownerName, " ") && strings.EqualFold(strings.TrimSpace(a.Name), p.ownerName)
}

func (p people) isDedicated(a mail.Address) bool {
	return a.Email != "" && p.dedicated[strings.ToLower(a.Email)]
}

// other reports a person who is neither the owner nor coffeechat.
func (p people) other(a mail.Address) bool {
	if a.Email == "" && strings.TrimSpace(a.Name) == "" {
		return false
	}
	return !p.isOwner(a) && !p.isDedicated(a)
}

// samePerson matches a message author to the contact: by address, or by
// name when the message shows no address ("Dana Whitfield" and "Dana
// Whitfield, PhD" are the same person).
func samePerson(a mail.Address, c mail.Address) bool {
	if a.Email != "" && c.Email != "" {
		return strings.EqualFold(a.Email, c.Email)
	}
	an, cn := cleanName(a.Name), cleanName(c.Name)
	return an != "" && strings.EqualFold(an, cn)
}

// Credentials and titles dropped from display names.
var credentials = map[string]bool{
	"phd": true, "ph.d": true, "ph.d.": true, "mba": true, "md": true, "m.d.": true, "m.d": true,
	"cpa": true, "pe": true, "p.e.": true, "ms": true, "msc": true, "m.s.": true, "ma": true,
	"jd": true, "j.d.": true, "esq": true, "esq.": true, "rn": true, "pmp": true, "cfa": true,
	"dds": true, "do": true, "mph": true, "mfa": true, "bsc": true, "bs": true, "ba": true,
	"shrm-cp": true, "shrm-scp": true, "phr": true, "sphr": true, "cissp": true, "faia": true,
	"aia": true, "leed": true, "facs": true, "mpa": true, "llm": true, "edd": true, "ed.d.": true,
	"dr": true, "dr.": true, "prof": true, "prof.": true,
}

var nameSuffix = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// cleanName removes credentials ("Dana Whitfield, PhD" → "Dana Whitfield"),
// titles ("Dr."), and turns "Whitfield, Dana" around. A generational
// suffix is part of the name and stays ("Marcus Bell Jr.").
func cleanName(s string) string {
	s = strings.TrimSpace(strings.Trim(s, `"' `))
	if s == "" || strings.Contains(s, "@") {
		return ""
	}
	parts := strings.Split(s, ",")
	var keep []string
	var suffix string
	for i, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		words := strings.Fields(part)
		// A title before a name ("Rev. Samuel Otieno"); after it, it may
		// be a word of the name.
		for i == 0 && len(words) > 2 && mail.IsTitle(words[0]) {
			words = words[1:]
		}
		var ws []string
		for _, w := range words {
			lw := strings.ToLower(strings.Trim(w, "()"))
			if credentials[lw] || credentials[strings.TrimSuffix(lw, ".")] {
				continue
			}
			if nameSuffix[lw] {
				suffix = w
				continue
			}
			ws = append(ws, w)
		}
		if len(ws) == 0 {
			continue
		}
		if i > 0 && len(keep) > 0 && allCaps(strings.Join(ws, "")) && len(strings.Join(ws, "")) <= 6 {
			continue // an unknown credential such as ", CHRO"
		}
		keep = append(keep, strings.Join(ws, " "))
	}
	var name string
	switch {
	case len(keep) == 2 && len(strings.Fields(keep[0])) == 1 && len(strings.Fields(keep[1])) == 1:
		name = keep[1] + " " + keep[0] // "Whitfield, Dana"
	case len(keep) >= 1:
		name = keep[0]
	}
	if suffix != "" && name != "" {
		name += " " + suffix
	}
	return strings.Join(strings.Fields(name), " ")
}

func allCaps(s string) bool {
	has := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			has = true
		}
	}
	return has
}

var (
	reEmail  = lazyRE(`(?i)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
	reURL    = lazyRE(`(?i)\b(?:https?://|www\.)[^\s<>()"']+`)
	rePhone  = lazyRE(`(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)[\s.\-]?|\d{2,4}[\s.\-])\d{3,4}[\s.\-]?\d{3,4}\b`)
	reStreet = lazyRE(`\b\d{1,5}\s+(?:(?:[A-Z][a-z]*\.?|\d{1,3}(?:st|nd|rd|th))\s+){1,4}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Ln|Lane|Way|Dr|Drive|Pl|Place|Sq|Square|Plaza|Pkwy|Parkway|Ct|Court|Terrace)\b|\b\d{1,5}\s+(?:Broadway|Bowery|Embarcadero|Avenue of the Americas|Park Row)\b|\b\d{1,5}\s+(?:(?:State|County|US|U\.S\.|Old)\s+)?(?:Route|Rte\.?|Highway|Hwy\.?|County Road|Farm Road)\s+\d{1,4}[A-Z]?\b|\b\d{1,4}(?:bis|ter)?,?\s+(?:rue|avenue|boulevard|place|allée|chemin|quai|impasse)\s+(?:(?:de la|de l['’]|de|du|des|d['’])\s*)?[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,2}`)
	// Streets written before their number: "Alexanderstraße 11",
	// "Keizersgracht 123", "Via Roma 12", "Calle de Alcalá 45".
	reStreetNamed = lazyRE(`\b[A-ZÄÖÜÅØÆ][\p{L}\-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|ufer|markt|graben|gracht|straat|laan|plein|kade|vej|gade|gatan|gata|veien|vegen|katu)\s+\d{1,4}[a-z]?\b|\b(?:Via|Viale|Corso|Piazza|Calle|Carrer|Avenida|Av\.|Rua|Paseo|Largo|Plaza)\s+(?:(?:de|del|della|di|da|dos|das|do|la)\s+)?[A-Z][\p{L}'’\-]+(?:\s+[A-Z][\p{L}'’\-]+){0,2},?\s+\d{1,4}[a-z]?\b`)
	reCityST      = lazyRE(`^[A-Z][A-Za-z .'\-]+,\s*[A-Z]{2}(?:\s+\d{5})?$`)
	reJobLine     = lazyRE(`(?i)^(.+?)\s+(?:at|@)\s+(.+)$`)
)

// Words that make a signature part a job title rather than an employer.
var titleWords = []string{
	"director", "manager", "engineer", "vp", "vice president", "head of", "lead", "senior", "sr.", "principal",
	"chief", "officer", "ceo", "cto", "cfo", "coo", "cmo", "founder", "partner", "analyst", "designer",
	"scientist", "professor", "recruiter", "consultant", "associate", "specialist", "coordinator",
	"developer", "architect", "researcher", "intern", "president", "editor", "counsel", "attorney",
	"staff", "advisor", "strategist", "administrator", "nurse",
	"physician", "teacher", "lecturer", "fellow", "executive", "owner", "writer", "producer",
	"team lead", "teamleiter", "teamleiterin", "leiter", "leiterin", "gerente", "responsable", "directeur", "directrice",
	"controller", "comptroller", "accountant", "auditor", "treasurer", "economist", "geologist", "chemist", "physicist",
	"pharmacist", "therapist", "technician", "librarian", "curator", "journalist", "reporter", "photographer", "chef",
	"pilot", "paralegal", "surgeon", "dentist", "actuary", "underwriter", "planner", "buyer", "broker", "banker",
	"trader", "investor", "agent", "representative", "rep", "clerk", "secretary", "assistant", "supervisor",
	"superintendent", "foreman", "inspector", "instructor", "tutor", "coach", "mentor", "doctor", "dr", "resident",
	"postdoc", "student", "candidate", "trainee", "apprentice", "volunteer", "ambassador", "evangelist", "advocate",
	"researcherin", "managerin", "entwicklerin", "entwickler", "beraterin", "berater", "ingenieurin", "ingenieur",
	"analista", "ingeniero", "ingeniera", "directora", "director de", "jefe", "jefa", "gerente de",
	// French, Italian, Portuguese, Dutch and Scandinavian titles.
	"chef", "cheffe", "chargé", "chargée", "ingénieur", "ingénieure", "développeur", "développeuse", "responsable de",
	"conseiller", "conseillère", "directeur de", "directrice de", "chercheur", "chercheuse", "professeur", "professeure",
	"responsabile", "direttore", "direttrice", "ingegnere", "sviluppatore", "diretor", "diretora", "coordenador",
	"coordenadora", "desenvolvedor", "engenheiro", "engenheira", "pesquisador", "pesquisadora", "hoofd", "adviseur",
	"ontwikkelaar", "chef for", "utvecklare", "projektledare", "afdelingsleder", "avdelingsleder",
	// Trades, unions, clinics, churches, crafts.
	"organizer", "organiser", "steward", "business agent", "electrician", "plumber", "carpenter", "mechanic", "welder",
	"machinist", "dispatcher", "operator", "veterinarian", "sommelier", "pastor", "minister", "chaplain", "firefighter",
	"paramedic", "midwife", "musician", "artist", "farmer", "glassblower", "craftsman", "artisan", "baker", "brewer",
}

// Words of a field rather than a rank ("Data", "Product"): a title when
// they come with a rank ("Data Engineer"), a name when alone ("Harbor
// Data").
var domainWords = []string{
	"product", "marketing", "sales", "talent", "people ops", "hr ", "software", "data", "program", "project",
	"operations", "account",
}

// Words that make a part an employer for sure.
var orgWords = []string{
	"inc", "llc", "ltd", "gmbh", "corp", "corporation", "company", "co.", "group", "labs", "lab",
	"health", "university", "college", "institute", "bank", "capital", "partners", "ventures",
	"robotics", "systems", "technologies", "software", "studio", "studios", "foundation", "hospital",
	"agency", "consulting", "analytics", "networks", "media", "press", "school", "clinic", "associates",
	"solutions", "industries", "holdings", "bio", "therapeutics", "energy", "motors", "airlines",
	// The same institutions in the languages of signatures we read
	// (Czech, Polish, German, French, Spanish, Portuguese, Italian, Dutch).
	"nemocnice", "univerzita", "szpital", "uniwersytet", "krankenhaus", "klinikum", "universität",
	"hochschule", "hôpital", "université", "universidad", "universidade", "ospedale",
	"università", "ziekenhuis", "universiteit",
}

// Places dropped from signature parts ("Pittsburgh, PA", "London").
var places = map[string]bool{
	"new york": true, "nyc": true, "san francisco": true, "sf": true, "london": true, "berlin": true,
	"paris": true, "boston": true, "seattle": true, "chicago": true, "austin": true, "remote": true,
	"usa": true, "us": true, "uk": true, "united states": true, "united kingdom": true, "germany": true,
	"france": true, "toronto": true, "canada": true, "los angeles": true, "denver": true, "atlanta": true,
	"pittsburgh": true, "portland": true, "dublin": true, "amsterdam": true, "munich": true, "zurich": true,
	"philadelphia": true, "washington": true, "dc": true, "bay area": true, "brooklyn": true, "oakland": true,
	"cambridge": true, "oxford": true, "madrid": true, "barcelona": true, "sydney": true, "singapore": true,
	"tokyo": true, "bangalore": true, "india": true, "minneapolis": true, "miami": true, "dallas": true,
	"houston": true, "san diego": true, "san jose": true, "palo alto": true, "mountain view": true,
}

// hasWord reports whether one of words occurs in s as a word: after a
// space or the start, before a space, comma, period or the end (a word
// ending in a space, "hr ", only needs its start).
func hasWord(s string, words []string) bool {
	ls := strings.ToLower(s)
	for _, w := range words {
		for from := 0; from < len(ls); {
			k := strings.Index(ls[from:], w)
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if k > 0 && ls[k-1] != ' ' && ls[k-1] != '-' && ls[k-1] != '/' { // "co-founder", "vice-president"
				continue
			}
			e := k + len(w)
			if strings.HasSuffix(w, " ") || e == len(ls) || ls[e] == ' ' || ls[e] == ',' || ls[e] == '.' {
				return true
			}
		}
		// "hr " also matches a final "hr".
		if t := strings.TrimSuffix(w, " "); t != w && (ls == t || strings.HasSuffix(ls, " "+t)) {
			return true
		}
	}
	return false
}

func isPlace(s string) bool {
	s = strings.TrimSpace(s)
	ls := strings.ToLower(strings.TrimRight(s, "."))
	if places[ls] || (strings.IndexByte(s, ',') >= 0 && reCityST.MatchString(s)) {
		return true
	}
	// "Pittsburgh, PA" arrives split in two parts: a state code alone.
	if len(s) == 2 && allCaps(s) {
		return true
	}
	return false
}

// freeMail are mail providers whose domain names no employer.
var freeMail = map[string]bool{"gmail": true, "googlemail": true, "outlook": true, "hotmail": true, "live": true, "msn": true,
	"yahoo": true, "ymail": true, "icloud": true, "me": true, "mac": true, "aol": true, "proton": true, "protonmail": true,
	"pm": true, "fastmail": true, "gmx": true, "web": true, "mail": true, "mailbox": true, "zoho": true, "yandex": true,
	"qq": true, "163": true, "126": true, "naver": true, "hey": true, "tutanota": true, "posteo": true, "orange": true,
	"comcast": true, "verizon": true, "att": true, "sbcglobal": true, "btinternet": true, "hushmail": true}

// domainLabel is the part of an address's domain that names the
// employer ("hollisgrant" for dcarter@hollisgrant.com), "" for free mail.
func domainLabel(email string) string {
	_, dom, ok := strings.Cut(strings.ToLower(email), "@")
	if !ok {
		return ""
	}
	labels := strings.Split(dom, ".")
	if len(labels) < 2 {
		return ""
	}
	l := labels[len(labels)-2]
	if len(labels) >= 3 && (l == "co" || l == "com" || l == "ac" || l == "org" || l == "edu" || l == "gov") {
		l = labels[len(labels)-3] // acme.co.uk
	}
	if freeMail[l] || len(l) < 4 {
		return ""
	}
	return l
}

// foldAlnum is s lower-cased, accents folded ("Édition" is "edition"),
// with only letters a-z and digits kept: how a name is spelled in a
// domain.
func foldAlnum(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 0xc0:
			if f, ok := accentFold[r]; ok {
				b.WriteByte(f)
			}
		}
	}
	return b.String()
}

var accentFold = map[rune]byte{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'æ': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e',
	'ë': 'e', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o',
	'ø': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y', 'ß': 's', 'ł': 'l', 'ś': 's', 'ź': 'z',
	'ż': 'z', 'ć': 'c', 'ń': 'n', 'ō': 'o', 'ū': 'u', 'ā': 'a', 'ē': 'e', 'ī': 'i', 'č': 'c', 'š': 's', 'ž': 'z',
}

// namesDomain reports whether a signature part is the employer the
// address's domain names: "Hollis & Grant" for hollisgrant, "Front Range
// Minerals" for frontrange.
func namesDomain(part, label string) bool {
	if label == "" {
		return false
	}
	p := foldAlnum(part)
	label = foldAlnum(label) // "lumen-edition"
	if len(p) < 4 || len(label) < 4 {
		return false
	}
	return strings.HasPrefix(p, label) || strings.HasPrefix(label, p) || (len(label) >= 6 && strings.HasPrefix(p, label[:6]))
}

// organization reads the employer from a signature, or "". A part that
// the contact's address names ("Hollis & Grant" for
// dcarter@hollisgrant.com) wins; else a part with a word employers have
// ("Group", "Labs"), else a capitalised part that is no title.
func organization(sig, name, email string) string {
	var best, bestTitled, fallback, fallbackDomain string
	label := domainLabel(email)
	lines := strings.Split(sig, "\n")
	for _, line := range lines {
		line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "-–—_*|"))
		if line == "" || len(line) > 120 {
			continue
		}
		low := strings.ToLower(line)
		if name != "" && strings.EqualFold(cleanName(line), name) {
			continue
		}
		if isSignOff(low) {
			continue
		}
		// Lines that are contact details or sign-offs, not employers. An
		// address inside "Title | Org | mail" is split below instead.
		contactLine := (hasEmail(line) || hasURL(low)) && !strings.ContainsAny(line, "|·")
		if contactLine || strings.HasPrefix(low, "sent from") || strings.HasPrefix(low, "get outlook") || strings.HasPrefix(low, "pronouns") ||
			strings.HasPrefix(low, "p:") || strings.HasPrefix(low, "m:") || strings.HasPrefix(low, "t:") ||
			strings.HasPrefix(low, "tel") || strings.HasPrefix(low, "phone") || strings.HasPrefix(low, "mobile") ||
			strings.HasPrefix(low, "cell") || strings.HasPrefix(low, "best") || strings.HasPrefix(low, "thanks") ||
			strings.HasPrefix(low, "cheers") || strings.HasPrefix(low, "regards") || strings.HasPrefix(low, "warmly") ||
			strings.HasPrefix(low, "linkedin") || strings.HasPrefix(low, "calendly") {
			continue
		}
		if hasDigit(line) && (reStreet.MatchString(line) || reStreetNamed.MatchString(line)) {
			continue
		}
		// "Director of Product at Northwind Health"
		if !strings.Contains(low, " at ") && !strings.Contains(low, "@") {
			// no job line
		} else if m := reJobLine.FindStringSubmatch(line); m != nil && (hasWord(m[1], titleWords) || hasWord(m[1], domainWords)) {
			if org := cleanOrg(m[2]); org != "" {
				return org
			}
		}
		for _, part := range splitSig(line) {
			part = strings.TrimSpace(part)
			if part == "" || isPlace(part) || (hasDigit(part) && rePhone.MatchString(part)) || hasEmail(part) || hasURL(strings.ToLower(part)) {
				continue
			}
			if lp := strings.ToLower(part); credentials[lp] || credentials[strings.TrimSuffix(lp, ".")] {
				continue // "Tomáš Dvořák, Ph.D.": a degree, not an employer
			}
			byDomain := namesDomain(part, label)
			var cn string // cleanName(part), once
			if byDomain || name != "" {
				cn = cleanName(part)
			}
			if byDomain && !strings.EqualFold(cn, name) && !endsWithTitle(part) {
				return cleanOrg(part)
			}
			if name != "" && (strings.EqualFold(cn, name) || wordsWithin(part, name)) {
				continue
			}
			if endsWithTitle(part) {
				continue // "Risk Analytics Lead" is a title, whatever it names
			}
			if hasWord(part, orgWords) && !hasWord(part, []string{"head of", "director of", "vp of", "manager,"}) {
				// "Team Lead Analytics" names a field in a title;
				// "Tulp Group" below it is the employer.
				if hasWord(part, titleWords) {
					if bestTitled == "" {
						bestTitled = part
					}
				} else if best == "" {
					best = part
				}
				continue
			}
			if hasWord(part, titleWords) {
				continue
			}
			if !capitalised(part) {
				continue
			}
			if hasWord(part, domainWords) {
				if fallbackDomain == "" {
					fallbackDomain = part
				}
			} else if fallback == "" {
				fallback = part
			}
		}
	}
	for _, org := range []string{best, bestTitled, fallback, fallbackDomain} {
		if org != "" {
			return cleanOrg(org)
		}
	}
	return ""
}

func splitSig(line string) []string {
	for _, sep := range []string{" · ", "·", " | ", "|", " • ", " — ", " – ", " - ", ","} {
		line = strings.ReplaceAll(line, sep, "\x00")
	}
	return strings.Split(line, "\x00")
}

func cleanOrg(s string) string {
	parts := splitSig(s)
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p != "" && !isPlace(p) {
			return p
		}
	}
	return ""
}

// capitalised reports a short run of capitalised words ("Fernhill
// Robotics"), the shape of an employer's name.
func capitalised(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if w == "&" || w == "of" || w == "and" || w == "the" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(r >= '0' && r <= '9') {
			return false // "Lumen Édition" is capitalised too
		}
	}
	return true
}

// wordsWithin reports whether every word of part is a word of name ("Dana"
// signing as Dana Whitfield).
func wordsWithin(part, name string) bool {
	names := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		names[w] = true
	}
	ws := strings.Fields(strings.ToLower(part))
	for _, w := range ws {
		if !names[strings.Trim(w, ".,")] {
			return false
		}
	}
	return len(ws) > 0
}

// Closings, in the languages contacts write in; a short line ending in a
// comma is one too ("Saludos,").
var signOffs = []string{
	"best", "thanks", "thank you", "many thanks", "cheers", "regards", "kind regards", "best regards", "warm regards",
	"warmly", "sincerely", "yours", "all the best", "talk soon", "take care", "respectfully", "with thanks",
	"viele grüße", "beste grüße", "liebe grüße", "mit freundlichen grüßen", "grüße", "lg", "vg", "mfg",
	"saludos", "un saludo", "cordialement", "bien cordialement", "bien à vous", "amitiés", "groeten",
	"met vriendelijke groet", "hälsningar", "mvh", "cordiali saluti", "un saluto", "atenciosamente", "abraços",
}

func isSignOff(low string) bool {
	low = strings.TrimRight(strings.TrimSpace(low), ",.!")
	for _, s := range signOffs {
		if low == s || strings.HasPrefix(low, s+" ") || strings.HasPrefix(low, s+",") {
			return true
		}
	}
	return false
}

// Words that end a job title ("Risk Analytics Lead", "Engineering Manager").
var titleEnds = map[string]bool{
	"lead": true, "manager": true, "director": true, "engineer": true, "analyst": true, "designer": true,
	"scientist": true, "officer": true, "president": true, "head": true, "partner": true, "founder": true,
	"cofounder": true, "co-founder": true, "consultant": true, "associate": true, "specialist": true,
	"coordinator": true, "developer": true, "architect": true, "researcher": true, "recruiter": true,
	"intern": true, "advisor": true, "strategist": true, "vp": true, "ceo": true, "cto": true, "cfo": true,
	"coo": true, "owner": true, "principal": true, "editor": true, "writer": true, "producer": true,
	"professor": true, "lecturer": true, "counsel": true, "attorney": true, "administrator": true,
	"controller": true, "accountant": true, "geologist": true, "economist": true, "leiter": true, "berater": true,
	"entwickler": true, "ingenieur": true, "supervisor": true, "technician": true, "representative": true,
}

func endsWithTitle(part string) bool {
	ws := strings.Fields(strings.ToLower(part))
	if len(ws) == 0 {
		return false
	}
	w := strings.Trim(ws[len(ws)-1], ".,")
	// German feminine forms: "Researcherin", "Leiterin".
	return titleEnds[w] || (strings.HasSuffix(w, "in") && titleEnds[strings.TrimSuffix(w, "in")])
}

// Cheap tests that let the regular expressions run only where they can
// match: most lines and sentences have no digit, "@" or link, and the
// reader's time is mostly spent in regexp otherwise (BenchmarkInspect).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func hasEmail(s string) bool { return strings.IndexByte(s, '@') >= 0 && reEmail.MatchString(s) }

// hasURL takes lower-case text.
func hasURL(low string) bool {
	return (strings.Contains(low, "http") || strings.Contains(low, "www.")) && reURL.MatchString(low)
}
