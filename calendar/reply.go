package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/emersion/go-ical"
)

// Limits on what we hand to go-ical (see precheck). Its decoder recurses once
// per BEGIN, so a hostile object could otherwise exhaust the stack (a fatal
// error, not a recoverable panic); real REPLYs are a few kilobytes, nest
// three deep and have parameter lists of a few hundred bytes.
const (
	maxObjectSize = 1 << 20
	maxNesting    = 16
	maxParamsLen  = 1 << 10
)

// ErrNoMethod is returned by ParseMethod for a calendar object without
// METHOD (a plain .ics file rather than an iTIP message).
var ErrNoMethod = errors.New("calendar object has no METHOD")

// ParseMethod returns the METHOD of any calendar object, upper-cased
// ("REQUEST", "REPLY", "CANCEL", ...).
func ParseMethod(b []byte) (string, error) {
	cal, err := decode(b)
	if err != nil {
		return "", err
	}
	return method(cal)
}

func method(cal *ical.Calendar) (string, error) {
	ms := cal.Props.Values(ical.PropMethod)
	switch len(ms) {
	case 0:
		return "", ErrNoMethod
	case 1:
	default:
		return "", fmt.Errorf("calendar object has %d METHOD properties", len(ms))
	}
	m := strings.ToUpper(strings.TrimSpace(ms[0].Value))
	if m == "" {
		return "", errors.New("calendar object has an empty METHOD")
	}
	return m, nil
}

// parseReply reads an iTIP REPLY. It looks only at METHOD, UID, SEQUENCE,
// ATTENDEE and COMMENT and never at DTSTART/DTEND, so the Windows zone names
// Outlook writes in TZID ("Eastern Standard Time"), which go-ical cannot
// resolve, do not matter.
func parseReply(b []byte) (*Reply, error) {
	cal, err := decode(b)
	if err != nil {
		return nil, err
	}
	m, err := method(cal)
	if err != nil {
		return nil, fmt.Errorf("read reply: %w", err)
	}
	if m != "REPLY" {
		return nil, fmt.Errorf("read reply: METHOD is %s, not REPLY", m)
	}

	events := cal.Events()
	if len(events) != 1 {
		return nil, fmt.Errorf("read reply: want exactly one VEVENT, got %d", len(events))
	}
	ev := events[0]

	var r Reply
	uids := ev.Props.Values(ical.PropUID)
	if len(uids) != 1 {
		return nil, fmt.Errorf("read reply: want exactly one UID, got %d", len(uids))
	}
	r.UID = strings.TrimSpace(textOf(&uids[0]))
	if r.UID == "" {
		return nil, errors.New("read reply: UID is empty")
	}

	if p := ev.Props.Get(ical.PropSequence); p != nil {
		// Parsed by hand rather than with Prop.Int, which refuses a
		// SEQUENCE carrying VALUE=TEXT that some writers produce.
		n, err := strconv.Atoi(strings.TrimSpace(p.Value))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("read reply %s: SEQUENCE %q is not a non-negative integer", r.UID, p.Value)
		}
		r.Sequence = n
	}

	atts := ev.Props.Values(ical.PropAttendee)
	if len(atts) != 1 {
		return nil, fmt.Errorf("read reply %s: want exactly one ATTENDEE, got %d", r.UID, len(atts))
	}
	att := atts[0]
	addr, err := mailtoAddress(att.Value)
	if err != nil {
		return nil, fmt.Errorf("read reply %s: ATTENDEE: %w", r.UID, err)
	}
	r.Attendee = Person{Name: strings.TrimSpace(att.Params.Get(ical.ParamCommonName)), Email: addr}

	ps := strings.ToUpper(strings.TrimSpace(att.Params.Get(ical.ParamParticipationStatus)))
	if ps == "" {
		return nil, fmt.Errorf("read reply %s: ATTENDEE %s has no PARTSTAT", r.UID, addr)
	}
	if !knownPartStats[ps] {
		return nil, fmt.Errorf("read reply %s: ATTENDEE %s has unknown PARTSTAT %q", r.UID, addr, ps)
	}
	r.PartStat = ps

	var comments []string
	for _, c := range ev.Props.Values(ical.PropComment) {
		if s := strings.TrimSpace(textOf(&c)); s != "" {
			comments = append(comments, s)
		}
	}
	r.Comment = strings.Join(comments, "\n")
	if r.Comment == "" {
		// Google Calendar puts the note in a parameter of the ATTENDEE,
		// HTML-escaped, with TEXT-style backslashes ("it&#39\;s").
		r.Comment = responseComment(att.Params.Get("X-RESPONSE-COMMENT"))
	}
	return &r, nil
}

func responseComment(v string) string {
	v = strings.NewReplacer(`\;`, ";", `\,`, ",", `\n`, "\n", `\N`, "\n", `\\`, `\`).Replace(v)
	return strings.TrimSpace(html.UnescapeString(v))
}

// textOf returns a TEXT value unescaped. Senders often leave commas
// unescaped, which Prop.Text would treat as a list separator and cut at, so
// the list is joined back; a value with broken escapes is returned raw
// rather than refused, since it is only shown to people.
func textOf(p *ical.Prop) string {
	l, err := p.TextList()
	if err != nil {
		return p.Value
	}
	return strings.Join(l, ",")
}

// mailtoAddress returns the lower-cased address of a mailto: calendar user
// address, whatever the case of the scheme ("MAILTO:" from Outlook).
func mailtoAddress(v string) (string, error) {
	v = strings.TrimSpace(v)
	const scheme = "mailto:"
	if len(v) < len(scheme) || !strings.EqualFold(v[:len(scheme)], scheme) {
		return "", fmt.Errorf("%q is not a mailto: address", v)
	}
	addr := strings.ToLower(strings.TrimSpace(v[len(scheme):]))
	if err := checkEmail(addr); err != nil {
		return "", err
	}
	return addr, nil
}

// decode runs go-ical's decoder on b behind the guards it lacks: a size
// limit, a nesting limit, and a recover, because its parameter parser panics
// on input such as `X;A="b"c:d` (read in decoder.go, decodeParam).
func decode(b []byte) (cal *ical.Calendar, err error) {
	if len(b) > maxObjectSize {
		return nil, fmt.Errorf("decode calendar: %d bytes is more than the %d allowed", len(b), maxObjectSize)
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF")) // byte order mark from Windows writers
	if err := precheck(b); err != nil {
		return nil, fmt.Errorf("decode calendar: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			cal, err = nil, fmt.Errorf("decode calendar: malformed content: %v", p)
		}
	}()
	cal, err = ical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		return nil, fmt.Errorf("decode calendar: %w", err)
	}
	return cal, nil
}

// precheck bounds the work go-ical will do on b, reading unfolded lines the
// way it does (CRLF or LF ends, continuation lines start with a space or a
// tab): BEGIN nesting (its decoder recurses per level) and the length of a
// line's name-and-parameters part (it builds parameter values one byte at a
// time, quadratic in their length). Real objects are far inside both.
func precheck(b []byte) error {
	depth := 0
	var logical []byte
	check := func() error {
		head := paramsPart(logical)
		if len(head) > maxParamsLen {
			return fmt.Errorf("a property name and parameters run %d bytes, more than %d", len(head), maxParamsLen)
		}
		name, _, _ := bytes.Cut(head, []byte(";"))
		switch {
		case bytes.EqualFold(name, []byte("BEGIN")):
			depth++
			if depth > maxNesting {
				return fmt.Errorf("components nest more than %d deep", maxNesting)
			}
		case bytes.EqualFold(name, []byte("END")):
			depth = max(depth-1, 0)
		}
		logical = logical[:0]
		return nil
	}
	for line := range bytes.Lines(b) {
		line = bytes.TrimRight(line, "\r\n")
		if len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
			logical = append(logical, line[1:]...)
			continue
		}
		if err := check(); err != nil {
			return err
		}
		logical = append(logical, line...)
	}
	return check()
}

// paramsPart returns the part of a content line before the colon that starts
// its value, skipping colons inside double-quoted parameter values.
func paramsPart(line []byte) []byte {
	quoted := false
	for i, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case c == ':' && !quoted:
			return line[:i]
		}
	}
	return line
}
