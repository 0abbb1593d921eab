package e2e

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	gomessage "github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // decode non-UTF-8 parts
	"github.com/emersion/go-message/mail"
)

// message is one message as fetched from a mailbox, with its leaf parts
// decoded (transfer encoding and charset).
type message struct {
	UID      uint32
	Raw      []byte
	Header   mail.Header
	Parts    []part
	ParseErr error // the message could not be read as MIME
}

type part struct {
	ContentType string            // lower case, e.g. "text/calendar"
	Params      map[string]string // e.g. "method": "REQUEST"
	Body        []byte
}

func parseMessage(uid uint32, raw []byte) *message {
	m := &message{UID: uid, Raw: raw}
	e, err := gomessage.Read(bytes.NewReader(raw))
	if e == nil {
		m.ParseErr = fmt.Errorf("read message: %w", err)
		return m
	}
	m.Header = mail.Header{Header: e.Header}
	err = e.Walk(func(path []int, ent *gomessage.Entity, err error) error {
		if err != nil {
			return err
		}
		ct, params, err := ent.Header.ContentType()
		if err != nil {
			ct, params = "text/plain", map[string]string{}
		}
		if strings.HasPrefix(ct, "multipart/") {
			return nil
		}
		body, err := io.ReadAll(ent.Body)
		if err != nil {
			return fmt.Errorf("part %v (%s): %w", path, ct, err)
		}
		m.Parts = append(m.Parts, part{ContentType: strings.ToLower(ct), Params: params, Body: body})
		return nil
	})
	if err != nil {
		m.ParseErr = fmt.Errorf("walk message: %w", err)
	}
	return m
}

func (m *message) Subject() string {
	s, err := m.Header.Subject()
	if err != nil {
		return m.Header.Get("Subject")
	}
	return s
}

// addresses returns the lower-case addresses in header key (From, To,
// Reply-To...).
func (m *message) addresses(key string) []string {
	list, err := m.Header.AddressList(key)
	if err != nil {
		return []string{"unparsable " + key + ": " + m.Header.Get(key)}
	}
	out := make([]string, 0, len(list))
	for _, a := range list {
		out = append(out, strings.ToLower(a.Address))
	}
	return out
}

// calendarParts returns the text/calendar parts, in order.
func (m *message) calendarParts() []part {
	var out []part
	for _, p := range m.Parts {
		if p.ContentType == "text/calendar" || p.ContentType == "application/ics" {
			out = append(out, p)
		}
	}
	return out
}

// isInvite reports whether m carries a text/calendar; method=REQUEST part.
func (m *message) isInvite() bool {
	for _, p := range m.calendarParts() {
		if p.ContentType == "text/calendar" && strings.EqualFold(p.Params["method"], "REQUEST") {
			return true
		}
	}
	return false
}

// invite returns the parsed calendar of m's text/calendar; method=REQUEST
// part, or an error saying why there is none.
func (m *message) invite() (*ical.Calendar, error) {
	for _, p := range m.calendarParts() {
		if p.ContentType != "text/calendar" || !strings.EqualFold(p.Params["method"], "REQUEST") {
			continue
		}
		cal, err := ical.NewDecoder(bytes.NewReader(p.Body)).Decode()
		if err != nil {
			return nil, fmt.Errorf("decode text/calendar of uid %d: %w\n%s", m.UID, err, p.Body)
		}
		return cal, nil
	}
	return nil, fmt.Errorf("uid %d has no text/calendar; method=REQUEST part (%s)", m.UID, m.Summary())
}

// Summary is one line for failure messages.
func (m *message) Summary() string {
	if m.ParseErr != nil {
		return fmt.Sprintf("uid %d: %v", m.UID, m.ParseErr)
	}
	var types []string
	for _, p := range m.Parts {
		t := p.ContentType
		if v := p.Params["method"]; v != "" {
			t += ";method=" + v
		}
		types = append(types, t)
	}
	return fmt.Sprintf("uid %d From=%q To=%q Subject=%q parts=[%s]", m.UID,
		m.Header.Get("From"), m.Header.Get("To"), m.Subject(), strings.Join(types, ", "))
}

// textBody is the concatenated text/plain parts (for failure messages and
// content checks).
func (m *message) textBody() string {
	var b strings.Builder
	for _, p := range m.Parts {
		if p.ContentType == "text/plain" {
			b.Write(p.Body)
		}
	}
	return b.String()
}

// eventTimes returns the first VEVENT's start and end as instants.
func eventTimes(cal *ical.Calendar) (start, end time.Time, err error) {
	events := cal.Events()
	if len(events) == 0 {
		return start, end, fmt.Errorf("calendar has no VEVENT")
	}
	ev := events[0]
	// Floating times would be read as UTC here: an invite must say its zone.
	start, err = ev.DateTimeStart(nil)
	if err != nil {
		return start, end, fmt.Errorf("DTSTART: %w", err)
	}
	end, err = ev.DateTimeEnd(nil)
	if err != nil {
		return start, end, fmt.Errorf("DTEND/DURATION: %w", err)
	}
	return start, end, nil
}

// propValues returns the lower-cased values of prop name in the first VEVENT.
func propValues(cal *ical.Calendar, name string) []string {
	events := cal.Events()
	if len(events) == 0 {
		return nil
	}
	var out []string
	for _, p := range events[0].Props.Values(name) {
		out = append(out, strings.ToLower(p.Value))
	}
	return out
}

// alternatives returns the content types inside the first
// multipart/alternative of raw, in order ("text/calendar; method=REQUEST"
// for a calendar part), or nil when there is none.
func alternatives(raw []byte) ([]string, error) {
	e, err := gomessage.Read(bytes.NewReader(raw))
	if e == nil {
		return nil, fmt.Errorf("read message: %w", err)
	}
	var find func(e *gomessage.Entity) ([]string, error)
	find = func(e *gomessage.Entity) ([]string, error) {
		mr := e.MultipartReader()
		if mr == nil {
			return nil, nil
		}
		ct, _, _ := e.Header.ContentType()
		var types []string
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", ct, err)
			}
			if ct != "multipart/alternative" {
				if found, err := find(p); found != nil || err != nil {
					return found, err
				}
				continue
			}
			pct, params, _ := p.Header.ContentType()
			if m := params["method"]; m != "" {
				pct += "; method=" + strings.ToUpper(m)
			}
			types = append(types, pct)
		}
		return types, nil
	}
	return find(e)
}
