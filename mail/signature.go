package mail

import (
	"strings"
)

// cleanText splits what an author wrote into the text proper and the
// signature block, and drops the lines no author wrote on purpose: "Sent
// from my iPhone", "Get Outlook for iOS" and legal disclaimers.
//
// The signature starts at, in order of preference:
//   - a sign-off line ("Best,", "Thanks!", "Kind regards," or "Best, Dana")
//     followed by at most a few short lines (name, title, organisation,
//     phone), so the organisation stays findable in Message.Signature;
//   - the standard "-- " delimiter;
//   - a line that is just the author's name or first name near the end.
//
// Whatever comes first of the sign-off and the delimiter wins, so
// "Best,\nDana\n-- \nDana Whitfield\nNorthwind" is all signature.
func cleanText(text, author string) (body, signature string) {
	lines := strings.Split(text, "\n")
	kept := lines[:0:0]
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r\u00a0")
		if isMobileFooter(l) {
			continue
		}
		kept = append(kept, l)
	}
	lines = kept

	// Legal disclaimers come last; cut from the first paragraph that opens
	// like one, as long as something was written before it.
	for i, l := range lines {
		if i > 0 && (strings.TrimSpace(lines[i-1]) == "" || isDashDelimiter(lines[i-1])) && isDisclaimerStart(l) && hasContent(lines[:i]) {
			lines = lines[:i]
			break
		}
	}

	sigStart := len(lines)
	for i, l := range lines {
		if isDashDelimiter(l) {
			sigStart = i
			break
		}
	}
	if i := findSignOff(lines[:sigStart]); i >= 0 {
		sigStart = i
	} else if i := findNameLine(lines[:sigStart], author); i >= 0 {
		sigStart = i
	}
	bodyLines, sigLines := lines[:sigStart], lines[sigStart:]
	// A P.S. below the signature is still the author writing ("P.S.
	// Tuesday at 2 also works"): it goes back to the text.
	// A "-- " block under the P.S. is the signature again ("Dale\n\nP.S.
	// Friday at 11:30.\n-- \nDale Hutchins\nLone Star SaaS").
	for k, l := range sigLines {
		if isPostscript(l) {
			end := len(sigLines)
			for j := k + 1; j < len(sigLines); j++ {
				if isDashDelimiter(sigLines[j]) {
					end = j
					break
				}
			}
			bodyLines = append(append(bodyLines[:len(bodyLines):len(bodyLines)], ""), sigLines[k:end]...)
			sigLines = append(sigLines[:k:k], sigLines[end:]...)
			break
		}
	}
	body = strings.TrimSpace(strings.Join(bodyLines, "\n"))
	signature = strings.TrimSpace(strings.Join(sigLines, "\n"))
	return trimBlankRuns(body), trimBlankRuns(signature)
}

func isPostscript(l string) bool {
	t := strings.TrimSpace(l)
	return hasPrefixFold(t, "p.s.") || hasPrefixFold(t, "p.s:") || hasPrefixFold(t, "ps:") ||
		hasPrefixFold(t, "ps -") || hasPrefixFold(t, "pps") || hasPrefixFold(t, "p.p.s")
}

func hasContent(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return true
		}
	}
	return false
}

func isDashDelimiter(l string) bool {
	t := strings.TrimRight(l, " ")
	return t == "--" || t == "—" || t == "-- —"
}

var mobileFooters = []string{
	"sent from my ", "sent from mail for windows", "sent from outlook", "get outlook for ",
	"sent with proton mail", "sent from proton mail", "sent from yahoo mail", "sent from the all new aol",
	"sent from gmail mobile", "sent from samsung", "sent via the samsung", "sent from fastmail",
	"sent with spark", "sent from superhuman", "get tutanota", "sent from my mobile",
}

func isMobileFooter(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 10 || len(t) > 80 {
		return false
	}
	if strings.HasPrefix(t, "--") {
		low := strings.ToLower(t)
		if strings.Contains(low, "end of original message") || strings.Contains(low, "end of forwarded message") {
			return true
		}
	}
	t = strings.TrimLeft(t, "-_ ")
	for _, p := range mobileFooters {
		if hasPrefixFold(t, p) {
			return true
		}
	}
	return false
}

var disclaimerStarts = []string{
	"confidentiality notice", "confidential notice", "disclaimer", "this email and any", "this e-mail and any",
	"this message and any", "this email is confidential", "this e-mail is confidential",
	"this message is intended only", "this email is intended only", "this e-mail is intended only",
	"this message contains confidential", "this email message, including any", "the information contained in this",
	"the information in this email", "the information in this e-mail", "notice: this email", "important notice:",
	"caution: this email originated", "privileged and confidential", "this communication is confidential",
	"if you are not the intended recipient",
}

func isDisclaimerStart(l string) bool {
	t := strings.TrimLeft(strings.TrimSpace(l), "*_ ")
	for _, p := range disclaimerStarts {
		if hasPrefixFold(t, p) {
			return true
		}
	}
	return false
}

var signOffs = map[string]bool{
	"best": true, "best regards": true, "regards": true, "kind regards": true, "warm regards": true,
	"warmest regards": true, "warmest": true, "warmly": true, "many thanks": true, "thanks": true,
	"thank you": true, "thanks again": true, "thanks so much": true, "thank you so much": true,
	"cheers": true, "sincerely": true, "sincerely yours": true, "yours": true, "yours truly": true,
	"all the best": true, "all best": true, "take care": true, "talk soon": true, "respectfully": true,
	"with gratitude": true, "gratefully": true, "best wishes": true, "thx": true, "br": true,
	"looking forward": true, "speak soon": true, "with thanks": true, "have a great day": true,
	"have a great weekend": true, "kindly": true, "cordially": true, "best,": true, "rgds": true,
	// Sign-offs of the other languages contacts write in.
	"saludos": true, "un saludo": true, "un abrazo": true, "atentamente": true, "viele grüße": true,
	"beste grüße": true, "liebe grüße": true, "mit freundlichen grüßen": true, "lg": true, "vg": true,
	"cordialement": true, "bien cordialement": true, "bien à vous": true, "amitiés": true,
	"cordiali saluti": true, "saluti": true, "met vriendelijke groet": true, "groetjes": true,
	"med vänliga hälsningar": true, "mvh": true, "atenciosamente": true, "abraços": true,
	"よろしくお願いいたします": true, "よろしくお願いします": true, "宜しくお願い致します": true,
}

// signOffLine reports whether l is a sign-off on its own, or a sign-off
// with a short name after it ("Best, Dana", "Thanks! -D").
func signOffLine(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l))
	if t == "" || len(t) > 40 {
		return false
	}
	t = strings.TrimRight(t, ",.!;:- 。、")
	if signOffs[t] {
		return true
	}
	// "With best regards", "Very best", "Many thanks again"
	for _, pre := range []string{"with ", "very ", "and "} {
		if strings.HasPrefix(t, pre) && signOffs[strings.TrimPrefix(t, pre)] {
			return true
		}
	}
	for _, sep := range []string{", ", "! ", ". ", " - ", " -", ","} {
		if i := strings.Index(t, sep); i > 0 && signOffs[t[:i]] {
			return len(strings.Fields(t[i+len(sep):])) <= 3
		}
	}
	return closingWords(t)
}

// Words closings are made of, in whatever order: "Yours sincerely",
// "Thanks and regards", "Kindest regards", "Very best wishes", "V/R".
var closingVocab = map[string]bool{
	"best": true, "kind": true, "kindest": true, "warm": true, "warmest": true, "warmly": true, "regards": true,
	"wishes": true, "thanks": true, "thank": true, "you": true, "many": true, "with": true, "and": true, "yours": true,
	"sincerely": true, "faithfully": true, "truly": true, "respectfully": true, "very": true, "all": true, "the": true,
	"cordially": true, "cordial": true, "cheers": true, "good": true, "again": true, "so": true, "much": true,
	"gratitude": true, "appreciation": true, "my": true, "v/r": true, "vr": true, "greetings": true, "love": true,
}

// A closing needs one of these: "with thanks" alone is not enough to be
// sure, "thanks and regards" is.
var closingHeads = map[string]bool{"regards": true, "wishes": true, "sincerely": true, "faithfully": true, "truly": true,
	"respectfully": true, "cordially": true, "v/r": true, "vr": true, "yours": true, "greetings": true, "thanks": true}

// closingWords reports a short line made only of closing words with at
// least one that only closings use.
func closingWords(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	head := false
	for _, w := range ws {
		w = strings.Trim(w, ",.!;:")
		if !closingVocab[w] {
			return false
		}
		head = head || closingHeads[w]
	}
	return head
}

// findSignOff finds the sign-off that opens the closing block: near the end,
// followed by a handful of short lines and no long paragraph.
func findSignOff(lines []string) int {
	nonEmpty := 0
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		// A message that is only a sign-off ("Thanks!") keeps it as text:
		// a message is never all signature.
		if signOffLine(t) && hasContent(lines[:i]) {
			return i
		}
		nonEmpty++
		if nonEmpty > 8 || len(t) > 100 {
			return -1
		}
	}
	return -1
}

// findNameLine finds a line near the end that is just the author's name or
// first name ("Dana", "-Dana", "— Dana Whitfield").
func findNameLine(lines []string, author string) int {
	author = stripHonorific(strings.TrimSpace(author))
	if author == "" {
		return -1
	}
	// A corporate "Okafor, Chidi" signs "Chidi Okafor" and "Chidi".
	if last, given, ok := strings.Cut(author, ","); ok && len(strings.Fields(last)) == 1 && len(strings.Fields(given)) == 1 {
		author = strings.TrimSpace(given) + " " + strings.TrimSpace(last)
	}
	first := strings.Fields(author)[0]
	first = strings.Trim(first, ",")
	nonEmpty := 0
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		nonEmpty++
		if nonEmpty > 6 || len(t) > 100 {
			return -1
		}
		n := strings.TrimSpace(strings.TrimLeft(t, "-–—~ "))
		// "Dr Thandiwe Khumalo", "Thandiwe Khumalo, MD": the name with a
		// title before it or letters after it.
		bare := stripHonorific(n)
		if k := strings.IndexByte(bare, ','); k > 0 {
			bare = strings.TrimSpace(bare[:k])
		}
		if (strings.EqualFold(n, author) || strings.EqualFold(n, first) || strings.EqualFold(bare, author)) && hasContent(lines[:i]) {
			return i
		}
	}
	return -1
}

// trimBlankRuns keeps at most one blank line in a row.
func trimBlankRuns(s string) string {
	if !strings.Contains(s, "\n\n\n") {
		return s
	}
	var b strings.Builder
	blank := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n")
}

// stripHonorific drops titles before a display name ("Prof. Dr. Klaus
// Hartmann" signs as Klaus).
func stripHonorific(n string) string {
	for {
		f := strings.Fields(n)
		if len(f) < 2 || !IsTitle(f[0]) {
			return n
		}
		n = strings.Join(f[1:], " ")
	}
}

// IsTitle reports a title written before a name ("Dr.", "Rev.", "Capt.").
// Abbreviations that are also first names ("Gen", "Maj", "Col") count
// only with their dot.
func IsTitle(w string) bool {
	lw := strings.ToLower(w)
	if t, dotted := strings.CutSuffix(lw, "."); dotted && dottedTitles[t] {
		return true
	}
	return titles[strings.TrimSuffix(lw, ".")]
}

var (
	titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "mx": true, "miss": true, "dr": true, "prof": true,
		"professor": true, "sir": true, "dame": true, "rev": true, "reverend": true, "pastor": true, "rabbi": true,
		"capt": true, "captain": true}
	dottedTitles = map[string]bool{"fr": true, "cpt": true, "col": true, "lt": true, "maj": true, "sgt": true, "gen": true,
		"cmdr": true, "adm": true, "hon": true, "sen": true, "rep": true, "gov": true, "amb": true}
)
