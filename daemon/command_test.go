package daemon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseCommand(t *testing.T) {
	for _, tc := range []struct {
		text     string
		verb     string
		argStart string
	}{
		{"yes", "yes", ""},
		{"Yes!", "yes", ""},
		{"\n\n  OK \n\nthanks", "yes", ""},
		{"cancel", "cancel", ""},
		{"Cancel.", "cancel", ""},
		{"skip", "skip", ""},
		{"send", "send", ""},
		{"status", "status", ""},
		{"reschedule Thursday 3pm", "reschedule", "Thursday 3pm"},
		{"Move Dec 3 at 10:30", "reschedule", "Dec 3 at 10:30"},
		{"notes: she was great\nReferrals: Sam <sam@x.example>", "notes", "she was great"},
		{"Note: short", "notes", "short"},
		{"yes please do cancel it", "", "yes please"}, // not a bare command: free text
		{"Great call, learned a lot", "", "Great call"},
		{"", "", ""},
	} {
		got := parseCommand(tc.text)
		if got.verb != tc.verb || !strings.HasPrefix(got.arg, tc.argStart) {
			t.Errorf("parseCommand(%q) = %+v, want verb %q, arg starting %q", tc.text, got, tc.verb, tc.argStart)
		}
	}
}

func TestParseReferrals(t *testing.T) {
	got := parseReferrals("Great call.\nReferrals: Sam Ortiz <Sam.Ortiz@Northwind.example>, Priya Nair, <lee@fernhill.example>\nreferral: Jo Smith")
	want := []referral{{"Sam Ortiz", "sam.ortiz@northwind.example"}, {"Priya Nair", ""}, {"", "lee@fernhill.example"}, {"Jo Smith", ""}}
	if len(got) != len(want) {
		t.Fatalf("parseReferrals = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("referral %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if r := parseReferrals("I referred to the docs: nothing here"); len(r) != 0 {
		t.Errorf("found referrals in plain text: %+v", r)
	}
}

func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"yes", "cancel", "reschedule Thursday 3pm", "notes: x\nReferrals: A <a@b>, B",
		"", "\r\n\r\n", "Referrals: <<<@@>>>,,,", "notes:", "move"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := parseCommand(s)
		switch c.verb {
		case "", "yes", "cancel", "skip", "send", "status", "reschedule", "notes":
		default:
			t.Fatalf("parseCommand(%q) verb %q", s, c.verb)
		}
		for _, r := range parseReferrals(s) {
			if strings.ContainsAny(r.name, "\r\n") || strings.ContainsAny(r.email, "\r\n ") {
				t.Fatalf("referral with a line break or space: %+v", r)
			}
			if r.email != "" && !strings.Contains(r.email, "@") {
				t.Fatalf("referral email without @: %+v", r)
			}
			if !utf8.ValidString(r.name) && utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 name from valid input")
			}
		}
	})
}

func TestFreshStatusCommand(t *testing.T) {
	h := newHarness(t, nil)
	scheduleDana(t, h)
	h.deliver("From: Alex Rivera <" + owner + ">\nTo: " + dedicated + "\nSubject: status\nDate: Mon, 16 Nov 2026 10:00:00 -0500\nMessage-ID: <st1@mail.example.test>\n\nstatus\n")
	h.once()
	n := only(t, h.newMail(), KindNotice)
	if !strings.Contains(n.text, "Dana Whitfield") || !strings.Contains(n.text, "Coming up") {
		t.Errorf("status overview:\n%s", n.text)
	}
	if n.header.Get("In-Reply-To") != "<st1@mail.example.test>" {
		t.Errorf("status reply not threaded to the owner's message: %q", n.header.Get("In-Reply-To"))
	}
}
