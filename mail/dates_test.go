package mail

import (
	"testing"
	"time"
)

func TestParseLooseDate(t *testing.T) {
	ny := newYork(t)
	tests := []struct {
		in       string
		want     string // RFC 3339; "" when the date must be rejected
		wantZone bool
	}{
		// Thunderbird, Fastmail, attached messages: RFC 5322.
		{"Mon, 16 Nov 2026 09:14:00 -0500", "2026-11-16T09:14:00-05:00", true},
		{"Mon, 16 Nov 2026 09:14:00 +0100 (CET)", "2026-11-16T09:14:00+01:00", true},
		// Gmail, with the narrow no-break space it puts before AM/PM.
		{"Mon, Nov 16, 2026 at 9:14\u202fAM", "2026-11-16T09:14:00-05:00", false},
		{"Fri, Nov 13, 2026 at 4:02 PM", "2026-11-13T16:02:00-05:00", false},
		// Outlook desktop and web.
		{"Monday, November 16, 2026 9:14 AM", "2026-11-16T09:14:00-05:00", false},
		{"Monday, November 16, 2026 12:05 PM", "2026-11-16T12:05:00-05:00", false},
		{"Monday, November 16, 2026 12:05 AM", "2026-11-16T00:05:00-05:00", false},
		{"Thursday, 28 October 2021 at 12:46", "2021-10-28T12:46:00-04:00", false},
		{"25 October 2021 11:17", "2021-10-25T11:17:00-04:00", false},
		// Apple Mail.
		{"November 16, 2026 at 9:14:22 AM EST", "2026-11-16T09:14:22-05:00", true},
		{"16 November 2026 at 15:14:22 GMT+1", "2026-11-16T15:14:22+01:00", true},
		{"November 16, 2026 at 9:14:22\u202fAM PST", "2026-11-16T09:14:22-08:00", true},
		// Yahoo.
		{"Monday, November 16, 2026, 09:14:22 AM EST", "2026-11-16T09:14:22-05:00", true},
		{"Tuesday, November 2, 2021, 09:26:50 AM GMT+1", "2021-11-02T09:26:50+01:00", true},
		// Proton.
		{"On Monday, November 16th, 2026 at 9:14 AM", "2026-11-16T09:14:00-05:00", false},
		{"Friday, November 13th, 2026 at 4:02 PM", "2026-11-13T16:02:00-05:00", false},
		// Numeric dates (Thunderbird, Outlook for Mac), ISO.
		{"11/16/26 9:14 AM", "2026-11-16T09:14:00-05:00", false},
		{"16/11/2026, 14:14", "2026-11-16T14:14:00-05:00", false},
		{"16.11.2026 14:14", "2026-11-16T14:14:00-05:00", false},
		{"2026-11-16 14:14 -0800", "2026-11-16T14:14:00-08:00", true},
		{"2026-11-16 14:14 +05:30", "2026-11-16T14:14:00+05:30", true},
		// Japanese Gmail.
		{"2026年11月16日(月) 23:14", "2026-11-16T23:14:00-05:00", false},
		// Not dates.
		{"", "", false},
		{"tomorrow afternoon", "", false},
		{"November 16, 2026", "", false}, // no time of day
		{"February 30, 2026 at 9:00 AM", "", false},
		{"Nov 16, 2026 at 25:00", "", false},
		{"13/13/2026 10:00", "", false},
	}
	for _, tt := range tests {
		got, zone, ok := parseLooseDate(tt.in, ny)
		if tt.want == "" {
			if ok {
				t.Errorf("parseLooseDate(%q) = %v, want no date", tt.in, got)
			}
			continue
		}
		if !ok {
			t.Errorf("parseLooseDate(%q) found no date, want %s", tt.in, tt.want)
			continue
		}
		if s := got.Format(time.RFC3339); s != tt.want || zone != tt.wantZone {
			t.Errorf("parseLooseDate(%q) = %s zone=%v, want %s zone=%v", tt.in, s, zone, tt.want, tt.wantZone)
		}
	}
}

func TestParseLooseDate_nilLocationIsUTC(t *testing.T) {
	got, zone, ok := parseLooseDate("Mon, Nov 16, 2026 at 9:14 AM", nil)
	if !ok || zone || got.Format(time.RFC3339) != "2026-11-16T09:14:00Z" {
		t.Errorf("parseLooseDate with nil location = %v %v %v, want 2026-11-16T09:14:00Z in UTC", got, zone, ok)
	}
}
