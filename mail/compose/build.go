package compose

import (
	"bytes"
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// reservedHeaders are set by Build from Message fields; an extra header of
// the same name would duplicate or contradict them.
var reservedHeaders = map[string]bool{
	"from": true, "to": true, "cc": true, "bcc": true, "reply-to": true, "sender": true,
	"subject": true, "date": true, "message-id": true, "in-reply-to": true, "references": true,
	"mime-version": true, "content-type": true, "content-transfer-encoding": true,
	"content-disposition": true,
}

func build(m Message) ([]byte, error) {
	if err := validate(m); err != nil {
		return nil, err
	}
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())

	from, err := address(m.From)
	if err != nil {
		return nil, fmt.Errorf("from: %w", err)
	}
	msg.FromMailAddress(from)
	for _, h := range []struct {
		name  gomail.AddrHeader
		addrs []Address
	}{{gomail.HeaderTo, m.To}, {gomail.HeaderCc, m.Cc}, {gomail.HeaderReplyTo, m.ReplyTo}} {
		if len(h.addrs) == 0 {
			continue
		}
		list := make([]*mail.Address, len(h.addrs))
		for i, a := range h.addrs {
			if list[i], err = address(a); err != nil {
				return nil, fmt.Errorf("%s: %w", strings.ToLower(string(h.name)), err)
			}
		}
		msg.SetAddrHeaderFromMailAddress(h.name, list...)
	}

	msg.SetMessageIDWithValue(m.MessageID)
	date := m.Date
	if date.IsZero() {
		date = time.Now()
	}
	msg.SetDateWithValue(date)
	msg.Subject(m.Subject)
	if m.InReplyTo != "" {
		msg.SetGenHeader(gomail.HeaderInReplyTo, "<"+m.InReplyTo+">")
	}
	if len(m.References) > 0 {
		refs := make([]string, len(m.References))
		for i, r := range m.References {
			refs[i] = "<" + r + ">"
		}
		// One value: go-mail joins several values with ", ", but RFC 5322
		// wants the ids separated by whitespace only.
		msg.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	}
	names := make([]string, 0, len(m.Headers))
	for k := range m.Headers {
		names = append(names, k)
	}
	slices.Sort(names) // stable output for the same input
	for _, k := range names {
		msg.SetGenHeader(gomail.Header(k), m.Headers[k])
	}

	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	if m.HTML != "" {
		msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	}
	if len(m.Calendar) > 0 {
		// go-mail renders the part as "<type>; charset=<charset>", which
		// yields text/calendar; method=X; charset=UTF-8.
		ct := gomail.ContentType("text/calendar; method=" + m.CalendarMethod)
		msg.AddAlternativeString(ct, string(m.Calendar), gomail.WithPartCharset(gomail.CharsetUTF8))
		if err := msg.AttachReader("invite.ics", bytes.NewReader(m.Calendar),
			gomail.WithFileContentType(gomail.ContentType("application/ics"))); err != nil {
			return nil, fmt.Errorf("attach invite.ics: %w", err)
		}
	}

	// Sized for the whole message up front (quoted-printable bodies a
	// little larger than their text, the calendar twice: as a part and as
	// a base64 attachment): growing the buffer as go-mail writes copied
	// and cleared it over and over.
	var buf bytes.Buffer
	buf.Grow(2048 + len(m.Text)*11/10 + len(m.HTML)*11/10 + len(m.Calendar)*27/10)
	if _, err := msg.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("write message %s: %w", m.MessageID, err)
	}
	return buf.Bytes(), nil
}

func validate(m Message) error {
	var errs []error
	check := func(field, v string) {
		if strings.ContainsAny(v, "\r\n\x00") {
			errs = append(errs, fmt.Errorf("%s: line break or NUL in header value %q", field, v))
		}
	}
	checkID := func(field, v string) {
		if v == "" {
			errs = append(errs, fmt.Errorf("%s: empty message id", field))
			return
		}
		for _, r := range v {
			if r <= ' ' || r > '~' || r == '<' || r == '>' {
				errs = append(errs, fmt.Errorf("%s: invalid character %q in message id %q", field, r, v))
				return
			}
		}
	}
	checkAddrs := func(field string, list []Address) {
		for _, a := range list {
			check(field+" name", a.Name)
			check(field+" address", a.Email)
		}
	}

	checkID("message id", m.MessageID)
	if m.From.Email == "" {
		errs = append(errs, errors.New("from: address is required"))
	}
	checkAddrs("from", []Address{m.From})
	if len(m.To) == 0 {
		errs = append(errs, errors.New("to: at least one recipient is required"))
	}
	checkAddrs("to", m.To)
	checkAddrs("cc", m.Cc)
	checkAddrs("reply-to", m.ReplyTo)
	check("subject", m.Subject)
	if m.InReplyTo != "" {
		checkID("in-reply-to", m.InReplyTo)
	}
	for _, r := range m.References {
		checkID("references", r)
	}
	for k, v := range m.Headers {
		if !validHeaderName(k) {
			errs = append(errs, fmt.Errorf("header %q: invalid name", k))
		} else if reservedHeaders[strings.ToLower(k)] {
			errs = append(errs, fmt.Errorf("header %q: set by its own field", k))
		}
		check("header "+k, v)
	}
	if m.Text == "" {
		errs = append(errs, errors.New("text: body is required"))
	}
	if len(m.Calendar) > 0 && !validToken(m.CalendarMethod) {
		errs = append(errs, fmt.Errorf("calendar method %q: want a token such as REQUEST", m.CalendarMethod))
	}
	if len(errs) > 0 {
		return fmt.Errorf("build message: %w", errors.Join(errs...))
	}
	return nil
}

// address turns a into a parsed mail address; a bad address is an error
// here rather than a malformed header.
func address(a Address) (*mail.Address, error) {
	parsed, err := mail.ParseAddress(a.Email)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", a.Email, err)
	}
	if parsed.Name != "" || parsed.Address != a.Email {
		return nil, fmt.Errorf("address %q: want a bare address, name goes in Name", a.Email)
	}
	return &mail.Address{Name: a.Name, Address: parsed.Address}, nil
}

// validHeaderName reports whether s is an RFC 5322 field name: printable
// ASCII except colon.
func validHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 33 || c > 126 || c == ':' {
			return false
		}
	}
	return true
}

// validToken reports whether s is a non-empty iCalendar method name.
func validToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
