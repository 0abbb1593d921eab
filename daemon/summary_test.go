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
