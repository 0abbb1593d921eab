package daemon

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
)

// outreach is the owner's first email to a contact, with coffeechat in Bcc.
func outreach(id, to, name string, at time.Time) string {
	return fmt.Sprintf(`From: Alex Rivera <%s>
To: %s <%s>
Subject: Informational interview request
Date: %s
Message-ID: <%s@mail.example.test>
Content-Type: text/plain; charset=UTF-8

Dear %s,

I am a student exploring healthcare operations. Would you have 20 minutes for a
short call in the next two weeks?

Best,
Alex
`, owner, name, to, at.Format(time.RFC1123Z), id, name)
}

func TestSummary_listsWaitingDeferredAndReferrals(t *testing.T) {
	h := newHarness(t, nil)
	start := h.clock.Now()
	h.deliver(outreach("out1", "kim@acme.example", "Kim Park", start))
	h.deliver(forward("def1", "jo@later.example", start.Add(-time.Hour),
		"Hi Alex, I'd be happy to talk, but things are hectic until the new year. Please reach out again in January."))
	h.deliver(forward("ref1", "lee@fernhill.example", start.Add(-time.Hour),
		"Hi Alex, I'm not the right person for this, but you should talk to Sam Ortiz (sam.ortiz@northwind.example), who runs our operations team."))
	h.once()
	mails := h.newMail()
	none(t, mails, KindInvite)
	h.st.View(t.Context(), func(tx *store.Tx) error {
		for email, want := range map[string]string{"kim@acme.example": store.AwaitingReply, "jo@later.example": store.Deferred,
			"lee@fernhill.example": store.Referred, "sam.ortiz@northwind.example": store.ToContact} {
			c, err := tx.ContactByEmail(t.Context(), email)
			if err != nil || c.Status != want {
				t.Errorf("contact %s: %+v, %v; want status %s", email, c, err, want)
			}
		}
		return nil
	})

	// Three days on, Kim has not waited a week yet.
	h.clock.Set(start.Add(3 * 24 * time.Hour))
	if err := h.d.SendSummary(t.Context()); err != nil {
		t.Fatal(err)
	}
	h.once()
	s := only(t, h.newMail(), KindSummary)
	if strings.Contains(s.text, "Kim Park") {
		t.Errorf("Kim listed as waiting after 3 days:\n%s", s.text)
	}
	if !strings.Contains(s.text, "Sam Ortiz") || !strings.Contains(s.text, "referred by") {
		t.Errorf("summary does not list the referral:\n%s", s.text)
	}

	// 31 days on (the daemon was stopped meanwhile): the weekly summary
	// that fell due is sent once, not once per missed week; Kim waits, Jo
	// is due again.
	h.clock.Set(start.Add(31 * 24 * time.Hour))
	h.once()
	s = only(t, h.newMail(), KindSummary)
	for _, want := range []string{"Waiting for a reply", "Kim Park", "no reply for 31 days", "Hi Kim, I wanted to follow up",
		"Time to write again", "jo@later.example"} {
		if !strings.Contains(s.text, want) {
			t.Errorf("summary lacks %q:\n%s", want, s.text)
		}
	}
}

func TestNotesReply_quotedPromptIsNotNotes(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	h.clock.Set(m.End.Add(15 * time.Minute))
	h.once()
	prompt := only(t, h.newMail(), KindNotesPrompt)
	// The owner's client quotes the whole prompt, example referral line
	// included, below the answer.
	var quoted []string
	for _, l := range strings.Split(prompt.text, "\n") {
		quoted = append(quoted, "> "+l)
	}
	h.deliver(ownerReply("n1", prompt.header.Get("Message-Id"),
		"She walked me through a night shift.\n\nOn Tue, Nov 24, 2026 at 2:35 PM Alex Rivera via coffeechat <"+dedicated+"> wrote:\n"+strings.Join(quoted, "\n")))
	h.once()
	got := h.meetings()[0]
	if !strings.Contains(got.Notes, "night shift") || strings.Contains(got.Notes, "How did your call") {
		t.Errorf("notes = %q", got.Notes)
	}
	h.st.View(t.Context(), func(tx *store.Tx) error {
		if _, err := tx.ContactByEmail(t.Context(), "sam@example.com"); err == nil {
			t.Errorf("the prompt's example referral, quoted in the reply, became a contact")
		}
		return nil
	})
}

// TestSummary_fullWeekExactText walks a week with something in every
// section and compares the summary the owner gets on Monday at 08:00 with
// the text written down by hand: the call coming up, last week's held call
// with its thank-you status, the referral from its notes, the contact who
// has not answered for nine days, the deferred contact now due, and the
// funnel counted from the database (4 people written to, 3 replies, 1 call
// held, 1 thank-you, 1 referral).
func TestSummary_fullWeekExactText(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.DeferDefault = 5 * 24 * time.Hour })
	monday := h.clock.Now() // Monday 16 November, 09:00
	h.deliver(outreach("out-kim", "kim@acme.example", "Kim Park", time.Date(2026, 11, 13, 12, 0, 0, 0, nyc)))
	h.deliver(strings.ReplaceAll(forward("fwd-jo", "jo@later.example", monday.Add(-2*time.Hour),
		"Hi Alex, I'd be happy to talk, but things are hectic until the new year. Please reach out again in January."), "Dana Whitfield", "Jo Smith"))
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()

	// Wednesday: Lee's call took place at 10:00, and the owner forwards the
	// thread after it, then answers "how did it go?".
	h.clock.Set(time.Date(2026, 11, 18, 11, 0, 0, 0, nyc).UTC())
	lee := strings.ReplaceAll(forward("fwd-lee", "lee@fernhill.example", time.Date(2026, 11, 17, 10, 0, 0, 0, nyc),
		"Hi Alex,\n\nWednesday, November 18 at 10am ET works for me. Talk then!"), "Dana Whitfield", "Lee Chen")
	h.deliver(strings.Replace(lee, "Director of Operations, Northwind Health", "Senior Engineer, Fernhill Robotics", 1))
	h.once()
	prompt := only(t, h.newMail(), KindNotesPrompt)
	h.deliver(ownerReply("notes-lee", prompt.header.Get("Message-Id"),
		"Learned: how robots are tested\nReferrals: Sam Ortiz <sam@northwind.example>\nLee said I may mention her name."))
	h.once()
	h.clock.Set(time.Date(2026, 11, 19, 9, 0, 0, 0, nyc).UTC())
	h.once()
	only(t, h.newMail(), KindThankYou)

	h.clock.Set(time.Date(2026, 11, 23, 8, 0, 0, 0, nyc).UTC())
	h.once()
	s := only(t, h.newMail(), KindSummary)
	want := `Hi Alex,

Coming up:
  - Tuesday, November 24, 2:00–2:20 PM EST: Dana Whitfield (Northwind Health) (confirmed)

Last week:
  - Wednesday, November 18, 10:00–10:20 AM EST: Lee Chen (Fernhill Robotics), thank-you sent

Referrals to contact:
  - Sam Ortiz <sam@northwind.example>, referred by Lee Chen (you may mention their name)

Waiting for a reply (a short, friendly nudge is fine after a week):
  - Kim Park <kim@acme.example>, no reply for 9 days

A nudge you could send, as a reply to your first email:
  "Hi Kim, I wanted to follow up on my note below. I know you are busy; if you
  have 15 minutes in the next few weeks, I would be grateful for your perspective. If now is not a good time,
  no problem at all."

Time to write again:
  - Jo Smith <jo@later.example>, asked you to write again, November 21

So far: Outreach 4 → Replies 3 → Calls 1 → Thank-yous 1 → Referrals 1

Reply to this email with:
  yes, cancel, reschedule <time>, status — in reply to a call's invite email
  skip, send, notes: ... — in reply to a call's "how did it go?" or thank-you email
`
	if s.text != want {
		t.Errorf("summary text =\n%s\nwant\n%s", s.text, want)
	}
	if s.subject != "Your week in informational interviews (November 23)" || len(s.env.To) != 1 || s.env.To[0] != owner {
		t.Errorf("summary %q to %v", s.subject, s.env.To)
	}
	// The chart: one bar per step, widths from the counts (3 px per percent
	// of the largest, 4).
	for _, w := range []string{"width: 300px", "width: 225px", "width: 75px"} {
		if !strings.Contains(s.html, w) {
			t.Errorf("summary chart has no bar %q:\n%s", w, s.html)
		}
	}
	if strings.Contains(s.html, "<img") || strings.Contains(s.html, "http") {
		t.Errorf("summary HTML refers to something outside the email:\n%s", s.html)
	}
}

// weekly_summary = "Wed 17:30": the summary goes on Wednesdays at 17:30 in
// the owner's zone, not at the default Monday 08:00, and once a week.
func TestWeeklySummary_configuredWeekdayAndTime(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.SummaryDay, c.SummaryMinute = time.Wednesday, 17*60+30 })
	h.once() // Monday 16 November, 09:00: schedules the first summary
	for _, step := range []struct {
		at   time.Time
		want int
	}{
		{time.Date(2026, 11, 16, 9, 0, 0, 0, nyc), 0},
		{time.Date(2026, 11, 18, 17, 29, 0, 0, nyc), 0},
		{time.Date(2026, 11, 18, 17, 30, 0, 0, nyc), 1},
		{time.Date(2026, 11, 23, 8, 0, 0, 0, nyc), 0}, // the default day and time
		{time.Date(2026, 11, 25, 17, 29, 0, 0, nyc), 0},
		{time.Date(2026, 11, 25, 17, 30, 0, 0, nyc), 1},
	} {
		h.clock.Set(step.at.UTC())
		h.once()
		var n int
		for _, m := range h.newMail() {
			if m.kind == KindSummary {
				n++
			}
		}
		if n != step.want {
			t.Errorf("%s: %d weekly summaries, want %d", step.at.Format("Mon Jan 2 15:04 MST"), n, step.want)
		}
	}
}

// thank_you_delay = "2h": the thank-you for a call that ended at 15:20 goes
// at 17:20, not the next morning.
func TestThankYou_afterConfiguredDelay(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ThankYouNextMorning, c.ThankYouDelay = false, 2*time.Hour })
	h.clock.Set(time.Date(2026, 11, 13, 16, 0, 0, 0, nyc).UTC()) // Friday 4pm, after the call
	h.deliver(forward("held2", contact, time.Date(2026, 11, 12, 10, 0, 0, 0, nyc),
		"Hi Alex,\n\nFriday, November 13 at 3pm ET works for me. Talk then!"))
	h.once()
	if ms := h.meetings(); len(ms) != 1 || ms[0].Status != store.Held || !ms[0].End.Equal(time.Date(2026, 11, 13, 15, 20, 0, 0, nyc)) {
		t.Fatalf("meetings = %+v, want one held call ending 15:20", ms)
	}
	none(t, h.newMail(), KindThankYou)
	h.clock.Set(time.Date(2026, 11, 13, 17, 19, 0, 0, nyc).UTC())
	h.once()
	none(t, h.newMail(), KindThankYou)
	h.clock.Set(time.Date(2026, 11, 13, 17, 20, 0, 0, nyc).UTC())
	h.once()
	only(t, h.newMail(), KindThankYou)
}

// A summary names at most summaryListMax people per list and counts the
// rest, with the command that lists them: a list of thousands would make
// an email nobody reads.
func TestSummary_longListsCapped(t *testing.T) {
	h := newHarness(t, nil)
	ctx := t.Context()
	const n = summaryListMax + 5
	if err := h.st.InTx(ctx, func(tx *store.Tx) error {
		for i := range n {
			c := &store.Contact{Name: fmt.Sprintf("Person %02d", i), Email: fmt.Sprintf("p%02d@example.org", i), Status: store.ToContact}
			if err := tx.SaveContact(ctx, c); err != nil {
				return err
			}
			// And three calls with each: sixty, one an hour from
			// tomorrow on, all in the week ahead.
			for k := range 3 {
				start := h.clock.Now().Truncate(time.Hour).Add(time.Duration(24+i*3+k) * time.Hour)
				m := &store.Meeting{ContactID: c.ID, UID: fmt.Sprintf("uid-%d-%d", i, k), Status: store.Confirmed, Start: start, End: start.Add(20 * time.Minute)}
				if err := tx.SaveMeeting(ctx, m); err != nil {
					return err
				}
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := h.d.SendSummary(ctx); err != nil {
		t.Fatal(err)
	}
	h.once()
	s := only(t, h.newMail(), KindSummary)
	for i := range n {
		named := strings.Contains(s.text, fmt.Sprintf("p%02d@example.org", i))
		if named != (i < summaryListMax) {
			t.Errorf("p%02d named in the summary: %v, want %v", i, named, i < summaryListMax)
		}
	}
	if want := "  - and 5 more: coffeechat contacts --status to_contact\n"; !strings.Contains(s.text, want) {
		t.Errorf("text lacks %q:\n%s", want, s.text)
	}
	if want := "And 5 more: <code>coffeechat contacts --status to_contact</code>"; !strings.Contains(s.html, want) {
		t.Errorf("HTML lacks %q:\n%s", want, s.html)
	}
	// The first fifteen calls are named, the other 45 counted.
	if got := strings.Count(s.text, " (confirmed)\n"); got != summaryListMax {
		t.Errorf("%d calls listed as coming up, want %d:\n%s", got, summaryListMax, s.text)
	}
	if want := "  - and 45 more: coffeechat meetings --upcoming\n"; !strings.Contains(s.text, want) || !strings.Contains(s.html, "<code>coffeechat meetings --upcoming</code>") {
		t.Errorf("summary does not count the calls it leaves out:\n%s", s.text)
	}
}
