// Package templates renders the emails coffeechat writes. Every email has a
// text template (NAME.txt.tmpl, whose first line is "Subject: ...") and an
// HTML template (NAME.html.tmpl). The defaults are embedded; an owner can
// replace any of them with a file of the same name in a folder of their own.
// Load parses and test-renders all of them, so a broken template stops the
// daemon at start rather than producing a broken email later.
package templates

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	texttemplate "text/template"
)

//go:embed default/*.tmpl default/questions.txt
var defaults embed.FS

// questionsFile is the prep brief's question bank.
const questionsFile = "questions.txt"

// Names of the emails coffeechat writes, with the data each is given.
const (
	NameInvite         = "invite"           // data: Invite
	NameCancel         = "cancel"           // data: Cancel
	NameThankYou       = "thank_you"        // data: ThankYou
	NameThankYouReview = "thank_you_review" // data: ThankYou, to the owner for review
	NameSummary        = "weekly_summary"   // data: Summary
	NameNotice         = "notice"           // data: Notice
	NameAsksForTimes   = "asks_for_times"   // data: AsksForTimes
	NamePrepBrief      = "prep_brief"       // data: PrepBrief
	NameNotesPrompt    = "notes_prompt"     // data: NotesPrompt
)

// Rendered is one email's subject and bodies.
type Rendered struct {
	Subject string
	Text    string
	HTML    string
}

// Set is the parsed templates.
type Set struct {
	text map[string]*texttemplate.Template
	html map[string]*htmltemplate.Template
	// questions holds the question bank by topic, in file order.
	questions [][]string
}

// Load parses the embedded templates and replaces each with the file of the
// same name in dir, when dir is not empty. A file in dir that replaces
// nothing is an error (a typo in a name would otherwise be silently
// ignored), as is any template that fails to parse or to render with sample
// data; the error names the file and, where the parser knows it, the line.
func Load(dir string) (*Set, error) {
	s := &Set{text: map[string]*texttemplate.Template{}, html: map[string]*htmltemplate.Template{}}
	sources := map[string]source{}
	entries, err := fs.Glob(defaults, "default/*.tmpl")
	if err != nil {
		return nil, err
	}
	for _, p := range entries {
		b, err := defaults.ReadFile(p)
		if err != nil {
			return nil, err
		}
		sources[filepath.Base(p)] = source{path: "(embedded) " + filepath.Base(p), body: string(b)}
	}
	if dir != "" {
		files, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("templates folder: %w", err)
		}
		for _, f := range files {
			if f.Name() == questionsFile {
				b, err := os.ReadFile(filepath.Join(dir, questionsFile))
				if err != nil {
					return nil, fmt.Errorf("templates folder: %w", err)
				}
				qb, err := parseQuestions(string(b))
				if err != nil {
					return nil, fmt.Errorf("templates folder: %s: %w", filepath.Join(dir, questionsFile), err)
				}
				s.questions = qb
				continue
			}
			if f.IsDir() || !strings.HasSuffix(f.Name(), ".tmpl") {
				continue
			}
			if _, ok := sources[f.Name()]; !ok {
				return nil, fmt.Errorf("templates folder: %s replaces no template (known: %s)",
					filepath.Join(dir, f.Name()), strings.Join(knownFiles(sources), ", "))
			}
			p := filepath.Join(dir, f.Name())
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("templates folder: %w", err)
			}
			sources[f.Name()] = source{path: p, body: string(b)}
		}
	}
	if s.questions == nil {
		b, err := defaults.ReadFile("default/" + questionsFile)
		if err != nil {
			return nil, err
		}
		if s.questions, err = parseQuestions(string(b)); err != nil {
			return nil, fmt.Errorf("(embedded) %s: %w", questionsFile, err)
		}
	}
	for _, name := range knownFiles(sources) {
		src := sources[name]
		base := strings.TrimSuffix(name, ".tmpl")
		switch {
		case strings.HasSuffix(base, ".txt"):
			t, err := texttemplate.New(src.path).Funcs(texttemplate.FuncMap(funcs)).Option("missingkey=error").Parse(src.body)
			if err != nil {
				return nil, fmt.Errorf("template %w", err)
			}
			s.text[strings.TrimSuffix(base, ".txt")] = t
		case strings.HasSuffix(base, ".html"):
			t, err := htmltemplate.New(src.path).Funcs(htmltemplate.FuncMap(funcs)).Option("missingkey=error").Parse(src.body)
			if err != nil {
				return nil, fmt.Errorf("template %w", err)
			}
			s.html[strings.TrimSuffix(base, ".html")] = t
		default:
			return nil, fmt.Errorf("template %s: name must end in .txt.tmpl or .html.tmpl", src.path)
		}
	}
	for name, data := range samples() {
		if _, err := s.Render(name, data); err != nil {
			return nil, err
		}
	}
	return s, nil
}

type source struct{ path, body string }

func knownFiles(m map[string]source) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Render renders the email name with data. It returns an error, never
// panics, when a template fails.
func (s *Set) Render(name string, data any) (Rendered, error) {
	tt, ok := s.text[name]
	if !ok {
		return Rendered{}, fmt.Errorf("no template %q", name)
	}
	ht, ok := s.html[name]
	if !ok {
		return Rendered{}, fmt.Errorf("no HTML template %q", name)
	}
	// Room for a typical email up front: grown step by step, the two
	// buffers were most of the bytes a render allocated.
	var tb, hb bytes.Buffer
	tb.Grow(4 << 10)
	hb.Grow(8 << 10)
	if err := tt.Execute(&tb, data); err != nil {
		return Rendered{}, fmt.Errorf("render %w", err)
	}
	if err := ht.Execute(&hb, data); err != nil {
		return Rendered{}, fmt.Errorf("render %w", err)
	}
	text := strings.ReplaceAll(tb.String(), "\r\n", "\n")
	first, rest, _ := strings.Cut(text, "\n")
	subject, ok := strings.CutPrefix(first, "Subject:")
	if !ok {
		return Rendered{}, fmt.Errorf("template %s: the first line must be \"Subject: ...\"", tt.Name())
	}
	// A subject is one line: whatever a contact's name smuggles in, it
	// cannot add a header.
	subject = strings.Join(strings.Fields(subject), " ")
	if subject == "" {
		return Rendered{}, fmt.Errorf("template %s: empty subject", tt.Name())
	}
	return Rendered{Subject: subject, Text: tidy(rest), HTML: hb.String()}, nil
}

// tidy trims leading blank lines and collapses runs of more than one blank
// line, which conditional template blocks tend to leave behind.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	var out []string
	blank := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}

// parseQuestions reads a question bank: one question a line, "## topic"
// lines starting a group, "#" lines and blank lines ignored.
func parseQuestions(text string) ([][]string, error) {
	var groups [][]string
	cur := -1
	n := 0
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "##"):
			groups = append(groups, nil)
			cur = len(groups) - 1
		case l == "" || strings.HasPrefix(l, "#"):
		default:
			if cur < 0 {
				groups = append(groups, nil)
				cur = 0
			}
			groups[cur] = append(groups[cur], l)
			n++
		}
	}
	if n == 0 {
		return nil, fmt.Errorf("no questions in it")
	}
	return groups, nil
}

// Questions returns up to n questions from the bank, taking one from each
// topic in turn so that the brief covers every topic.
func (s *Set) Questions(n int) []string {
	var out []string
	for round := 0; len(out) < n; round++ {
		added := false
		for _, g := range s.questions {
			if round < len(g) && len(out) < n {
				out = append(out, g[round])
				added = true
			}
		}
		if !added {
			break
		}
	}
	return out
}
