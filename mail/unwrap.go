package mail

import (
	"regexp"
	"strings"
	"time"
)

// maxInlineDepth bounds how many forwarded or quoted levels are unwrapped
// from one text body; deeper material stays in the text it was found in.
// Real threads rarely go past ten; the bound keeps "> > > …" bombs linear.
const maxInlineDepth = 24

// inlineHeader is what a forward header block or an attribution line says
// about the message below it.
type inlineHeader struct {
	from    Address
	to, cc  []Address
	subject string
	date    time.Time
	hasZone bool
}

// unwrapper splits a plain-text body into what its author wrote and the
// messages forwarded or quoted below it.
type unwrapper struct {
	loc *time.Location
}

// unwrapText splits text into the author's own text (quoted and forwarded
// material removed, signature kept) and the messages found inside it,
// oldest first. Those messages have their Text and Signature already
// separated. It never panics, whatever the text.
func unwrapText(text string, loc *time.Location) (own string, older []Message) {
	if loc == nil {
		loc = time.UTC
	}
	u := unwrapper{loc: loc}
	ownLines, older := u.split(splitLines(text), 0)
	return strings.TrimSpace(strings.Join(ownLines, "\n")), older
}

func splitLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return strings.Split(text, "\n")
}

func (u *unwrapper) split(lines []string, depth int) (own []string, older []Message) {
	if depth > maxInlineDepth {
		return lines, nil
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		t := strings.TrimSpace(stripBOM(line))
		if t == "" {
			own = append(own, line)
			continue
		}

		// 1. A forward or original-message separator line, with its
		// header block (on the following lines, or on the same line as
		// Yahoo's plain text writes it).
		if rest, ok := forwardMarker(t); ok {
			if h, next, ok := parseHeaderBlock(lines, i+1, rest, u.loc); ok {
				return own, append(older, u.message(h, lines[next:], depth)...)
			}
			// Proton writes "------- Original Message -------" above an
			// "On … wrote:" line.
			j := nextNonBlank(lines, i+1)
			if j < len(lines) {
				if h, n, ok := u.attribution(lines, j); ok {
					return u.afterAttribution(own, older, h, lines, j+n, depth)
				}
			}
			// A separator with no header: the rest is forwarded, author
			// unknown.
			return own, append(older, u.message(inlineHeader{}, lines[i+1:], depth)...)
		}

		// 2. Outlook's underscore line, then a header block.
		if isUnderscoreLine(t) {
			if h, next, ok := parseHeaderBlock(lines, i+1, "", u.loc); ok {
				return own, append(older, u.message(h, lines[next:], depth)...)
			}
			own = append(own, line)
			continue
		}

		// 3. An Outlook header block with no separator above it.
		if hasLabel(t, "from") || hasLabel(t, "von") || hasLabel(t, "de") {
			if h, next, ok := parseHeaderBlock(lines, i, "", u.loc); ok && (!h.date.IsZero() || h.subject != "") {
				return own, append(older, u.message(h, lines[next:], depth)...)
			}
		}

		// 4. "On <date>, <name> <addr> wrote:", over up to three lines.
		if h, n, ok := u.attribution(lines, i); ok {
			return u.afterAttribution(own, older, h, lines, i+n, depth)
		}

		// 5. A quoted block with no attribution above it (iOS quotes the
		// attribution itself; inline replies quote a few lines).
		if isQuoted(line) {
			end := quotedRegionEnd(lines, i)
			sub := dequote(lines[i:end])
			subOwn, subOlder := u.split(sub, depth+1)
			older = append(older, subOlder...)
			if hasContent(subOwn) {
				text, sig := cleanText(strings.Join(subOwn, "\n"), "")
				older = append(older, Message{Text: text, Signature: sig})
			}
			i = end - 1
			continue
		}
		own = append(own, line)
	}
	return own, older
}

// afterAttribution handles the lines after an "On … wrote:" line: a quoted
// region (the usual case, after which the author may go on writing, as in
// bottom posting), or, when nothing is quoted (Outlook, or HTML converted
// without a blockquote), the whole rest.
func (u *unwrapper) afterAttribution(own []string, older []Message, h inlineHeader, lines []string, from, depth int) ([]string, []Message) {
	j := nextNonBlank(lines, from)
	if j < len(lines) && isQuoted(lines[j]) {
		end := quotedRegionEnd(lines, j)
		older = append(older, u.message(h, dequote(lines[j:end]), depth)...)
		rest, restOlder := u.split(lines[end:], depth+1)
		return append(own, rest...), append(older, restOlder...)
	}
	return own, append(older, u.message(h, dedent(lines[from:]), depth)...)
}

// message builds the messages of one header and its body: the ones quoted
// inside the body first, then the message itself.
func (u *unwrapper) message(h inlineHeader, body []string, depth int) []Message {
	// iOS and Proton quote a forwarded body as a whole below its header.
	if allQuoted(body) {
		body = dequote(body)
	}
	subOwn, subOlder := u.split(body, depth+1)
	text, sig := cleanText(strings.Join(subOwn, "\n"), h.from.Name)
	return append(subOlder, Message{
		From:        h.from,
		To:          h.to,
		Cc:          h.cc,
		Subject:     h.subject,
		Date:        h.date,
		DateHasZone: h.hasZone,
		Text:        text,
		Signature:   sig,
	})
}

func stripBOM(s string) string {
	return strings.TrimPrefix(s, "\ufeff")
}

func nextNonBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

func allQuoted(lines []string) bool {
	seen := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !isQuoted(l) {
			return false
		}
		seen = true
	}
	return seen
}

func isQuoted(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, ">")
}

// quotedRegionEnd returns the index after the quoted region starting at i:
// quoted lines and the blank lines between them.
func quotedRegionEnd(lines []string, i int) int {
	end := i
	for j := i; j < len(lines); j++ {
		if isQuoted(lines[j]) {
			end = j + 1
			continue
		}
		if strings.TrimSpace(lines[j]) != "" {
			break
		}
	}
	return end
}

// dequote removes one level of "> " quoting.
func dequote(lines []string) []string {
	out := make([]string, len(lines))
	for k, l := range lines {
		t := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(t, ">") {
			t = t[1:]
			if strings.HasPrefix(t, " ") {
				t = t[1:]
			}
			out[k] = t
		} else {
			out[k] = ""
		}
	}
	return out
}

// dedent removes the four-space indent Outlook for Mac puts on quoted text,
// when every non-blank line has it.
func dedent(lines []string) []string {
	any := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !strings.HasPrefix(l, "    ") {
			return lines
		}
		any = true
	}
	if !any {
		return lines
	}
	out := make([]string, len(lines))
	for k, l := range lines {
		if len(l) >= 4 {
			out[k] = l[4:]
		}
	}
	return out
}

func isUnderscoreLine(t string) bool {
	if len(t) < 8 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '_' {
			return false
		}
	}
	return true
}

// forwardMarkers are the separator texts of real clients, lower case:
// Gmail "---------- Forwarded message ---------", Thunderbird "--------
// Forwarded Message --------", Yahoo "----- Forwarded Message -----",
// Proton "------- Forwarded Message -------", Outlook "-----Original
// Message-----", Fastmail "---------- Original Message -----------", Apple
// Mail and Fastmail "Begin forwarded message:".
var forwardMarkers = []string{"forwarded message", "original message", "forwarded e-mail", "original e-mail", "message transféré", "weitergeleitete nachricht", "mensaje reenviado", "ursprüngliche nachricht"}

// forwardMarker reports whether t is a separator line, and returns what
// follows the separator on the same line (Yahoo puts the header there).
func forwardMarker(t string) (rest string, ok bool) {
	if hasPrefixFold(t, "begin forwarded message") {
		return strings.TrimSpace(strings.TrimPrefix(t[len("begin forwarded message"):], ":")), true
	}
	if !strings.HasPrefix(t, "--") && !strings.HasPrefix(t, "==") {
		return "", false
	}
	body := strings.TrimLeft(t, "-= ")
	for _, m := range forwardMarkers {
		if hasPrefixFold(body, m) {
			after := strings.TrimLeft(body[len(m):], " ")
			if !strings.HasPrefix(after, "--") && !strings.HasPrefix(after, "==") && after != "" {
				return "", false
			}
			return strings.TrimSpace(strings.TrimLeft(after, "-= ")), true
		}
	}
	return "", false
}

// hasPrefixFold is strings.HasPrefix ignoring case, without allocating: it
// runs on every line of every body.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// headerLabels maps the labels of forward header blocks to fields.
var headerLabels = map[string]string{
	"from": "from", "sent": "date", "date": "date", "to": "to", "cc": "cc", "bcc": "bcc",
	"subject": "subject", "reply-to": "reply-to", "reply to": "reply-to", "sent by": "sender",
	"importance": "other", "attachments": "other",
	// German, French and Spanish clients translate the labels.
	"von": "from", "an": "to", "betreff": "subject", "datum": "date", "gesendet": "date", "kopie": "cc",
	"de": "from", "à": "to", "objet": "subject", "envoyé": "date", "para": "to", "asunto": "subject",
	"enviado": "date", "fecha": "date",
}

// hasLabel reports whether t starts with "<label>:", ignoring case and the
// "*From:*" bold markers of HTML converted to text by Gmail.
func hasLabel(t, label string) bool {
	t = strings.TrimLeft(t, "*")
	if len(t) <= len(label) {
		return false
	}
	return strings.EqualFold(t[:len(label)], label) && (t[len(label)] == ':' || t[len(label)] == '*')
}

// splitLabel splits "From: Dana <d@x>" into ("from", "Dana <d@x>").
func splitLabel(t string) (field, value string, ok bool) {
	t = strings.TrimLeft(strings.TrimSpace(t), "*")
	c := strings.IndexByte(t, ':')
	if c <= 0 || c > 12 {
		return "", "", false
	}
	label := strings.ToLower(strings.TrimRight(t[:c], "* "))
	f, ok := headerLabels[label]
	if !ok {
		return "", "", false
	}
	value = strings.TrimSpace(strings.TrimLeft(t[c+1:], "* \t"))
	return f, value, true
}

// parseHeaderBlock reads a forward header block starting at lines[start]
// (after at most two blank lines), or from inline when it holds the fields
// run together on one line (Yahoo). It returns the index of the first body
// line. ok needs a From field and one other.
func parseHeaderBlock(lines []string, start int, inline string, loc *time.Location) (h inlineHeader, next int, ok bool) {
	fields := map[string]string{}
	if strings.Contains(inline, "From:") {
		for k, v := range splitRunTogether(inline) {
			fields[k] = v
		}
		next = start
	} else {
		j := start
		for blanks := 0; j < len(lines) && strings.TrimSpace(lines[j]) == "" && blanks < 2; blanks++ {
			j++
		}
		last := ""
		for n := 0; j < len(lines) && n < 24; n++ {
			t := strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(lines[j], " "), ">"))
			if t == "" {
				break
			}
			if f, v, ok := splitLabel(t); ok {
				if _, dup := fields[f]; dup && f == "from" {
					break
				}
				fields[f] = v
				last = f
				j++
				continue
			}
			// A wrapped recipient list or subject continues on the next line.
			if (last == "to" || last == "cc") && strings.Contains(t, "@") {
				fields[last] += " " + t
				j++
				continue
			}
			break
		}
		next = j
	}
	from, hasFrom := fields["from"]
	if !hasFrom || len(fields) < 2 {
		return inlineHeader{}, start, false
	}
	if addrs := parseAddressList(from); len(addrs) > 0 {
		h.from = addrs[0]
	}
	if h.from.Email == "" && h.from.Name == "" {
		return inlineHeader{}, start, false
	}
	h.to = parseAddressList(fields["to"])
	h.cc = parseAddressList(fields["cc"])
	h.subject = fields["subject"]
	if d, ok := fields["date"]; ok {
		h.date, h.hasZone, _ = parseLooseDate(d, loc)
	}
	return h, next, true
}

var runTogetherLabels = []string{"From:", "To:", "Cc:", "CC:", "Sent:", "Date:", "Subject:", "Reply-To:"}

// splitRunTogether splits Yahoo's one-line header "From: Dana <d@x>To: Alex
// <a@y>Sent: Monday, …Subject: Re: …" at the labels.
func splitRunTogether(s string) map[string]string {
	type pos struct {
		at    int
		label string
	}
	var ps []pos
	for _, l := range runTogetherLabels {
		from := 0
		for {
			k := strings.Index(s[from:], l)
			if k < 0 {
				break
			}
			at := from + k
			if l == "To:" && at >= 6 && s[at-6:at] == "Reply-" {
				from = at + len(l)
				continue
			}
			ps = append(ps, pos{at, l})
			from = at + len(l)
		}
	}
	// insertion sort: a handful of entries
	for a := 1; a < len(ps); a++ {
		for b := a; b > 0 && ps[b].at < ps[b-1].at; b-- {
			ps[b], ps[b-1] = ps[b-1], ps[b]
		}
	}
	out := map[string]string{}
	for k, p := range ps {
		end := len(s)
		if k+1 < len(ps) {
			end = ps[k+1].at
		}
		if p.at+len(p.label) > end {
			continue
		}
		f, _, _ := splitLabel(p.label + " x")
		if _, dup := out[f]; dup {
			continue
		}
		out[f] = strings.TrimSpace(s[p.at+len(p.label) : end])
	}
	return out
}

// attributionTime finds the clock time in an attribution line, with its
// am/pm and zone, so the date can be told from the name after it.
var attributionTime = regexp.MustCompile(`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{2,5}|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?))?`)

// attribution recognises "On <date>, <name> <addr> wrote:" starting at
// lines[i] and wrapped over up to three lines (Gmail wraps at 76 columns,
// often inside the address), and quoted once with "> " as iOS does. It
// returns the number of lines it spans.
func (u *unwrapper) attribution(lines []string, i int) (inlineHeader, int, bool) {
	first := strings.TrimSpace(stripBOM(lines[i]))
	if !strings.HasPrefix(first, "On ") || len(first) > 300 {
		return inlineHeader{}, 0, false
	}
	joined := first
	for n := 1; n <= 3; n++ {
		if strings.HasSuffix(joined, "wrote:") || strings.HasSuffix(joined, "wrote :") {
			return u.parseAttribution(joined), n, true
		}
		if i+n >= len(lines) {
			break
		}
		next := strings.TrimSpace(lines[i+n])
		if next == "" || isQuoted(lines[i+n]) || len(joined) > 300 {
			break
		}
		if strings.HasSuffix(joined, "<") {
			joined += next
		} else {
			joined += " " + next
		}
	}
	return inlineHeader{}, 0, false
}

// spaceReplacer turns the no-break spaces clients put around times into
// plain ones.
var spaceReplacer = strings.NewReplacer("\u202f", " ", "\u00a0", " ")

func (u *unwrapper) parseAttribution(s string) inlineHeader {
	s = spaceReplacer.Replace(s)
	s = strings.TrimPrefix(s, "On ")
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "wrote:"), "wrote :"))

	var h inlineHeader
	datePart, namePart := s, ""
	if loc := attributionTime.FindStringIndex(s); loc != nil {
		end := loc[1]
		// The zone alternative may have swallowed an upper-case initial of
		// the name; keep it only when it is a zone.
		m := s[loc[0]:loc[1]]
		if sp := strings.LastIndexAny(m, " \t"); sp > 0 {
			last := m[sp+1:]
			if _, _, ok := parseZone(last); !ok && !strings.EqualFold(last, "am") && !strings.EqualFold(last, "pm") &&
				!strings.EqualFold(last, "a.m.") && !strings.EqualFold(last, "p.m.") {
				end = loc[0] + sp
			}
		}
		datePart, namePart = s[:end], s[end:]
	} else if c := strings.LastIndex(s, ","); c > 0 {
		datePart, namePart = s[:c], s[c+1:]
	}
	namePart = strings.TrimLeft(namePart, " ,")
	if namePart != "" {
		if addrs := parseAddressList(namePart); len(addrs) > 0 {
			h.from = addrs[0]
		} else {
			h.from = makeAddress(namePart, "")
		}
	}
	h.date, h.hasZone, _ = parseLooseDate(datePart, u.loc)
	return h
}
