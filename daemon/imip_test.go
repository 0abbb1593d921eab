package daemon

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/calendar/caltest"
)

// checkSentCalendars runs, when a test ends, over every email with a
// calendar that the test's SMTP server accepted: caltest.ParseIMIP checks
// the MIME structure (the alternatives, method= equal to METHOD, the
// invite.ics attachment, To/Cc exactly the ATTENDEEs), and Debian's
// python3-icalendar, a second implementation, must read the same METHOD,
// UID, SEQUENCE, STATUS, times, organizer and attendees as go-ical. Every
// harness registers it, so every REQUEST and CANCEL of every daemon test
// is checked, not only the ones a test looks at.
func (h *harness) checkSentCalendars() {
	t := h.t
	var cals []sent
	var objs [][]byte
	for _, e := range h.srv.Sent() {
		s := parseSent(t, e)
		if s.ics == nil {
			continue
		}
		caltest.ParseIMIP(t, e.Data)
		cals = append(cals, s)
		objs = append(objs, s.ics)
	}
	for i, py := range caltest.Python(t, objs...) {
		s := cals[i]
		name := fmt.Sprintf("%s %s to %v", s.kind, s.method, s.env.To)
		if py.Method != s.method || len(py.Events) != 1 {
			t.Errorf("%s: python3-icalendar reads METHOD %q with %d events, want %s with 1", name, py.Method, len(py.Events), s.method)
			continue
		}
		ev, pe := event(t, s.ics), py.Events[0]
		start, _ := ev.DateTimeStart(time.UTC)
		end, _ := ev.DateTimeEnd(time.UTC)
		iso := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
		var partstats, pyPartstats []string
		for _, a := range ev.Props.Values(ical.PropAttendee) {
			partstats = append(partstats, a.Params.Get(ical.ParamParticipationStatus))
		}
		for _, a := range pe.Attendees {
			pyPartstats = append(pyPartstats, a.PartStat)
		}
		org := ""
		if pe.Organizer != nil {
			org = strings.ToLower(pe.Organizer.Addr)
		}
		for _, c := range []struct{ field, gotPy, gotGo string }{
			{"UID", pe.UID, propValue(ev, ical.PropUID)},
			{"SEQUENCE", fmt.Sprint(pe.Sequence), propValue(ev, ical.PropSequence)},
			{"STATUS", pe.Status, propValue(ev, ical.PropStatus)},
			{"DTSTART", pe.DTStart, iso(start)},
			{"DTEND", pe.DTEnd, iso(end)},
			{"ORGANIZER", org, strings.ToLower(propValue(ev, ical.PropOrganizer))},
			{"ATTENDEE", strings.Join(pe.AttendeeAddrs(), ","), strings.Join(attendees(ev), ",")},
			{"PARTSTAT", strings.Join(pyPartstats, ","), strings.Join(partstats, ",")},
		} {
			if c.gotPy != c.gotGo {
				t.Errorf("%s: %s: python3-icalendar reads %q, go-ical %q", name, c.field, c.gotPy, c.gotGo)
			}
		}
	}
}

// calWant is one calendar email a flow must send, in order.
type calWant struct {
	kind, to, method string
	seq              int
}

func (w calWant) String() string { return fmt.Sprintf("%s→%s %s/%d", w.kind, w.to, w.method, w.seq) }

// expectCalendars checks that mails hold exactly the calendar emails want,
// in order, each to its one recipient, and runs the shared ics-check on
// each: no WARN and no FAIL. The contact's copies must not carry the
// owner's prep brief.
func expectCalendars(t *testing.T, h *harness, step string, mails []sent, want ...calWant) []sent {
	t.Helper()
	var got []calWant
	var cals []sent
	for _, s := range mails {
		if s.ics == nil {
			continue
		}
		seq := -1
		fmt.Sscan(propValue(event(t, s.ics), ical.PropSequence), &seq)
		got = append(got, calWant{s.kind, strings.Join(s.env.To, ","), s.method, seq})
		cals = append(cals, s)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("%s: calendar emails %v, want %v", step, got, want)
	}
	for i, s := range cals {
		caltest.ICSCheck(t, fmt.Sprintf("%s-%d-%s.eml", strings.ReplaceAll(step, " ", "-"), i, s.kind), s.env.Data)
		if s.env.To[0] == contact {
			noBrief(t, h, s)
		}
	}
	return cals
}

// noBrief fails when a mail for the contact holds any part of the owner's
// prep brief: its heading, the questions, or the contact's words quoted.
func noBrief(t *testing.T, h *harness, s sent) {
	t.Helper()
	leaks := append([]string{"Prep brief", "Questions to choose from", "last wrote"}, h.d.tmpl.Questions(12)...)
	for _, part := range []struct{ name, body string }{{"text", s.text}, {"html", s.html}, {"calendar", string(s.ics)}} {
		for _, l := range leaks {
			if strings.Contains(part.body, l) {
				t.Errorf("the contact's %s %s holds the owner's prep brief (%q):\n%s", s.kind, part.name, l, part.body)
			}
		}
	}
}

// TestIMIP_everyFlow (issue 4): every REQUEST and CANCEL coffeechat sends,
// in every flow and contact_invites mode, goes to each attendee in an email
// of its own whose calendar names that attendee alone, passes ics-check
// with no WARN (and, through checkSentCalendars, python3-icalendar), and
// the contact gets only what the owner's approval or config allows.
func TestIMIP_everyFlow(t *testing.T) {
	t.Run("after-owner-accepts: calendar accept, reschedule, cancel", func(t *testing.T) {
		t.Parallel() // own servers and database; the checkers are subprocesses
		h := newHarness(t, nil)
		m, inv := scheduleDana(t, h)
		expectCalendars(t, h, "owner invite", []sent{inv}, calWant{KindInvite, owner, "REQUEST", 0})
		if !strings.Contains(inv.text, "Dana gets an invite of their own once you accept.") {
			t.Errorf("owner's invite does not say what the contact gets:\n%s", inv.text)
		}
		h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
		h.once()
		mails := h.newMail()
		ci := expectCalendars(t, h, "contact invite", mails, calWant{KindContactInvite, contact, "REQUEST", 0})[0]
		if cc := ci.header.Get("Cc"); cc != "" {
			t.Errorf("contact's invite Cc %q: each attendee gets a copy of their own", cc)
		}
		if n := only(t, mails, KindNotice); !strings.Contains(n.text, "Dana has the invite too: from "+dedicated+" to "+contact) {
			t.Errorf("owner not told the contact's invite went out:\n%s", n.text)
		}
		// The contact accepts; the move asks them again.
		h.deliver(calendarReply("acc2", contact, m.UID, 0, "ACCEPTED"))
		h.deliver(ownerReply("r1", inv.header.Get("Message-Id"), "reschedule Wednesday, November 25 at 11am"))
		h.once()
		up := expectCalendars(t, h, "reschedule", h.newMail(),
			calWant{KindInvite, owner, "REQUEST", 1}, calWant{KindContactInvite, contact, "REQUEST", 1})
		if ps := event(t, up[1].ics).Props.Get(ical.PropAttendee).Params.Get(ical.ParamParticipationStatus); ps != calendar.NeedsAction {
			t.Errorf("contact's update PARTSTAT = %s, want NEEDS-ACTION: they accepted the old time, not this one", ps)
		}
		if ps := event(t, up[0].ics).Props.Get(ical.PropAttendee).Params.Get(ical.ParamParticipationStatus); ps != calendar.Accepted {
			t.Errorf("owner's update PARTSTAT = %s, want ACCEPTED: they moved it", ps)
		}
		if !strings.Contains(up[0].text, "Your call with Dana Whitfield (Northwind Health) has a new time") ||
			!strings.Contains(up[0].text, "Dana gets the new time too.") {
			t.Errorf("owner's update text:\n%s", up[0].text)
		}
		h.deliver(ownerReply("c1", inv.header.Get("Message-Id"), "cancel"))
		h.once()
		cn := expectCalendars(t, h, "cancel", h.newMail(), calWant{KindCancel, owner, "CANCEL", 2}, calWant{KindCancel, contact, "CANCEL", 2})
		if !strings.Contains(cn[0].text, "Dana gets the cancellation too.") || !strings.Contains(cn[1].text, "I am sorry, but I have to cancel our call") {
			t.Errorf("cancellation texts:\n%s\n---\n%s", cn[0].text, cn[1].text)
		}
	})

	t.Run("immediately: newer forward moves it, owner declines in calendar", func(t *testing.T) {
		t.Parallel() // own servers and database; the checkers are subprocesses
		h := newHarness(t, func(c *Config) { c.ContactInvites = "immediately" })
		h.deliver(forward("fwd1", contact, h.clock.Now().Add(-2*time.Hour), "Would Tuesday, November 24 at 2pm ET work?"))
		h.once()
		cals := expectCalendars(t, h, "invites", h.newMail(),
			calWant{KindInvite, owner, "REQUEST", 0}, calWant{KindContactInvite, contact, "REQUEST", 0})
		if !strings.Contains(cals[0].text, "Dana gets an invite of their own too.") {
			t.Errorf("owner's invite does not say the contact has one:\n%s", cals[0].text)
		}
		uid := propValue(event(t, cals[0].ics), ical.PropUID)
		h.deliver(forward("fwd2", contact, h.clock.Now().Add(-time.Hour), "Sorry, could we do Thursday, November 26 at 10am ET instead?"))
		h.once()
		expectCalendars(t, h, "moved", h.newMail(), calWant{KindInvite, owner, "REQUEST", 1}, calWant{KindContactInvite, contact, "REQUEST", 1})
		h.deliver(calendarReply("dec1", owner, uid, 1, "DECLINED"))
		h.once()
		expectCalendars(t, h, "declined", h.newMail(), calWant{KindCancel, owner, "CANCEL", 2}, calWant{KindCancel, contact, "CANCEL", 2})
	})

	t.Run("never: the contact gets nothing", func(t *testing.T) {
		t.Parallel() // own servers and database; the checkers are subprocesses
		h := newHarness(t, func(c *Config) { c.ContactInvites = "never" })
		m, inv := scheduleDana(t, h)
		expectCalendars(t, h, "owner invite", []sent{inv}, calWant{KindInvite, owner, "REQUEST", 0})
		if !strings.Contains(inv.text, `coffeechat sends Dana nothing ([schedule] contact_invites is "never").`) {
			t.Errorf("owner's invite does not say the contact gets nothing:\n%s", inv.text)
		}
		h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
		h.once()
		expectCalendars(t, h, "accepted", h.newMail())
		h.deliver(ownerReply("r1", inv.header.Get("Message-Id"), "reschedule Wednesday, November 25 at 11am"))
		h.once()
		expectCalendars(t, h, "reschedule", h.newMail(), calWant{KindInvite, owner, "REQUEST", 1})
		h.deliver(ownerReply("c1", inv.header.Get("Message-Id"), "cancel"))
		h.once()
		expectCalendars(t, h, "cancel", h.newMail(), calWant{KindCancel, owner, "CANCEL", 2})
		noMailTo(t, h, contact)
	})

	t.Run("after-owner-accepts, before the owner accepts: moves and cancel reach only the owner", func(t *testing.T) {
		t.Parallel() // own servers and database; the checkers are subprocesses
		h := newHarness(t, nil)
		_, inv := scheduleDana(t, h)
		h.deliver(forward("fwd2", contact, h.clock.Now().Add(-time.Hour), "Sorry, could we do Thursday, November 26 at 10am ET instead?"))
		h.once()
		up := expectCalendars(t, h, "moved", h.newMail(), calWant{KindInvite, owner, "REQUEST", 1})
		if !strings.Contains(up[0].text, "Dana gets an invite of their own once you accept.") {
			t.Errorf("owner's update:\n%s", up[0].text)
		}
		h.deliver(ownerReply("c1", inv.header.Get("Message-Id"), "cancel"))
		h.once()
		cn := expectCalendars(t, h, "cancel", h.newMail(), calWant{KindCancel, owner, "CANCEL", 2})
		if strings.Contains(cn[0].text, "gets the cancellation") {
			t.Errorf("owner's cancellation says the contact is told, but they never had the invite:\n%s", cn[0].text)
		}
		noMailTo(t, h, contact)
	})

	t.Run(`"yes" reply, then a newer forward and a cancel`, func(t *testing.T) {
		t.Parallel() // own servers and database; the checkers are subprocesses
		h := newHarness(t, nil)
		_, inv := scheduleDana(t, h)
		h.deliver(ownerReply("yes1", inv.header.Get("Message-Id"), "yes"))
		h.once()
		mails := h.newMail()
		expectCalendars(t, h, "yes", mails, calWant{KindContactInvite, contact, "REQUEST", 0})
		if n := only(t, mails, KindNotice); !strings.Contains(n.text, "Dana has the invite too.") {
			t.Errorf("answer to yes:\n%s", n.text)
		}
		h.deliver(forward("fwd2", contact, h.clock.Now().Add(-time.Hour), "Sorry, could we do Thursday, November 26 at 10am ET instead?"))
		h.once()
		expectCalendars(t, h, "moved", h.newMail(), calWant{KindInvite, owner, "REQUEST", 1}, calWant{KindContactInvite, contact, "REQUEST", 1})
		h.deliver(ownerReply("c1", inv.header.Get("Message-Id"), "cancel"))
		h.once()
		expectCalendars(t, h, "cancel", h.newMail(), calWant{KindCancel, owner, "CANCEL", 2}, calWant{KindCancel, contact, "CANCEL", 2})
	})
}

func noMailTo(t *testing.T, h *harness, addr string) {
	t.Helper()
	for _, e := range h.srv.Sent() {
		if slices.Contains(e.To, addr) {
			t.Errorf("mail to %s: %s", addr, parseSent(t, e).subject)
		}
	}
}

// TestIMIP_ownerInviteCarriesTheBrief (issue 4): the owner's invite body,
// text and HTML, holds the prep brief (who, what the thread said, a few
// questions); the contact's copy of the same call holds none of it.
func TestIMIP_ownerInviteCarriesTheBrief(t *testing.T) {
	h := newHarness(t, nil)
	m, inv := scheduleDana(t, h)
	qs := h.d.tmpl.Questions(briefQuestions)
	if len(qs) != briefQuestions {
		t.Fatalf("question bank gives %d questions, want %d", len(qs), briefQuestions)
	}
	for _, want := range []string{
		"Prep brief",
		"Who: Dana Whitfield, Director of Operations, Northwind Health <dana@northwind.example>",
		"What Dana last wrote:\n  Hi Alex, Happy to help. Would Tuesday, November 24 at 2pm ET work? 20 minutes is plenty.",
		"1. " + qs[0], "5. " + qs[4],
		"The full brief, with more questions, comes again 24 hours before the call.",
	} {
		if !strings.Contains(inv.text, want) {
			t.Errorf("owner's invite text lacks %q:\n%s", want, inv.text)
		}
	}
	if strings.Contains(inv.text, "6. ") {
		t.Errorf("owner's invite suggests more than %d questions:\n%s", briefQuestions, inv.text)
	}
	for _, want := range []string{
		"Prep brief</h3>",
		"<p>Who: Dana Whitfield, Director of Operations, Northwind Health &lt;dana@northwind.example&gt;</p>",
		"Hi Alex, Happy to help. Would Tuesday, November 24 at 2pm ET work? 20 minutes is plenty.</blockquote>",
		"<li>" + qs[0] + "</li>",
	} {
		if !strings.Contains(inv.html, want) {
			t.Errorf("owner's invite HTML lacks %q:\n%s", want, inv.html)
		}
	}
	h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
	h.once()
	noBrief(t, h, only(t, h.newMail(), KindContactInvite))
}

// TestIMIP_DST (issue 4): calls offered for the Monday after the US and
// the EU clock changes, by a contact in the owner's own zone who wrote
// before the change. DTSTART is the new offset's UTC time, the texts show
// the owner's zone after the change, and the contact's message offset
// (the old one) is not taken for a different zone.
func TestIMIP_DST(t *testing.T) {
	berlin := mustLoad("Europe/Berlin")
	for _, tc := range []struct {
		name      string
		zone      *time.Location
		now       time.Time // the owner forwards the thread
		offer     string
		wantStart time.Time // UTC
		wantWhen  string
	}{
		{"US: Monday 2 November 2026, EST", nyc, time.Date(2026, 10, 29, 9, 0, 0, 0, nyc),
			"Would Monday, November 2 at 10am ET work?", time.Date(2026, 11, 2, 15, 0, 0, 0, time.UTC),
			"Monday, November 2, 10:00–10:20 AM EST"},
		{"EU: Monday 26 October 2026, CET", berlin, time.Date(2026, 10, 22, 9, 0, 0, 0, berlin),
			"Would Monday, October 26 at 10am CET work?", time.Date(2026, 10, 26, 9, 0, 0, 0, time.UTC),
			"Monday, October 26, 10:00–10:20 AM CET"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, func(c *Config) {
				av, err := calendar.ParseAvailability("Mon-Fri 09:00-17:00", tc.zone)
				if err != nil {
					t.Fatal(err)
				}
				c.Location, c.Availability, c.Limits.Location = tc.zone, av, tc.zone
			})
			h.clock.Set(tc.now.UTC())
			// Dana writes from the owner's zone, before the change: her
			// message's Date carries the summer offset.
			wrote := tc.now.Add(-2 * time.Hour)
			_, summer := wrote.Zone()
			if _, winter := tc.wantStart.In(tc.zone).Zone(); summer == winter {
				t.Fatalf("test data: %v is already on the winter offset", wrote)
			}
			h.deliver(attachedForward("dst1", "dana-dst@northwind.example", wrote, tc.offer))
			h.once()
			inv := only(t, h.newMail(), KindInvite)
			expectCalendars(t, h, "owner invite", []sent{inv}, calWant{KindInvite, owner, "REQUEST", 0})
			if start, _ := event(t, inv.ics).DateTimeStart(time.UTC); !start.Equal(tc.wantStart) {
				t.Errorf("DTSTART = %v, want %v", start, tc.wantStart)
			}
			if !strings.Contains(inv.text, "When: "+tc.wantWhen+"\n") {
				t.Errorf("owner's invite does not say %q (and only that):\n%s", tc.wantWhen, inv.text)
			}
			m := h.meetings()[0]
			h.deliver(calendarReply("acc1", owner, m.UID, 0, "ACCEPTED"))
			h.once()
			ci := expectCalendars(t, h, "contact invite", h.newMail(), calWant{KindContactInvite, contact, "REQUEST", 0})[0]
			if start, _ := event(t, ci.ics).DateTimeStart(time.UTC); !start.Equal(tc.wantStart) {
				t.Errorf("contact's DTSTART = %v, want %v", start, tc.wantStart)
			}
			if !strings.Contains(ci.text, "When: "+tc.wantWhen+"\n") {
				t.Errorf("contact's invite does not say %q (and only that):\n%s", tc.wantWhen, ci.text)
			}
		})
	}
}
