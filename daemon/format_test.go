package daemon

import (
	"testing"
	"time"
)

// The year is shown by the daemon's clock, not the machine's.
func TestFormatSpan_yearByDaemonClock(t *testing.T) {
	start := time.Date(2027, 1, 5, 14, 0, 0, 0, nyc)
	end := start.Add(20 * time.Minute)
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 12, 20, 9, 0, 0, 0, nyc), "Tuesday, January 5, 2027, 2:00–2:20 PM EST"},
		{time.Date(2027, 1, 2, 9, 0, 0, 0, nyc), "Tuesday, January 5, 2:00–2:20 PM EST"},
	} {
		if got := formatSpan(start, end, nyc, tc.now); got != tc.want {
			t.Errorf("formatSpan(now %v) = %q, want %q", tc.now.Format("2006-01-02"), got, tc.want)
		}
	}
}
