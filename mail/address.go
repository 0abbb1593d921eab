package mail

import (
	"mime"
	netmail "net/mail"
	"strings"

	"github.com/emersion/go-message"
)

// wordDecoder decodes RFC 2047 words with go-message's charset table (set by
// the blank import of go-message/charset in read.go).
var wordDecoder = &mime.WordDecoder{CharsetReader: message.CharsetReader}

// decodeWords decodes RFC 2047 encoded words; on an unknown charset or a
// malformed word it keeps the raw text, because a readable raw subject beats
// a rejected message.
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	d, err := wordDecoder.DecodeHeader(s)
	if err != nil {
		return s
	}
	return d
}

// parseAddressList reads an address header strictly (RFC 5322, via
// net/mail with go-message's charsets) and falls back to parseLooseAddresses
// for what real mail and forward headers contain: "Dana Whitfield
// [mailto:dana@x]", unquoted commas, "dana@x <dana@x>", bare names.
func parseAddressList(v string) []Address {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	p := netmail.AddressParser{WordDecoder: wordDecoder}
	if list, err := p.ParseList(v); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			out = append(out, makeAddress(a.Name, a.Address))
		}
		return out
	}
	return parseLooseAddresses(v)
}

func makeAddress(name, email string) Address {
	email = validUTF8(strings.ToLower(strings.TrimSpace(email)))
	name = validUTF8(strings.TrimSpace(name))
	name = strings.Trim(name, `"'`)
	name = strings.TrimSpace(name)
	if strings.EqualFold(name, email) {
		name = ""
	}
	return Address{Name: name, Email: email}
}

// parseLooseAddresses splits on commas and semicolons outside quotes and
// brackets and finds an address in each piece. A piece without any address
// is kept as a name only when it is the only piece (Outlook shows internal
// senders by name alone).
func parseLooseAddresses(v string) []Address {
	var pieces []string
	depth, inQuote, start := 0, false, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '"':
			inQuote = !inQuote
		case inQuote:
		case c == '<' || c == '[' || c == '(':
			depth++
		case c == '>' || c == ']' || c == ')':
			if depth > 0 {
				depth--
			}
		case (c == ',' || c == ';') && depth == 0:
			pieces = append(pieces, v[start:i])
			start = i + 1
		}
	}
	pieces = append(pieces, v[start:])

	var out []Address
	var pending string // "Whitfield" of an unquoted "Whitfield, Dana <d@x>"
	for _, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		name, email := splitLooseAddress(p)
		if email == "" {
			if len(pieces) == 1 {
				return []Address{makeAddress(decodeWords(name), "")}
			}
			pending = strings.TrimSpace(pending + " " + name)
			continue
		}
		if pending != "" {
			name = strings.TrimSpace(pending + ", " + name)
			pending = ""
		}
		out = append(out, makeAddress(decodeWords(name), email))
	}
	return out
}

func splitLooseAddress(p string) (name, email string) {
	if i := strings.LastIndex(p, "<"); i >= 0 {
		if j := strings.Index(p[i:], ">"); j > 0 {
			email = strings.TrimSpace(p[i+1 : i+j])
			email = strings.TrimPrefix(email, "mailto:")
			if strings.Contains(email, "@") {
				return strings.TrimSpace(p[:i] + p[i+j+1:]), email
			}
		}
	}
	if i := strings.Index(strings.ToLower(p), "[mailto:"); i >= 0 {
		if j := strings.Index(p[i:], "]"); j > 0 {
			return strings.TrimSpace(p[:i]), strings.TrimSpace(p[i+len("[mailto:") : i+j])
		}
	}
	for _, f := range strings.Fields(p) {
		f = strings.Trim(f, "<>()[]\"',;")
		f = strings.TrimPrefix(f, "mailto:")
		if at := strings.IndexByte(f, '@'); at > 0 && at < len(f)-1 {
			rest := strings.TrimSpace(strings.Replace(p, f, "", 1))
			rest = strings.Trim(rest, "<>()[] ")
			return rest, f
		}
	}
	return p, ""
}
