package daemon

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
)

// vagueReply is a contact's answer in which the reader finds no cue for
// any intent: it can only guess, so coffeechat asks the owner.
const vagueReply = "Hi Alex,\n\nThanks for thinking of me. Things are a bit up in the air here at the moment."

func contactStatus(t *testing.T, h *harness) string {
	t.Helper()
	var c *store.Contact
	err := h.st.View(context.Background(), func(tx *store.Tx) error {
		var err error
		c, err = tx.ContactByEmail(context.Background(), contact)
		return err
	})
	if err != nil {
		t.Fatalf("contact %s: %v", contact, err)
	}
	return c.Status
}

// askedAboutDana delivers the vague reply and returns the question mailed
// to the owner.
func askedAboutDana(t *testing.T, h *harness) sent {
	t.Helper()
	h.deliver(forward("fwd-vague", contact, h.clock.Now().Add(-2*time.Hour), vagueReply))
	h.once()
	mails := h.newMail()
	q := only(t, mails, KindIntentQuestion)
	none(t, mails, KindAsksForTimes)
	if len(mails) != 1 {
		t.Errorf("%d emails for one unclear reply, want only the question", len(mails))
	}
	if strings.Join(q.env.To, ",") != owner {
		t.Errorf("question to %v, want the owner only", q.env.To)
	}
	if irt := q.header.Get("In-Reply-To"); irt != "<fwd-vague@mail.example.test>" {
		t.Errorf("question In-Reply-To %q, want the owner's forward", irt)
	}
	for _, want := range []string{"Dana Whitfield", "up in the air", "asks", "later", "declined", "ignore"} {
		if !strings.Contains(q.text, want) {
			t.Errorf("question does not say %q:\n%s", want, q.text)
		}
	}
	if ms := h.meetings(); len(ms) != 0 {
		t.Errorf("meetings = %d, want none", len(ms))
	}
	if s := contactStatus(t, h); s != store.AwaitingOwner {
		t.Errorf("contact status %q while the owner is asked, want %q", s, store.AwaitingOwner)
	}
	return q
}

func TestUnsureIntent_ownerAnswers(t *testing.T) {
	for _, tc := range []struct {
		answer     string
		wantKind   string
		wantStatus string
	}{
		{"later", KindNotice, store.Deferred},
		{"Declined.", KindNotice, store.ContactDeclined},
		{"asks", KindAsksForTimes, store.Replied},
		{"ignore", KindNotice, store.Replied},
	} {
		t.Run(tc.answer, func(t *testing.T) {
			h := newHarness(t, nil)
			q := askedAboutDana(t, h)
			h.deliver(ownerReply("ans1", q.header.Get("Message-Id"), tc.answer+"\n\nOn Mon, coffeechat wrote:\n> What did Dana Whitfield mean?"))
			h.once()
			mails := h.newMail()
			only(t, mails, tc.wantKind)
			none(t, mails, KindIntentQuestion)
			if s := contactStatus(t, h); s != tc.wantStatus {
				t.Errorf("contact status %q after %q, want %q", s, tc.answer, tc.wantStatus)
			}
		})
	}
}

func TestUnsureIntent_answerNotUnderstoodAsksAgain(t *testing.T) {
	h := newHarness(t, nil)
	q := askedAboutDana(t, h)
	h.deliver(ownerReply("ans1", q.header.Get("Message-Id"), "hmm, not sure myself"))
	h.once()
	again := only(t, h.newMail(), KindIntentQuestion)
	if !strings.Contains(again.text, "did not understand") {
		t.Errorf("second question does not say the answer was not understood:\n%s", again.text)
	}
	// Its answer works like the first's.
	h.deliver(ownerReply("ans2", again.header.Get("Message-Id"), "later"))
	h.once()
	only(t, h.newMail(), KindNotice)
	if s := contactStatus(t, h); s != store.Deferred {
		t.Errorf("contact status %q, want deferred", s)
	}
}

// A clear reply is acted on without asking.
func TestSureIntent_actedOnWithoutAsking(t *testing.T) {
	h := newHarness(t, nil)
	h.deliver(forward("fwd-no", contact, h.clock.Now().Add(-2*time.Hour), "Hi Alex,\n\nI'm sorry, but I can't take on any calls this year."))
	h.once()
	mails := h.newMail()
	none(t, mails, KindIntentQuestion)
	only(t, mails, KindNotice)
	if s := contactStatus(t, h); s != store.ContactDeclined {
		t.Errorf("contact status %q, want declined", s)
	}
}

// A contact whose reply coffeechat could not read for sure is listed in the
// weekly summary until the owner answers; a newer, clear reply from them
// answers the question too.
func TestSummary_listsContactsWaitingForTheOwnersAnswer(t *testing.T) {
	section := "Waiting for your answer to \"What did they mean?\" (asks, later, declined or ignore):\n" +
		"  - Dana Whitfield <dana@northwind.example>, replied November 16; asked you what their reply meant\n"
	summary := func(h *harness) sent {
		t.Helper()
		if err := h.d.SendSummary(t.Context()); err != nil {
			t.Fatal(err)
		}
		h.once()
		return only(t, h.newMail(), KindSummary)
	}
	h := newHarness(t, nil)
	q := askedAboutDana(t, h)
	s := summary(h)
	if !strings.Contains(s.text, section) || !strings.Contains(s.html, "Waiting for your answer</h3>") {
		t.Errorf("summary does not list Dana as waiting for the owner's answer:\n%s", s.text)
	}
	if strings.Contains(s.text, "Nothing to report") {
		t.Errorf("summary with a question pending says nothing to report")
	}
	h.deliver(ownerReply("ans1", q.header.Get("Message-Id"), "ignore"))
	h.once()
	h.newMail()
	if s := summary(h); strings.Contains(s.text, "Waiting for your answer") {
		t.Errorf("summary still lists Dana after the owner's answer:\n%s", s.text)
	}

	// Unanswered, but Dana writes again, clearly: that settles it.
	h2 := newHarness(t, nil)
	askedAboutDana(t, h2)
	h2.deliver(forward("fwd-clear", contact, h2.clock.Now().Add(-time.Hour), "Hi Alex,\n\nI'm sorry, but I can't take on any calls this year."))
	h2.once()
	h2.newMail()
	if s := contactStatus(t, h2); s != store.ContactDeclined {
		t.Errorf("contact status %q after a clear no, want declined", s)
	}
	if s := summary(h2); strings.Contains(s.text, "Waiting for your answer") {
		t.Errorf("summary still lists Dana after her clear reply:\n%s", s.text)
	}
}
