package mail

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // ISO-8859-x, Windows-125x, ISO-2022-JP, GB18030, …
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

const (
	defaultMaxSize  = 25 << 20
	defaultMaxDepth = 10
	defaultMaxParts = 200
)

// Errors for limits, so callers can tell a hostile message from a broken one.
var (
	ErrTooLarge = errors.New("message is too large")
	ErrTooDeep  = errors.New("message nests parts too deeply")
	ErrTooMany  = errors.New("message has too many parts")
)

// reader holds the state of one Read call.
type reader struct {
	opts  Options
	parts int
}

// entity is one parsed message: its header and what its body holds.
type entity struct {
	header   gomail.Header
	plain    []string // text/plain parts that are not attachments, in order
	html     []string // text/html parts, raw: converted only when needed
	calendar []byte
	calSet   bool
	method   string
	attached []*entity // message/rfc822 parts, parsed

	textCache string // text(), computed once
	textDone  bool
}

// text is the entity's text body: the plain parts, or the HTML ones
// converted when there is no plain text (or only an empty one).
func (e *entity) text() string {
	if e.textDone {
		return e.textCache
	}
	e.textCache = strings.TrimSpace(strings.Join(e.plain, "\n\n"))
	if e.textCache == "" {
		e.textCache = htmlText(e.html)
	}
	e.textDone = true
	return e.textCache
}

// htmlText converts HTML parts to text, lazily: most messages carry a plain
// alternative, and the conversion is the costliest step of a read.
func htmlText(parts []string) string {
	var out []string
	for _, h := range parts {
		if s := htmlToText(h); s != "" {
			out = append(out, s)
		}
	}
	return strings.TrimSpace(strings.Join(out, "\n\n"))
}

func readThread(r io.Reader, opts Options) (*Thread, error) {
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = defaultMaxSize
	}
	if opts.MaxDepth <= 0 {
		opts.MaxDepth = defaultMaxDepth
	}
	if opts.MaxParts <= 0 {
		opts.MaxParts = defaultMaxParts
	}
	if r == nil {
		return nil, errors.New("read message: no input")
	}
	// Read it all first: the size limit is then exact, and the parts can be
	// sliced without copying.
	data, err := readAll(io.LimitReader(r, opts.MaxSize+1), sizeHint(r, opts.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read message: %w", err)
	}
	if int64(len(data)) > opts.MaxSize {
		return nil, fmt.Errorf("read message: %w: over %d bytes", ErrTooLarge, opts.MaxSize)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("read message: empty message")
	}
	rd := &reader{opts: opts}
	top, err := rd.message(data, 0)
	if err != nil {
		return nil, err
	}
	if top.header.Len() == 0 {
		return nil, errors.New("read message: no header fields: not an email message")
	}

	t := &Thread{}
	h := &top.header
	t.MessageID = messageID(h)
	t.InReplyTo = msgIDList(h, "In-Reply-To")
	t.References = msgIDList(h, "References")
	if from := addressHeader(h, "From"); len(from) > 0 {
		t.From = from[0]
	}
	if s := addressHeader(h, "Sender"); len(s) > 0 {
		t.Sender = &s[0]
	}
	t.To = addressHeader(h, "To")
	t.Cc = addressHeader(h, "Cc")
	t.Subject = subject(h)
	t.Date, _ = headerDate(h, opts.Location)
	fields := h.FieldsByKey("Authentication-Results")
	for fields.Next() {
		t.AuthResults = append(t.AuthResults, strings.TrimSpace(fields.Value()))
	}
	t.AutoSubmitted = strings.TrimSpace(h.Get("Auto-Submitted"))
	t.FullText = top.text()
	if top.calSet {
		t.Calendar = top.calendar
		t.CalendarMethod = top.method
	}
	t.Messages = rd.thread(top, true)
	if n := len(t.Messages); n > 0 {
		t.Text = t.Messages[n-1].Text
	}
	return t, nil
}

// thread lists the messages of e, oldest first, e itself last: messages
// attached to it (each with what they contain), then what its own text
// quotes or forwards inline.
func (rd *reader) thread(e *entity, top bool) []Message {
	var out []Message
	for _, a := range e.attached {
		out = append(out, rd.thread(a, false)...)
	}
	from := addressHeader(&e.header, "From")
	me := Message{
		To:        addressHeader(&e.header, "To"),
		Cc:        addressHeader(&e.header, "Cc"),
		Subject:   subject(&e.header),
		MessageID: messageID(&e.header),
		TopLevel:  top,
	}
	if len(from) > 0 {
		me.From = from[0]
	}
	me.Date, me.DateHasZone = headerDate(&e.header, rd.opts.Location)
	own, older := unwrapText(e.text(), rd.opts.Location)
	out = append(out, older...)
	me.Text, me.Signature = cleanText(own, me.From.Name)
	return append(out, me)
}

// message parses one RFC 5322 message (the top level, or an attached one).
func (rd *reader) message(data []byte, depth int) (*entity, error) {
	size := len(data)
	if size > 4096 {
		size = 4096
	}
	br := bufio.NewReaderSize(bytes.NewReader(data), size)
	hdr, err := textproto.ReadHeader(br)
	if err != nil {
		return nil, fmt.Errorf("read message header: %w", err)
	}
	e := &entity{header: gomail.Header{Header: message.Header{Header: hdr}}}
	if err := rd.part(e, e.header.Header, br, depth); err != nil {
		return nil, err
	}
	return e, nil
}

// part reads one MIME entity's body into e.
func (rd *reader) part(e *entity, h message.Header, body io.Reader, depth int) error {
	rd.parts++
	if rd.parts > rd.opts.MaxParts {
		return fmt.Errorf("read message: %w: more than %d", ErrTooMany, rd.opts.MaxParts)
	}
	if depth > rd.opts.MaxDepth {
		return fmt.Errorf("read message: %w: more than %d levels", ErrTooDeep, rd.opts.MaxDepth)
	}
	mediaType, params, _ := h.ContentType()
	if mediaType == "" {
		mediaType = "text/plain"
	}
	disp, _, _ := h.ContentDisposition()
	attachment := strings.EqualFold(disp, "attachment")

	switch {
	case strings.HasPrefix(mediaType, "multipart/"):
		boundary := params["boundary"]
		if boundary == "" {
			return nil // a multipart without a boundary has no readable parts
		}
		if mediaType == "multipart/alternative" {
			return rd.alternative(e, body, boundary, depth)
		}
		mr := textproto.NewMultipartReader(body, boundary)
		for {
			p, err := mr.NextPart()
			if err != nil {
				// io.EOF, or a broken multipart: keep the parts read so far.
				return nil
			}
			if err := rd.part(e, message.Header{Header: p.Header}, p, depth+1); err != nil {
				return err
			}
		}
	case mediaType == "message/rfc822" || mediaType == "message/global":
		raw := readBody(decodeTransfer(h, body))
		sub, err := rd.message(raw, depth+1)
		if err != nil {
			if errors.Is(err, ErrTooDeep) || errors.Is(err, ErrTooMany) {
				return err
			}
			return nil // an unreadable attachment does not spoil the message
		}
		e.attached = append(e.attached, sub)
	case mediaType == "text/calendar" || mediaType == "application/ics":
		// go-mail and calendars send the same invite twice, as an
		// alternative and as an application/ics attachment: the first wins.
		if e.calSet {
			return nil
		}
		data := decodeRaw(h, params, body)
		e.calendar, e.calSet = []byte(data), true
		e.method = strings.ToUpper(strings.TrimSpace(params["method"]))
		if e.method == "" {
			e.method = icsMethod(data)
		}
	case mediaType == "text/plain" && !attachment:
		text := decodeText(h, params, body)
		if strings.EqualFold(params["format"], "flowed") {
			text = unflow(text, strings.EqualFold(params["delsp"], "yes"))
		}
		e.plain = append(e.plain, text)
	case mediaType == "text/html" && !attachment:
		e.html = append(e.html, decodeText(h, params, body))
	}
	return nil
}

// alternative reads a multipart/alternative: the parts are versions of the
// same content, so the plain version is kept when it has text, else the
// HTML one; calendars and attached messages count whichever part they are in.
func (rd *reader) alternative(e *entity, body io.Reader, boundary string, depth int) error {
	alt := &entity{}
	mr := textproto.NewMultipartReader(body, boundary)
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		if err := rd.part(alt, message.Header{Header: p.Header}, p, depth+1); err != nil {
			return err
		}
	}
	if s := strings.TrimSpace(strings.Join(alt.plain, "\n\n")); s != "" {
		e.plain = append(e.plain, s)
	} else if s := htmlText(alt.html); s != "" {
		// HTML stands in for the missing plain text, in order with the
		// other plain parts of an enclosing multipart/mixed.
		e.plain = append(e.plain, s)
	}
	if alt.calSet && !e.calSet {
		e.calendar, e.calSet, e.method = alt.calendar, true, alt.method
	}
	e.attached = append(e.attached, alt.attached...)
	return nil
}

// sizeHint guesses the size of r's content from readers that know it, so
// reading a message allocates once instead of doubling from 512 bytes.
func sizeHint(r io.Reader, max int64) int {
	hint := int64(0)
	switch v := r.(type) {
	case interface{ Len() int }:
		hint = int64(v.Len())
	case interface{ Size() int64 }:
		hint = v.Size()
	}
	if hint > max {
		hint = max
	}
	return int(hint)
}

// readBody reads a part body whole; a read error (a truncated multipart)
// keeps what was read.
func readBody(r io.Reader) []byte {
	if br, ok := r.(*bytes.Reader); ok {
		b, _ := readAll(br, br.Len())
		return b
	}
	return readEncoded(r, func(b []byte) []byte { return append([]byte(nil), b...) })
}

// readAll is io.ReadAll starting from a buffer of the hinted size.
func readAll(r io.Reader, hint int) ([]byte, error) {
	if hint < 512 {
		hint = 512
	}
	b := make([]byte, 0, hint+1)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// bufPool holds scratch buffers for reading encoded part bodies, which are
// decoded into a new slice and then dropped.
var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// readEncoded reads a part body into a pooled buffer and decodes it with
// dec, returning the decoded bytes (never the pooled memory).
func readEncoded(body io.Reader, dec func([]byte) []byte) []byte {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	_, _ = buf.ReadFrom(body) // a read error keeps what was read
	out := dec(buf.Bytes())
	if buf.Cap() <= 1<<20 {
		bufPool.Put(buf)
	}
	return out
}

// decodeTransfer undoes the Content-Transfer-Encoding, leniently: a stray
// "=" in quoted-printable or a broken base64 line keeps the rest readable.
func decodeTransfer(h message.Header, body io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))) {
	case "quoted-printable":
		return bytes.NewReader(readEncoded(body, decodeQP))
	case "base64":
		return bytes.NewReader(readEncoded(body, decodeBase64))
	}
	return body
}

// decodeText returns the part's text as UTF-8. A charset go-message does
// not know is read as UTF-8 with invalid bytes replaced.
func decodeText(h message.Header, params map[string]string, body io.Reader) string {
	s := strings.ReplaceAll(decodeRaw(h, params, body), "\r\n", "\n")
	// iOS starts quoted text with a zero-width no-break space (a BOM);
	// it is never content and it hides "On …" and "From:" from matching.
	return strings.ReplaceAll(s, "\ufeff", "")
}

// decodeRaw is decodeText without the line-ending normalisation, for
// calendar objects, which are passed on byte for byte.
func decodeRaw(h message.Header, params map[string]string, body io.Reader) string {
	r := decodeTransfer(h, body)
	var raw []byte
	if cs := strings.ToLower(strings.Trim(strings.TrimSpace(params["charset"]), `"'`)); cs != "" && cs != "utf-8" && cs != "us-ascii" && cs != "utf8" && message.CharsetReader != nil {
		data := readBody(r)
		if cr, err := message.CharsetReader(cs, bytes.NewReader(data)); err == nil && cr != nil {
			if conv, err := io.ReadAll(cr); err == nil {
				raw = conv
			}
		}
		if raw == nil {
			raw = data
		}
	} else {
		raw = readBody(r)
	}
	s := string(raw)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// decodeQP decodes quoted-printable, keeping malformed escapes as written
// (the standard library stops at the first one).
func decodeQP(in []byte) []byte {
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		// Soft line break: "=" then optional white space then newline.
		j := i + 1
		for j < len(in) && (in[j] == ' ' || in[j] == '\t') {
			j++
		}
		if j < len(in) && (in[j] == '\n' || in[j] == '\r') {
			if in[j] == '\r' && j+1 < len(in) && in[j+1] == '\n' {
				j++
			}
			i = j
			continue
		}
		if j >= len(in) {
			i = j
			continue
		}
		if i+2 < len(in) {
			if hi, ok := unhex(in[i+1]); ok {
				if lo, ok := unhex(in[i+2]); ok {
					out = append(out, hi<<4|lo)
					i += 2
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decodeBase64 ignores white space and junk characters and decodes as much
// as forms whole quanta.
func decodeBase64(in []byte) []byte {
	clean := make([]byte, 0, len(in))
	for _, c := range in {
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		}
	}
	out, err := base64.RawStdEncoding.DecodeString(string(clean))
	if err != nil {
		// A trailing lone character cannot be decoded: drop it.
		if n := len(clean) % 4; n == 1 {
			out, _ = base64.RawStdEncoding.DecodeString(string(clean[:len(clean)-1]))
		}
	}
	return out
}

// icsMethod finds the METHOD property of an iCalendar object.
func icsMethod(ics string) string {
	for _, l := range strings.Split(ics, "\n") {
		l = strings.TrimSpace(l)
		if len(l) > 7 && strings.EqualFold(l[:7], "METHOD:") {
			return strings.ToUpper(strings.TrimSpace(l[7:]))
		}
		if strings.EqualFold(l, "BEGIN:VEVENT") {
			break
		}
	}
	return ""
}

func messageID(h *gomail.Header) string {
	if id, err := h.MessageID(); err == nil && validMsgID(id) {
		return id
	}
	if v := strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<> "); validMsgID(v) {
		return v
	}
	return ""
}

func msgIDList(h *gomail.Header, key string) []string {
	ids, err := h.MsgIDList(key)
	if err != nil || len(ids) == 0 {
		ids = looseMsgIDs(h.Get(key))
	}
	out := ids[:0:0]
	for _, id := range ids {
		if validMsgID(id) {
			out = append(out, id)
		}
	}
	return out
}

// looseMsgIDs splits a header go-message could not parse: the bracketed
// ids when there are brackets (what is inside is checked by validMsgID,
// never split at a space), else the words between commas and spaces.
func looseMsgIDs(v string) []string {
	if !strings.Contains(v, "<") {
		return strings.Fields(strings.ReplaceAll(v, ",", " "))
	}
	var ids []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			return ids
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			return ids
		}
		ids = append(ids, strings.TrimSpace(v[i+1:i+j]))
		v = v[i+j+1:]
	}
}

// validMsgID says whether id can be written back in an In-Reply-To or
// References header: printable ASCII without spaces or angle brackets.
// Anything else in a message's header (a hostile or broken sender) is
// dropped here, so a reply threaded to it is still a valid email rather
// than one that fails to build on every try.
func validMsgID(id string) bool {
	if id == "" || len(id) > 998 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; c <= ' ' || c > '~' || c == '<' || c == '>' {
			return false
		}
	}
	return true
}

func addressHeader(h *gomail.Header, key string) []Address {
	return parseAddressList(h.Get(key))
}

func subject(h *gomail.Header) string {
	return strings.TrimSpace(validUTF8(decodeWords(h.Get("Subject"))))
}

// validUTF8 replaces invalid bytes: raw 8-bit headers and words that claim
// UTF-8 but are not.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// headerDate reads a Date header; every RFC 5322 date carries its zone.
func headerDate(h *gomail.Header, loc *time.Location) (time.Time, bool) {
	v := strings.TrimSpace(h.Get("Date"))
	if v == "" {
		return time.Time{}, false
	}
	t, hasZone, ok := parseLooseDate(v, loc)
	if !ok {
		return time.Time{}, false
	}
	return t, hasZone
}

// unflow joins the soft line breaks of format=flowed text (RFC 3676), as
// Thunderbird sends it, so a wrapped "On … wrote:" line or a long sentence
// reads as one line. Lines join only within the same quote depth.
func unflow(text string, delsp bool) string {
	lines := strings.Split(text, "\n")
	b := make([]byte, 0, len(text))
	depthOf := func(l string) (int, string) {
		d := 0
		for d < len(l) && l[d] == '>' {
			d++
		}
		rest := l[d:]
		// Space-stuffing: one leading space after the quote marks is not content.
		rest = strings.TrimPrefix(rest, " ")
		return d, rest
	}
	cont := false
	prevDepth := -1
	for i, l := range lines {
		d, content := depthOf(l)
		if cont && d == prevDepth {
			b = append(b, content...)
		} else {
			if i > 0 {
				b = append(b, '\n')
			}
			for k := 0; k < d; k++ {
				b = append(b, "> "...)
			}
			b = append(b, content...)
		}
		soft := strings.HasSuffix(content, " ") && content != "-- "
		if soft && delsp {
			// The space was added by the sender for the break: drop it.
			b = b[:len(b)-1]
		}
		cont, prevDepth = soft, d
	}
	return string(b)
}
