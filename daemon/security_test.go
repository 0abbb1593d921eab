package daemon

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/templates"
)

// withAuth adds Authentication-Results headers on top of a message, as the
// receiving server does.
func withAuth(raw string, headers ...string) string {
	var b strings.Builder
	for _, h := range headers {
		b.WriteString("Authentication-Results: " + h + "\n")
	}
	return b.String() + raw
}

func requireAuth(c *Config) {
	c.Auth = AuthPolicy{AuthservID: "mx.example.test", Require: true}
}

func TestOwnerAuthentication(t *testing.T) {
	for _, tc := range []struct {
		name    string
		headers []string
		want    bool // a meeting is created
	}{
		{"no results at all", nil, false},
		{"dkim pass for the owner's domain", []string{"mx.example.test; dkim=pass header.d=example.test; spf=pass smtp.mailfrom=alex@example.test"}, true},
		{"gmail style header.i only", []string{"mx.example.test; dkim=pass header.i=@example.test header.s=20230601"}, true},
		{"dmarc pass", []string{"mx.example.test; dkim=none; spf=softfail smtp.mailfrom=x@y.example; dmarc=pass header.from=example.test"}, true},
		{"dkim fail", []string{"mx.example.test; dkim=fail header.d=example.test; spf=fail smtp.mailfrom=alex@example.test; dmarc=fail header.from=example.test"}, false},
		{"pass from another authserv-id", []string{"mx.evil.example; dkim=pass header.d=example.test; dmarc=pass header.from=example.test"}, false},
		{"pass for another domain", []string{"mx.example.test; dkim=pass header.d=evil.example; dmarc=fail header.from=example.test"}, false},
		{"spf pass alone does not count", []string{"mx.example.test; spf=pass smtp.mailfrom=alex@example.test"}, false},
		{"forged header below the server's own", []string{
			"mx.example.test; dkim=fail header.d=example.test; dmarc=fail header.from=example.test",
			"mx.example.test; dkim=pass header.d=example.test",
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, requireAuth)
			wrote := h.clock.Now().Add(-2 * time.Hour)
			h.deliver(withAuth(forward("fwd1", contact, wrote, "Would Tuesday, November 24 at 2pm ET work?"), tc.headers...))
			h.once()
			mails := h.newMail()
			got := len(h.meetings()) == 1
			if got != tc.want {
				t.Fatalf("meeting created = %v, want %v (mails: %d)", got, tc.want, len(mails))
			}
			if !tc.want {
				n := only(t, mails, KindForeign)
				if !strings.Contains(n.text, "did not authenticate") || !strings.Contains(n.text, "Nothing was sent to anyone because of it") {
					t.Errorf("owner's notice does not say why:\n%s", n.text)
				}
				if len(mails) != 1 {
					t.Errorf("%d mails for a message that failed authentication, want the one notice", len(mails))
				}
				if msgs, _ := h.srv.Messages(dedicated, "Junk"); len(msgs) != 1 {
					t.Errorf("Junk holds %d messages, want the unauthenticated one moved aside", len(msgs))
				}
				for _, m := range mails {
					for _, r := range m.env.To {
						if r != owner {
							t.Errorf("mail to third party %s", r)
						}
					}
				}
			}
		})
	}
}

func TestForgedOwnerAcceptance_doesNotApprove(t *testing.T) {
	h := newHarness(t, requireAuth)
	wrote := h.clock.Now().Add(-2 * time.Hour)
	h.deliver(withAuth(forward("fwd1", contact, wrote, "Would Tuesday, November 24 at 2pm ET work?"),
		"mx.example.test; dkim=pass header.d=example.test"))
	h.once()
	h.newMail()
	m := h.meetings()[0]
	// A REPLY that says it is from the owner, with no authentication: it
	// must not confirm the meeting, so the contact gets nothing.
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	if got := h.meetings()[0]; got.Status != store.Proposed || got.ContactInvited {
		t.Errorf("unauthenticated acceptance confirmed the meeting: %+v", got)
	}
	none(t, h.newMail(), KindContactInvite)
	// The authenticated one does.
	h.deliver(withAuth(calendarReply("acc2", owner, m.UID, 0, "ACCEPTED"), "mx.example.test; dkim=pass header.d=example.test"))
	h.once()
	only(t, h.newMail(), KindContactInvite)
}

func TestForeignNotices_rateLimited(t *testing.T) {
	h := newHarness(t, nil)
	for i := range 5 {
		raw := forward(fmt.Sprintf("spam%d", i), contact, h.clock.Now().Add(-time.Hour), "Tuesday, November 24 at 2pm ET?")
		h.deliver(strings.Replace(raw, "From: Alex Rivera <"+owner+">", "From: Mallory <mallory@evil.example>", 1))
	}
	h.once()
	only(t, h.newMail(), KindForeign)
	if msgs, _ := h.srv.Messages(dedicated, "Junk"); len(msgs) != 5 {
		t.Errorf("Junk holds %d messages, want all 5", len(msgs))
	}
	h.clock.Advance(2 * time.Hour)
	raw := forward("spam9", contact, h.clock.Now().Add(-time.Hour), "hi")
	h.deliver(strings.Replace(raw, "From: Alex Rivera <"+owner+">", "From: Mallory <mallory@evil.example>", 1))
	h.once()
	only(t, h.newMail(), KindForeign)
}

func TestHostileContactName_noInjection(t *testing.T) {
	h := newHarness(t, nil)
	wrote := time.Date(2026, 11, 15, 10, 0, 0, 0, nyc)
	// A name that decodes (RFC 2047) to a CR LF and a header, in the
	// headers of the contact's attached message.
	raw := attachedForward("att1", "dana-1@northwind.example", wrote, "Would Tuesday, November 24 at 2pm ET work?")
	raw = strings.Replace(raw, "From: Dana Whitfield <"+contact+">",
		"From: =?UTF-8?B?"+b64("Dana\r\nBcc: victim@elsewhere.example")+"?= <"+contact+">", 1)
	h.deliver(raw)
	h.once()
	mails := h.newMail()
	inv := only(t, mails, KindInvite)
	if strings.Contains(string(inv.env.Data), "\r\nBcc:") || len(inv.env.To) != 1 || inv.env.To[0] != owner {
		t.Fatalf("header injected: rcpts %v\n%s", inv.env.To, inv.env.Data)
	}
	if len(mails) != 1 {
		t.Errorf("%d mails, want the owner's invite only", len(mails))
	}
	// What the owner is told: who the contact is (by a name cleaned of its
	// line break, or by address), in a subject of one line.
	if strings.ContainsAny(inv.subject, "\r\n") ||
		!(strings.Contains(inv.subject, "/ Dana Bcc: victim@elsewhere.example —") || strings.Contains(inv.subject, "/ "+contact+" —")) {
		t.Errorf("invite subject %q", inv.subject)
	}
	// The owner accepts: the contact's invite goes to the contact alone.
	m := h.meetings()[0]
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	ci := only(t, h.newMail(), KindContactInvite)
	if strings.Join(ci.env.To, ",") != contact || strings.Contains(string(ci.env.Data), "\r\nBcc:") {
		t.Errorf("contact invite to %v:\n%s", ci.env.To, ci.env.Data)
	}
	for _, e := range h.srv.Sent() {
		for _, r := range e.To {
			if r != owner && r != contact {
				t.Errorf("mail to %s", r)
			}
		}
	}
	h.st.View(t.Context(), func(tx *store.Tx) error {
		c, err := tx.ContactByEmail(t.Context(), contact)
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(c.Name, "\r\n") {
			t.Errorf("stored contact name %q keeps a line break", c.Name)
		}
		return nil
	})
}

func TestScriptInContactName_escapedInHTML(t *testing.T) {
	h := newHarness(t, nil)
	wrote := h.clock.Now().Add(-2 * time.Hour)
	raw := forward("fwd1", contact, wrote, "Would Tuesday, November 24 at 2pm ET work?")
	raw = strings.Replace(raw, "From: Dana Whitfield <"+contact+">", `From: "Dana <script>alert(1)</script>" <`+contact+">", 1)
	h.deliver(raw)
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	if strings.Contains(inv.html, "<script>") || !strings.Contains(inv.html, "&lt;script&gt;") {
		t.Errorf("invite HTML does not escape the contact's name:\n%s", inv.html)
	}
	// The weekly summary's HTML lists the contact: escaped there too.
	h.clock.Set(time.Date(2026, 11, 20, 9, 0, 0, 0, nyc).UTC())
	if err := h.d.SendSummary(t.Context()); err != nil {
		t.Fatal(err)
	}
	h.once()
	s := only(t, h.newMail(), KindSummary)
	if strings.Contains(s.html, "<script>") || !strings.Contains(s.html, "&lt;script&gt;") {
		t.Errorf("summary HTML does not escape the contact's name:\n%s", s.html)
	}
}

func TestThirdPartyDailyCap(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.ThirdPartyDailyCap = 1; c.ContactInvites = "immediately" })
	wrote := h.clock.Now().Add(-2 * time.Hour)
	h.deliver(forward("fwd1", contact, wrote, "Would Tuesday, November 24 at 2pm ET work?"))
	h.deliver(strings.ReplaceAll(forward("fwd2", "sam@northwind.example", wrote, "Would Wednesday, November 25 at 10am ET work?"), "Dana Whitfield", "Sam Ortiz"))
	h.once()
	mails := h.newMail()
	var third int
	for _, m := range mails {
		if m.kind == KindContactInvite {
			third++
		}
	}
	if third != 1 {
		t.Fatalf("contact invites sent = %d, want 1 (cap)", third)
	}
	n := only(t, mails, KindCapReached)
	if strings.Join(n.env.To, ",") != owner || !strings.Contains(n.text, "third_party_daily_cap") || !strings.Contains(n.text, "sent 1 emails to other people") {
		t.Errorf("cap notice to %v:\n%s", n.env.To, n.text)
	}
	// A day later the waiting invite goes, and nothing was lost.
	h.clock.Advance(25 * time.Hour)
	h.once()
	only(t, h.newMail(), KindContactInvite)
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func TestScriptInSignature_escapedInSummary(t *testing.T) {
	h := newHarness(t, nil)
	wrote := h.clock.Now().Add(-2 * time.Hour)
	raw := forward("fwd1", contact, wrote, "Would Tuesday, November 24 at 2pm ET work?")
	raw = strings.Replace(raw, "Director of Operations, Northwind Health", "Director of Operations, <script>alert(1)</script> Northwind Health", 1)
	h.deliver(raw)
	h.once()
	h.newMail()
	h.clock.Set(time.Date(2026, 11, 20, 9, 0, 0, 0, nyc).UTC())
	if err := h.d.SendSummary(t.Context()); err != nil {
		t.Fatal(err)
	}
	h.once()
	mails := h.newMail()
	s := only(t, mails, KindSummary)
	if !strings.Contains(s.text, "<script>alert(1)</script> Northwind Health") {
		t.Fatalf("the signature's organisation did not reach the summary (test premise):\n%s", s.text)
	}
	if strings.Contains(s.html, "<script>") || !strings.Contains(s.html, "&lt;script&gt;") {
		t.Errorf("summary HTML does not escape the signature:\n%s", s.html)
	}
	for _, m := range mails {
		for _, r := range m.env.To {
			if r != owner {
				t.Errorf("mail to third party %s", r)
			}
		}
	}
}

// A message whose handling keeps failing for a reason that is not about the
// message itself (here a template that breaks only on real data) is
// retried, then quarantined with the reason, instead of blocking the inbox
// forever.
func TestPoisonMessage_quarantinedAfterRepeatedFailures(t *testing.T) {
	h := newHarness(t, nil)
	failOnUnspecifiedPlace(t, h)
	h.deliver(forward("p1", contact, h.clock.Now().Add(-time.Hour), "Would Tuesday, November 24 at 2pm ET work?"))
	for i := 0; i < maxIntakeFailures-1; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := h.d.Once(ctx)
		cancel()
		if err == nil {
			t.Fatalf("run %d: Once succeeded although the message cannot be handled", i+1)
		}
		if msgs, _ := h.srv.Messages(dedicated, "INBOX"); len(msgs) != 1 {
			t.Fatalf("run %d: the message left the inbox before its retries ran out", i+1)
		}
	}
	h.once() // the last failure quarantines it
	n := only(t, h.newMail(), KindQuarantine)
	if !strings.Contains(n.text, "failed 3 times") {
		t.Errorf("owner's notice does not say why:\n%s", n.text)
	}
	if msgs, _ := h.srv.Messages(dedicated, "Junk"); len(msgs) != 1 {
		t.Errorf("Junk holds %d messages, want the poison message", len(msgs))
	}
	if len(h.meetings()) != 0 {
		t.Errorf("a meeting was recorded for a message that failed")
	}
	// The inbox is unblocked: the next message is handled.
	h.d.tmpl, _ = templates.Load("")
	h.deliver(forward("p2", contact, h.clock.Now().Add(-time.Hour), "Would Wednesday, November 25 at 2pm ET work?"))
	h.once()
	only(t, h.newMail(), KindInvite)
}

// A stranger's words come back to the owner only as text: the notice about
// their message quotes its sender and subject, escaped in the HTML part,
// so a link or script in them is shown, never rendered.
func TestForeignNotice_attackerTextIsNotHTML(t *testing.T) {
	h := newHarness(t, nil)
	h.deliver("From: \"<script>alert(1)</script>\" <mallory@evil.example>\nTo: " + dedicated +
		"\nSubject: <a href=\"https://evil.example/login\">Verify your account</a>\nMessage-ID: <ev1@evil.example>\n\nclick it\n")
	h.once()
	mails := h.newMail()
	n := only(t, mails, KindForeign)
	if len(mails) != 1 || strings.Join(n.env.To, ",") != owner {
		t.Fatalf("mails: %d, notice to %v; want one notice to the owner", len(mails), n.env.To)
	}
	if !strings.Contains(n.text, "Subject: <a href=\"https://evil.example/login\">Verify your account</a>") {
		t.Errorf("notice text does not quote the subject:\n%s", n.text)
	}
	lower := strings.ToLower(n.html)
	if strings.Contains(lower, "<a ") || strings.Contains(lower, "<script") || !strings.Contains(n.html, "&lt;a href=") {
		t.Errorf("notice HTML renders the stranger's markup:\n%s", n.html)
	}
}

// Replies that are not a contact's own answer change nothing and send
// nothing: the contact answering for the owner, a contact answering a
// meeting that is not theirs, a stranger answering for the contact.
func TestForgedReplies_onlyTheSendersOwnAnswer(t *testing.T) {
	for _, tc := range []struct {
		name, from, attendee, partstat string
		otherMeeting                   bool
	}{
		{"contact declines for the owner", contact, owner, "DECLINED", false},
		{"contact answers another contact's meeting", contact, contact, "DECLINED", true},
		{"stranger declines for the contact", "mallory@evil.example", contact, "DECLINED", false},
		{"stranger accepts as herself", "mallory@evil.example", "mallory@evil.example", "ACCEPTED", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, nil)
			m, _ := scheduleDana(t, h)
			h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
			h.once()
			target := m
			if tc.otherMeeting {
				wrote := h.clock.Now().Add(-2 * time.Hour)
				h.deliver(strings.ReplaceAll(forward("fwd-sam", "sam@northwind.example", wrote, "Would Wednesday, November 25 at 10am ET work?"), "Dana Whitfield", "Sam Ortiz"))
				h.once()
				for _, x := range h.meetings() {
					if x.ID != m.ID {
						target = x
					}
				}
				h.deliver(calendarReply("acc2", owner, target.UID, 0, "ACCEPTED"))
				h.once()
			}
			h.newMail()
			before := map[int64]store.Meeting{}
			for _, x := range h.meetings() {
				before[x.ID] = *x
			}
			raw := calendarReply("forged", tc.from, target.UID, 0, tc.partstat)
			raw = strings.Replace(raw, "ATTENDEE;PARTSTAT="+tc.partstat+":mailto:"+tc.from, "ATTENDEE;PARTSTAT="+tc.partstat+":mailto:"+tc.attendee, 1)
			h.deliver(raw)
			h.once()
			for _, x := range h.meetings() {
				b := before[x.ID]
				if x.Status != b.Status || x.OwnerPartStat != b.OwnerPartStat || x.ContactPartStat != b.ContactPartStat || x.Sequence != b.Sequence {
					t.Errorf("meeting %d changed: %s/%s/%s seq %d, was %s/%s/%s seq %d", x.ID,
						x.Status, x.OwnerPartStat, x.ContactPartStat, x.Sequence, b.Status, b.OwnerPartStat, b.ContactPartStat, b.Sequence)
				}
			}
			// Ignored and logged: nothing to anyone, the owner included.
			if mails := h.newMail(); len(mails) != 0 {
				t.Errorf("%d mails after a forged REPLY (first: %s to %v)", len(mails), mails[0].kind, mails[0].env.To)
			}
		})
	}
}

// A subject that decodes to a line break and a header reaches the contact's
// thank-you ("Re: ...") as one line: no header is added, and the mail goes
// to the contact alone.
func TestHostileSubject_noInjectionInThankYou(t *testing.T) {
	h := newHarness(t, nil)
	wrote := time.Date(2026, 11, 12, 10, 0, 0, 0, nyc)
	h.clock.Set(time.Date(2026, 11, 13, 16, 0, 0, 0, nyc).UTC())
	raw := attachedForward("att1", "dana-7@northwind.example", wrote, "Friday, November 13 at 3pm ET works for me.")
	raw = strings.Replace(raw, "Subject: Fwd: Informational interview\n", "Subject: =?UTF-8?B?"+b64("Fwd: Informational interview\r\nBcc: victim@elsewhere.example")+"?=\n", 1)
	raw = strings.Replace(raw, "Subject: Re: Informational interview\n", "Subject: =?UTF-8?B?"+b64("Re: Informational interview\r\nBcc: victim@elsewhere.example")+"?=\n", 1)
	h.deliver(raw)
	h.once()
	h.newMail()
	h.clock.Set(time.Date(2026, 11, 14, 9, 0, 0, 0, nyc).UTC())
	h.once()
	mails := h.newMail()
	ty := only(t, mails, KindThankYou)
	if strings.Join(ty.env.To, ",") != contact || strings.Contains(string(ty.env.Data), "\r\nBcc:") {
		t.Fatalf("thank-you to %v:\n%s", ty.env.To, ty.env.Data)
	}
	if ty.subject != "Re: Informational interview Bcc: victim@elsewhere.example" {
		t.Errorf("thank-you subject %q", ty.subject)
	}
	for _, e := range h.srv.Sent() {
		for _, r := range e.To {
			if r != owner && r != contact {
				t.Errorf("mail to %s", r)
			}
		}
	}
}

// Automatic mail goes to the meeting's contact alone: never to someone in
// Cc of their message, in their signature or in the quoted text, all of
// whom the thread names.
func TestAutomaticMail_onlyToTheMeetingsContact(t *testing.T) {
	h := newHarness(t, nil)
	wrote := h.clock.Now().Add(-2 * time.Hour)
	raw := attachedForward("att1", "dana-9@northwind.example", wrote, "Hi Alex,\n\nWould Tuesday, November 24 at 2pm ET work?\n\n"+
		"Dana Whitfield\nDirector of Operations\nAssistant: Pat Lee <pat@northwind.example>\n\n"+
		"On Sat, Nov 14, 2026 at 9:00 AM Alex Rivera <"+owner+"> wrote:\n> Dear Dana, Sam Ortiz <sam@northwind.example> suggested I write.\n"+
		"> From: Other Person <other@elsewhere.example>")
	raw = strings.Replace(raw, "To: Alex Rivera <"+owner+">\nSubject: Re:", "To: Alex Rivera <"+owner+">\nCc: Boss <boss@northwind.example>\nSubject: Re:", 1)
	h.deliver(raw)
	h.once()
	m := h.meetings()[0]
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	h.clock.Set(h.d.thankYouAt(m.End))
	h.once()
	kinds := map[string]bool{}
	for _, s := range h.newMail() {
		if len(s.env.To) == 1 && s.env.To[0] == owner {
			continue
		}
		kinds[s.kind] = true
		if strings.Join(s.env.To, ",") != contact {
			t.Errorf("%s mail to %v, want %s alone", s.kind, s.env.To, contact)
		}
		if cc := s.header.Get("Cc"); cc != "" {
			t.Errorf("%s mail has Cc %q", s.kind, cc)
		}
		if to := s.header.Get("To"); !strings.Contains(to, contact) || strings.Count(to, "@") != 1 {
			t.Errorf("%s mail To: %q", s.kind, to)
		}
	}
	if !kinds[KindContactInvite] || !kinds[KindThankYou] {
		t.Errorf("mail to the contact: %v, want the invite and the thank-you (test premise)", kinds)
	}
}

// A message too large to read is set aside, and the owner's notice names
// its sender and subject (from the server's envelope); a stranger's large
// mail is told about at most once an interval, like any stranger's.
func TestTooLarge_noticeNamesSubjectAndStrangersAreRateLimited(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Mailbox.MaxSize = 4000 })
	padding := strings.Repeat("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n", 100)
	big := func(id, from, subject string) string {
		return "From: " + from + "\nTo: " + dedicated + "\nSubject: " + subject + "\nMessage-ID: <" + id + "@x.example>\n\n" + padding
	}
	h.deliver(big("big1", "Alex Rivera <"+owner+">", "Fwd: a very long thread"))
	h.once()
	mails := h.newMail()
	n := only(t, mails, KindQuarantine)
	if len(mails) != 1 || n.subject != "Could not read a message: Fwd: a very long thread" ||
		!strings.Contains(n.text, "From: "+owner+"\nSubject: Fwd: a very long thread") || !strings.Contains(n.text, "larger than the 4000 bytes") {
		t.Errorf("%d mails; notice %q:\n%s", len(mails), n.subject, n.text)
	}

	h.deliver(big("big2", "Mallory <mallory@evil.example>", "=?UTF-8?B?"+b64("<b>Win</b> a prize")+"?="))
	h.deliver(big("big3", "Mallory <mallory@evil.example>", "again"))
	h.once()
	mails = h.newMail()
	f := only(t, mails, KindForeign)
	if len(mails) != 1 || !strings.Contains(f.text, "From: mallory@evil.example\nSubject: <b>Win</b> a prize") ||
		!strings.Contains(f.text, "not one of your addresses") || strings.Contains(f.html, "<b>Win") {
		t.Errorf("%d mails; stranger notice:\n%s\n%s", len(mails), f.text, f.html)
	}
	if msgs, _ := h.srv.Messages(dedicated, "Junk"); len(msgs) != 3 {
		t.Errorf("Junk holds %d messages, want the 3 large ones", len(msgs))
	}
}

// A message coffeechat cannot read (here nested too deeply) is set aside;
// its header still says who sent it and what it is. The owner's own gets a
// notice each; a stranger's, or one claiming to be the owner's without
// authentication, gets at most one an interval, so malformed mail cannot
// flood the owner.
func TestUnreadable_noticeNamesSenderAndStrangersAreRateLimited(t *testing.T) {
	nested := func(id, from, subject string) string {
		var b strings.Builder
		b.WriteString("From: " + from + "\nTo: " + dedicated + "\nSubject: " + subject + "\nMessage-ID: <" + id + "@x.example>\nMIME-Version: 1.0\n")
		for i := 0; i < 30; i++ {
			fmt.Fprintf(&b, "Content-Type: message/rfc822\n\nFrom: Level %d <l@x.example>\nSubject: level %d\nMIME-Version: 1.0\n", i, i)
		}
		b.WriteString("Content-Type: text/plain\n\nthe bottom\n")
		return b.String()
	}
	h := newHarness(t, nil)
	h.deliver(nested("n1", "Alex Rivera <"+owner+">", "Fwd: Fwd: deep"))
	h.deliver(nested("n2", "Alex Rivera <"+owner+">", "Fwd: deeper"))
	h.once()
	mails := h.newMail()
	if len(mails) != 2 {
		t.Fatalf("%d mails for two of the owner's unreadable messages, want a notice each", len(mails))
	}
	for i, want := range []string{"Fwd: Fwd: deep", "Fwd: deeper"} {
		if n := mails[i]; n.kind != KindQuarantine || n.subject != "Could not read a message: "+want || !strings.Contains(n.text, "From: "+owner+"\nSubject: "+want) ||
			!strings.Contains(n.text, "nests parts too deeply") {
			t.Errorf("notice %d: %s %q:\n%s", i, n.kind, n.subject, n.text)
		}
	}
	for i := range 3 {
		h.deliver(nested(fmt.Sprintf("m%d", i), "Mallory <mallory@evil.example>", "deep"))
	}
	h.once()
	mails = h.newMail()
	f := only(t, mails, KindForeign)
	if len(mails) != 1 || !strings.Contains(f.text, "From: mallory@evil.example\nSubject: deep") || !strings.Contains(f.text, "nests parts too deeply") {
		t.Errorf("%d mails for three strangers' unreadable messages; notice:\n%s", len(mails), f.text)
	}

	// With authentication required, the owner's address alone is not
	// enough: such a message counts as a stranger's.
	h2 := newHarness(t, requireAuth)
	for i := range 3 {
		h2.deliver(nested(fmt.Sprintf("s%d", i), "Alex Rivera <"+owner+">", "deep"))
	}
	h2.deliver(withAuth(nested("a1", "Alex Rivera <"+owner+">", "signed and deep"), "mx.example.test; dkim=pass header.d=example.test"))
	h2.once()
	mails = h2.newMail()
	only(t, mails, KindForeign)
	if n := only(t, mails, KindQuarantine); n.subject != "Could not read a message: signed and deep" {
		t.Errorf("authenticated owner's notice %q", n.subject)
	}
	if msgs, _ := h2.srv.Messages(dedicated, "Junk"); len(msgs) != 4 {
		t.Errorf("Junk holds %d messages, want all 4", len(msgs))
	}
}

// Anyone can send a calendar reply that does not parse: a stranger's are
// set aside with at most one notice an interval; the owner's own is told
// each time.
func TestBrokenReply_strangersRateLimited(t *testing.T) {
	broken := func(id, from string) string {
		return "From: " + from + "\nTo: " + dedicated + "\nSubject: Accepted: invite\nMessage-ID: <" + id + "@x.example>\nMIME-Version: 1.0\n" +
			"Content-Type: text/calendar; method=REPLY; charset=UTF-8\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nUID;;;\nEND:VCALENDAR\n"
	}
	h := newHarness(t, nil)
	for i := range 3 {
		h.deliver(broken(fmt.Sprintf("b%d", i), "mallory@evil.example"))
	}
	h.once()
	mails := h.newMail()
	f := only(t, mails, KindForeign)
	if len(mails) != 1 || !strings.Contains(f.text, "calendar reply could not be read") {
		t.Errorf("%d mails for three strangers' broken replies; notice:\n%s", len(mails), f.text)
	}
	h.deliver(broken("o1", owner))
	h.once()
	only(t, h.newMail(), KindQuarantine)
	if msgs, _ := h.srv.Messages(dedicated, "Junk"); len(msgs) != 4 {
		t.Errorf("Junk holds %d messages, want all 4", len(msgs))
	}
}

// spf=pass for the owner's domain counts only when [security]
// spf_pass_counts says so, and never for another domain.
func TestOwnerAuthentication_spfWhenConfigured(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{"mx.example.test; spf=pass smtp.mailfrom=alex@example.test", true},
		{"mx.example.test; spf=pass smtp.mailfrom=bounce@evil.example", false},
		{"mx.example.test; spf=fail smtp.mailfrom=alex@example.test", false},
	} {
		h := newHarness(t, func(c *Config) { requireAuth(c); c.Auth.AllowSPF = true })
		h.deliver(withAuth(forward("fwd1", contact, h.clock.Now().Add(-2*time.Hour), "Would Tuesday, November 24 at 2pm ET work?"), tc.header))
		h.once()
		mails := h.newMail()
		if got := len(h.meetings()) == 1; got != tc.want {
			t.Errorf("%s: meeting created = %v, want %v", tc.header, got, tc.want)
		}
		if !tc.want {
			only(t, mails, KindForeign)
		}
		if third := toThirdParty(mails); len(third) != 0 {
			t.Errorf("%s: mail to %v", tc.header, third[0].env.To)
		}
	}
}

// DMARC's relaxed alignment by organisational domain (Public Suffix
// List), never by a bare suffix: a public suffix or a neighbour under one
// vouches for no one.
func TestAligned(t *testing.T) {
	for _, c := range []struct {
		auth, from string
		want       bool
	}{
		{"gmail.com", "gmail.com", true},
		{"GMAIL.COM", "gmail.com", true},
		{"example.com", "news.example.com", true},
		{"mail.example.com", "example.com", true},
		{"mail.example.com", "news.example.com", true},
		{"example.com.", "example.com", true},
		{"owner.co.uk", "owner.co.uk", true},
		{"mail.owner.co.uk", "owner.co.uk", true},
		{"co.uk", "owner.co.uk", false},
		{"other.co.uk", "owner.co.uk", false},
		{"github.io", "owner.github.io", false},
		{"attacker.github.io", "owner.github.io", false},
		{"evilexample.com", "example.com", false},
		{"example.com.evil.net", "example.com", false},
		{"", "example.com", false},
		{"example.com", "", false},
	} {
		if got := aligned(c.auth, c.from); got != c.want {
			t.Errorf("aligned(%q, %q) = %v, want %v", c.auth, c.from, got, c.want)
		}
	}
}
