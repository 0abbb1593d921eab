package calendar

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseAvailability(t *testing.T) {
	nine17 := []ClockRange{{540, 1020}}
	tests := []struct {
		spec string
		want [7][]ClockRange
	}{
		{"Mon-Fri 09:00-17:00", [7][]ClockRange{1: nine17, 2: nine17, 3: nine17, 4: nine17, 5: nine17}},
		{"Mon,Wed 10:00-12:00, 14:00-17:30; Sat 10:00-12:00", [7][]ClockRange{
			time.Monday:    {{600, 720}, {840, 1050}},
			time.Wednesday: {{600, 720}, {840, 1050}},
			time.Saturday:  {{600, 720}},
		}},
		{"monday-FRIDAY 9:00-12:00,13:00-17:00", [7][]ClockRange{
			1: {{540, 720}, {780, 1020}}, 2: {{540, 720}, {780, 1020}}, 3: {{540, 720}, {780, 1020}},
			4: {{540, 720}, {780, 1020}}, 5: {{540, 720}, {780, 1020}},
		}},
		// a day range may wrap round the weekend
		{"Fri-Mon 10:00-11:00", [7][]ClockRange{0: {{600, 660}}, 1: {{600, 660}}, 5: {{600, 660}}, 6: {{600, 660}}}},
		// overlapping and touching ranges of one day merge, across groups too
		{"Mon 09:00-12:00, 11:00-13:00; Mon 13:00-14:00", [7][]ClockRange{1: {{540, 840}}}},
		{"Sunday 00:00-24:00", [7][]ClockRange{0: {{0, 1440}}}},
		{" Tue , Thu  08:30 - 09:15 ;", [7][]ClockRange{2: {{510, 555}}, 4: {{510, 555}}}},
		{"Mon–Wed 09:00–10:00", [7][]ClockRange{1: {{540, 600}}, 2: {{540, 600}}, 3: {{540, 600}}}}, // en dashes
	}
	ny := mustLoad(t, "America/New_York")
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			av, err := ParseAvailability(tt.spec, ny)
			if err != nil {
				t.Fatalf("ParseAvailability: %v", err)
			}
			if av.Loc != ny {
				t.Errorf("Loc = %v, want %v", av.Loc, ny)
			}
			if !reflect.DeepEqual(av.Windows, tt.want) {
				t.Errorf("Windows = %v, want %v", av.Windows, tt.want)
			}
		})
	}
}

func TestParseAvailability_errors(t *testing.T) {
	tests := []struct {
		spec, wantErr string
	}{
		{"", "empty"},
		{" ; ", "empty"},
		{"Mon-Fri", "no times after the days"},
		{"09:00-17:00", "no days before the times"},
		{"Mon-Fry 09:00-17:00", `unknown day "Fry"`},
		{"Tu 09:00-10:00", `unknown day "Tu"`},
		{"Mon,,Tue 09:00-10:00", "empty day"},
		{"Mon 17:00-09:00", `"17:00-09:00" ends before it starts`},
		{"Mon 09:00-09:00", "ends before it starts"},
		{"Mon 9-17", `time "9" is not HH:MM`},
		{"Mon 09:00", `"09:00" has no end`},
		{"Mon 25:00-26:00", `time "25:00" is not a time of day`},
		{"Mon 09:60-10:00", `time "09:60" is not a time of day`},
		{"Mon 24:00-24:30", "not a time of day"},
		{"Mon 09:00-12:00,", "empty time range"},
		{"Mon-Fri 09:00-17:00 Sat 10:00-12:00", `"17:00 Sat 10:00-12:00" is not HH:MM`},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			_, err := ParseAvailability(tt.spec, time.UTC)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseAvailability(%q) error = %v, want it to contain %q", tt.spec, err, tt.wantErr)
			}
		})
	}
	if _, err := ParseAvailability("Mon 09:00-10:00", nil); err == nil || !strings.Contains(err.Error(), "time zone") {
		t.Errorf("ParseAvailability with nil zone: error = %v, want one about the time zone", err)
	}
}

func TestAvailability_String(t *testing.T) {
	tests := []struct{ spec, want string }{
		{"Mon-Fri 09:00-17:00", "Mon-Fri 09:00-17:00"},
		{"Mon,Wed 10:00-12:00, 14:00-17:30; Sat 10:00-12:00", "Mon,Wed 10:00-12:00, 14:00-17:30; Sat 10:00-12:00"},
		{"sunday 10:00-11:00; Mon-Tue 09:00-10:00", "Mon,Tue 09:00-10:00; Sun 10:00-11:00"},
		{"Fri-Mon 10:00-11:00", "Mon,Fri-Sun 10:00-11:00"},
		{"Sun 00:00-24:00", "Sun 00:00-24:00"},
	}
	for _, tt := range tests {
		av, err := ParseAvailability(tt.spec, time.UTC)
		if err != nil {
			t.Fatalf("ParseAvailability(%q): %v", tt.spec, err)
		}
		if got := av.String(); got != tt.want {
			t.Errorf("ParseAvailability(%q).String() = %q, want %q", tt.spec, got, tt.want)
		}
	}
	if got := (Availability{}).String(); got != "no availability" {
		t.Errorf("zero Availability String() = %q", got)
	}
}

func mustAv(t testing.TB, spec string, loc *time.Location) Availability {
	t.Helper()
	av, err := ParseAvailability(spec, loc)
	if err != nil {
		t.Fatalf("ParseAvailability(%q): %v", spec, err)
	}
	return av
}

func TestChoose(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	berlin := mustLoad(t, "Europe/Berlin")
	at := func(loc *time.Location, mon time.Month, day, h, m int) time.Time {
		return time.Date(2026, mon, day, h, m, 0, 0, loc)
	}
	nyT := func(day, h, m int) time.Time { return at(ny, time.November, day, h, m) } // 22 Nov 2026 is a Sunday
	point := func(t time.Time) Offer { return Offer{Start: t} }
	utc := func(mon time.Month, day, h, m int) time.Time { return at(time.UTC, mon, day, h, m) }

	weekdaysNY := mustAv(t, "Mon-Fri 09:00-17:00", ny)
	sunday := nyT(22, 12, 0)
	const half = 30 * time.Minute

	tests := []struct {
		name      string
		offers    []Offer
		av        Availability
		busy      []Interval
		notBefore time.Time
		d         time.Duration
		want      Interval // zero: nothing fits
		why       []string
	}{
		{
			name:   "first offer outside availability, second fits",
			offers: []Offer{point(nyT(24, 7, 0)), point(nyT(24, 10, 0))},
			av:     weekdaysNY, notBefore: sunday, d: half,
			want: Interval{nyT(24, 10, 0), nyT(24, 10, 30)},
			why:  []string{"Tue 24 Nov 07:00 is outside your availability (Mon-Fri 09:00-17:00)"},
		},
		{
			name:   "clash with busy; touching busy times on either side is fine",
			offers: []Offer{point(nyT(24, 10, 30)), point(nyT(24, 11, 0))},
			av:     weekdaysNY, notBefore: sunday, d: half,
			busy: []Interval{{nyT(24, 10, 0), nyT(24, 11, 0)}, {nyT(24, 11, 30), nyT(24, 12, 0)}},
			want: Interval{nyT(24, 11, 0), nyT(24, 11, 30)},
			why:  []string{"Tue 24 Nov 10:30 clashes with something in your calendar (Tue 24 Nov 10:00-11:00)"},
		},
		{
			name:   "runs past the end of the day, too soon, weekend",
			offers: []Offer{point(nyT(24, 16, 45)), point(nyT(23, 10, 0)), point(nyT(28, 10, 0))},
			av:     weekdaysNY, notBefore: nyT(23, 12, 0), d: half,
			why: []string{
				"Tue 24 Nov 16:45: a 30-minute call would run past the end of your availability (Mon-Fri 09:00-17:00)",
				"Mon 23 Nov 10:00 is too soon; the earliest possible start is Mon 23 Nov 12:00",
				"Sat 28 Nov 10:00 is outside your availability (Mon-Fri 09:00-17:00)",
			},
		},
		{
			name:   "offer given in UTC is judged in the owner's zone",
			offers: []Offer{point(utc(time.November, 24, 13, 0)), point(utc(time.November, 24, 15, 0))},
			av:     weekdaysNY, notBefore: sunday, d: half,
			want: Interval{nyT(24, 10, 0), nyT(24, 10, 30)},
			why:  []string{"Tue 24 Nov 08:00 is outside your availability (Mon-Fri 09:00-17:00)"},
		},
		{
			name:   "window: first free quarter hour after busy",
			offers: []Offer{{nyT(24, 9, 5), nyT(24, 12, 0)}},
			av:     weekdaysNY, busy: []Interval{{nyT(24, 9, 0), nyT(24, 10, 0)}}, notBefore: sunday, d: half,
			want: Interval{nyT(24, 10, 0), nyT(24, 10, 30)},
		},
		{
			name:   "window opening before notBefore starts at the next quarter hour after it",
			offers: []Offer{{nyT(22, 9, 0), nyT(24, 12, 0)}},
			av:     weekdaysNY, notBefore: nyT(24, 10, 7), d: half,
			want: Interval{nyT(24, 10, 15), nyT(24, 10, 45)},
		},
		{
			name:   "window spanning a night lands on the next morning",
			offers: []Offer{{nyT(23, 16, 50), nyT(24, 9, 40)}},
			av:     weekdaysNY, notBefore: sunday, d: half,
			want: Interval{nyT(24, 9, 0), nyT(24, 9, 30)},
		},
		{
			name: "windows that cannot fit, each explained",
			offers: []Offer{
				{nyT(28, 10, 0), nyT(28, 12, 0)},
				{nyT(24, 13, 0), nyT(24, 14, 0)},
				{nyT(24, 13, 0), nyT(24, 13, 20)},
				{nyT(24, 13, 5), nyT(24, 13, 40)},
				{nyT(24, 13, 0), nyT(24, 12, 0)},
				{nyT(22, 9, 0), nyT(22, 11, 0)},
			},
			av: weekdaysNY, busy: []Interval{{nyT(24, 12, 45), nyT(24, 14, 0)}}, notBefore: sunday, d: half,
			why: []string{
				"Sat 28 Nov 10:00-12:00 has no 30-minute slot inside your availability (Mon-Fri 09:00-17:00)",
				"Tue 24 Nov 13:00-14:00 has no free 30-minute slot: your calendar is busy (first clash Tue 24 Nov 12:45-14:00)",
				"Tue 24 Nov 13:00-13:20 is shorter than the 30-minute call",
				"Tue 24 Nov 13:05-13:40 has no room for a 30-minute call starting on the quarter hour",
				"Tue 24 Nov 13:00-12:00 ends before it starts",
				"Sun 22 Nov 09:00-11:00 is too soon; the earliest possible start is Sun 22 Nov 12:00",
			},
		},
		{
			// US clocks go back on Sun 1 Nov 2026: 09:00 New York is 14:00Z
			// on Monday 2 Nov, but was 13:00Z the week before.
			name:   "Monday after the US change, New York owner",
			offers: []Offer{point(utc(time.November, 2, 13, 0)), point(utc(time.November, 2, 14, 0))},
			av:     weekdaysNY, notBefore: utc(time.October, 30, 0, 0), d: half,
			want: Interval{utc(time.November, 2, 14, 0), utc(time.November, 2, 14, 30)},
			why:  []string{"Mon 2 Nov 08:00 is outside your availability (Mon-Fri 09:00-17:00)"},
		},
		{
			// EU clocks go back on Sun 25 Oct 2026: 09:00 Berlin is 08:00Z on
			// Monday 26 Oct.
			name:   "Monday after the EU change, Berlin owner",
			offers: []Offer{point(utc(time.October, 26, 7, 0)), point(utc(time.October, 26, 8, 0))},
			av:     mustAv(t, "Mon-Fri 09:00-17:00", berlin), notBefore: utc(time.October, 23, 0, 0), d: half,
			want: Interval{utc(time.October, 26, 8, 0), utc(time.October, 26, 8, 30)},
			why:  []string{"Mon 26 Oct 08:00 is outside your availability (Mon-Fri 09:00-17:00)"},
		},
		{
			// Between the two changes New York is 5 hours behind Berlin, not
			// 6: 11:00 EDT on 26 Oct is 16:00 CET; on 2 Nov 10:00 EST is 16:00.
			name: "New York contact, Berlin owner, across both changes",
			offers: []Offer{
				point(at(ny, time.October, 26, 11, 0)),
				point(at(ny, time.November, 2, 10, 0)),
				point(at(ny, time.November, 2, 9, 0)),
			},
			av: mustAv(t, "Mon-Fri 09:00-16:00", berlin), notBefore: utc(time.October, 23, 0, 0), d: half,
			want: Interval{at(berlin, time.November, 2, 15, 0), at(berlin, time.November, 2, 15, 30)},
			why: []string{
				"Mon 26 Oct 16:00 is outside your availability (Mon-Fri 09:00-16:00)",
				"Mon 2 Nov 16:00 is outside your availability (Mon-Fri 09:00-16:00)",
			},
		},
		{
			// Sun 8 Mar 2026, New York springs forward at 02:00 (07:00Z).
			// The window 01:00 EST-04:00 EDT is two real hours; busy until
			// 01:45 EST; 01:45 EST + 30 min is 03:15 EDT, inside 01:00-04:00.
			name:   "window spanning the spring-forward gap",
			offers: []Offer{{at(ny, time.March, 8, 1, 0), at(ny, time.March, 8, 4, 0)}},
			av:     mustAv(t, "Sun 01:00-04:00", ny), busy: []Interval{{utc(time.March, 8, 6, 0), utc(time.March, 8, 6, 45)}},
			notBefore: utc(time.March, 1, 0, 0), d: half,
			want: Interval{utc(time.March, 8, 6, 45), utc(time.March, 8, 7, 15)},
		},
		{
			// Same, but availability ends at 03:00: 01:45 EST runs to 03:15
			// EDT, past it, and 03:00 EDT is already the end.
			name:   "spring-forward gap leaves no room",
			offers: []Offer{{at(ny, time.March, 8, 1, 0), at(ny, time.March, 8, 4, 0)}},
			av:     mustAv(t, "Sun 01:00-03:00", ny), busy: []Interval{{utc(time.March, 8, 6, 0), utc(time.March, 8, 6, 45)}},
			notBefore: utc(time.March, 1, 0, 0), d: half,
			why: []string{"Sun 8 Mar 01:00-04:00 has no free 30-minute slot: your calendar is busy (first clash Sun 8 Mar 01:00-01:45)"},
		},
		{
			name: "no offers", av: weekdaysNY, d: half,
			why: []string{"no times were offered"},
		},
		{
			name: "zero offer and non-positive length", offers: []Offer{{}}, av: weekdaysNY, d: 0,
			why: []string{"the call length 0s is not positive"},
		},
		{
			name: "an offer with no time", offers: []Offer{{}, point(nyT(24, 9, 0))}, av: weekdaysNY, d: half,
			want: Interval{nyT(24, 9, 0), nyT(24, 9, 30)},
			why:  []string{"an offer had no time"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok, why := Choose(tt.offers, tt.d, tt.av, tt.busy, tt.notBefore)
			wantOK := !tt.want.Start.IsZero()
			if ok != wantOK || !got.Start.Equal(tt.want.Start) || !got.End.Equal(tt.want.End) {
				t.Errorf("Choose = %v-%v ok=%v, want %v-%v ok=%v",
					got.Start.UTC(), got.End.UTC(), ok, tt.want.Start.UTC(), tt.want.End.UTC(), wantOK)
			}
			if !reflect.DeepEqual(why, tt.why) {
				t.Errorf("why =\n %q\nwant\n %q", why, tt.why)
			}
		})
	}
}

func TestFreeSlots(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	berlin := mustLoad(t, "Europe/Berlin")
	at := func(loc *time.Location, mon time.Month, day, h, m int) time.Time {
		return time.Date(2026, mon, day, h, m, 0, 0, loc)
	}
	nyT := func(day, h, m int) time.Time { return at(ny, time.November, day, h, m) }
	utc := func(mon time.Month, day, h, m int) time.Time { return at(time.UTC, mon, day, h, m) }
	const half = 30 * time.Minute
	weekdaysNY := mustAv(t, "Mon-Fri 09:00-17:00", ny)

	tests := []struct {
		name string
		from time.Time
		n    int
		d    time.Duration
		av   Availability
		busy []Interval
		want []time.Time // starts; each slot is d long
	}{
		{
			name: "rest of Friday, skip weekend, avoid busy Monday morning",
			from: nyT(20, 16, 20), n: 3, d: half, av: weekdaysNY,
			busy: []Interval{{nyT(23, 9, 0), nyT(23, 10, 10)}},
			want: []time.Time{nyT(20, 16, 30), nyT(23, 10, 15), nyT(24, 9, 0)},
		},
		{
			// 16:30 is not after 16:30; 16:45 + 30 min passes 17:00.
			name: "from on a boundary starts at the next one",
			from: nyT(20, 16, 30), n: 3, d: half, av: weekdaysNY,
			want: []time.Time{nyT(23, 9, 0), nyT(24, 9, 0), nyT(25, 9, 0)},
		},
		{
			name: "weekdays before Saturday",
			from: nyT(20, 13, 0), n: 3, d: half, av: mustAv(t, "Mon-Sat 09:00-12:00", ny),
			want: []time.Time{nyT(23, 9, 0), nyT(24, 9, 0), nyT(25, 9, 0)},
		},
		{
			name: "weekend days fill in when weekdays are scarce",
			from: nyT(20, 13, 0), n: 3, d: half, av: mustAv(t, "Sat-Sun 10:00-11:00; Mon 09:00-10:00", ny),
			want: []time.Time{nyT(21, 10, 0), nyT(23, 9, 0), nyT(30, 9, 0)},
		},
		{
			name: "one per day even when the day has room for more",
			from: nyT(23, 8, 0), n: 2, d: half, av: mustAv(t, "Mon-Fri 09:00-10:00, 15:00-16:00", ny),
			busy: []Interval{{nyT(23, 9, 0), nyT(23, 10, 0)}},
			want: []time.Time{nyT(23, 15, 0), nyT(24, 9, 0)},
		},
		{
			// Fri 30 Oct is EDT; Mon 2 Nov 09:00 EST is 14:00Z.
			name: "after the US change",
			from: at(ny, time.October, 30, 17, 0), n: 2, d: half, av: weekdaysNY,
			want: []time.Time{utc(time.November, 2, 14, 0), utc(time.November, 3, 14, 0)},
		},
		{
			// Fri 23 Oct is CEST; Mon 26 Oct 09:00 CET is 08:00Z.
			name: "after the EU change",
			from: at(berlin, time.October, 23, 18, 0), n: 2, d: half, av: mustAv(t, "Mon-Fri 09:00-17:00", berlin),
			want: []time.Time{utc(time.October, 26, 8, 0), utc(time.October, 27, 8, 0)},
		},
		{
			name: "spring-forward night",
			from: at(ny, time.March, 7, 12, 0), n: 1, d: half, av: mustAv(t, "Sun 01:00-04:00", ny),
			busy: []Interval{{utc(time.March, 8, 6, 0), utc(time.March, 8, 6, 45)}},
			want: []time.Time{utc(time.March, 8, 6, 45)},
		},
		{name: "n is zero", from: nyT(20, 9, 0), n: 0, d: half, av: weekdaysNY},
		{name: "length is zero", from: nyT(20, 9, 0), n: 3, d: 0, av: weekdaysNY},
		{name: "no availability at all", from: nyT(20, 9, 0), n: 3, d: half, av: Availability{Loc: ny}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FreeSlots(tt.from, tt.n, tt.d, tt.av, tt.busy)
			var gotStarts []string
			for _, s := range got {
				if s.End.Sub(s.Start) != tt.d {
					t.Errorf("slot %v-%v is not %s long", s.Start, s.End, tt.d)
				}
				gotStarts = append(gotStarts, s.Start.UTC().Format(time.RFC3339))
			}
			var wantStarts []string
			for _, s := range tt.want {
				wantStarts = append(wantStarts, s.UTC().Format(time.RFC3339))
			}
			if !reflect.DeepEqual(gotStarts, wantStarts) {
				t.Errorf("FreeSlots starts = %v, want %v", gotStarts, wantStarts)
			}
		})
	}
}

// FuzzParseAvailability checks that no spec panics the parser and that what
// it accepts is well formed and survives String and a second parse.
func FuzzParseAvailability(f *testing.F) {
	for _, s := range []string{
		"Mon-Fri 09:00-17:00",
		"Mon,Wed 10:00-12:00, 14:00-17:30; Sat 10:00-12:00",
		"Fri-Mon 10:00-11:00", "Sun 00:00-24:00", "Mon 9-17", "mon–tue 9:00–9:30",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		av, err := ParseAvailability(spec, time.UTC)
		if err != nil {
			return
		}
		for d, ws := range av.Windows {
			for i, w := range ws {
				if w.From < 0 || w.To > 24*60 || w.From >= w.To || (i > 0 && ws[i-1].To >= w.From) {
					t.Fatalf("day %d has bad windows %v from %q", d, ws, spec)
				}
			}
		}
		again, err := ParseAvailability(av.String(), time.UTC)
		if err != nil || !reflect.DeepEqual(again.Windows, av.Windows) {
			t.Fatalf("String() = %q does not parse back to the same windows: %v", av.String(), err)
		}
	})
}
