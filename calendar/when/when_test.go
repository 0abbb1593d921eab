package when

import (
	"strings"
	"testing"
	"time"
)

// Reference dates. Nov 2026: Mon 16, Tue 17, Wed 18, Thu 19, Fri 20, Mon 23,
// Tue 24. The US leaves DST on Sun 2026-11-01, the EU on Sun 2026-10-25; in
// 2027 the US enters it on Sun 03-14, the EU on Sun 03-28.
const (
	mon16 = "2026-11-16T09:00:00-05:00"
	thu19 = "2026-11-19T09:00:00-05:00"
	wed18 = "2026-11-18T09:00:00-05:00"
	sat21 = "2026-11-21T09:00:00-05:00"
	sun22 = "2026-11-22T09:00:00-05:00"
	fri20 = "2026-11-20T09:00:00-05:00"
	fri30 = "2026-10-30T09:00:00-04:00" // before the US change
	fri23 = "2026-10-23T09:00:00+02:00" // before the EU change
	mar12 = "2027-03-12T09:00:00-05:00" // Fri before the US change
	mar26 = "2027-03-26T09:00:00+01:00" // Fri before the EU change

	ny  = "America/New_York"
	ber = "Europe/Berlin"
	lon = "Europe/London"
)

type row struct {
	text string
	ref  string
	loc  string
	want []string // "start" or "start/end", RFC 3339
}

var rows = []row{
	// A weekday counted from a holiday or another day (held-out batch 13).
	// Thanksgiving 2026 is Thursday Nov 26.
	{"the Wednesday after Thanksgiving at 9", fri20, ny, []string{"2026-12-02T09:00:00-05:00"}},
	{"the Monday after Thanksgiving, 10am?", mon16, ny, []string{"2026-11-30T10:00:00-05:00"}},
	{"the Monday after Thanksgiving, 10am?", "2026-11-27T09:00:00-05:00", ny, []string{"2026-11-30T10:00:00-05:00"}},
	{"the Friday before Christmas at 3pm", mon16, ny, []string{"2026-12-18T15:00:00-05:00"}},
	{"the Tuesday after Labor Day at 11", "2027-08-20T09:00:00-04:00", ny, []string{"2027-09-07T11:00:00-04:00"}},
	{"Thursday after the 3rd at 2pm", mon16, ny, []string{"2026-12-10T14:00:00-05:00"}},
	{"Tuesday after 2", mon16, ny, []string{"2026-11-17T14:00:00-05:00/2026-11-17T17:00:00-05:00"}},
	// The probe phrases of library-notes §5, answered by the contract's rules.
	{"Tuesday at 2pm works", mon16, ny, []string{"2026-11-17T14:00:00-05:00"}},
	{"How about Thursday 11/19 at 3:30 PM EST?", mon16, ny, []string{"2026-11-19T15:30:00-05:00"}},
	{"I'm free Mon 10-11am or Wed after 2", mon16, ny, []string{"2026-11-23T10:00:00-05:00/2026-11-23T11:00:00-05:00", "2026-11-18T14:00:00-05:00/2026-11-18T17:00:00-05:00"}},
	{"tomorrow at 10", mon16, ny, []string{"2026-11-17T10:00:00-05:00"}},
	{"next Wednesday at 3:30", mon16, ny, []string{"2026-11-25T15:30:00-05:00"}},
	{"noon on Friday", mon16, ny, []string{"2026-11-20T12:00:00-05:00"}},
	{"14:00 CET on the 24th", mon16, ny, []string{"2026-11-24T14:00:00+01:00"}},
	{"between 2 and 4pm Pacific on Dec 1", mon16, ny, []string{"2026-12-01T14:00:00-08:00/2026-12-01T16:00:00-08:00"}},
	{"Can we do Friday, November 20 at 9:15am?", mon16, ny, []string{"2026-11-20T09:15:00-05:00"}},
	{"Let's meet on 2026-11-23 at 16:00", mon16, ny, []string{"2026-11-23T16:00:00-05:00"}},
	{"Does 3pm today work for you?", mon16, ny, []string{"2026-11-16T15:00:00-05:00"}},
	{"I could do this Thursday at 11", mon16, ny, []string{"2026-11-19T11:00:00-05:00"}},
	{"How about next Monday morning, say 9:30?", mon16, ny, []string{"2026-11-23T09:30:00-05:00"}},
	{"Free at 4:45 pm on Tuesday", mon16, ny, []string{"2026-11-17T16:45:00-05:00"}},
	{"Let's do Nov 18 at 1pm", mon16, ny, []string{"2026-11-18T13:00:00-05:00"}},
	{"Wednesday the 18th at 10am works for me", mon16, ny, []string{"2026-11-18T10:00:00-05:00"}},
	{"day after tomorrow at 9am", mon16, ny, []string{"2026-11-18T09:00:00-05:00"}},
	{"I'm around Thursday afternoon", mon16, ny, nil},
	{"How about 10am PT on Tuesday?", mon16, ny, []string{"2026-11-17T10:00:00-08:00"}},
	{"Friday 20th November, 2:30pm GMT", mon16, ny, []string{"2026-11-20T14:30:00Z"}},
	{"Monday 11/23 @ 8:00am", mon16, ny, []string{"2026-11-23T08:00:00-05:00"}},
	{"Let's grab coffee on 12/2 at 11:30", mon16, ny, []string{"2026-12-02T11:30:00-05:00"}},
	{"Thursday at 5:30pm ET", mon16, ny, []string{"2026-11-19T17:30:00-05:00"}},
	// A zone written as a heading before a colon holds for the times
	// below it, to the end of their paragraph (h12).
	{"Two openings on my end (Central time):\n\n- Tue, Nov 24 – 10:00–10:30 a.m.\n- Wed, Nov 25 – 3:15 p.m.\n\nOr Friday at 2.", mon16, ny,
		[]string{"2026-11-24T10:00:00-06:00/2026-11-24T10:30:00-06:00", "2026-11-25T15:15:00-06:00", "2026-11-20T14:00:00-05:00"}},
	{"All times Pacific: Monday at 9 or 3pm ET on Tuesday", mon16, ny, []string{"2026-11-23T09:00:00-08:00", "2026-11-17T15:00:00-05:00"}},
	{"Meet me by Central Park: Monday at 9", mon16, ny, []string{"2026-11-23T09:00:00-05:00"}},
	// A dotted clock beside a day or a part of one is a time (h12).
	{"7.30 tomorrow morning, my time, would suit me", "2026-11-18T09:10:00+13:00", "Pacific/Auckland", []string{"2026-11-19T07:30:00+13:00"}},
	{"Thursday 9.30 or Friday 14.15 works", mon16, ny, []string{"2026-11-19T09:30:00-05:00", "2026-11-20T14:15:00-05:00"}},
	{"Tomorrow 4.15 is good", mon16, ny, []string{"2026-11-17T16:15:00-05:00"}},
	{"It costs $7.30 tomorrow and 2.30 in total; version 1.2 ships Monday", mon16, ny, nil},
	{"tomorrow morning at 8:15", mon16, ny, []string{"2026-11-17T08:15:00-05:00"}},
	{"next week Tuesday at 2", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"1/5 at 2pm", mon16, ny, []string{"2027-01-05T14:00:00-05:00"}},
	{"Dec 3rd 9am UTC", mon16, ny, []string{"2026-12-03T09:00:00Z"}},
	{"could you do 17:30 on Friday?", mon16, ny, []string{"2026-11-20T17:30:00-05:00"}},
	{"Sounds good — see you at 3 tomorrow!", mon16, ny, []string{"2026-11-17T15:00:00-05:00"}},
	{"in 2 days at 3pm", mon16, ny, nil}, // not in our grammar: no date, so no time

	// Several days, several times, negation, duplicates.
	{"Tuesday or Wednesday at 2pm", mon16, ny, []string{"2026-11-17T14:00:00-05:00", "2026-11-18T14:00:00-05:00"}},
	{"I'm not available Tuesday but Wednesday at 3 works", mon16, ny, []string{"2026-11-18T15:00:00-05:00"}},
	{"Tuesday at 10 or 2", mon16, ny, []string{"2026-11-17T10:00:00-05:00", "2026-11-17T14:00:00-05:00"}},
	{"14:00 CET, which is 8:00 ET, on Tuesday", mon16, ny, []string{"2026-11-17T14:00:00+01:00"}},
	{"Tuesday at 2pm? Yes, Tuesday at 2pm.", mon16, ny, []string{"2026-11-17T14:00:00-05:00"}},
	{"2pm Tuesday or 3pm Wednesday", mon16, ny, []string{"2026-11-17T14:00:00-05:00", "2026-11-18T15:00:00-05:00"}},
	{"Tuesday at 2pm or 3pm on Wednesday", mon16, ny, []string{"2026-11-17T14:00:00-05:00", "2026-11-18T15:00:00-05:00"}},
	{"Tuesday 2pm, Wednesday 3pm", mon16, ny, []string{"2026-11-17T14:00:00-05:00", "2026-11-18T15:00:00-05:00"}},
	{"How about Thursday? I could do 10 or 2.", mon16, ny, []string{"2026-11-19T10:00:00-05:00", "2026-11-19T14:00:00-05:00"}},
	{"I'm traveling until the 20th, but I could do Tuesday the 24th at 10am, or Wednesday at 3:30 PM if that's easier. If neither works, how about Dec 2 at noon?", mon16, ny,
		[]string{"2026-11-24T10:00:00-05:00", "2026-11-18T15:30:00-05:00", "2026-12-02T12:00:00-05:00"}},
	{"Monday, Tuesday, or Wednesday at 10am", mon16, ny, []string{"2026-11-23T10:00:00-05:00", "2026-11-17T10:00:00-05:00", "2026-11-18T10:00:00-05:00"}},
	{"Friday 10am or 2pm ET", mon16, ber, []string{"2026-11-20T10:00:00-05:00", "2026-11-20T14:00:00-05:00"}},
	{"Friday 8am PST / 11am EST", mon16, ny, []string{"2026-11-20T08:00:00-08:00"}},
	{"Tuesday, Nov 24 at 2pm ET (11am PT)", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"Tuesday at 2 or 3 pm", mon16, ny, []string{"2026-11-17T14:00:00-05:00", "2026-11-17T15:00:00-05:00"}},
	{"I may be free at 3 on Tuesday", mon16, ny, []string{"2026-11-17T15:00:00-05:00"}},
	{"tomorrow, 3 or 4pm", mon16, ny, []string{"2026-11-17T15:00:00-05:00", "2026-11-17T16:00:00-05:00"}},
	{"Tuesday 11 or 12pm", mon16, ny, []string{"2026-11-17T11:00:00-05:00", "2026-11-17T12:00:00-05:00"}},
	{"Tuesday, 9, 10 or 11am", mon16, ny, []string{"2026-11-17T09:00:00-05:00", "2026-11-17T10:00:00-05:00", "2026-11-17T11:00:00-05:00"}},
	{"Thursday (11/19) at 3pm", mon16, ny, []string{"2026-11-19T15:00:00-05:00"}},
	{"Tuesday 10:00 AM - 10:30 AM (GMT-05:00) Eastern Time", mon16, lon, []string{"2026-11-17T10:00:00-05:00/2026-11-17T10:30:00-05:00"}},
	{"Tuesday the 17th or Wednesday the 18th, anytime between 2 and 5", mon16, ny,
		[]string{"2026-11-17T14:00:00-05:00/2026-11-17T17:00:00-05:00", "2026-11-18T14:00:00-05:00/2026-11-18T17:00:00-05:00"}},
	{"Any chance you're free Thursday, 11/19, 4:30-5pm?", mon16, ny, []string{"2026-11-19T16:30:00-05:00/2026-11-19T17:00:00-05:00"}},
	{"Monday or Tuesday next week at 10 works", mon16, ny, []string{"2026-11-23T10:00:00-05:00", "2026-11-24T10:00:00-05:00"}},

	// Weekdays and relative words.
	{"Tue at 2pm", mon16, ny, []string{"2026-11-17T14:00:00-05:00"}},
	{"tue at 2pm", mon16, ny, []string{"2026-11-17T14:00:00-05:00"}},
	{"Weds at 10", mon16, ny, []string{"2026-11-18T10:00:00-05:00"}},
	{"Thurs 2pm", mon16, ny, []string{"2026-11-19T14:00:00-05:00"}},
	{"Sat at 10am", mon16, ny, []string{"2026-11-21T10:00:00-05:00"}},
	{"we sat down at 3pm", mon16, ny, nil},
	{"Monday at 10", mon16, ny, []string{"2026-11-23T10:00:00-05:00"}},
	{"Monday at 10", fri20, ny, []string{"2026-11-23T10:00:00-05:00"}},
	{"this Monday at 10", mon16, ny, []string{"2026-11-16T10:00:00-05:00"}},
	{"this Thursday at 4pm", mon16, ny, []string{"2026-11-19T16:00:00-05:00"}},
	{"next Friday at 10", mon16, ny, []string{"2026-11-27T10:00:00-05:00"}},
	{"next Monday at 10", mon16, ny, []string{"2026-11-23T10:00:00-05:00"}},
	{"next Friday at 10", thu19, ny, []string{"2026-11-20T10:00:00-05:00"}},
	{"next Tuesday at 10", sat21, ny, []string{"2026-11-24T10:00:00-05:00"}},
	{"next Thursday at 10", wed18, ny, []string{"2026-11-26T10:00:00-05:00"}},
	{"next Monday at 10", wed18, ny, []string{"2026-11-23T10:00:00-05:00"}},
	{"next Tuesday at 10", sun22, ny, []string{"2026-11-24T10:00:00-05:00"}},
	{"next Thursday at 10", fri20, ny, []string{"2026-11-26T10:00:00-05:00"}},
	{"Tuesday next week at 11am", mon16, ny, []string{"2026-11-24T11:00:00-05:00"}},
	{"next week on Thursday at 11am", mon16, ny, []string{"2026-11-26T11:00:00-05:00"}},
	{"today at noon", mon16, ny, []string{"2026-11-16T12:00:00-05:00"}},
	{"tomorrow at midday", mon16, ny, []string{"2026-11-17T12:00:00-05:00"}},
	{"tonight at 8", mon16, ny, []string{"2026-11-16T20:00:00-05:00"}},
	{"the day after tomorrow at 4", mon16, ny, []string{"2026-11-18T16:00:00-05:00"}},
	{"Can you do 10:30 tomorrow?", mon16, ny, []string{"2026-11-17T10:30:00-05:00"}},
	{"14:00 UTC tomorrow", mon16, ny, []string{"2026-11-17T14:00:00Z"}},
	{"tmrw at 4", mon16, ny, []string{"2026-11-17T16:00:00-05:00"}},
	{"Tuesdays at 2pm are best", mon16, ny, nil},

	// Dates.
	{"Nov 24 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"November 24th at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"24 November at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"the 24th at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"11/24 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"Tuesday the 24th at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"Tuesday, November 24 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"November 24, 2026 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"Nov. 24 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"24th of November at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"11/24/2026 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"11/24/26 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"24/11 at 2pm", mon16, ny, []string{"2026-11-24T14:00:00-05:00"}},
	{"Nov 10 at 2pm", mon16, ny, []string{"2027-11-10T14:00:00-05:00"}},
	{"the 10th at 2pm", mon16, ny, []string{"2026-12-10T14:00:00-05:00"}},
	{"Jan 5 at 10am", mon16, ny, []string{"2027-01-05T10:00:00-05:00"}},
	{"March 3 at 2pm", mon16, ny, []string{"2027-03-03T14:00:00-05:00"}},
	{"May 4th at 1pm", mon16, ny, []string{"2027-05-04T13:00:00-04:00"}},
	{"Nov 16 at 4pm", mon16, ny, []string{"2026-11-16T16:00:00-05:00"}},
	{"Thursday, 12/3 at 10:00", mon16, ny, []string{"2026-12-03T10:00:00-05:00"}},
	{"Let's do 2026-12-01 14:30", mon16, ny, []string{"2026-12-01T14:30:00-05:00"}},
	{"Dec 1st at 3pm", mon16, ny, []string{"2026-12-01T15:00:00-05:00"}},
	{"Tuesday 12/1 at 3", mon16, ny, []string{"2026-12-01T15:00:00-05:00"}},
	{"Monday 11/30 at 4pm", mon16, ny, []string{"2026-11-30T16:00:00-05:00"}},
	{"Monday the 23rd between 10 and 11:30am", mon16, ny, []string{"2026-11-23T10:00:00-05:00/2026-11-23T11:30:00-05:00"}},
	{"on December 2, 2026 at 9:30 AM", mon16, ny, []string{"2026-12-02T09:30:00-05:00"}},

	// Clock forms and the bare-hour rule.
	{"Tuesday 2 pm", mon16, ny, []string{"2026-11-17T14:00:00-05:00"}},
	{"Tuesday 2:30 PM", mon16, ny, []string{"2026-11-17T14:30:00-05:00"}},
	{"Wednesday 9.30am", mon16, ny, []string{"2026-11-18T09:30:00-05:00"}},
	{"Thursday at 3", mon16, ny, []string{"2026-11-19T15:00:00-05:00"}},
	{"Thursday at 8", mon16, ny, []string{"2026-11-19T08:00:00-05:00"}},
	{"Thursday at 12", mon16, ny, []string{"2026-11-19T12:00:00-05:00"}},
	{"Thursday at 4:15", mon16, ny, []string{"2026-11-19T16:15:00-05:00"}},
	{"Thursday at 8:45", mon16, ny, []string{"2026-11-19T08:45:00-05:00"}},
	{"Thursday at 12:30", mon16, ny, []string{"2026-11-19T12:30:00-05:00"}},
	{"Thursday at 7:30", mon16, ny, []string{"2026-11-19T19:30:00-05:00"}},
	{"Thursday at 07:30", mon16, ny, []string{"2026-11-19T07:30:00-05:00"}},
	{"Thursday at 09:00", mon16, ny, []string{"2026-11-19T09:00:00-05:00"}},
	{"Thursday at 7:30 in the morning", mon16, ny, []string{"2026-11-19T07:30:00-05:00"}},
	{"Thursday evening at 6", mon16, ny, []string{"2026-11-19T18:00:00-05:00"}},
	{"Thursday at 3 o'clock", mon16, ny, []string{"2026-11-19T15:00:00-05:00"}},
	{"Thursday at 5:30 p.m.", mon16, ny, []string{"2026-11-19T17:30:00-05:00"}},
	{"Thursday at 10 a.m. works", mon16, ny, []string{"2026-11-19T10:00:00-05:00"}},
	{"Thursday at 11ish", mon16, ny, []string{"2026-11-19T11:00:00-05:00"}},
	{"Wed @ 3", mon16, ny, []string{"2026-11-18T15:00:00-05:00"}},
	{"12.30pm on Tuesday", mon16, ny, []string{"2026-11-17T12:30:00-05:00"}},
	{"Tuesday at 2pm your time", mon16, ny, []string{"2026-11-17T14:00:00-05:00"}},
	{"Tuesday around 4", mon16, ny, []string{"2026-11-17T16:00:00-05:00"}},
	{"I'm free from 9:30 on Tuesday", mon16, ny, []string{"2026-11-17T09:30:00-05:00"}},
	{"I'm free Tuesday until 3", mon16, ny, nil},
	{"I'm free Tuesday until 3pm, or Wednesday at 4", mon16, ny, []string{"2026-11-18T16:00:00-05:00"}},
	{"Tuesday before 10am works", mon16, ny, nil},
	{"Mon 11/23 10a or 2p", mon16, ny, []string{"2026-11-23T10:00:00-05:00", "2026-11-23T14:00:00-05:00"}},
	{"Friday noon-1pm", mon16, ny, []string{"2026-11-20T12:00:00-05:00/2026-11-20T13:00:00-05:00"}},
	{"Friday 12:30-1", mon16, ny, []string{"2026-11-20T12:30:00-05:00/2026-11-20T13:00:00-05:00"}},
	{"Friday 10:30am-12", mon16, ny, []string{"2026-11-20T10:30:00-05:00/2026-11-20T12:00:00-05:00"}},
	{"I can meet at 2pm", mon16, ny, nil},

	// Ranges and windows.
	{"Friday 10–11:30 am", mon16, ny, []string{"2026-11-20T10:00:00-05:00/2026-11-20T11:30:00-05:00"}},
	{"Friday from 2 to 3:30pm", mon16, ny, []string{"2026-11-20T14:00:00-05:00/2026-11-20T15:30:00-05:00"}},
	{"Friday 2pm-4pm", mon16, ny, []string{"2026-11-20T14:00:00-05:00/2026-11-20T16:00:00-05:00"}},
	{"Friday 2pm - 4pm", mon16, ny, []string{"2026-11-20T14:00:00-05:00/2026-11-20T16:00:00-05:00"}},
	{"Friday after 2", mon16, ny, []string{"2026-11-20T14:00:00-05:00/2026-11-20T17:00:00-05:00"}},
	{"Friday anytime after 3:30", mon16, ny, []string{"2026-11-20T15:30:00-05:00/2026-11-20T17:00:00-05:00"}},
	{"Friday after 5pm", mon16, ny, []string{"2026-11-20T17:00:00-05:00"}},
	{"Tuesday 11-1pm", mon16, ny, []string{"2026-11-17T11:00:00-05:00/2026-11-17T13:00:00-05:00"}},
	{"Tuesday 12-1pm", mon16, ny, []string{"2026-11-17T12:00:00-05:00/2026-11-17T13:00:00-05:00"}},
	{"Monday 10-11", mon16, ny, []string{"2026-11-23T10:00:00-05:00/2026-11-23T11:00:00-05:00"}},
	{"Wednesday between 2 and 4 pm", mon16, ny, []string{"2026-11-18T14:00:00-05:00/2026-11-18T16:00:00-05:00"}},
	{"Wednesday between 1:30 and 3", mon16, ny, []string{"2026-11-18T13:30:00-05:00/2026-11-18T15:00:00-05:00"}},
	{"Wednesday 9-5", mon16, ny, []string{"2026-11-18T09:00:00-05:00/2026-11-18T17:00:00-05:00"}},
	{"Thursday from 11 to 1", mon16, ny, []string{"2026-11-19T11:00:00-05:00/2026-11-19T13:00:00-05:00"}},
	{"tomorrow 3-4pm", mon16, ny, []string{"2026-11-17T15:00:00-05:00/2026-11-17T16:00:00-05:00"}},
	{"tomorrow 10am-12pm", mon16, ny, []string{"2026-11-17T10:00:00-05:00/2026-11-17T12:00:00-05:00"}},
	{"tomorrow 2-3pm ET", mon16, lon, []string{"2026-11-17T14:00:00-05:00/2026-11-17T15:00:00-05:00"}},

	// Zones written with the time.
	{"Tuesday at 2pm EDT", mon16, ny, []string{"2026-11-17T14:00:00-05:00"}},
	{"Tuesday at 2pm PST", mon16, ny, []string{"2026-11-17T14:00:00-08:00"}},
	{"Tuesday at 2pm CT", mon16, ny, []string{"2026-11-17T14:00:00-06:00"}},
	{"Tuesday at 2pm MT", mon16, ny, []string{"2026-11-17T14:00:00-07:00"}},
	{"Wednesday at 2pm CST", mon16, ny, []string{"2026-11-18T14:00:00-06:00"}},
	{"Tuesday at 2pm Eastern", mon16, lon, []string{"2026-11-17T14:00:00-05:00"}},
	{"Tuesday at 2pm Central", mon16, ny, []string{"2026-11-17T14:00:00-06:00"}},
	{"Tuesday at 2pm Mountain", mon16, ny, []string{"2026-11-17T14:00:00-07:00"}},
	{"Tuesday at 2pm Pacific Time", mon16, ny, []string{"2026-11-17T14:00:00-08:00"}},
	{"Tuesday at 2pm Eastern Standard Time", mon16, lon, []string{"2026-11-17T14:00:00-05:00"}},
	{"Tuesday at 10am GMT+1", mon16, ny, []string{"2026-11-17T10:00:00+01:00"}},
	{"Tuesday at 10am UTC-5", mon16, lon, []string{"2026-11-17T10:00:00-05:00"}},
	{"Tuesday at 10am UTC+2", mon16, ny, []string{"2026-11-17T10:00:00+02:00"}},
	{"tomorrow 14:00 GMT+05:30", mon16, ny, []string{"2026-11-17T14:00:00+05:30"}},
	{"Tuesday at 15:00 +0100", mon16, ny, []string{"2026-11-17T15:00:00+01:00"}},
	{"Tuesday at 3pm London time", mon16, ny, []string{"2026-11-17T15:00:00Z"}},
	{"Tuesday at 3pm CEST", mon16, ny, []string{"2026-11-17T15:00:00+01:00"}},
	{"Tuesday at 3pm BST", mon16, ny, []string{"2026-11-17T15:00:00Z"}},
	{"Tuesday at 9am (PT)", mon16, ny, []string{"2026-11-17T09:00:00-08:00"}},
	{"Tuesday at 9am New York time", mon16, lon, []string{"2026-11-17T09:00:00-05:00"}},
	{"Wednesday at 3pm UK time", mon16, ny, []string{"2026-11-18T15:00:00Z"}},
	{"Tuesday at 2pm", mon16, ber, []string{"2026-11-17T14:00:00+01:00"}},

	// DST: the written zone's offset on that date, not on the reference date.
	{"Monday at 2pm", fri30, ny, []string{"2026-11-02T14:00:00-05:00"}},
	{"Saturday at 10am", fri30, ny, []string{"2026-10-31T10:00:00-04:00"}},
	{"Monday at 2pm ET", fri30, lon, []string{"2026-11-02T14:00:00-05:00"}},
	{"Saturday at 3pm ET", fri30, lon, []string{"2026-10-31T15:00:00-04:00"}},
	{"Monday at 9am Pacific", fri30, ber, []string{"2026-11-02T09:00:00-08:00"}},
	{"Monday at 10", fri23, ber, []string{"2026-10-26T10:00:00+01:00"}},
	{"Saturday at 10", fri23, ber, []string{"2026-10-24T10:00:00+02:00"}},
	{"Monday at 16:00 CET", "2026-10-23T09:00:00-04:00", ny, []string{"2026-10-26T16:00:00+01:00"}},
	{"Monday at 10am London time", "2026-10-23T09:00:00-04:00", ny, []string{"2026-10-26T10:00:00Z"}},
	{"Saturday at 10am London time", "2026-10-23T09:00:00-04:00", ny, []string{"2026-10-24T10:00:00+01:00"}},
	{"Monday 26 October at 9am ET", fri23, ber, []string{"2026-10-26T09:00:00-04:00"}},
	{"Monday at 2pm", mar12, ny, []string{"2027-03-15T14:00:00-04:00"}},
	{"Saturday at 2pm", mar12, ny, []string{"2027-03-13T14:00:00-05:00"}},
	{"Monday at 2pm CET", mar12, ny, []string{"2027-03-15T14:00:00+01:00"}},
	{"Tuesday at 2pm PT", mar12, ny, []string{"2027-03-16T14:00:00-07:00"}},
	{"Monday at 10", mar26, ber, []string{"2027-03-29T10:00:00+02:00"}},
	{"Saturday at 10", mar26, ber, []string{"2027-03-27T10:00:00+01:00"}},
	{"Monday at 10am ET", mar26, ber, []string{"2027-03-29T10:00:00-04:00"}},
	{"Saturday 3pm London time", "2027-03-26T09:00:00-04:00", ny, []string{"2027-03-27T15:00:00Z"}},
	{"Monday 3pm London time", "2027-03-26T09:00:00-04:00", ny, []string{"2027-03-29T15:00:00+01:00"}},

	// Not times.
	{"our event on Dec 3", mon16, ny, nil},
	{"I joined in March 2019", mon16, ny, nil},
	{"I'm back on the 20th", mon16, ny, nil},
	{"Call me at 555-123-4567 on Tuesday", mon16, ny, nil},
	{"Call me at (415) 555-0134 Tuesday", mon16, ny, nil},
	{"It costs $20 on Tuesday", mon16, ny, nil},
	{"Our budget is $2,500 for Tuesday", mon16, ny, nil},
	{"upgrade to version 2.30 on Tuesday", mon16, ny, nil},
	{"Node 18.12 on Tuesday", mon16, ny, nil},
	{"See section 3.2 on Tuesday", mon16, ny, nil},
	{"It takes 5 minutes on Tuesday", mon16, ny, nil},
	{"20-30 minutes on Tuesday", mon16, ny, nil},
	{"I have 2-3 questions for Tuesday", mon16, ny, nil},
	{"Tuesday afternoon works", mon16, ny, nil},
	{"We met on Dec 3", mon16, ny, nil},
	{"Room 12 on Tuesday", mon16, ny, nil},
	{"Suite 2a, Tuesday", mon16, ny, nil},
	{"I worked at 3 startups before Tuesday", mon16, ny, nil},
	{"We're available 24/7 on Tuesday", mon16, ny, nil},
	{"+1 617 555 0100 on Tuesday", mon16, ny, nil},
	{"Tuesday, version 1.2.3 ships", mon16, ny, nil},
	{"Let's do a 1:1 on Tuesday", mon16, ny, nil},
	{"", mon16, ny, nil},
	// Held-out batch 1 misses (daemon/reading/testdata/ACCURACY.md).
	{"Could we do Friday 8:30 PM IST?", mon16, ny, []string{"2026-11-20T10:00:00-05:00"}},
	{"next Monday (the 23rd) or Tuesday the 24th at 10am", mon16, ny, []string{"2026-11-23T10:00:00-05:00", "2026-11-24T10:00:00-05:00"}},
	{"Tuesday (11/24) at 3", mon16, ny, []string{"2026-11-24T15:00:00-05:00"}},
	{"Thursday at 9am SGT", mon16, ny, []string{"2026-11-18T20:00:00-05:00"}},
	{"Tuesday (sorry, I mean Wednesday) works", mon16, ny, nil},
	{"Thursday 9:00 PM IST suit you? That's 10:30 in the morning in New York.", mon16, ny, []string{"2026-11-19T10:30:00-05:00"}},
	{"Friday at 4pm in London works", mon16, ny, []string{"2026-11-20T11:00:00-05:00"}},
	{"11/27 (Fri) at 2pm", mon16, ny, []string{"2026-11-27T14:00:00-05:00"}},
	// Held-out batch 3 misses.
	{"Thursday 19.11. at 15:30 works", mon16, ny, []string{"2026-11-19T15:30:00-05:00"}},
	{"am 24.11.2026 um 10:00", mon16, ny, []string{"2026-11-24T10:00:00-05:00"}},
	{"release 1.2.3 on Tuesday", mon16, ny, nil},
	// Held-out batch 4 misses.
	{"Could we do half past four on Wednesday?", mon16, ny, []string{"2026-11-18T16:30:00-05:00"}},
	{"Thursday at a quarter to 11 am", mon16, ny, []string{"2026-11-19T10:45:00-05:00"}},
	{"quarter past two on Friday", mon16, ny, []string{"2026-11-20T14:15:00-05:00"}},
	{"half the team is out on Friday", mon16, ny, nil},
	{"Shall we say half four on Tuesday?", mon16, ny, []string{"2026-11-17T16:30:00-05:00"}},
	{"half an hour on Tuesday at 3", mon16, ny, []string{"2026-11-17T15:00:00-05:00"}},
	// Held-out batches 6 and 7: a zone after the last of several times,
	// a bare hour after a weekday, 14h30, hours as words, 24-hour hours
	// and dotted minutes after "from"/"at".
	{"I can offer Monday 30 November at 09:00 or Tuesday 1 December at 14:30 (UK time).", mon16, ny,
		[]string{"2026-11-30T09:00:00Z", "2026-12-01T14:30:00Z"}},
	{"Tuesday 11/24 at 10am or Wednesday 11/25 at 2pm ET", mon16, lon,
		[]string{"2026-11-24T10:00:00-05:00", "2026-11-25T14:00:00-05:00"}},
	{"Tuesday at 3. Or 10am ET on Wednesday.", mon16, lon, []string{"2026-11-17T15:00:00Z", "2026-11-18T10:00:00-05:00"}},
	{"Tuesday at 10 would be great, or 3pm ET on Wednesday.", mon16, lon, []string{"2026-11-17T10:00:00Z", "2026-11-18T15:00:00-05:00"}},
	{"thu 2?", mon16, ny, []string{"2026-11-19T14:00:00-05:00"}},
	// "sat", "sun", "mon" in lower case are weekdays before an hour with am/pm.
	{"sun 11am by the pier?", mon16, ny, []string{"2026-11-22T11:00:00-05:00"}},
	{"sat 9:30 am at the market", mon16, ny, []string{"2026-11-21T09:30:00-05:00"}},
	{"we sat 10 minutes at 3pm", mon16, ny, nil},
	{"Friday 4 works", mon16, ny, []string{"2026-11-20T16:00:00-05:00"}},
	{"Tuesday 3 people are out", mon16, ny, nil},
	{"I propose Tuesday 24th November at 14h30 (Paris time).", mon16, ny, []string{"2026-11-24T14:30:00+01:00"}},
	{"Wednesday 9h30 or 16h", mon16, ny, []string{"2026-11-18T09:30:00-05:00", "2026-11-18T16:00:00-05:00"}},
	{"it takes 9h to fly", mon16, ny, nil},
	{"Would Wednesday at four o'clock suit?", mon16, ny, []string{"2026-11-18T16:00:00-05:00"}},
	{"Would Wednesday at four suit?", mon16, ny, nil},
	{"Wednesday at four?", mon16, ny, []string{"2026-11-18T16:00:00-05:00"}},
	{"at one point on Friday we talked", mon16, ny, nil},
	{"Friday, eleven am", mon16, ny, []string{"2026-11-20T11:00:00-05:00"}},
	{"I am free on 26.11. from 16 until 17 o'clock", "2026-11-17T15:20:00+01:00", ber,
		[]string{"2026-11-26T16:00:00+01:00/2026-11-26T17:00:00+01:00"}},
	{"Thursday from 13 to 14", mon16, ny, []string{"2026-11-19T13:00:00-05:00/2026-11-19T14:00:00-05:00"}},
	{"Monday the 23rd at 9.30 also works", mon16, ny, []string{"2026-11-23T09:30:00-05:00"}},
	{"Monday 17 people came", mon16, ny, nil},
	{"Friday at 16 works", mon16, ny, []string{"2026-11-20T16:00:00-05:00"}},
	// Held-out batch 9: four-digit clocks, ISO 8601 with T and Z or an
	// offset, cities and countries named as zones, a clock word before
	// the zone.
	{"Can we do Monday 30 Nov, 1300-1345 CST?", mon16, ny, []string{"2026-11-30T13:00:00-06:00/2026-11-30T13:45:00-06:00"}},
	{"Thursday at 0930 hrs", mon16, ny, []string{"2026-11-19T09:30:00-05:00"}},
	{"Friday 1400 CET", mon16, ny, []string{"2026-11-20T14:00:00+01:00"}},
	{"Monday, 1300-1345", mon16, ny, []string{"2026-11-23T13:00:00-05:00/2026-11-23T13:45:00-05:00"}},
	{"from 2015 to 2019 I was in Chicago", mon16, ny, nil},
	{"between 2015 and 2019 on Monday", mon16, ny, nil},
	{"Tuesday call 1300 555 123", mon16, ny, nil},
	{"Sure. 2026-11-23 15:00 UTC works, or 2026-11-24T09:00Z if you're an early riser.", mon16, ny,
		[]string{"2026-11-23T15:00:00Z", "2026-11-24T09:00:00Z"}},
	{"2026-11-24T14:30+01:00 works", mon16, ny, []string{"2026-11-24T14:30:00+01:00"}},
	{"Friday at 3pm, we'll be 20+ people", mon16, ny, []string{"2026-11-20T15:00:00-05:00"}},
	{"in the thursday (19/11) at 10h Brasília time", mon16, ny, []string{"2026-11-19T10:00:00-03:00"}},
	{"3pm São Paulo time on Friday", mon16, ny, []string{"2026-11-20T15:00:00-03:00"}},
	{"Friday 9:00 Japan time", mon16, ny, []string{"2026-11-20T09:00:00+09:00"}},
	{"Friday at 4pm in Hong Kong", mon16, ny, []string{"2026-11-20T16:00:00+08:00"}},
	{"Tuesday at 16.00 o'clock German time", mon16, ny, []string{"2026-11-17T16:00:00+01:00"}},
	{"Friday 14:00 Uhr CET", mon16, ny, []string{"2026-11-20T14:00:00+01:00"}},
	{"Friday at 3 I'm at the German embassy", mon16, ny, []string{"2026-11-20T15:00:00-05:00"}},
	// Held-out batch 10: a four-digit clock after a day, weeks from a
	// day, an ordinal day before its weekday, "same time", "here in".
	{"Thursday 0700 right after handover would work", mon16, ny, []string{"2026-11-19T07:00:00-05:00"}},
	{"at 0930 works", mon16, ny, nil}, // no day
	{"Let's do 2026-12-01 14:30", mon16, ny, []string{"2026-12-01T14:30:00-05:00"}},
	{"+1 617 555 0100 on Tuesday", mon16, ny, nil},
	{"A week from today at 10 works for me.", mon16, ny, []string{"2026-11-23T10:00:00-05:00"}},
	{"two weeks from Monday at 3pm", mon16, ny, []string{"2026-12-07T15:00:00-05:00"}},
	{"It is possible for me on 25th Wednesday 9 AM Korea time. If not okay, 26th Thursday same time also fine.",
		"2026-11-17T10:00:00+09:00", "Asia/Seoul", []string{"2026-11-25T09:00:00+09:00", "2026-11-26T09:00:00+09:00"}},
	{"Friday at 2pm ET, or Monday at the same time", mon16, ny, []string{"2026-11-20T14:00:00-05:00", "2026-11-23T14:00:00-05:00"}},
	{"3pm on Thursday works, that's 9pm here in Berlin.", mon16, ny, []string{"2026-11-19T15:00:00-05:00"}},
}

// TestFindForYourTime: "your time" is the reader's clock, whatever the
// zone of the message.
func TestFindForYourTime(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	ber, _ := time.LoadLocation("Europe/Berlin")
	ref := mustTime(t, "2026-11-16T15:00:00+01:00")
	for _, c := range []struct {
		text  string
		owner *time.Location
		want  []string
	}{
		{"Monday at 3pm your time?", ny, []string{"2026-11-23T15:00:00-05:00"}},
		{"Monday at 10am your local time, 4pm here.", ny, []string{"2026-11-23T10:00:00-05:00"}},
		{"Monday at 3pm your time?", nil, []string{"2026-11-23T15:00:00+01:00"}},
		// "for you" closing a clause converts to the reader's clock.
		{"Monday at 9pm my time, which is 3pm for you.", ny, []string{"2026-11-23T21:00:00+01:00"}},
		{"Monday at 8:00 in the morning for you.", ny, []string{"2026-11-23T08:00:00-05:00"}},
		{"Would Monday, 3pm for you there, suit?", ny, []string{"2026-11-23T15:00:00-05:00"}},
		{"I can hold Monday 3pm for you to decide.", ny, []string{"2026-11-23T15:00:00+01:00"}},
		{"Monday at 3pm for you.", nil, []string{"2026-11-23T15:00:00+01:00"}},
	} {
		if got := FindFor(c.text, ref, ber, c.owner); !matches(t, got, c.want) {
			t.Errorf("FindFor(%q, owner %v) = %s, want %v", c.text, c.owner, show(got), c.want)
		}
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("bad expected time %q: %v", s, err)
	}
	return v
}

func TestFind(t *testing.T) {
	if len(rows) < 150 {
		t.Fatalf("table has %d rows, want at least 150", len(rows))
	}
	for _, r := range rows {
		loc, err := time.LoadLocation(r.loc)
		if err != nil {
			t.Fatal(err)
		}
		ref := mustTime(t, r.ref)
		got := Find(r.text, ref, loc)
		if !matches(t, got, r.want) {
			t.Errorf("Find(%q, %s, %s) = %s, want %v", r.text, r.ref, r.loc, show(got), r.want)
		}
	}
}

func matches(t *testing.T, got []Span, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i, w := range want {
		s, e, _ := strings.Cut(w, "/")
		if !got[i].Start.Equal(mustTime(t, s)) {
			return false
		}
		if e == "" {
			if !got[i].End.IsZero() {
				return false
			}
		} else if !got[i].End.Equal(mustTime(t, e)) {
			return false
		}
	}
	return true
}

func show(spans []Span) string {
	var b strings.Builder
	b.WriteString("[")
	for i, s := range spans {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(s.Start.Format(time.RFC3339))
		if !s.End.IsZero() {
			b.WriteString("/" + s.End.Format(time.RFC3339))
		}
	}
	return b.String() + "]"
}

// TestFindPositions checks that Pos/Len cover the expression.
func TestFindPositions(t *testing.T) {
	text := "Hi Sam, could we do Tuesday at 2pm ET? Thanks"
	got := Find(text, mustTime(t, mon16), time.UTC)
	if len(got) != 1 {
		t.Fatalf("Find = %s, want one span", show(got))
	}
	if s := text[got[0].Pos : got[0].Pos+got[0].Len]; s != "Tuesday at 2pm ET" {
		t.Errorf("span text = %q, want %q", s, "Tuesday at 2pm ET")
	}
}

func TestFindNilLocation(t *testing.T) {
	got := Find("Tuesday at 2pm", mustTime(t, mon16), nil)
	if len(got) != 1 || !got[0].Start.Equal(mustTime(t, "2026-11-17T14:00:00Z")) {
		t.Errorf("Find with nil loc = %s, want 2026-11-17T14:00:00Z", show(got))
	}
}

func FuzzFind(f *testing.F) {
	for _, r := range rows {
		f.Add(r.text)
	}
	f.Add("between 2 and - after 5 from 11 to the 31st of February 2026-02-30 13/13 GMT+99 +9999")
	f.Add("Tuesday, Tuesday, or or Tuesday at at 2 2 2pm-pm 12:60 0:00 24:00 p.m.")
	ref := time.Date(2026, 11, 16, 9, 0, 0, 0, time.UTC)
	ny, err := time.LoadLocation(ny)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Find(text, ref, ny)
		seen := map[int64]bool{}
		for _, s := range spans {
			if s.Pos < 0 || s.Len <= 0 || s.Pos+s.Len > len(text) {
				t.Fatalf("span %+v out of text of %d bytes", s, len(text))
			}
			if s.Start.IsZero() {
				t.Fatalf("zero start in %+v", s)
			}
			if !s.End.IsZero() && !s.End.After(s.Start) {
				t.Fatalf("end %v not after start %v", s.End, s.Start)
			}
			if seen[s.Start.Unix()] {
				t.Fatalf("instant %v twice", s.Start)
			}
			seen[s.Start.Unix()] = true
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Hi Sam, thanks for reaching out! I'm traveling until the 20th, but I could do Tuesday the 24th at 10am, "+
		"or Wednesday at 3:30 PM ET if that's easier. If neither works, how about Dec 2 between 2 and 4pm? "+
		"My number is (415) 555-0134 and a 20-30 minute call is fine.\n\n", 4)
	ref := time.Date(2026, 11, 16, 9, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, ref, time.UTC)
	}
}

// TestFindHostile: long inputs built to defeat the date search stay fast
// and bounded.
func TestFindHostile(t *testing.T) {
	ref := mustTime(t, mon16)
	for _, text := range []string{
		strings.Repeat("at 3 ", 30000),
		strings.Repeat("Tuesday ", 30000) + "at 2pm",
		"Tuesday " + strings.Repeat("at 3 or ", 20000),
		strings.Repeat("1", 100000) + ":00pm Tuesday",
		strings.Repeat("Tuesday, ", 20000) + "at 2pm",
	} {
		start := time.Now()
		spans := Find(text, ref, time.UTC)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Find on %d bytes took %v", len(text), d)
		}
		if len(spans) > maxTokens {
			t.Errorf("Find returned %d spans", len(spans))
		}
	}
}

// TestFindZoneNames: zones named in words that also start other zones'
// names ("Central European Time" is not Chicago's "Central"), written in
// Spanish after a comma, and "for you in PLACE" as the reader's clock.
func TestFindZoneNames(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	ref := mustTime(t, "2026-11-16T15:00:00Z")
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Thursday 3pm Central European Time?", []string{"2026-11-19T15:00:00+01:00"}},
		{"Thursday 3pm Central European Summer Time?", []string{"2026-11-19T15:00:00+01:00"}},
		{"Thursday 3pm Eastern European Time?", []string{"2026-11-19T15:00:00+02:00"}},
		{"Thursday 3pm East Africa Time (that's noon in London)", []string{"2026-11-19T15:00:00+03:00"}},
		{"Thursday 10am West Africa Time", []string{"2026-11-19T10:00:00+01:00"}},
		{"Thursday 3pm Central?", []string{"2026-11-19T15:00:00-06:00"}},
		{"Thursday 10:00, hora de Bogotá", []string{"2026-11-19T10:00:00-05:00"}},
		{"Thursday 10:00, hora de Bogotá, 7:00 in the morning for you in California", []string{"2026-11-19T10:00:00-05:00"}},
	} {
		if got := FindFor(c.text, ref, time.UTC, la); !matches(t, got, c.want) {
			t.Errorf("FindFor(%q) = %s, want %v", c.text, show(got), c.want)
		}
	}
}

// TestFindSlashDatesDayFirst: a/b dates follow the text's evident order.
func TestFindSlashDatesDayFirst(t *testing.T) {
	ref := mustTime(t, "2026-11-18T06:31:00+01:00")
	cet := time.FixedZone("", 3600)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Monday 30/11 at 10:00 or Wednesday 02/12 at 16:30", []string{"2026-11-30T10:00:00+01:00", "2026-12-02T16:30:00+01:00"}},
		{"Wednesday 02/12 at 16:30", []string{"2027-02-12T16:30:00+01:00"}}, // nothing says day first: US order
		{"12/3 at 10am or 11/30 at 2pm", []string{"2026-12-03T10:00:00+01:00", "2026-11-30T14:00:00+01:00"}},
		{"We're open 24/7; 12/1 at 3pm works.", []string{"2026-12-01T15:00:00+01:00"}}, // 24/7 is no date
	} {
		if got := Find(c.text, ref, cet); !matches(t, got, c.want) {
			t.Errorf("Find(%q) = %s, want %v", c.text, show(got), c.want)
		}
	}
}
