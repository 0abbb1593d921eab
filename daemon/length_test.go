package daemon

import (
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

// The call is as long as the contact says, kept within 15-30 minutes (the
// length of an informational interview), or the default when they say
// nothing; the invite's DTEND agrees with the meeting row.
func TestThread_callLengthWithin15To30Minutes(t *testing.T) {
	for _, tc := range []struct {
		name, said string
		want       time.Duration
	}{
		{"stated", " 25 minutes works for me.", 25 * time.Minute},
		{"longer than 30", " I can give you 45 minutes.", 30 * time.Minute},
		{"shorter than 15", " I only have 10 minutes though.", 15 * time.Minute},
		{"not stated", "", 20 * time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, nil)
			h.deliver(forward("len1", contact, h.clock.Now().Add(-2*time.Hour),
				"Hi Alex,\n\nHappy to help. Would Tuesday, November 24 at 2pm ET work?"+tc.said))
			h.once()
			ms := h.meetings()
			if len(ms) != 1 || !ms[0].Start.Equal(dec1at2pm) {
				t.Fatalf("meetings = %+v, want one at %v", ms, dec1at2pm)
			}
			if got := ms[0].End.Sub(ms[0].Start); got != tc.want {
				t.Errorf("meeting length %v, want %v", got, tc.want)
			}
			ev := event(t, only(t, h.newMail(), KindInvite).ics)
			start, err1 := ev.Props.DateTime(ical.PropDateTimeStart, nil)
			end, err2 := ev.Props.DateTime(ical.PropDateTimeEnd, nil)
			if err1 != nil || err2 != nil || end.Sub(start) != tc.want {
				t.Errorf("invite DTSTART %v DTEND %v (%v, %v), want %v long", start, end, err1, err2, tc.want)
			}
		})
	}
}
