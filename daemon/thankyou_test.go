package daemon

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
)

// toThirdParty returns the mails among ms whose envelope names anyone but the
// owner.
func toThirdParty(ms []sent) []sent {
	var out []sent
	for _, m := range ms {
		for _, r := range m.env.To {
			if r != owner {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// With thank_you = "review" the owner gets the draft at the thank-you's
// time and nothing goes to the contact until they reply "send"; then
// exactly one thank-you goes, and a second "send" is told it already went.
func TestThankYouReview_draftThenSendOnce(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ThankYouMode = "review" })
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	h.newMail()
	h.clock.Set(h.d.thankYouAt(m.End))
	h.once()
	mails := h.newMail()
	if third := toThirdParty(mails); len(third) != 0 {
		t.Fatalf("review mode mailed %s before the owner said send", third[0].kind)
	}
	draft := only(t, mails, KindThankYouDraft)
	if !strings.Contains(draft.text, "Nothing goes to Dana until you reply \"send\"") || !strings.Contains(draft.text, "Hi Dana,") {
		t.Errorf("draft to the owner:\n%s", draft.text)
	}
	if got := h.meetings()[0].ThankYou; got != store.ThankYouReview {
		t.Errorf("thank_you = %s, want review", got)
	}

	h.deliver(ownerReply("send1", draft.header.Get("Message-Id"), "send\n\nOn Tue, coffeechat wrote:\n> Here is the thank-you"))
	h.once()
	mails = h.newMail()
	ty := only(t, mails, KindThankYou)
	if strings.Join(ty.env.To, ",") != contact || !strings.Contains(ty.header.Get("Reply-To"), owner) ||
		!strings.Contains(ty.header.Get("From"), dedicated) || !strings.Contains(ty.header.Get("From"), "Alex Rivera") {
		t.Errorf("thank-you to %v, From %q, Reply-To %q; want to Dana, from the dedicated address in Alex's name, replies to Alex",
			ty.env.To, ty.header.Get("From"), ty.header.Get("Reply-To"))
	}
	n := only(t, mails, KindNotice)
	if n.subject != "Thank-you sent to Dana Whitfield" {
		t.Errorf("owner's confirmation %q", n.subject)
	}

	h.deliver(ownerReply("send2", draft.header.Get("Message-Id"), "send"))
	h.once()
	mails = h.newMail()
	none(t, mails, KindThankYou)
	if n := only(t, mails, KindNotice); n.subject != "Already sent" {
		t.Errorf("second send answered %q, want \"Already sent\"", n.subject)
	}
	h.clock.Advance(8 * 24 * time.Hour)
	h.once()
	none(t, h.newMail(), KindThankYou)
}

// "send" in reply to "how did it go?" sends the thank-you at once, before
// its time; the scheduled one then sends nothing. Before the call, "send"
// is refused with a reason.
func TestSendCommand_earlyThenNotAgain(t *testing.T) {
	h := newHarness(t, nil)
	m, inv := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.deliver(ownerReply("early", inv.header.Get("Message-Id"), "send"))
	h.once()
	mails := h.newMail()
	none(t, mails, KindThankYou)
	var notYet bool
	for _, s := range mails {
		notYet = notYet || (s.kind == KindNotice && s.subject == "Not yet")
	}
	if !notYet {
		t.Errorf("\"send\" before the call was not answered \"Not yet\"")
	}

	h.clock.Set(m.End.Add(15 * time.Minute))
	h.once()
	prompt := only(t, h.newMail(), KindNotesPrompt)
	h.deliver(ownerReply("send1", prompt.header.Get("Message-Id"), "send"))
	h.once()
	mails = h.newMail()
	ty := only(t, mails, KindThankYou)
	if strings.Join(ty.env.To, ",") != contact {
		t.Errorf("thank-you to %v", ty.env.To)
	}
	only(t, mails, KindNotice)
	h.clock.Set(h.d.thankYouAt(m.End))
	h.once()
	none(t, h.newMail(), KindThankYou)
	if got := h.meetings()[0]; got.ThankYou != store.ThankYouSent {
		t.Errorf("thank_you = %s, want sent", got.ThankYou)
	}
}

// A call the owner never confirmed gets no automatic thank-you: the owner
// gets the draft to approve instead (the approval gate).
func TestThankYou_unconfirmedCallDraftedToOwner(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.clock.Set(h.d.thankYouAt(m.End))
	h.once()
	mails := h.newMail()
	if third := toThirdParty(mails); len(third) != 0 {
		t.Fatalf("%s mailed to %v for a call the owner never confirmed", third[0].kind, third[0].env.To)
	}
	only(t, mails, KindThankYouDraft)
}

// A call that ends while the daemon is running gets its thank-you from the
// running daemon's scheduler, without any new mail to wake it, and only
// once however long it keeps running.
func TestRun_thankYouDueWhileRunning(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	only(t, h.newMail(), KindContactInvite)
	h.d.maxSleep = 20 * time.Millisecond // the fake clock jumps; look often

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.d.Run(ctx) }()
	stop := func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("Run did not stop within 15s of cancellation")
		}
	}
	defer func() {
		if ctx.Err() == nil {
			stop()
		}
	}()

	// The call happens and ends while the daemon idles: let it settle
	// into its sleep first, so that it is the scheduler waking on its
	// own, not Run's start, that finds the thank-you due.
	time.Sleep(500 * time.Millisecond)
	h.clock.Set(h.d.thankYouAt(m.End))
	var thanks []sent
	deadline := time.Now().Add(15 * time.Second)
	for len(thanks) == 0 && time.Now().Before(deadline) {
		wctx, wcancel := context.WithTimeout(ctx, time.Until(deadline))
		_, err := h.srv.WaitSent(wctx, h.seen+1)
		wcancel()
		if err != nil {
			break
		}
		for _, s := range h.newMail() {
			if s.kind == KindThankYou {
				thanks = append(thanks, s)
			}
		}
	}
	if len(thanks) != 1 {
		t.Fatalf("%d thank-yous from the running daemon after the call, want 1", len(thanks))
	}
	if strings.Join(thanks[0].env.To, ",") != contact {
		t.Errorf("thank-you to %v, want %s", thanks[0].env.To, contact)
	}
	// Days pass with the daemon running: no second thank-you.
	for i := 0; i < 5; i++ {
		h.clock.Advance(24 * time.Hour)
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	for _, s := range h.newMail() {
		if s.kind == KindThankYou {
			t.Errorf("a second thank-you went out after %s", h.clock.Now())
		}
	}
	if got := h.meetings()[0].ThankYou; got != store.ThankYouSent {
		t.Errorf("thank_you = %s, want sent", got)
	}
}
