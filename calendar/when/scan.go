package when

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds. The grammar works on words, numbers and single punctuation
// runes; whitespace only matters as "was there a space before this token",
// which separates "2pm" from "2 pm" and "11/24" from "11 / 24".
const (
	tWord = iota
	tNum
	tPunct
	tBreak // a blank line: a paragraph ends
)

type token struct {
	kind int
	text string // as written
	low  string // lower case (words), the rune itself (punct)
	val  int    // value of a number, capped so it never overflows
	// digits is the number of digits of a number ("09" has 2).
	digits   int
	pos, end int  // byte offsets in the text
	space    bool // whitespace (or start of text) before the token
}

// maxTokens bounds the work on hostile input: an email body longer than
// this is cut, never rejected.
const maxTokens = 20000

func scan(text string) []token {
	// Sized for prose (a token every four bytes or so): growing the slice
	// as it filled was most of what scanning cost.
	toks := make([]token, 0, min(len(text)/4+8, maxTokens))
	space := true
	for i := 0; i < len(text) && len(toks) < maxTokens; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			// Two newlines with only blanks between them end a paragraph.
			j := i + n
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				toks = append(toks, token{kind: tBreak, text: "\n\n", low: "\n\n", pos: i, end: j + 1, space: true})
				i = j + 1
			} else {
				i += n
			}
			space = true
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
			space = true
		case r >= '0' && r <= '9':
			j := i
			v := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 1_000_000 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{kind: tNum, text: text[i:j], low: text[i:j], val: v, digits: j - i, pos: i, end: j, space: space})
			i = j
			space = false
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) {
					j += n2
					continue
				}
				// An apostrophe inside a word ("o'clock", "can't").
				if (r2 == '\'' || r2 == '’') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			toks = append(toks, token{kind: tWord, text: w, low: strings.ReplaceAll(strings.ToLower(w), "’", "'"), pos: i, end: j, space: space})
			i = j
			space = false
		default:
			if r == utf8.RuneError && n <= 1 {
				n = 1
			}
			toks = append(toks, token{kind: tPunct, text: text[i : i+n], low: text[i : i+n], pos: i, end: i + n, space: space})
			i += n
			space = false
		}
	}
	return toks
}

// isUpperInitial reports whether a word is written with a capital first
// letter, which separates "Sat"/"May"/"Mar" the dates from "sat"/"may"/"mar".
func isUpperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}
