package templates

import (
	"strings"
)

// Reply is one word the owner can answer with, and what it does. Every
// email to the owner ends with the replies it understands.
type Reply struct {
	Word    string
	Meaning string
}

// Brief is what the owner reads to prepare a call: in the prep brief email
// and in the owner's copy of the invite, never in anything the contact gets.
type Brief struct {
	Role      string   // the contact's title; may be ""
	Thread    string   // the contact's latest words, shortened; may be ""
	Questions []string // from the question bank
}

// Invite is the data of the invite email and its updates. The owner and
// the contact each get a copy of their own: ForContact tells which.
type Invite struct {
	OwnerName    string
	ContactName  string
	ContactEmail string
	Organization string // may be ""
	When         string // in the owner's zone: "Tuesday, December 1, 2:00–2:20 PM EST"
	WhenContact  string // in the contact's zone when it differs, else ""
	Minutes      int
	LocationKind string // video | phone | in_person | unspecified
	Location     string // link, number or place; may be ""
	ForContact   bool   // the copy sent to the contact
	Update       bool   // a changed time (SEQUENCE > 0)
	// Owner's copy only: what the contact gets ("Dana gets the invite too.");
	// may be "".
	ContactNote string
	// Owner's copy only: the prep brief.
	Brief
	PrepNote string // owner's copy: when the full prep brief comes ("24 hours before the call"); may be ""
	Replies  []Reply
}

// Cancel is the data of the cancellation that goes with a METHOD:CANCEL, to
// the owner and, when they had the invite, to the contact.
type Cancel struct {
	OwnerName   string
	ContactName string
	When        string // in the owner's zone
	WhenContact string // in the contact's zone when it differs, else ""
	ForContact  bool   // the copy sent to the contact
	ContactNote string // owner's copy: whether the contact is told; may be ""
	Replies     []Reply
}

// ThankYou is the data of the thank-you note (and its review draft).
type ThankYou struct {
	OwnerName        string
	OwnerFirstName   string
	ContactName      string
	ContactFirstName string
	Organization     string
	Day              string   // the call's weekday, "Tuesday"
	Learned          string   // one thing from the owner's notes; may be ""
	Referrals        []string // people the contact offered to introduce
	Replies          []Reply  // review draft only
}

// SummaryMeeting is one call in the weekly summary.
type SummaryMeeting struct {
	When     string
	Contact  string
	Status   string // confirmed, waiting for you to accept, held, ...
	ThankYou string // sent, due Thursday, skipped, missed
}

// SummaryContact is one person in the weekly summary.
type SummaryContact struct {
	Name   string
	Email  string
	Detail string // "no reply for 9 days", "referred by Dana Whitfield"
}

// FunnelStep is one bar of the funnel.
type FunnelStep struct {
	Label   string
	Count   int
	Percent int // of the first step, 0-100, for the bar width
}

// Summary is the data of the weekly summary.
type Summary struct {
	OwnerFirstName string
	WeekOf         string
	Empty          bool // nothing happened and nothing is due
	Upcoming       []SummaryMeeting
	// Unclear: contacts whose reply coffeechat could not read for sure,
	// waiting for the owner's one-word answer.
	Unclear   []SummaryContact
	Past      []SummaryMeeting
	Referrals []SummaryContact
	Awaiting  []SummaryContact
	Due       []SummaryContact
	Funnel    []FunnelStep
	Replies   []Reply
	// How many more of each list there are than it shows: a summary
	// stays short, and says how to see the rest (coffeechat meetings,
	// coffeechat contacts).
	UpcomingMore, PastMore, UnclearMore, ReferralsMore, AwaitingMore, DueMore int
}

// Notice is a short message to the owner: something was recorded, could
// not be done, or needs them.
type Notice struct {
	OwnerFirstName string
	Subject        string
	Lines          []string // paragraphs
	Replies        []Reply
}

// AsksForTimes is a ready-to-send reply offering the contact three times.
type AsksForTimes struct {
	OwnerName        string
	OwnerFirstName   string
	ContactName      string
	ContactFirstName string
	Minutes          int
	Slots            []string // in the owner's zone, with the zone named
	Replies          []Reply
}

// PrepBrief is the data of the brief sent before a call.
type PrepBrief struct {
	OwnerFirstName string
	ContactName    string
	ContactEmail   string
	Organization   string
	Brief          // .Role, .Thread, .Questions
	When           string
	Minutes        int
	Location       string
	Replies        []Reply
}

// NotesPrompt is the "how did it go?" email after a call.
type NotesPrompt struct {
	OwnerFirstName string
	ContactName    string
	When           string
	Replies        []Reply
}

var funcs = map[string]any{
	"first": FirstName,
	"join":  strings.Join,
	"add":   func(a, b int) int { return a + b },
	"bar": func(percent int) int { // bar width in pixels for the HTML funnel
		if percent < 2 {
			return 2
		}
		return percent * 3
	},
}

// FirstName returns the first word of a display name ("Dana" for "Dana
// Whitfield"), or the name itself.
func FirstName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// samples returns data for each template, to test-render at Load.
func samples() map[string]any {
	replies := []Reply{{"yes", "accept"}, {"cancel", "cancel the call"}}
	brief := Brief{Role: "Director of Operations", Thread: "Tuesday works.", Questions: []string{"How did you start?"}}
	inv := Invite{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", ContactEmail: "dana@northwind.example",
		Organization: "Northwind Health", When: "Tuesday, December 1, 2:00–2:20 PM EST", WhenContact: "11:00–11:20 AM PST",
		Minutes: 20, LocationKind: "video", Location: "https://zoom.example/j/1", ContactNote: "Dana gets the invite too.",
		Brief: brief, PrepNote: "24 hours before the call", Replies: replies}
	ty := ThankYou{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Dana Whitfield", ContactFirstName: "Dana",
		Organization: "Northwind Health", Day: "Tuesday", Learned: "how you moved from nursing into operations",
		Referrals: []string{"Sam Ortiz"}, Replies: replies}
	return map[string]any{
		NameInvite: inv,
		NameCancel: Cancel{OwnerName: "Alex Rivera", ContactName: "Dana Whitfield", When: inv.When, WhenContact: inv.WhenContact,
			ContactNote: "Dana gets the cancellation too.", Replies: replies},
		NameThankYou:       ty,
		NameThankYouReview: ty,
		NameSummary: Summary{OwnerFirstName: "Alex", WeekOf: "November 23",
			Upcoming:  []SummaryMeeting{{When: "Tue Dec 1, 2:00 PM", Contact: "Dana Whitfield", Status: "confirmed"}},
			Unclear:   []SummaryContact{{Name: "Lee Chen", Email: "lee@fernhill.example", Detail: "replied November 16; asked you what their reply meant"}},
			Past:      []SummaryMeeting{{When: "Mon Nov 16", Contact: "Lee Chen", Status: "held", ThankYou: "sent"}},
			Referrals: []SummaryContact{{Name: "Sam Ortiz", Email: "sam@northwind.example", Detail: "referred by Dana Whitfield"}},
			Awaiting:  []SummaryContact{{Name: "Kim Park", Email: "kim@acme.example", Detail: "no reply for 9 days"}},
			Due:       []SummaryContact{{Name: "Jo Smith", Email: "jo@x.example", Detail: "asked you to write again in November"}},
			Funnel:    []FunnelStep{{"Outreach", 10, 100}, {"Replies", 5, 50}, {"Calls", 3, 30}, {"Thank-yous", 2, 20}, {"Referrals", 1, 10}},
			Replies:   replies},
		NameNotice:       Notice{OwnerFirstName: "Alex", Subject: "Recorded", Lines: []string{"One.", "Two."}, Replies: replies},
		NameAsksForTimes: AsksForTimes{OwnerName: "Alex Rivera", OwnerFirstName: "Alex", ContactName: "Dana Whitfield", ContactFirstName: "Dana", Minutes: 20, Slots: []string{"a", "b", "c"}, Replies: replies},
		NamePrepBrief: PrepBrief{OwnerFirstName: "Alex", ContactName: "Dana Whitfield", ContactEmail: "dana@northwind.example",
			Organization: "Northwind Health", Brief: brief, When: inv.When, Minutes: 20, Location: inv.Location, Replies: replies},
		NameNotesPrompt: NotesPrompt{OwnerFirstName: "Alex", ContactName: "Dana Whitfield", When: inv.When, Replies: replies},
	}
}
