package templates

import (
	"strings"
	"testing"
)

// Each email as a person expects to read it, written down by hand: the
// exact text the reader gets for the given data. A change to a template
// that changes what people read must change these too, on purpose.
func TestRender_exactTexts(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	replies := []Reply{{"yes", "confirm the call"}, {"cancel", "cancel the call"}}
	for _, tc := range []struct {
		name        string
		data        any
		subject     string
		text        string
		htmlExcerpt string
	}{
		{
			name: NameInvite,
			data: Invite{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", ContactEmail: "dana@northwind.example",
				Organization: "Northwind Health", When: "Tuesday, November 24, 2:00–2:20 PM EST", WhenContact: "11:00–11:20 AM UTC-8",
				Minutes: 20, LocationKind: "video", Location: "https://zoom.example/j/123", ContactNote: "Dana gets the invite once you accept it.",
				Brief: Brief{Role: "Director of Operations", Thread: "Happy to help. Would Tuesday at 2pm work?",
					Questions: []string{"How did you start?", "What is a typical week?"}},
				PrepNote: "24 hours before the call", Replies: replies},
			subject: "Informational interview: Alex Rivera / Dana Whitfield — Tuesday, November 24, 2:00–2:20 PM EST",
			text: `Hi Alex,

Dana Whitfield (Northwind Health) offered a time, and it is free in your calendar:

When: Tuesday, November 24, 2:00–2:20 PM EST (11:00–11:20 AM UTC-8 for Dana)
Length: 20 minutes
Where: https://zoom.example/j/123

Accept the invite in your calendar to confirm it. Dana gets the invite once you accept it.

Prep brief
Who: Dana Whitfield, Director of Operations, Northwind Health <dana@northwind.example>
What Dana last wrote:
  Happy to help. Would Tuesday at 2pm work?

Questions to choose from:
  1. How did you start?
  2. What is a typical week?

The full brief, with more questions, comes again 24 hours before the call.

You can also reply to this email:
  yes — confirm the call
  cancel — cancel the call
`,
			htmlExcerpt: `<tr><td style="padding: 2px 12px 2px 0; color: #666;">When</td><td>Tuesday, November 24, 2:00–2:20 PM EST (11:00–11:20 AM UTC-8 for Dana)</td></tr>`,
		},
		{
			name: NameInvite,
			data: Invite{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST",
				Minutes: 20, LocationKind: "phone", Location: "+1 617 555 0142", ForContact: true, Update: true},
			subject: "Updated: Informational interview: Alex Rivera / Dana Whitfield — Tuesday, November 24, 2:00–2:20 PM EST",
			text: `Hi Dana,

Thank you for making time to talk. Here is a calendar invite for our call, at the new time.

When: Tuesday, November 24, 2:00–2:20 PM EST
Length: 20 minutes
Where: +1 617 555 0142

If the time no longer suits you, just reply to this email.

Alex Rivera
`,
			htmlExcerpt: `<p>If the time no longer suits you, just reply to this email.</p>`,
		},
		{
			name: NameInvite,
			data: Invite{OwnerName: "Alex Rivera", ContactName: "Lee Chen", When: "Wednesday, November 25, 11:00–11:20 AM EST",
				Minutes: 20, LocationKind: "unspecified", Update: true, ContactNote: "Lee gets the new time too.",
				Replies: []Reply{{"cancel", "cancel the call"}}},
			subject: "Updated: Informational interview: Alex Rivera / Lee Chen — Wednesday, November 25, 11:00–11:20 AM EST",
			text: `Hi Alex,

Your call with Lee Chen has a new time:

When: Wednesday, November 25, 11:00–11:20 AM EST
Length: 20 minutes
Where: not said yet; agree it with Lee.

The invite in your calendar moves to the new time. Lee gets the new time too.

Prep brief
Who: Lee Chen

You can also reply to this email:
  cancel — cancel the call
`,
			htmlExcerpt: `<p>Your call with <strong>Lee Chen</strong> has a new time:</p>`,
		},
		{
			name: NameCancel,
			data: Cancel{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST",
				WhenContact: "Tuesday, November 24, 11:00–11:20 AM UTC-8", ContactNote: "Dana gets the cancellation too.",
				Replies: []Reply{{"status", "an overview"}}},
			subject: "Cancelled: Informational interview: Alex Rivera / Dana Whitfield — Tuesday, November 24, 2:00–2:20 PM EST",
			text: `Hi Alex,

The call with Dana Whitfield on Tuesday, November 24, 2:00–2:20 PM EST is cancelled, and removed from your calendar. Dana gets the cancellation too.

Reply to this email with:
  status — an overview
`,
			htmlExcerpt: `<p>The call with <strong>Dana Whitfield</strong> on Tuesday, November 24, 2:00–2:20 PM EST is cancelled, and removed from your calendar. Dana gets the cancellation too.</p>`,
		},
		{
			name: NameCancel,
			data: Cancel{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST",
				WhenContact: "Tuesday, November 24, 11:00–11:20 AM UTC-8", ForContact: true, ContactNote: "not for Dana", Replies: replies},
			subject: "Cancelled: Informational interview: Alex Rivera / Dana Whitfield — Tuesday, November 24, 2:00–2:20 PM EST",
			text: `Hi Dana,

I am sorry, but I have to cancel our call on Tuesday, November 24, 11:00–11:20 AM UTC-8. I will be in touch.

Alex Rivera
`,
			htmlExcerpt: `<p>I am sorry, but I have to cancel our call on Tuesday, November 24, 11:00–11:20 AM UTC-8. I will be in touch.</p>`,
		},
		{
			name: NameNotice,
			data: Notice{OwnerFirstName: "Alex", Subject: "Recorded: Lee Chen declined",
				Lines: []string{"Lee Chen said no to a call.", "Nothing else to do."}, Replies: []Reply{{"status", "an overview"}}},
			subject: "Recorded: Lee Chen declined",
			text: `Hi Alex,

Lee Chen said no to a call.

Nothing else to do.

Reply to this email with:
  status — an overview
`,
			htmlExcerpt: "<p>Lee Chen said no to a call.</p>\n<p>Nothing else to do.</p>\n<p style=\"color: #555; font-size: 13px;\">Reply to this email with:<br>\n<strong>status</strong> — an overview<br>\n</p>",
		},
		{
			name:    NameNotesPrompt,
			data:    NotesPrompt{OwnerFirstName: "Alex", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST", Replies: []Reply{{"skip", "no thank-you"}}},
			subject: "How did it go with Dana Whitfield?",
			text: `Hi Alex,

How did your call with Dana Whitfield (Tuesday, November 24, 2:00–2:20 PM EST) go? Reply with a few lines while it is fresh: what you learned, and who they suggested you talk to, for example:

  Learned: how they moved from nursing into operations
  Referrals: Sam Ortiz <sam@example.com>, Priya Nair
  May mention: yes

Your notes are kept with the meeting. The thank-you mentions what follows "Learned:", and the people on a "Referrals:" line are added to your contacts. Write "May mention: yes" only if Dana said you may use their name when you write to them.

You can also reply with just:
  skip — no thank-you
`,
			htmlExcerpt: `<p style="font-family: monospace;">Learned: how they moved from nursing into operations<br>Referrals: Sam Ortiz &lt;sam@example.com&gt;, Priya Nair<br>May mention: yes</p>`,
		},
		{
			name: NameAsksForTimes,
			data: AsksForTimes{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Priya Nair", ContactFirstName: "Priya", Minutes: 20,
				Slots: []string{"Tuesday, November 24, 9:00–9:20 AM EST", "Wednesday, November 25, 9:00–9:20 AM EST"}},
			subject: "Reply ready for Priya Nair: three times to offer",
			text: `Hi Alex,

Priya Nair asked you for times. Here is a reply you can copy and send from your own mailbox:

----------------------------------------------------------------
Hi Priya,

Thank you so much for agreeing to talk. Would any of these work for a 20-minute call?

  - Tuesday, November 24, 9:00–9:20 AM EST
  - Wednesday, November 25, 9:00–9:20 AM EST

If none of these suit you, I am happy to work around your schedule.

Best,
Alex Rivera
----------------------------------------------------------------
`,
			htmlExcerpt: `<ul><li>Tuesday, November 24, 9:00–9:20 AM EST</li><li>Wednesday, November 25, 9:00–9:20 AM EST</li></ul>`,
		},
		{
			name: NamePrepBrief,
			data: PrepBrief{OwnerFirstName: "Alex", ContactName: "Dana Whitfield", Organization: "Northwind Health",
				When: "Tuesday, November 24, 2:00–2:20 PM EST", Minutes: 20, Location: "https://zoom.example/j/123",
				Brief: Brief{Thread: "Happy to help.", Questions: []string{"How did you start?", "What is a typical week?"}}},
			subject: "Prep: your call with Dana Whitfield, Tuesday, November 24, 2:00–2:20 PM EST",
			text: `Hi Alex,

Your call with Dana Whitfield (Northwind Health) is Tuesday, November 24, 2:00–2:20 PM EST, 20 minutes, https://zoom.example/j/123.

What Dana last wrote:
  Happy to help.

Questions to choose from:
  1. How did you start?
  2. What is a typical week?

Reminders:
  - Keep to the 20 minutes you asked for; offer to stop on time.
  - Ask for two people they would suggest you talk to next.
  - Ask whether you may mention their name when you write to them.
`,
			htmlExcerpt: `<ol><li>How did you start?</li><li>What is a typical week?</li></ol>`,
		},
		{
			name: NameThankYouReview,
			data: ThankYou{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Dana Whitfield", ContactFirstName: "Dana",
				Organization: "Northwind Health", Day: "Tuesday", Learned: "how you moved from nursing into operations",
				Referrals: []string{"Sam Ortiz", "Priya Nair"},
				Replies:   []Reply{{"send", "send the thank-you now"}, {"skip", "send no thank-you for this call"}}},
			subject: "Thank-you to Dana Whitfield: ready to send",
			text: `Hi Alex,

Here is the thank-you for Dana Whitfield. Nothing goes to Dana until you reply "send".

----------------------------------------------------------------
Hi Dana,

Thank you for taking the time to talk with me on Tuesday. I especially appreciated hearing about how you moved from nursing into operations.

Thank you also for suggesting I speak with Sam Ortiz and Priya Nair. I will reach out, and I will let you know how it goes.

I will keep you posted on where I land.

Best regards,
Alex Rivera
----------------------------------------------------------------

Reply to this email with:
  send — send the thank-you now
  skip — send no thank-you for this call
`,
			htmlExcerpt: `<p>Here is the thank-you for Dana Whitfield. Nothing goes to Dana until you reply <strong>send</strong>.</p>`,
		},
		{
			name:    NameSummary,
			data:    fullSummary,
			subject: "Your week in informational interviews (November 23)",
			text: `Hi Alex,

Coming up:
  - Tuesday, November 24, 2:00–2:20 PM EST: Dana Whitfield (Northwind Health) (confirmed)

Waiting for your answer to "What did they mean?" (asks, later, declined or ignore):
  - Mina Cho <mina@aster.example>, replied November 19; asked you what their reply meant

Last week:
  - Wednesday, November 18, 10:00–10:20 AM EST: Lee Chen (Fernhill Robotics), thank-you sent
  - Friday, November 20, 3:00–3:20 PM EST: Priya Nair, thank-you due Saturday

Referrals to contact:
  - Sam Ortiz <sam@northwind.example>, referred by Dana Whitfield (you may mention their name)

Waiting for a reply (a short, friendly nudge is fine after a week):
  - Kim Park <kim@acme.example>, no reply for 9 days

A nudge you could send, as a reply to your first email:
  "Hi Kim, I wanted to follow up on my note below. I know you are busy; if you
  have 15 minutes in the next few weeks, I would be grateful for your perspective. If now is not a good time,
  no problem at all."

Time to write again:
  - Jo Smith <jo@later.example>, asked you to write again, November 20

So far: Outreach 10 → Replies 5 → Calls 3 → Thank-yous 2 → Referrals 1

Reply to this email with:
  status — an overview
`,
			htmlExcerpt: `<h3 style="font-size: 16px; margin-bottom: 4px;">So far</h3>`,
		},
		{
			name:    NameSummary,
			data:    Summary{OwnerFirstName: "Alex", WeekOf: "November 23", Empty: true},
			subject: "Your week in informational interviews (November 23)",
			text: `Hi Alex,

Nothing to report this week: no calls, nobody waiting, nothing due. Forward a thread or Bcc this address on your next outreach and it will show up here.
`,
			htmlExcerpt: `<p>Nothing to report this week: no calls, nobody waiting, nothing due. Forward a thread or Bcc this address on your next outreach and it will show up here.</p>`,
		},
	} {
		r, err := s.Render(tc.name, tc.data)
		if err != nil {
			t.Errorf("Render(%q): %v", tc.name, err)
			continue
		}
		if r.Subject != tc.subject {
			t.Errorf("Render(%q).Subject =\n%q\nwant\n%q", tc.name, r.Subject, tc.subject)
		}
		if r.Text != tc.text {
			t.Errorf("Render(%q).Text =\n%s\nwant\n%s", tc.name, r.Text, tc.text)
		}
		if !contains(r.HTML, tc.htmlExcerpt) {
			t.Errorf("Render(%q).HTML lacks\n%s\nin\n%s", tc.name, tc.htmlExcerpt, r.HTML)
		}
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// fullSummary is a week with something in every section of the weekly
// summary, for TestRender_exactTexts and TestRender_exactHTML.
var fullSummary = Summary{OwnerFirstName: "Alex", WeekOf: "November 23",
	Upcoming: []SummaryMeeting{{When: "Tuesday, November 24, 2:00–2:20 PM EST", Contact: "Dana Whitfield (Northwind Health)", Status: "confirmed"}},
	Unclear:  []SummaryContact{{Name: "Mina Cho", Email: "mina@aster.example", Detail: "replied November 19; asked you what their reply meant"}},
	Past: []SummaryMeeting{
		{When: "Wednesday, November 18, 10:00–10:20 AM EST", Contact: "Lee Chen (Fernhill Robotics)", Status: "held", ThankYou: "sent"},
		{When: "Friday, November 20, 3:00–3:20 PM EST", Contact: "Priya Nair", Status: "confirmed", ThankYou: "due Saturday"},
	},
	Referrals: []SummaryContact{{Name: "Sam Ortiz", Email: "sam@northwind.example", Detail: "referred by Dana Whitfield (you may mention their name)"}},
	Awaiting:  []SummaryContact{{Name: "Kim Park", Email: "kim@acme.example", Detail: "no reply for 9 days"}},
	Due:       []SummaryContact{{Name: "Jo Smith", Email: "jo@later.example", Detail: "asked you to write again, November 20"}},
	Funnel:    []FunnelStep{{"Outreach", 10, 100}, {"Replies", 5, 50}, {"Calls", 3, 30}, {"Thank-yous", 2, 20}, {"Referrals", 1, 10}},
	Replies:   []Reply{{"status", "an overview"}},
}
