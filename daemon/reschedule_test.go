package daemon

import (
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"

	"github.com/coffeechat/coffeechat/daemon/store"
)

func TestRescheduleCommand_sameUIDNextSequenceToEveryone(t *testing.T) {
	h := newHarness(t, nil)
	m, inv := scheduleDana(t, h)
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	h.newMail()
	h.deliver(ownerReply("r1", inv.header.Get("Message-Id"), "reschedule Wednesday, November 25 at 11am"))
	h.once()
	mails := h.newMail()
	want := time.Date(2026, 11, 25, 11, 0, 0, 0, nyc)
	var to []string
	for _, s := range mails {
		if s.kind != KindInvite && s.kind != KindContactInvite {
			continue
		}
		ev := event(t, s.ics)
		start, _ := ev.DateTimeStart(time.UTC)
		if propValue(ev, ical.PropUID) != m.UID || propValue(ev, ical.PropSequence) != "1" || !start.Equal(want) {
			t.Errorf("%s: UID %s SEQUENCE %s start %v; want %s, 1, %v", s.kind, propValue(ev, ical.PropUID),
				propValue(ev, ical.PropSequence), start, m.UID, want)
		}
		if !strings.HasPrefix(s.subject, "Updated:") {
			t.Errorf("%s subject %q does not say it is an update", s.kind, s.subject)
		}
		to = append(to, s.env.To[0])
	}
	if strings.Join(to, ",") != owner+","+contact {
		t.Errorf("updated invites went to %v, want the owner and the contact", to)
	}
	got := h.meetings()[0]
	if !got.Start.Equal(want) || got.End.Sub(got.Start) != 20*time.Minute || got.Sequence != 1 {
		t.Errorf("meeting after reschedule = %+v", got)
	}
	// The history keeps both times.
	h.st.View(t.Context(), func(tx *store.Tx) error {
		hist, err := tx.MeetingHistory(t.Context(), got.ID)
		if err != nil {
			t.Fatal(err)
		}
		var events []string
		for _, e := range hist {
			events = append(events, e.Event)
		}
		if !strings.Contains(strings.Join(events, ","), "proposed,confirmed,contact invited,rescheduled") {
			t.Errorf("history = %v", events)
		}
		return nil
	})
}

func TestNewerForward_movesTheMeeting(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.deliver(forward("fwd2", contact, h.clock.Now().Add(-time.Hour),
		"Sorry Alex, something came up. Could we do Thursday, November 26 at 10am ET instead?"))
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	ev := event(t, inv.ics)
	start, _ := ev.DateTimeStart(time.UTC)
	if want := time.Date(2026, 11, 26, 10, 0, 0, 0, nyc); !start.Equal(want) || propValue(ev, ical.PropUID) != m.UID ||
		propValue(ev, ical.PropSequence) != "1" {
		t.Errorf("moved invite: start %v UID %s SEQUENCE %s", start, propValue(ev, ical.PropUID), propValue(ev, ical.PropSequence))
	}
	if n := len(h.meetings()); n != 1 {
		t.Errorf("meetings = %d, want the one, moved", n)
	}
}

func TestSchedule_acrossDSTChange(t *testing.T) {
	h := newHarness(t, nil)
	// Thursday 29 October 2026, before the US clocks go back on 1 November.
	h.clock.Set(time.Date(2026, 10, 29, 9, 0, 0, 0, nyc).UTC())
	h.deliver(forward("dst1", contact, h.clock.Now().Add(-time.Hour), "Would Monday, November 2 at 10am ET work?"))
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	start, _ := event(t, inv.ics).DateTimeStart(time.UTC)
	// 10:00 EST (UTC-5) on the Monday after the change is 15:00 UTC, not 14:00.
	if want := time.Date(2026, 11, 2, 15, 0, 0, 0, time.UTC); !start.Equal(want) {
		t.Errorf("DTSTART = %v, want %v", start, want)
	}
	if !strings.Contains(inv.text, "Monday, November 2, 10:00–10:20 AM EST") {
		t.Errorf("invite text:\n%s", inv.text)
	}
}

func TestNothingFits_ownerToldWhyAndOffered(t *testing.T) {
	h := newHarness(t, nil)
	h.deliver(forward("nf1", contact, h.clock.Now().Add(-time.Hour), "Would Saturday, November 21 at 7am ET work?"))
	h.once()
	mails := h.newMail()
	none(t, mails, KindInvite)
	n := only(t, mails, KindNotice)
	if !strings.Contains(n.text, "none of them fits") || !strings.Contains(n.text, "You are free at these times") {
		t.Errorf("notice does not explain and offer:\n%s", n.text)
	}
	if len(h.meetings()) != 0 {
		t.Errorf("a meeting was booked outside availability")
	}
}

func TestAsksForTimes_threeSlotsAndDraft(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.Mailbox.Drafts = "Drafts" })
	h.deliver(forward("aft1", contact, h.clock.Now().Add(-time.Hour), "I'd be glad to chat. Could you send me a few times that work for you?"))
	h.once()
	mails := h.newMail()
	a := only(t, mails, KindAsksForTimes)
	if c := strings.Count(a.text, "  - "); c != 3 {
		t.Errorf("ready-to-send reply offers %d slots, want 3:\n%s", c, a.text)
	}
	drafts, err := h.srv.Messages(dedicated, "Drafts")
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 1 {
		t.Fatalf("Drafts holds %d messages, want the reply", len(drafts))
	}
	d := string(drafts[0])
	if !strings.Contains(d, "To: \"Dana Whitfield\" <"+contact+">") && !strings.Contains(d, "To: <"+contact+">") && !strings.Contains(d, contact) {
		t.Errorf("draft is not addressed to the contact:\n%s", d)
	}
	for _, e := range h.srv.Sent() {
		for _, r := range e.To {
			if r == contact {
				t.Errorf("the asks-for-times reply was sent to the contact; it must only be drafted")
			}
		}
	}
}

func TestPrepBrief_dayBeforeWithThreadAndQuestions(t *testing.T) {
	h := newHarness(t, nil)
	m, _ := scheduleDana(t, h)
	h.clock.Set(m.Start.Add(-24*time.Hour - time.Minute))
	h.once()
	none(t, h.newMail(), KindPrepBrief)
	h.clock.Set(m.Start.Add(-24 * time.Hour))
	h.once()
	b := only(t, h.newMail(), KindPrepBrief)
	for _, want := range []string{"Dana Whitfield (Director of Operations, Northwind Health)", "Tuesday, November 24, 2:00–2:20 PM EST",
		"Would Tuesday, November 24 at 2pm ET work?", "12. ", "two people", "mention their name", "20 minutes"} {
		if !strings.Contains(b.text, want) {
			t.Errorf("prep brief lacks %q:\n%s", want, b.text)
		}
	}
	if strings.Contains(b.text, "13. ") {
		t.Errorf("prep brief has more than 12 questions")
	}
}

func TestInvite_showsContactsZoneWhenItDiffers(t *testing.T) {
	h := newHarness(t, nil)
	// Dana writes from California: her message's Date carries -0800.
	wrote := time.Date(2026, 11, 15, 10, 0, 0, 0, mustLoad("America/Los_Angeles"))
	h.deliver(attachedForward("att1", "dana-1@northwind.example", wrote, "Would Tuesday, November 24 at 11am PT work?"))
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	if !strings.Contains(inv.text, "Tuesday, November 24, 2:00–2:20 PM EST (11:00–11:20 AM PST for Dana)") {
		t.Errorf("owner's invite does not show the contact's time:\n%s", inv.text)
	}
	m := h.meetings()[0]
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	ci := only(t, h.newMail(), KindContactInvite)
	if !strings.Contains(ci.text, "When: Tuesday, November 24, 11:00–11:20 AM PST (Tuesday, November 24, 2:00–2:20 PM EST for me)") {
		t.Errorf("contact's invite does not lead with their time:\n%s", ci.text)
	}
	// Same zone: nothing extra.
	h2 := newHarness(t, nil)
	h2.deliver(attachedForward("att2", "dana-2@northwind.example", time.Date(2026, 11, 15, 10, 0, 0, 0, nyc), "Would Tuesday, November 24 at 2pm ET work?"))
	h2.once()
	if inv := only(t, h2.newMail(), KindInvite); strings.Contains(inv.text, " for Dana)") {
		t.Errorf("same-zone invite shows a second time:\n%s", inv.text)
	}
}

// A contact who wrote before a clock change is shown the call in their
// local time after it: the zone they named ("11am PT") and their Date
// header agree, so the zone is kept by name, not as the offset of the day
// they wrote (UTC-7 in October would put the call an hour off for them).
func TestInvite_contactsZoneAcrossDST(t *testing.T) {
	h := newHarness(t, nil)
	// Wednesday 28 October: California is on PDT (-0700).
	wrote := time.Date(2026, 10, 28, 10, 0, 0, 0, mustLoad("America/Los_Angeles"))
	h.deliver(attachedForward("dst1", "dana-dst@northwind.example", wrote, "Would Tuesday, November 24 at 11am PT work?"))
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	if !strings.Contains(inv.text, "Tuesday, November 24, 2:00–2:20 PM EST (11:00–11:20 AM PST for Dana)") {
		t.Errorf("owner's invite does not show the contact's local time after the change:\n%s", inv.text)
	}
	c, err := h.contact(contact)
	if err != nil {
		t.Fatal(err)
	}
	if c.ZoneName != "America/Los_Angeles" || c.ZoneOffset != -7*3600 {
		t.Errorf("contact zone = %q, offset %d; want America/Los_Angeles, -25200", c.ZoneName, c.ZoneOffset)
	}

	// A zone named for the owner's sake, disagreeing with the contact's
	// own Date header, is not taken as theirs.
	h2 := newHarness(t, nil)
	h2.deliver(attachedForward("dst2", "dana-ny@northwind.example", time.Date(2026, 11, 15, 10, 0, 0, 0, nyc), "Would Tuesday, November 24 at 11am PT work?"))
	h2.once()
	if inv := only(t, h2.newMail(), KindInvite); strings.Contains(inv.text, " for Dana)") {
		t.Errorf("a zone the contact does not live in was shown as theirs:\n%s", inv.text)
	}
	if c, err := h2.contact(contact); err != nil || c.ZoneName != "" {
		t.Errorf("contact zone = %q (%v), want none", c.ZoneName, err)
	}
}

func TestSchedule_noClashWithAnotherCall(t *testing.T) {
	h := newHarness(t, nil)
	scheduleDana(t, h) // Tuesday 24 November, 2:00–2:20 PM
	// Sam offers 2:10 (overlaps Dana's call), then 3pm: the first free one wins.
	h.deliver(strings.ReplaceAll(forward("sam1", "sam@northwind.example", h.clock.Now().Add(-time.Hour),
		"Would Tuesday, November 24 at 2:10pm ET work? Otherwise 3pm ET that day."), "Dana Whitfield", "Sam Ortiz"))
	h.once()
	inv := only(t, h.newMail(), KindInvite)
	start, _ := event(t, inv.ics).DateTimeStart(time.UTC)
	if want := time.Date(2026, 11, 24, 15, 0, 0, 0, nyc); !start.Equal(want) {
		t.Errorf("Sam's call booked at %v, want %v (2:10 clashes with Dana's)", start.In(nyc), want)
	}
}

// The brief's lead time is [schedule] prep_brief (here 48 hours, not the
// default 24); a call sooner than that gets its brief at once.
func TestPrepBrief_configuredLeadAndAtOnceWhenSooner(t *testing.T) {
	h := newHarness(t, func(c *Config) { c.PrepBrief = 48 * time.Hour })
	m, _ := scheduleDana(t, h)
	h.clock.Set(m.Start.Add(-48*time.Hour - time.Minute))
	h.once()
	none(t, h.newMail(), KindPrepBrief)
	h.clock.Set(m.Start.Add(-48 * time.Hour))
	h.once()
	only(t, h.newMail(), KindPrepBrief)

	// Monday 09:00; Lee offers 3pm today, six hours away.
	h2 := newHarness(t, nil)
	wrote := h2.clock.Now().Add(-time.Hour)
	h2.deliver(strings.ReplaceAll(forward("soon1", "lee@fernhill.example", wrote, "Hi Alex,\n\nWould today, Monday November 16 at 3pm ET work?"), "Dana Whitfield", "Lee Chen"))
	h2.once()
	mails := h2.newMail()
	only(t, mails, KindInvite)
	b := only(t, mails, KindPrepBrief)
	if !strings.Contains(b.text, "Monday, November 16, 3:00–3:20 PM EST") {
		t.Errorf("prep brief for the call at 3pm:\n%s", b.text)
	}
}
