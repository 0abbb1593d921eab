package main

import (
	"bufio"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
)

// BenchmarkMeetingTable: the table of `coffeechat meetings` over 10,000
// calls, formatting and alignment only (BenchmarkReports in daemon/store
// has the query).
func BenchmarkMeetingTable(b *testing.B) {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		b.Fatal(err)
	}
	start := time.Date(2026, 12, 1, 15, 0, 0, 0, time.UTC)
	lines := make([]store.MeetingLine, 10000)
	for i := range lines {
		s := start.Add(time.Duration(i) * 20 * time.Minute)
		lines[i] = store.MeetingLine{ID: int64(i + 1), Start: s, End: s.Add(20 * time.Minute), Status: "proposed",
			LocationKind: "video", Location: "https://zoom.example/j/1", ThankYou: "pending",
			ContactName: fmt.Sprintf("Dana Whitfield %d", i), ContactEmail: fmt.Sprintf("dana%d@northwind.example", i)}
	}
	for b.Loop() {
		out := bufio.NewWriter(io.Discard)
		t := newMeetingTable(out, loc)
		for i := range lines {
			t.add(&lines[i])
		}
		t.flush()
		out.Flush()
	}
}
