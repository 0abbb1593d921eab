package calendar

import (
	"bytes"
	"unicode/utf8"
)

// maxLineOctets is RFC 5545 §3.1's limit for one physical line, CRLF
// excluded. go-ical writes each content line whole, so we fold afterwards.
const maxLineOctets = 75

// fold rewrites CRLF-terminated content lines so that no physical line is
// longer than 75 octets: a long line is cut before the octet that would
// overflow, never inside a UTF-8 sequence, and continued on the next line
// after CRLF and one space (the space counts towards that line's 75).
func fold(b []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(b) + len(b)/64*3)
	for len(b) > 0 {
		line := b
		rest := []byte(nil)
		if i := bytes.Index(b, []byte("\r\n")); i >= 0 {
			line, rest = b[:i], b[i+2:]
		}
		foldLine(&out, line)
		b = rest
	}
	return out.Bytes()
}

func foldLine(out *bytes.Buffer, line []byte) {
	limit := maxLineOctets
	for len(line) > limit {
		cut := limit
		// Step back to the start of the rune that straddles the limit, so a
		// multi-byte character moves whole to the next line.
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		if cut == 0 { // not UTF-8 at all; encode validated it, but never loop
			cut = limit
		}
		out.Write(line[:cut])
		out.WriteString("\r\n ")
		line = line[cut:]
		limit = maxLineOctets - 1 // the leading space takes one octet
	}
	out.Write(line)
	out.WriteString("\r\n")
}
