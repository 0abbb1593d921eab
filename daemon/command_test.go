package daemon

import (
	"strings"
	"testing"
	"time"
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

// Every email coffeechat sends the owner ends with the replies it
// understands.
func TestOwnerEmails_endWithReplies(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ThankYouMode = "review" })
	m, inv := scheduleDana(t, h)
	var seen []sent
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.deliver(forward("aft1", "sam@northwind.example", h.clock.Now().Add(-time.Hour), "Could you send me a few times that work for you?"))
	h.deliver(forward("dec1", "lee@fernhill.example", h.clock.Now().Add(-time.Hour), "Thanks for reaching out, but I'm not able to take calls right now. Good luck!"))
	h.deliver("From: Mallory <mallory@evil.example>\nTo: " + dedicated + "\nSubject: hi\nMessage-ID: <m1@evil.example>\n\nhello\n")
	h.deliver(ownerReply("st1", inv.header.Get("Message-Id"), "status"))
	// A note to self (no contact in it: set aside), and a reply coffeechat
	// cannot read for sure (the owner is asked).
	h.deliver("From: Alex Rivera <" + owner + ">\nTo: " + dedicated + "\nSubject: note to self\nMessage-ID: <self1@mail.example.test>\n\nbuy coffee beans\n")
	h.deliver(strings.ReplaceAll(forward("vague1", "kim@acme.example", h.clock.Now().Add(-time.Hour), vagueReply), "Dana Whitfield", "Kim Park"))
	// Priya's call is scheduled, then cancelled by the owner.
	h.deliver(strings.ReplaceAll(forward("pri1", "priya@aster.example", h.clock.Now().Add(-time.Hour), "Would Wednesday, November 25 at 10am ET work?"), "Dana Whitfield", "Priya Nair"))
	h.once()
	for _, s := range h.newMail() {
		if s.kind == KindInvite && strings.Contains(s.subject, "Priya Nair") {
			h.deliver(ownerReply("can1", s.header.Get("Message-Id"), "cancel"))
		}
		seen = append(seen, s)
	}
	h.once()
	h.clock.Set(m.Start.Add(-24 * time.Hour))
	h.once()
	h.clock.Set(m.End.Add(time.Hour))
	h.once()
	h.clock.Set(h.d.thankYouAt(m.End))
	h.once()
	if err := h.d.SendSummary(t.Context()); err != nil {
		t.Fatal(err)
	}
	h.once()
	kinds := map[string]bool{}
	for _, s := range append(append([]sent{inv}, seen...), h.newMail()...) {
		if len(s.env.To) != 1 || s.env.To[0] != owner {
			continue
		}
		kinds[s.kind] = true
		// The last lines are "  word — meaning".
		lines := strings.Split(strings.TrimRight(s.text, "\n"), "\n")
		last := lines[len(lines)-1]
		if !strings.HasPrefix(last, "  ") || !strings.Contains(last, " — ") {
			t.Errorf("%s email to the owner does not end with the replies it understands:\n%s", s.kind, s.text)
		}
		if !strings.Contains(s.html, "</strong> — ") {
			t.Errorf("%s email's HTML lists no reply words", s.kind)
		}
	}
	for _, k := range []string{KindInvite, KindCancel, KindAsksForTimes, KindNotice, KindForeign, KindQuarantine, KindIntentQuestion,
		KindPrepBrief, KindNotesPrompt, KindThankYouDraft, KindSummary} {
		if !kinds[k] {
			t.Errorf("the scenario sent the owner no %s email (got %v)", k, kinds)
		}
	}
}

func TestRoleFrom(t *testing.T) {
	for _, tc := range []struct{ sig, org, name, want string }{
		{"Best,\nDana Whitfield\nDirector of Operations, Northwind Health", "Northwind Health", "Dana Whitfield", "Director of Operations"},
		{"Lee Chen\nSenior Engineer\nFernhill Robotics", "Fernhill Robotics", "Lee Chen", "Senior Engineer"},
		{"Lee Chen\nFernhill Robotics", "Fernhill Robotics", "Lee Chen", ""},
		{"Sam Ortiz | Product Lead @ Acme", "Acme", "Sam Ortiz", "Product Lead"},
		{"Priya Nair, UX Researcher at Aster Labs", "Aster Labs", "Priya Nair", "UX Researcher"},
		{"Thanks,\nJo", "", "Jo", ""},
	} {
		if got := roleFrom(tc.sig, tc.org, tc.name); got != tc.want {
			t.Errorf("roleFrom(%q) = %q, want %q", tc.sig, got, tc.want)
		}
	}
}

func TestMayMention(t *testing.T) {
	for _, tc := range []struct {
		notes string
		want  bool
	}{
		{"Great call.\nReferrals: Sam Ortiz <sam@x.example>\nMay mention: yes", true},
		{"May mention: no", false},
		{"She said I can mention her name.", true},
		{"ok to use his name when I write", true},
		{"Permission to mention: yes", true},
		{"She mentioned a startup in Boston.", false},
		{"Didn't mention salary.", false},
		{"Please do not mention her name.", false},
		{"She said I can't use her name.", false},
		{"I can use the docs she sent.", false},
		{"Referrals: Sam Ortiz <sam@x.example>", false},
		{"", false},
	} {
		if got := mayMention(tc.notes); got != tc.want {
			t.Errorf("mayMention(%q) = %v, want %v", tc.notes, got, tc.want)
		}
	}
}

// Every command the owner can send by email gets a short confirmation or a
// clear error, threaded to their message where it is a notice.
func TestCommands_eachAnsweredOrExplained(t *testing.T) {
	for _, tc := range []struct {
		reply   string
		fresh   bool   // written to the dedicated address, not a reply
		kind    string // what the owner gets
		subject string
		text    string // a line of its text
	}{
		{reply: "status", kind: KindNotice, subject: "Status: Dana Whitfield", text: "Call with Dana Whitfield (Northwind Health): Tuesday, November 24, 2:00–2:20 PM EST."},
		{reply: "notes: she prefers mornings", kind: KindNotice, subject: "Notes saved: Dana Whitfield", text: "Your notes are kept with the call with Dana Whitfield."},
		{reply: "skip", kind: KindNotice, subject: "No thank-you for Dana Whitfield", text: "coffeechat will not send Dana a thank-you"},
		{reply: "send", kind: KindNotice, subject: "Not yet", text: "has not happened yet"},
		{reply: "reschedule Wednesday November 25 at 10am", kind: KindInvite, subject: "Updated: Informational interview: Alex Rivera / Dana Whitfield — Wednesday, November 25, 10:00–10:20 AM EST", text: "has a new time"},
		{reply: "reschedule sometime soon", kind: KindNotice, subject: "Which time?", text: "could not read a time"},
		{reply: "cancel", kind: KindCancel, subject: "Cancelled: Informational interview: Alex Rivera / Dana Whitfield — Tuesday, November 24, 2:00–2:20 PM EST", text: "is cancelled"},
		{reply: "frobnicate the widget", kind: KindNotice, subject: "Not understood", text: "It starts with: \"frobnicate the widget\""},
		{reply: "cancel", fresh: true, kind: KindNotice, subject: "Which meeting?", text: "needs to know which meeting you mean"},
		{reply: "status", fresh: true, kind: KindNotice, subject: "Status", text: "Coming up:"},
	} {
		name := tc.reply
		if tc.fresh {
			name = "fresh " + name
		}
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, nil)
			_, inv := scheduleDana(t, h)
			if tc.fresh {
				h.deliver("From: Alex Rivera <" + owner + ">\nTo: " + dedicated + "\nSubject: " + tc.reply + "\nDate: Mon, 16 Nov 2026 10:00:00 -0500\nMessage-ID: <cmd1@mail.example.test>\n\n" + tc.reply + "\n")
			} else {
				h.deliver(ownerReply("cmd1", inv.header.Get("Message-Id"), tc.reply+"\n\nOn Mon, coffeechat wrote:\n> quoted invite"))
			}
			h.once()
			var got *sent
			for _, s := range h.newMail() {
				if len(s.env.To) == 1 && s.env.To[0] == owner && s.kind == tc.kind {
					if got != nil {
						t.Fatalf("two %s mails to the owner", tc.kind)
					}
					got = &s
				}
			}
			if got == nil {
				t.Fatalf("no %s mail to the owner", tc.kind)
			}
			if got.subject != tc.subject || !strings.Contains(got.text, tc.text) {
				t.Errorf("answer %q:\n%s\nwant subject %q with %q", got.subject, got.text, tc.subject, tc.text)
			}
			if got.kind == KindNotice && got.header.Get("In-Reply-To") != "<cmd1@mail.example.test>" {
				t.Errorf("answer not threaded to the command: In-Reply-To %q", got.header.Get("In-Reply-To"))
			}
		})
	}
}
