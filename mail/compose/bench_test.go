package compose_test

import (
	"strings"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/mail/compose"
)

// BenchmarkInvite is the per-thread cost of the owner's invite after
// rendering: the iCalendar REQUEST and the MIME message around it (text,
// HTML, text/calendar alternative and invite.ics attachment).
func BenchmarkInvite(b *testing.B) {
	start := time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC)
	text := strings.Repeat("Dana Whitfield (Northwind Health) offered Tuesday, December 1, 10:00-10:20 AM EST. ", 12)
	html := "<p>" + strings.Repeat("Dana Whitfield offered a call &mdash; accept it in your calendar. ", 20) + "</p>"
	var size int
	for b.Loop() {
		ics, err := calendar.Request(calendar.Event{
			UID: "m-42@coffeechat.example", Stamp: start.Add(-48 * time.Hour), Start: start, End: start.Add(20 * time.Minute),
			Summary: "Coffee chat: Dana Whitfield (Northwind Health)", Description: text, URL: "https://zoom.example/j/123",
			Organizer: calendar.Person{Name: "Olive Owner", Email: "chats@example.test"},
			Attendees: []calendar.Attendee{{Person: calendar.Person{Name: "Olive Owner", Email: "owner@example.test"}, RSVP: true}},
			Alarm:     10 * time.Minute,
		})
		if err != nil {
			b.Fatal(err)
		}
		raw, err := compose.Build(compose.Message{
			MessageID: "invite.0123456789abcdef@example.test", Date: start.Add(-48 * time.Hour),
			From:    compose.Address{Name: "Olive Owner via coffeechat", Email: "chats@example.test"},
			To:      []compose.Address{{Name: "Olive Owner", Email: "owner@example.test"}},
			Subject: "Invitation: coffee chat with Dana Whitfield, Tue Dec 1 10:00 AM",
			Headers: map[string]string{"Auto-Submitted": "auto-generated", "X-Coffeechat-Kind": "invite"},
			Text:    text, HTML: html, Calendar: ics, CalendarMethod: "REQUEST",
		})
		if err != nil {
			b.Fatal(err)
		}
		size = len(raw)
	}
	b.ReportMetric(float64(size), "bytes/msg")
}
