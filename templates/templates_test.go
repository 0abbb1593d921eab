package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad_defaults(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for name, data := range samples() {
		r, err := s.Render(name, data)
		if err != nil {
			t.Errorf("Render(%q): %v", name, err)
			continue
		}
		if r.Subject == "" || strings.Contains(r.Subject, "\n") {
			t.Errorf("Render(%q).Subject = %q", name, r.Subject)
		}
		if !strings.HasSuffix(r.Text, "\n") || strings.Contains(r.Text, "\n\n\n") {
			t.Errorf("Render(%q).Text is untidy: %q", name, r.Text)
		}
		if !strings.Contains(r.HTML, "</html>") {
			t.Errorf("Render(%q).HTML has no </html>", name)
		}
	}
}

func TestRender_ownerEmailsEndWithReplies(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	replies := []Reply{{"cancel", "cancel the call"}}
	for _, tc := range []struct {
		name string
		data any
	}{
		{NameInvite, Invite{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: "Tue", Minutes: 20, Replies: replies}},
		{NameNotice, Notice{OwnerFirstName: "Alex", Subject: "s", Lines: []string{"x"}, Replies: replies}},
		{NameSummary, Summary{OwnerFirstName: "Alex", WeekOf: "Nov 23", Empty: true, Replies: replies}},
		{NameNotesPrompt, NotesPrompt{OwnerFirstName: "Alex", ContactName: "Dana", When: "Tue", Replies: replies}},
		{NamePrepBrief, PrepBrief{OwnerFirstName: "Alex", ContactName: "Dana", When: "Tue", Minutes: 20, Replies: replies}},
		{NameAsksForTimes, AsksForTimes{OwnerFirstName: "Alex", ContactName: "Dana", Minutes: 20, Replies: replies}},
		{NameThankYouReview, ThankYou{OwnerFirstName: "Alex", ContactName: "Dana", ContactFirstName: "Dana", Replies: replies}},
	} {
		r, err := s.Render(tc.name, tc.data)
		if err != nil {
			t.Fatalf("Render(%q): %v", tc.name, err)
		}
		for _, part := range []string{r.Text, r.HTML} {
			if !strings.Contains(part, "cancel the call") {
				t.Errorf("Render(%q) does not list the replies it understands:\n%s", tc.name, part)
			}
		}
	}
}

func TestRender_escapesContactTextInHTML(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	evil := `Dana <script>alert(1)</script>`
	r, err := s.Render(NameInvite, Invite{OwnerName: "Alex Rivera", ContactName: evil, Organization: `<img src=x onerror=1>`, When: "Tue", Minutes: 20})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.HTML, "<script>") || strings.Contains(r.HTML, "<img") {
		t.Errorf("HTML part carries contact markup unescaped:\n%s", r.HTML)
	}
	if !strings.Contains(r.HTML, "&lt;script&gt;") {
		t.Errorf("HTML part lost the contact's name instead of escaping it:\n%s", r.HTML)
	}
}

func TestRender_subjectIsOneLine(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Render(NameInvite, Invite{OwnerName: "Alex Rivera", ContactName: "Dana\r\nBcc: victim@example.org", When: "Tue", Minutes: 20})
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(r.Subject, "\r\n") {
		t.Errorf("Subject = %q carries a line break", r.Subject)
	}
}

func TestRender_thankYouIsPersonal(t *testing.T) {
	s, _ := Load("")
	r, err := s.Render(NameThankYou, ThankYou{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", ContactFirstName: "Dana",
		Day: "Tuesday", Learned: "how triage works at night", Referrals: []string{"Sam Ortiz", "Priya Nair"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Hi Dana,", "on Tuesday", "how triage works at night", "Sam Ortiz and Priya Nair", "Alex Rivera"} {
		if !strings.Contains(r.Text, want) || !strings.Contains(r.HTML, want) {
			t.Errorf("thank-you lacks %q:\n%s\n%s", want, r.Text, r.HTML)
		}
	}
}

func TestRender_weeklySummaryEmptySaysSoInOneLine(t *testing.T) {
	s, _ := Load("")
	r, err := s.Render(NameSummary, Summary{OwnerFirstName: "Alex", WeekOf: "Nov 23", Empty: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "Nothing to report this week") || strings.Contains(r.Text, "Coming up") {
		t.Errorf("empty summary text = %q", r.Text)
	}
}

func TestLoad_override(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "thank_you.txt.tmpl"), []byte("Subject: Cheers {{.ContactFirstName}}\nThanks a lot!\n"), 0o644)
	s, err := Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	r, err := s.Render(NameThankYou, samples()[NameThankYou])
	if err != nil {
		t.Fatal(err)
	}
	if r.Subject != "Cheers Dana" || r.Text != "Thanks a lot!\n" {
		t.Errorf("override not used: %+v", r)
	}
}

func TestLoad_errorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct {
		file, body, want string
	}{
		{"thank_you.txt.tmpl", "Subject: x\nline two\n{{if .ContactName}\n", "thank_you.txt.tmpl:3"},
		{"thank_you.txt.tmpl", "Subject: x\n{{.NoSuchField}}\n", "NoSuchField"},
		{"thank_yuo.txt.tmpl", "Subject: x\n", "thank_yuo.txt.tmpl replaces no template"},
		{"notice.txt.tmpl", "no subject line\n", "Subject:"},
	} {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, tc.file), []byte(tc.body), 0o644)
		_, err := Load(dir)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load with %s = %v, want error containing %q", tc.file, err, tc.want)
		}
	}
}

func TestQuestions_coverEveryTopic(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	q := s.Questions(12)
	if len(q) != 12 {
		t.Fatalf("Questions(12) = %d questions", len(q))
	}
	joined := strings.Join(q, "\n")
	for _, topic := range []string{"get into this field", "typical week", "skills", "rewarding", "changing", "in my position", "Who else"} {
		if !strings.Contains(joined, topic) {
			t.Errorf("the brief's questions miss the topic %q:\n%s", topic, joined)
		}
	}
	if all := s.Questions(100); len(all) < 15 || len(all) > 30 {
		t.Errorf("bank has %d questions", len(all))
	}
}

func TestQuestions_override(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "questions.txt"), []byte("## Mine\nWhat is your favourite tool?\nHow do you plan a week?\n"), 0o644)
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if q := s.Questions(12); len(q) != 2 || q[0] != "What is your favourite tool?" {
		t.Errorf("override bank = %v", q)
	}
	os.WriteFile(filepath.Join(dir, "questions.txt"), []byte("# only comments\n"), 0o644)
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "questions.txt") {
		t.Errorf("empty bank: %v", err)
	}
}

func TestRender_summarySuggestsANudge(t *testing.T) {
	s, _ := Load("")
	r, err := s.Render(NameSummary, Summary{OwnerFirstName: "Alex", WeekOf: "Nov 23",
		Awaiting: []SummaryContact{{Name: "Kim Park", Email: "kim@acme.example", Detail: "no reply for 9 days"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{r.Text, r.HTML} {
		if !strings.Contains(part, "Hi Kim, I wanted to follow up") || !strings.Contains(part, "no reply for 9 days") {
			t.Errorf("summary does not suggest a nudge:\n%s", part)
		}
	}
}

// The thank-you, as a person wrote it down before the template existed:
// what the contact reads must be exactly this.
func TestRender_thankYouExactText(t *testing.T) {
	s, _ := Load("")
	r, err := s.Render(NameThankYou, ThankYou{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Dana Whitfield",
		ContactFirstName: "Dana", Organization: "Northwind Health", Day: "Tuesday", Referrals: []string{"Sam Ortiz"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `Hi Dana,

Thank you for taking the time to talk with me on Tuesday. It was very helpful to hear how you see the field and your work at Northwind Health.

Thank you also for suggesting I speak with Sam Ortiz. I will reach out, and I will let you know how it goes.

I will keep you posted on where I land.

Best regards,
Alex Rivera
`
	if r.Subject != "Thank you, Dana" || r.Text != want {
		t.Errorf("thank-you =\n%q\n%q\nwant\n%q", r.Subject, r.Text, want)
	}
}

// The funnel chart is made of table cells with a background colour: no
// image, no stylesheet, nothing fetched, so webmail that blocks remote
// content shows it as sent.
func TestRender_summaryChartNeedsNoImages(t *testing.T) {
	s, _ := Load("")
	r, err := s.Render(NameSummary, fullSummary)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(r.HTML, "background: #4a7bd0"); n != len(fullSummary.Funnel) {
		t.Errorf("chart has %d bars, want %d:\n%s", n, len(fullSummary.Funnel), r.HTML)
	}
	for _, bad := range []string{"<img", "src=", "url(", "http:", "https:", "<link", "<style", "<script"} {
		if strings.Contains(strings.ToLower(r.HTML), bad) {
			t.Errorf("summary HTML contains %q: webmail would block or strip it:\n%s", bad, r.HTML)
		}
	}
}
