package templates

import (
	"fmt"
	"testing"
)

const head = "<!DOCTYPE html>\n<html><body style=\"font-family: -apple-system, Segoe UI, Helvetica, Arial, sans-serif; font-size: 15px; color: #222; line-height: 1.45;\">\n"
const tail = "</body></html>\n"

// h3 opens a section heading of the weekly summary.
const h3 = "<h3 style=\"font-size: 16px; margin-bottom: 4px;\">"

// bar is one row of the summary's funnel chart: a label, a coloured cell
// px pixels wide, and the count.
func bar(label string, px, count int) string {
	return fmt.Sprintf("<tr><td style=\"padding: 2px 10px 2px 0; color: #555;\">%s</td><td style=\"padding: 2px 0;\">"+
		"<table style=\"border-collapse: collapse;\" role=\"presentation\"><tr>"+
		"<td style=\"background: #4a7bd0; width: %dpx; height: 14px; font-size: 1px; line-height: 1px;\">&nbsp;</td>"+
		"<td style=\"padding-left: 6px;\">%d</td></tr></table></td></tr>\n", label, px, count)
}

// The HTML part of each email, written by hand for the same data as
// TestRender_exactTexts: what a webmail shows must be exactly this.
func TestRender_exactHTML(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	replies := []Reply{{"yes", "confirm the call"}, {"cancel", "cancel the call"}}
	td := `<td style="padding: 2px 12px 2px 0; color: #666;">`
	for _, tc := range []struct {
		name string
		data any
		body string
	}{
		{NameInvite, Invite{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", ContactEmail: "dana@northwind.example", Organization: "Northwind Health",
			When: "Tuesday, November 24, 2:00–2:20 PM EST", WhenContact: "11:00–11:20 AM UTC-8", Minutes: 20,
			LocationKind: "video", Location: "https://zoom.example/j/123", ContactNote: "Dana gets the invite once you accept it.",
			Brief: Brief{Role: "Director of Operations", Thread: "Happy to help. Would Tuesday at 2pm work?",
				Questions: []string{"How did you start?", "What is a typical week?"}},
			PrepNote: "24 hours before the call", Replies: replies},
			"<p>Hi Alex,</p>\n" +
				"<p><strong>Dana Whitfield</strong> (Northwind Health) offered a time, and it is free in your calendar:</p>\n" +
				"<table style=\"border-collapse: collapse;\">\n" +
				"<tr>" + td + "When</td><td>Tuesday, November 24, 2:00–2:20 PM EST (11:00–11:20 AM UTC-8 for Dana)</td></tr>\n" +
				"<tr>" + td + "Length</td><td>20 minutes</td></tr>\n" +
				"<tr>" + td + "Where</td><td>https://zoom.example/j/123</td></tr>\n" +
				"</table>\n" +
				"<p>Accept the invite in your calendar to confirm it. Dana gets the invite once you accept it.</p>\n" +
				"<h3 style=\"font-size: 15px; margin: 18px 0 4px;\">Prep brief</h3>\n" +
				"<p>Who: Dana Whitfield, Director of Operations, Northwind Health &lt;dana@northwind.example&gt;</p>\n" +
				"<p>What Dana last wrote:</p><blockquote style=\"border-left: 3px solid #ccc; margin: 0; padding-left: 12px;\">Happy to help. Would Tuesday at 2pm work?</blockquote>\n" +
				"<p>Questions to choose from:</p>\n" +
				"<ol><li>How did you start?</li><li>What is a typical week?</li></ol>\n" +
				"<p>The full brief, with more questions, comes again 24 hours before the call.</p>\n" +
				"<p style=\"color: #555; font-size: 13px;\">You can also reply to this email with:<br>\n" +
				"<strong>yes</strong> — confirm the call<br>\n" +
				"<strong>cancel</strong> — cancel the call<br>\n" +
				"</p>\n"},
		{NameInvite, Invite{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST",
			Minutes: 20, LocationKind: "phone", Location: "+1 617 555 0142", ForContact: true, Update: true},
			"<p>Hi Dana,</p>\n" +
				"<p>Thank you for making time to talk. Here is a calendar invite for our call, at the new time.</p>\n" +
				"<table style=\"border-collapse: collapse;\">\n" +
				"<tr>" + td + "When</td><td>Tuesday, November 24, 2:00–2:20 PM EST</td></tr>\n" +
				"<tr>" + td + "Length</td><td>20 minutes</td></tr>\n" +
				"<tr>" + td + "Where</td><td>&#43;1 617 555 0142</td></tr>\n" +
				"</table>\n" +
				"<p>If the time no longer suits you, just reply to this email.</p>\n" +
				"<p>Alex Rivera</p>\n\n"},
		{NameCancel, Cancel{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST",
			ContactNote: "Dana gets the cancellation too.", Replies: []Reply{{"status", "an overview"}}},
			"<p>Hi Alex,</p>\n" +
				"<p>The call with <strong>Dana Whitfield</strong> on Tuesday, November 24, 2:00–2:20 PM EST is cancelled, and removed from your calendar. Dana gets the cancellation too.</p>\n" +
				"<p style=\"color: #555; font-size: 13px;\">Reply to this email with:<br>\n" +
				"<strong>status</strong> — an overview<br>\n" +
				"</p>\n"},
		{NameCancel, Cancel{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST",
			ForContact: true, ContactNote: "not for Dana", Replies: replies},
			"<p>Hi Dana,</p>\n" +
				"<p>I am sorry, but I have to cancel our call on Tuesday, November 24, 2:00–2:20 PM EST. I will be in touch.</p>\n" +
				"<p>Alex Rivera</p>\n\n"},
		{NameThankYou, ThankYou{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Dana Whitfield",
			ContactFirstName: "Dana", Organization: "Northwind Health", Day: "Tuesday", Referrals: []string{"Sam Ortiz"}},
			"<p>Hi Dana,</p>\n" +
				"<p>Thank you for taking the time to talk with me on Tuesday. It was very helpful to hear how you see the field and your work at Northwind Health.</p>\n" +
				"<p>Thank you also for suggesting I speak with Sam Ortiz. I will reach out, and I will let you know how it goes.</p>\n" +
				"<p>I will keep you posted on where I land.</p>\n" +
				"<p>Best regards,<br>Alex Rivera</p>\n"},
		{NameNotice, Notice{OwnerFirstName: "Alex", Subject: "Recorded: Lee Chen declined",
			Lines: []string{"Lee Chen said no to a call.", "Nothing else to do."}, Replies: []Reply{{"status", "an overview"}}},
			"<p>Hi Alex,</p>\n" +
				"<p>Lee Chen said no to a call.</p>\n" +
				"<p>Nothing else to do.</p>\n" +
				"<p style=\"color: #555; font-size: 13px;\">Reply to this email with:<br>\n" +
				"<strong>status</strong> — an overview<br>\n" +
				"</p>\n"},
		{NameNotesPrompt, NotesPrompt{OwnerFirstName: "Alex", ContactName: "Dana Whitfield", When: "Tuesday, November 24, 2:00–2:20 PM EST",
			Replies: []Reply{{"skip", "no thank-you"}}},
			"<p>Hi Alex,</p>\n" +
				"<p>How did your call with Dana Whitfield (Tuesday, November 24, 2:00–2:20 PM EST) go? Reply with a few lines while it is fresh: what you learned, and who they suggested you talk to, for example:</p>\n" +
				"<p style=\"font-family: monospace;\">Learned: how they moved from nursing into operations<br>Referrals: Sam Ortiz &lt;sam@example.com&gt;, Priya Nair<br>May mention: yes</p>\n" +
				"<p>Your notes are kept with the meeting. The thank-you mentions what follows \"Learned:\", and the people on a \"Referrals:\" line are added to your contacts. Write \"May mention: yes\" only if Dana said you may use their name when you write to them.</p>\n" +
				"<p style=\"color: #555; font-size: 13px;\">You can also reply with just:<br>\n" +
				"<strong>skip</strong> — no thank-you<br>\n" +
				"</p>\n"},
		{NameAsksForTimes, AsksForTimes{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Priya Nair", ContactFirstName: "Priya",
			Minutes: 20, Slots: []string{"Tuesday, November 24, 9:00–9:20 AM EST", "Wednesday, November 25, 9:00–9:20 AM EST"}},
			"<p>Hi Alex,</p>\n" +
				"<p>Priya Nair asked you for times. Here is a reply you can copy and send from your own mailbox:</p>\n" +
				"<blockquote style=\"border-left: 3px solid #ccc; margin: 0; padding-left: 12px;\">\n" +
				"<p>Hi Priya,</p>\n" +
				"<p>Thank you so much for agreeing to talk. Would any of these work for a 20-minute call?</p>\n" +
				"<ul><li>Tuesday, November 24, 9:00–9:20 AM EST</li><li>Wednesday, November 25, 9:00–9:20 AM EST</li></ul>\n" +
				"<p>If none of these suit you, I am happy to work around your schedule.</p>\n" +
				"<p>Best,<br>Alex Rivera</p>\n" +
				"</blockquote>\n\n"},
		{NamePrepBrief, PrepBrief{OwnerFirstName: "Alex", ContactName: "Dana Whitfield", Organization: "Northwind Health",
			Brief: Brief{Role: "Director of Operations", Thread: "Happy to help.", Questions: []string{"How did you start?", "What is a typical week?"}},
			When:  "Tuesday, November 24, 2:00–2:20 PM EST", Minutes: 20, Location: "https://zoom.example/j/123"},
			"<p>Hi Alex,</p>\n" +
				"<p>Your call with <strong>Dana Whitfield</strong> (Director of Operations, Northwind Health) is Tuesday, November 24, 2:00–2:20 PM EST, 20 minutes, https://zoom.example/j/123.</p>\n" +
				"<p>What Dana last wrote:</p><blockquote style=\"border-left: 3px solid #ccc; margin: 0; padding-left: 12px;\">Happy to help.</blockquote>\n" +
				"<p>Questions to choose from:</p>\n" +
				"<ol><li>How did you start?</li><li>What is a typical week?</li></ol>\n" +
				"<p>Reminders:</p>\n" +
				"<ul><li>Keep to the 20 minutes you asked for; offer to stop on time.</li>\n" +
				"<li>Ask for two people they would suggest you talk to next.</li>\n" +
				"<li>Ask whether you may mention their name when you write to them.</li></ul>\n\n"},
		{NameThankYou, ThankYou{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Dana Whitfield", ContactFirstName: "Dana",
			Organization: "Northwind Health", Day: "Tuesday", Learned: "how you moved from nursing into operations",
			Referrals: []string{"Sam Ortiz", "Priya Nair"}},
			"<p>Hi Dana,</p>\n" +
				"<p>Thank you for taking the time to talk with me on Tuesday. I especially appreciated hearing about how you moved from nursing into operations.</p>\n" +
				"<p>Thank you also for suggesting I speak with Sam Ortiz and Priya Nair. I will reach out, and I will let you know how it goes.</p>\n" +
				"<p>I will keep you posted on where I land.</p>\n" +
				"<p>Best regards,<br>Alex Rivera</p>\n"},
		{NameThankYouReview, ThankYou{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Dana Whitfield", ContactFirstName: "Dana",
			Organization: "Northwind Health", Day: "Tuesday", Learned: "how you moved from nursing into operations",
			Referrals: []string{"Sam Ortiz", "Priya Nair"},
			Replies:   []Reply{{"send", "send the thank-you now"}, {"skip", "send no thank-you for this call"}}},
			"<p>Hi Alex,</p>\n" +
				"<p>Here is the thank-you for Dana Whitfield. Nothing goes to Dana until you reply <strong>send</strong>.</p>\n" +
				"<blockquote style=\"border-left: 3px solid #ccc; margin: 0; padding-left: 12px;\">\n" +
				"<p>Hi Dana,</p>\n" +
				"<p>Thank you for taking the time to talk with me on Tuesday. I especially appreciated hearing about how you moved from nursing into operations.</p>\n" +
				"<p>Thank you also for suggesting I speak with Sam Ortiz and Priya Nair. I will reach out, and I will let you know how it goes.</p>\n" +
				"<p>I will keep you posted on where I land.</p>\n" +
				"<p>Best regards,<br>Alex Rivera</p>\n" +
				"</blockquote>\n" +
				"<p style=\"color: #555; font-size: 13px;\">Reply to this email with:<br>\n" +
				"<strong>send</strong> — send the thank-you now<br>\n" +
				"<strong>skip</strong> — send no thank-you for this call<br>\n" +
				"</p>\n"},
		// Every section, and the funnel as a bar chart made of table cells
		// (no images: webmail shows it as sent). Bars are 3 px per percent.
		{NameSummary, fullSummary,
			"<p>Hi Alex,</p>\n" +
				h3 + "Coming up</h3>\n" +
				"<ul><li>Tuesday, November 24, 2:00–2:20 PM EST: <strong>Dana Whitfield (Northwind Health)</strong> (confirmed)</li></ul>\n" +
				h3 + "Waiting for your answer</h3>\n" +
				"<p style=\"margin-top: 0; color: #555;\">coffeechat asked you what they meant: answer its email with asks, later, declined or ignore.</p>\n" +
				"<ul><li><strong>Mina Cho</strong> &lt;mina@aster.example&gt;, replied November 19; asked you what their reply meant</li></ul>\n" +
				h3 + "Last week</h3>\n" +
				"<ul><li>Wednesday, November 18, 10:00–10:20 AM EST: <strong>Lee Chen (Fernhill Robotics)</strong>, thank-you sent</li>" +
				"<li>Friday, November 20, 3:00–3:20 PM EST: <strong>Priya Nair</strong>, thank-you due Saturday</li></ul>\n" +
				h3 + "Referrals to contact</h3>\n" +
				"<ul><li><strong>Sam Ortiz</strong> &lt;sam@northwind.example&gt;, referred by Dana Whitfield (you may mention their name)</li></ul>\n" +
				h3 + "Waiting for a reply</h3>\n" +
				"<p style=\"margin-top: 0; color: #555;\">A short, friendly nudge is fine after a week.</p>\n" +
				"<ul><li><strong>Kim Park</strong> &lt;kim@acme.example&gt;, no reply for 9 days</li></ul>\n" +
				"<p style=\"margin-top: 0; color: #555;\">A nudge you could send, as a reply to your first email:</p>\n" +
				"<blockquote style=\"border-left: 3px solid #ccc; margin: 0; padding-left: 12px;\">Hi Kim, I wanted to follow up on my note below. I know you are busy; if you have 15 minutes in the next few weeks, I would be grateful for your perspective. If now is not a good time, no problem at all.</blockquote>\n" +
				h3 + "Time to write again</h3>\n" +
				"<ul><li><strong>Jo Smith</strong> &lt;jo@later.example&gt;, asked you to write again, November 20</li></ul>\n" +
				h3 + "So far</h3>\n" +
				"<table style=\"border-collapse: collapse;\" role=\"presentation\">\n" +
				bar("Outreach", 300, 10) + bar("Replies", 150, 5) + bar("Calls", 90, 3) + bar("Thank-yous", 60, 2) + bar("Referrals", 30, 1) +
				"</table>\n" +
				"<p style=\"color: #555; font-size: 13px;\">Reply to this email with:<br>\n" +
				"<strong>status</strong> — an overview<br>\n" +
				"</p>\n"},
		{NameSummary, Summary{OwnerFirstName: "Alex", WeekOf: "November 23", Empty: true},
			"<p>Hi Alex,</p>\n" +
				"<p>Nothing to report this week: no calls, nobody waiting, nothing due. Forward a thread or Bcc this address on your next outreach and it will show up here.</p>\n" +
				"\n\n"},
	} {
		r, err := s.Render(tc.name, tc.data)
		if err != nil {
			t.Errorf("Render(%q): %v", tc.name, err)
			continue
		}
		if want := head + tc.body + tail; r.HTML != want {
			t.Errorf("Render(%q).HTML =\n%s\nwant\n%s", tc.name, r.HTML, want)
		}
	}
}
