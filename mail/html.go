package mail

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText converts an HTML body to the plain text a mail client would
// show: block elements and <br> break lines, list items get "- " or "1. ",
// <blockquote> lines get "> " per level (so quoted replies read the same as
// in a text/plain part), links show "text (url)" when the text is not the
// url, <hr> becomes the underscore line Outlook uses in its own plain text,
// and <head>, <style>, <script> and <title> are dropped. Entities are decoded
// by the tokenizer. It streams tokens rather than building a tree, because
// it runs on every HTML-only message.
func htmlToText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	w := &textWriter{}
	var (
		skip      int // inside head/style/script/title
		pre       int
		lists     []int // per open list: -1 for <ul>, next number for <ol>
		linkHref  []string
		linkStart []int
		msoPara   bool
		msoEmpty  bool
	)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF, or a token too long: either way keep what was read,
			// with the address of a link the markup never closed.
			for n := len(linkHref) - 1; n >= 0; n-- {
				w.endLink(linkHref[n], linkStart[n])
			}
			return w.finish()
		case html.TextToken:
			if skip > 0 {
				continue
			}
			w.text(string(z.Text()), pre > 0)
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			end := tt == html.EndTagToken
			switch a {
			case atom.Head, atom.Style, atom.Script, atom.Title, atom.Template, atom.Noscript:
				if tt == html.SelfClosingTagToken {
					continue
				}
				if end {
					if skip > 0 {
						skip--
					}
				} else {
					skip++
				}
				continue
			}
			if skip > 0 {
				continue
			}
			switch a {
			case atom.Br:
				w.lineBreak()
			case atom.Hr:
				w.blockBreak()
				w.text("________________________________", true)
				w.blockBreak()
			case atom.Blockquote:
				// The blank line around a quote belongs to the outer level.
				if end {
					w.newline()
					if w.quote > 0 {
						w.quote--
					}
					w.lineBreak()
				} else if tt == html.StartTagToken {
					w.blockBreak()
					w.quote++
				}
			case atom.Pre:
				w.blockBreak()
				if end {
					if pre > 0 {
						pre--
					}
				} else if tt == html.StartTagToken {
					pre++
				}
			case atom.Ul, atom.Ol:
				w.blockBreak()
				if end {
					if len(lists) > 0 {
						lists = lists[:len(lists)-1]
					}
				} else if tt == html.StartTagToken {
					if a == atom.Ol {
						lists = append(lists, 1)
					} else {
						lists = append(lists, -1)
					}
				}
			case atom.Li:
				w.newline()
				if !end {
					marker := "- "
					if n := len(lists); n > 0 && lists[n-1] > 0 {
						marker = strconv.Itoa(lists[n-1]) + ". "
						lists[n-1]++
					}
					if n := len(lists); n > 1 {
						marker = strings.Repeat("  ", n-1) + marker
					}
					w.text(marker, true)
				}
			case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Table, atom.Tr, atom.Section, atom.Article, atom.Header, atom.Footer,
				atom.Address, atom.Center, atom.Dl, atom.Dt, atom.Dd, atom.Form, atom.Main,
				atom.Nav, atom.Aside, atom.Figure, atom.Body, atom.Html:
				switch {
				case a == atom.P && !end && hasAttr && classHas(z, "MsoNormal"):
					// Word's paragraphs have no margins: one line each,
					// and an empty one (&nbsp;) is a blank line.
					w.newline()
					msoPara, msoEmpty = true, true
					w.touched = &msoEmpty
				case a == atom.P && end && msoPara:
					if msoEmpty {
						w.lineBreak()
					} else {
						w.newline()
					}
					msoPara, w.touched = false, nil
				case a == atom.P || a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6:
					w.blockBreak()
				default:
					w.newline()
				}
			case atom.Td, atom.Th:
				if !end {
					w.space()
				}
			case atom.A:
				if end {
					if n := len(linkHref); n > 0 {
						href, start := linkHref[n-1], linkStart[n-1]
						linkHref, linkStart = linkHref[:n-1], linkStart[:n-1]
						w.endLink(href, start)
					}
				} else if tt == html.StartTagToken && hasAttr {
					href := ""
					for {
						k, v, more := z.TagAttr()
						if string(k) == "href" {
							href = strings.TrimSpace(string(v))
						}
						if !more {
							break
						}
					}
					if len(linkHref) < 64 {
						linkHref = append(linkHref, href)
						linkStart = append(linkStart, w.b.Len())
					}
				}
			case atom.Img:
				// Images carry no text worth keeping; alt text of logos in
				// signatures is noise more often than content.
			}
		}
	}
}

// classHas reports whether the current tag's class attribute names class.
// It consumes the tag's attributes.
func classHas(z *html.Tokenizer, class string) bool {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "class" {
			for _, c := range strings.Fields(string(v)) {
				if c == class {
					return true
				}
			}
		}
		if !more {
			return false
		}
	}
}

// textWriter accumulates converted text, collapsing whitespace and prefixing
// quoted lines.
type textWriter struct {
	b         strings.Builder
	quote     int
	lineStart bool  // nothing written on this line yet
	blank     bool  // the last line written was blank
	touched   *bool // set to false when text is written
	pendSpace bool
	started   bool
}

func (w *textWriter) ensureLine() {
	if !w.started {
		w.started = true
		w.lineStart = true
	}
	if w.lineStart {
		for i := 0; i < w.quote; i++ {
			w.b.WriteString("> ")
		}
		w.lineStart = false
		w.pendSpace = false
		w.blank = false
	}
	if w.touched != nil {
		*w.touched = false
	}
}

func (w *textWriter) text(s string, verbatim bool) {
	if verbatim {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if i > 0 {
				w.newline()
			}
			if l != "" {
				w.ensureLine()
				if w.pendSpace {
					w.b.WriteByte(' ')
					w.pendSpace = false
				}
				w.b.WriteString(strings.ReplaceAll(l, "\u00a0", " "))
			}
		}
		return
	}
	for len(s) > 0 {
		// Split off the next word; any run of white space is one space.
		i := 0
		for i < len(s) && isHTMLSpace(s, i) {
			i += spaceLen(s, i)
		}
		if i > 0 {
			if w.started && !w.lineStart {
				w.pendSpace = true
			}
			s = s[i:]
			continue
		}
		j := 0
		for j < len(s) && !isHTMLSpace(s, j) {
			j++
		}
		w.ensureLine()
		if w.pendSpace {
			w.b.WriteByte(' ')
			w.pendSpace = false
		}
		w.b.WriteString(s[:j])
		s = s[j:]
	}
}

// isHTMLSpace treats ASCII white space and the no-break space as spaces:
// mail HTML uses &nbsp; for layout, never for meaning.
func isHTMLSpace(s string, i int) bool {
	switch s[i] {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	case 0xc2:
		return i+1 < len(s) && s[i+1] == 0xa0
	}
	return false
}

func spaceLen(s string, i int) int {
	if s[i] == 0xc2 {
		return 2
	}
	return 1
}

func (w *textWriter) space() {
	if w.started && !w.lineStart {
		w.pendSpace = true
	}
}

// newline ends the current line if it has content: block elements that
// follow each other do not leave blank lines between them.
func (w *textWriter) newline() {
	if !w.started || w.lineStart {
		return
	}
	w.b.WriteByte('\n')
	w.lineStart = true
	w.pendSpace = false
}

// lineBreak is <br>: it always breaks, so <br><br> leaves a blank line, but
// never more than one blank line in a row. A blank line inside a
// blockquote keeps its ">" so the quoted block stays one block.
func (w *textWriter) lineBreak() {
	if !w.started {
		return
	}
	if w.lineStart {
		if w.blank {
			return
		}
		for i := 0; i < w.quote; i++ {
			w.b.WriteByte('>')
		}
		w.blank = true
	}
	w.b.WriteByte('\n')
	w.lineStart = true
	w.pendSpace = false
}

// blockBreak ends the line and leaves one blank line, as a paragraph does.
func (w *textWriter) blockBreak() {
	if !w.started {
		return
	}
	w.newline()
	w.lineBreak()
}

func (w *textWriter) endLink(href string, start int) {
	if href == "" || start > w.b.Len() {
		return
	}
	text := strings.TrimSpace(w.b.String()[start:])
	if hasPrefixFold(href, "mailto:") {
		// "Dana <dana@x>" is already readable; the address is in the text.
		addr := href[len("mailto:"):]
		if q := strings.IndexByte(addr, '?'); q >= 0 {
			addr = addr[:q]
		}
		if text == "" || strings.Contains(strings.ToLower(text), strings.ToLower(addr)) {
			return
		}
		href = addr
	} else if strings.HasPrefix(href, "#") || hasPrefixFold(href, "javascript:") || hasPrefixFold(href, "cid:") {
		return
	}
	if sameURL(text, href) || text == "" && w.lineStart {
		if text == "" {
			w.ensureLine()
			w.b.WriteString(href)
		}
		return
	}
	w.ensureLine()
	if text == "" {
		w.b.WriteString(href)
		return
	}
	w.b.WriteString(" (" + href + ")")
}

func sameURL(text, href string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, p := range []string{"https://", "http://", "mailto:"} {
			s = strings.TrimPrefix(s, p)
		}
		s = strings.TrimPrefix(s, "www.")
		return strings.TrimRight(s, "/")
	}
	return norm(text) == norm(href)
}

func (w *textWriter) finish() string {
	s := w.b.String()
	// Trim trailing spaces and bare quote prefixes line by line.
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
