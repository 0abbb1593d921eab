// Package backlog generates the benchmark's forwarded threads.
package backlog

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"mime/quotedprintable"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// A thread as the owner forwards it: the contact's reply offering one time,
// over the owner's outreach and some older quoted history.
type thread struct {
	i            int
	contactName  string
	contactFirst string
	contactEmail string
	org          string
	subject      string
	reply        string // the contact's words, offering the slot
	ask          string // the owner's outreach
	history      []string
	askDate      time.Time
	replyDate    time.Time
	fwdDate      time.Time
	messageID    string
	replyID      string
	outreachID   string
}

var (
	firstNames = []string{"Dana", "Marcus", "Priya", "José", "Zoë", "Sam", "Mei", "Olu", "Hanna", "Luis", "Chloé", "Ahmed", "Ingrid", "Kofi", "Renée", "Tomás", "Yuki", "Fatima", "Björn", "Ana"}
	lastNames  = []string{"Whitfield", "Bell", "Nair", "Núñez", "Ortiz", "Chen", "Adeyemi", "Larsen", "García", "Dubois", "Haddad", "Sørensen", "Mensah", "Lefèvre", "Álvarez", "Tanaka", "Rahman", "Lindqvist", "Costa", "Kowalski"}
	orgs       = []string{"Northwind Health", "Riverbend Analytics", "Contoso Labs", "Fabrikam Energy", "Tailspin Toys", "Wide World Importers", "Adatum Finance", "Litware Studio", "Proseware Bio", "Woodgrove Bank"}
	topics     = []string{"healthcare operations", "product management", "data science", "supply chain", "UX research", "climate finance", "public policy", "biotech strategy", "developer relations", "hospital administration"}
	filler     = []string{
		"I have been following the work your team published on patient flow and would love to hear how it came together.",
		"My background is in statistics, and I am trying to understand what the first two years in this role really look like.",
		"No pressure at all if the timing does not work; I know the quarter end is a busy season.",
		"I also read the interview you gave last spring about mentoring new analysts — it stayed with me.",
		"Happy to work around your calendar, and I will keep it to the time we agree on.",
		"Our program encourages us to speak with people across the industry before we choose a specialisation.",
		"If a call is easier than video, that is completely fine with me as well.",
		"Thank you again for taking the time to read this, and for any pointers you can share.",
	}
	subjects = []string{"Informational interview request", "Coffee chat about %s?", "Quick question about your path into %s", "20 minutes to learn about %s", "Career conversation: %s"}
)

// base is the first offered slot: the backlog's meetings are spread over
// back-to-back 20-minute slots round the clock (New York), 72 a day, so no
// two threads offer the same time and every one becomes a meeting (the
// bench config's availability is every day 00:00-23:59). 10,000 slots end
// in April 2027: the reader ignores dates much further out.
var base = time.Date(2026, 12, 1, 0, 0, 0, 0, mustZone("America/New_York"))

func mustZone(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // tzdata is part of the Go distribution's embed below
	}
	return l
}

// slots are 20-minute steps from base, skipping 23:40 (the call would run
// past the 23:59 end of the availability); absolute steps, so across the
// DST change the wall times shift by an hour but no two instants coincide.
var slots []time.Time

func slot(i int) time.Time {
	for len(slots) <= i {
		t := base
		if len(slots) > 0 {
			t = slots[len(slots)-1].Add(20 * time.Minute)
		}
		if h, m, _ := t.Clock(); h == 23 && m == 40 {
			t = t.Add(20 * time.Minute)
		}
		slots = append(slots, t)
	}
	return slots[i]
}

func newThread(seed uint64, i int) *thread {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	t := &thread{i: i}
	first := firstNames[r.IntN(len(firstNames))]
	last := lastNames[r.IntN(len(lastNames))]
	t.contactFirst = first
	t.contactName = first + " " + last
	t.org = orgs[r.IntN(len(orgs))]
	t.contactEmail = fmt.Sprintf("%s.%s%d@%s.example", asciiFold(first), asciiFold(last), i, strings.ToLower(strings.Fields(t.org)[0]))
	topic := topics[r.IntN(len(topics))]
	s := subjects[r.IntN(len(subjects))]
	if strings.Contains(s, "%s") {
		s = fmt.Sprintf(s, topic)
	}
	t.subject = s
	at := slot(i)
	when := at.Format("Monday, January 2, 2006 at 3:04 PM") + " ET"
	switch r.IntN(4) {
	case 0:
		t.reply = "Happy to help. Would " + when + " work for you? 20 minutes is plenty, and I can do a phone call."
	case 1:
		t.reply = "Thanks for reaching out! I could do " + when + ". Let's keep it to 20 minutes on Zoom."
	case 2:
		t.reply = "Sure, glad to chat about " + topic + ". How about " + when + "? 20 minutes."
	default:
		t.reply = "Of course. I am free " + when + " if that suits you; 20 minutes should be enough."
	}
	t.ask = "I am exploring a move into " + topic + " and would be grateful for 20 minutes of your time to hear about your path at " + t.org + "."
	for range 2 + r.IntN(6) {
		t.history = append(t.history, filler[r.IntN(len(filler))])
	}
	t.askDate = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(17*24)) * time.Hour)
	t.replyDate = t.askDate.Add(time.Duration(2+r.IntN(48)) * time.Hour)
	t.fwdDate = t.replyDate.Add(time.Duration(10+r.IntN(600)) * time.Minute)
	t.messageID = fmt.Sprintf("bench-%d-%06d-fwd@mail.example.test", seed, i)
	t.replyID = fmt.Sprintf("bench-%d-%06d-reply@%s", seed, i, strings.SplitN(t.contactEmail, "@", 2)[1])
	t.outreachID = fmt.Sprintf("bench-%d-%06d-ask@mail.example.test", seed, i)
	return t
}

func asciiFold(s string) string {
	repl := strings.NewReplacer("é", "e", "ë", "e", "è", "e", "ú", "u", "ñ", "n", "Á", "A", "á", "a", "ø", "o", "ö", "o", "ó", "o")
	return strings.ToLower(repl.Replace(s))
}

const owner = "Olive Owner <owner@example.test>"

// build renders thread t in client style i%10, padded with quoted history
// to a size between 3 and 10 KB.
func build(t *thread, to string, r *rand.Rand) []byte {
	target := 3000 + r.IntN(6000)
	var msg []byte
	for pad := 0; ; pad++ {
		msg = render(t, to, pad, r.Uint64())
		if len(msg) >= target || pad > 200 {
			return msg
		}
	}
}

// quoted is the older history under the outreach, pad paragraphs long.
func quoted(t *thread, pad int, prefix string) string {
	var b strings.Builder
	for k := range pad {
		fmt.Fprintf(&b, "%s%s\n%s\n", prefix, t.history[k%len(t.history)], prefix)
	}
	return b.String()
}

func plainReply(t *thread, pad int, prefix string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Hi Olive,\n\n%s\n\nBest,\n%s\n%s\n\n", t.reply, t.contactName, t.org)
	fmt.Fprintf(&b, "On %s Olive Owner <owner@example.test> wrote:\n", t.askDate.Format("Mon, Jan 2, 2006 at 3:04 PM"))
	fmt.Fprintf(&b, "> Hi %s,\n>\n> %s\n>\n", t.contactFirst, t.ask)
	b.WriteString(quoted(t, pad, "> "))
	b.WriteString("> Thanks,\n> Olive\n")
	_ = prefix
	return b.String()
}

func crlf(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(crlf(s)))
	w.Close()
	return b.String()
}

func qpBytes(p []byte) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write(p)
	w.Close()
	return b.String()
}

func b64(p []byte) string {
	e := base64.StdEncoding.EncodeToString(p)
	var b strings.Builder
	for len(e) > 76 {
		b.WriteString(e[:76] + "\r\n")
		e = e[76:]
	}
	b.WriteString(e + "\r\n")
	return b.String()
}

func latin(enc *charmap.Charmap, s string) []byte {
	s = strings.NewReplacer("—", "-", "’", "'").Replace(s)
	out, err := enc.NewEncoder().Bytes([]byte(crlf(s)))
	if err != nil {
		return []byte(crlf(s))
	}
	return out
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func header(t *thread, to, subjPrefix string, extra ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Return-Path: <owner@example.test>\nFrom: %s\nTo: %s\nSubject: %s%s\nDate: %s\nMessage-ID: <%s>\nMIME-Version: 1.0\n",
		owner, to, subjPrefix, t.subject, t.fwdDate.Format(time.RFC1123Z), t.messageID)
	for _, e := range extra {
		b.WriteString(e + "\n")
	}
	return crlf(b.String())
}

func render(t *thread, to string, pad int, rnd uint64) []byte {
	bnd := fmt.Sprintf("%016x%06d", rnd, t.i)
	var b strings.Builder
	switch t.i % 10 {
	case 0: // Gmail, forwarded as attachment (message/rfc822)
		b.WriteString(header(t, to, "Fwd: ", `Content-Type: multipart/mixed; boundary="m`+bnd+`"`))
		b.WriteString(crlf("\n--m" + bnd + "\nContent-Type: text/plain; charset=\"UTF-8\"\n\nSee attached — could you book this one?\n\n--m" + bnd +
			"\nContent-Type: message/rfc822; name=\"Re: " + t.subject + ".eml\"\nContent-Disposition: attachment; filename=\"reply.eml\"\n\n"))
		inner := fmt.Sprintf("MIME-Version: 1.0\nFrom: %s <%s>\nTo: %s\nDate: %s\nSubject: Re: %s\nMessage-ID: <%s>\nIn-Reply-To: <%s>\nReferences: <%s>\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n",
			mimeWord(t.contactName), t.contactEmail, owner, t.replyDate.Format(time.RFC1123Z), t.subject, t.replyID, t.outreachID, t.outreachID)
		b.WriteString(crlf(inner))
		b.WriteString(qp(plainReply(t, pad, "")))
		b.WriteString(crlf("\n--m" + bnd + "--\n"))
	case 1: // Gmail inline forward with a PDF attachment (their CV)
		b.WriteString(header(t, to, "Fwd: ", `Content-Type: multipart/mixed; boundary="m`+bnd+`"`))
		b.WriteString(crlf("\n--m" + bnd + "\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"))
		b.WriteString(qp(gmailFwd(t, pad)))
		pdf := make([]byte, 1200+int(rnd%2000))
		rr := rand.New(rand.NewPCG(rnd, 7))
		for k := range pdf {
			pdf[k] = byte(rr.UintN(256))
		}
		copy(pdf, "%PDF-1.4\n")
		b.WriteString(crlf("\n--m" + bnd + "\nContent-Type: application/pdf; name=\"resume.pdf\"\nContent-Disposition: attachment; filename=\"resume.pdf\"\nContent-Transfer-Encoding: base64\n\n"))
		b.WriteString(b64(pdf))
		b.WriteString(crlf("--m" + bnd + "--\n"))
	case 2, 3, 4: // Gmail inline forward, multipart/alternative, UTF-8 8bit + QP HTML
		b.WriteString(header(t, to, "Fwd: ", `Content-Type: multipart/alternative; boundary="0000`+bnd+`"`))
		b.WriteString(crlf("\n--0000" + bnd + "\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n"))
		b.WriteString(crlf(gmailFwd(t, pad)))
		b.WriteString(crlf("\n--0000" + bnd + "\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"))
		b.WriteString(qp(gmailHTML(t, pad)))
		b.WriteString(crlf("\n--0000" + bnd + "--\n"))
	case 5, 6: // Outlook desktop, windows-1252 quoted-printable
		b.WriteString(header(t, to, "FW: ", "Thread-Topic: "+t.subject, "Content-Language: en-US",
			`Content-Type: text/plain; charset="windows-1252"`, "Content-Transfer-Encoding: quoted-printable"))
		b.WriteString("\r\n")
		body := fmt.Sprintf("Forwarding %s's reply - thanks!\n\n\n\nFrom: %s <%s>\nSent: %s\nTo: Olive Owner <owner@example.test>\nSubject: RE: %s\n\n\n\nHi Olive,\n\n%s\n\nBest regards,\n%s\n%s\n\nFrom: Olive Owner <owner@example.test>\nSent: %s\nTo: %s <%s>\nSubject: %s\n\nHi %s,\n\n%s\n\n%sThanks,\nOlive\n",
			t.contactFirst, t.contactName, t.contactEmail, t.replyDate.Format("Monday, January 2, 2006 3:04 PM"), t.subject,
			t.reply, t.contactName, t.org, t.askDate.Format("Monday, January 2, 2006 3:04 PM"), t.contactName, t.contactEmail, t.subject,
			t.contactFirst, t.ask, quoted(t, pad, ""))
		b.WriteString(qpBytes(latin(charmap.Windows1252, body)))
	case 7: // Apple Mail, "Begin forwarded message", UTF-8 QP
		b.WriteString(header(t, to, "Fwd: ", `Content-Type: text/plain; charset=utf-8`, "Content-Transfer-Encoding: quoted-printable", "X-Mailer: Apple Mail (2.3826.400.131.1.6)"))
		b.WriteString("\r\n")
		body := fmt.Sprintf("Can you book this one?\n\n> Begin forwarded message:\n> \n> From: %s <%s>\n> Subject: Re: %s\n> Date: %s\n> To: Olive Owner <owner@example.test>\n> \n",
			t.contactName, t.contactEmail, t.subject, t.replyDate.Format("January 2, 2006 at 3:04:05 PM MST"))
		for _, l := range strings.Split(plainReply(t, pad, ""), "\n") {
			body += "> " + l + "\n"
		}
		b.WriteString(qp(body))
	case 8: // Thunderbird, ISO-8859-1 8bit
		b.WriteString(header(t, to, "Fwd: ", `Content-Type: text/plain; charset=ISO-8859-1; format=flowed`, "Content-Transfer-Encoding: 8bit", "User-Agent: Mozilla Thunderbird"))
		b.WriteString("\r\n")
		body := fmt.Sprintf("\n\n\n-------- Forwarded Message --------\nSubject: \tRe: %s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \tOlive Owner <owner@example.test>\n\n\n\n%s",
			t.subject, t.replyDate.Format(time.RFC1123Z), t.contactName, t.contactEmail, plainReply(t, pad, ""))
		b.Write(latin(charmap.ISO8859_1, body))
	default: // Proton/Yahoo style: base64 UTF-8
		b.WriteString(header(t, to, "Fwd: ", `Content-Type: text/plain; charset=utf-8`, "Content-Transfer-Encoding: base64"))
		b.WriteString("\r\n")
		body := fmt.Sprintf("\n\n------- Forwarded Message -------\nFrom: %s <%s>\nDate: On %s\nSubject: Re: %s\nTo: Olive Owner <owner@example.test>\n\n\n%s",
			t.contactName, t.contactEmail, t.replyDate.Format("Monday, January 2nd, 2006 at 3:04 PM"), t.subject, plainReply(t, pad, ""))
		b.WriteString(b64([]byte(crlf(body))))
	}
	return []byte(b.String())
}

func gmailFwd(t *thread, pad int) string {
	return fmt.Sprintf("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: Re: %s\nTo: Olive Owner <owner@example.test>\n\n\n%s",
		t.contactName, t.contactEmail, t.replyDate.Format("Mon, Jan 2, 2006 at 3:04 PM"), t.subject, plainReply(t, pad, ""))
}

func gmailHTML(t *thread, pad int) string {
	var q strings.Builder
	for k := range pad {
		fmt.Fprintf(&q, "<div>%s</div><div><br></div>", htmlEscape(t.history[k%len(t.history)]))
	}
	return fmt.Sprintf(`<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>Date: %s<br>Subject: Re: %s<br>To: Olive Owner &lt;<a href="mailto:owner@example.test">owner@example.test</a>&gt;<br></div><br><br><div dir="ltr"><div>Hi Olive,</div><div><br></div><div>%s</div><div><br></div><div>Best,</div><div>%s</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On %s Olive Owner &lt;owner@example.test&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi %s,<div><br></div><div>%s</div><div><br></div>%s<div>Thanks,</div><div>Olive</div></div></blockquote></div></div></div>`,
		htmlEscape(t.contactName), t.contactEmail, t.contactEmail, t.replyDate.Format("Mon, Jan 2, 2006 at 3:04 PM"), htmlEscape(t.subject),
		htmlEscape(t.reply), htmlEscape(t.contactFirst), t.askDate.Format("Mon, Jan 2, 2006 at 3:04 PM"), htmlEscape(t.contactFirst), htmlEscape(t.ask), q.String())
}

// mimeWord encodes a display name with RFC 2047 when it is not ASCII.
func mimeWord(s string) string {
	for _, c := range s {
		if c > 127 {
			return "=?UTF-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?="
		}
	}
	return s
}

// Message returns thread i of the backlog for seed, addressed to to (the
// dedicated address). The same seed and i give the same bytes.
func Message(seed uint64, i int, to string) []byte {
	t := newThread(seed, i)
	return build(t, to, rand.New(rand.NewPCG(seed^0x9e3779b97f4a7c15, uint64(i))))
}

// Slot is the start time thread i offers.
func Slot(i int) time.Time { return slot(i) }
