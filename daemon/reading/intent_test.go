package reading

import "testing"

// TestClassifyIntent: replies in wordings none of the corpus cases use,
// one per line, with the intent a careful reader gives them (the
// contract's precedence; no times or referrals found in them).
func TestClassifyIntent(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// willingness and requests for times
		{"Yes! Send me a couple of slots.", AsksForTimes},
		{"Absolutely, I'd be glad to chat. What's your availability like next week?", AsksForTimes},
		{"Happy to help where I can. Just let me know what suits you.", AsksForTimes},
		{"Sure, why not. Drop a few options in an email and I'll choose one.", AsksForTimes},
		{"Of course. My calendar's fairly open, so pick whatever works.", AsksForTimes},
		{"I'd be honoured. Are you free at all next week?", AsksForTimes},
		{"ok, happy to. when suits?", AsksForTimes},
		{"Yes, we can talk. Please tell me which day is good for you.", AsksForTimes},
		{"Sounds good to me. Can you suggest some dates?", AsksForTimes},
		{"I'm not an expert, but happy to share what I know. When are you around?", AsksForTimes},
		{"I can't do this week, but send me some times for next week.", AsksForTimes},
		{"Glad to. My EA, Rhea, will be in touch to book something.", AsksForTimes},
		{"Definitely! You choose the day.", AsksForTimes},
		// refusals, said or not
		{"I'm sorry, but I can't take this on.", Declined},
		{"Thank you for asking, but I'll have to decline.", Declined},
		{"I'm afraid that's not something I'm able to do.", Declined},
		{"Regretfully I have to say no to these requests these days.", Declined},
		{"With the new role I've had to stop taking calls like this. I hope you'll forgive me.", Declined},
		{"I really wish I could, but it's just not possible at the moment.", Declined},
		{"I'm going to pass. Good luck out there.", Declined},
		{"Honestly I don't have the time, sorry.", Declined},
		{"I would love to help, but I simply can't.", Declined},
		{"This isn't a good fit for me, I'm afraid. Wishing you well.", Declined},
		{"I don't feel I'd be the right person to advise you.", Declined},
		{"I've stepped back from mentoring entirely.", Declined},
		{"Our legal team doesn't allow me to speak with candidates.", Declined},
		{"Thanks, but I'll sit this one out.", Declined},
		{"No, thank you.", Declined},
		{"I'm really not able to help with this one.", Declined},
		// postponements
		{"Now isn't great. Could you ping me again in February?", Deferred},
		{"I'm off until the 7th of January; happy to chat after that.", Deferred},
		{"Can we do this after the holidays? Things should be calmer then.", Deferred},
		{"Let's pick this back up in Q1.", Deferred},
		{"I'll be on parental leave until March. Reach out when I'm back and I'll make time.", Deferred},
		{"Not this month, sorry. Try me again next month?", Deferred},
		{"Could we revisit in the new year?", Deferred},
		{"I'm travelling for the next three weeks. Please get back in touch once I return.", Deferred},
		{"I'm keen, but it'll have to wait until after our launch. Drop me a line then.", Deferred},
		{"I can't until mid-December, sorry.", Deferred},
		{"Love to. Not before the end of the month though, it's crunch time here.", Deferred},
		// mixed signals
		{"Hi Alex, thanks for reaching out! I'm heads down on a product launch right now, but would be glad to connect in a few weeks. Feel free to nudge me then.", Deferred},
		{"Appreciate the note. I'm not doing many of these lately, but I can spare 15 minutes if you send over a couple of times.", AsksForTimes},
		{"Happy to! Heads up that I'm out the week of Thanksgiving.", AsksForTimes},
		{"I'm not sure I'm the best fit, but happy to try. What days work?", AsksForTimes},
		{"Not a great time, unfortunately, I'm about to go on leave. Let's reconnect in the spring.", Deferred},
		{"I don't do these anymore, sorry.", Declined},
		{"Sorry, I'm completely underwater at the moment and can't commit to anything.", Declined},
		{"Thanks for thinking of me! Unfortunately I'm not the right person for this, and I don't have anyone to suggest. Good luck!", Declined},
		{"Happy to chat, but could we wait until January? December is a blur.", Deferred},
		{"I'd rather not, to be honest.", Declined},
		{"I can make time. Does early next week work for you?", AsksForTimes},
		{"I'm in! Just grab a slot on my calendar: https://cal.example/x", AsksForTimes},
		{"Thanks Alex, I'm slammed until after the holidays. Happy to talk in January if you're still looking.", Deferred},
		{"I'm retiring at the end of the month, so I'll pass. Best of luck!", Declined},
		{"Not interested, thanks.", Declined},
		{"Please reach out to me in a couple of months, right now isn't a good time.", Deferred},
		{"Afraid I'm not taking on any new mentees this year.", Declined},
		{"I'd love to, truly, but my calendar is a mess until mid-January. Could you try again then?", Deferred},
		{"Can't this week or next, but the week of Dec 7 is wide open, pick any time.", AsksForTimes},
		{"Yes, I'll have my coordinator, Pat, send you some options.", AsksForTimes},
		{"I'm flattered, but I don't think I can be of much help here.", Declined},
		{"We're in a hiring freeze and I've been told not to meet with external candidates.", Declined},
		{"Sure thing, I'm around most afternoons; throw something on my calendar.", AsksForTimes},
		{"Sorry for the delay! Yes, happy to talk. When's good?", AsksForTimes},
		{"I'd be delighted, though I'm travelling until the 3rd. Any time after that works, just send a couple of options.", AsksForTimes},
		{"Would love to, but can we push it to January? This month is bananas.", Deferred},
		{"I cannot meet, but you may find my blog useful.", Declined},
		{"Thank you, Alex. At this time I'm unable to take on additional commitments.", Declined},
		{"Hey! Yeah, down to chat. Whenever works for you.", AsksForTimes},
		{"I'm going on sabbatical for six months from December, so I'm afraid it won't be possible.", Declined},
		{"Let's circle back in a few weeks once our reorg settles.", Deferred},
		{"Hi Alex, I remember when I was in your position! Happy to help. Send me a few times.", AsksForTimes},
		{"Thanks for reaching out. I don't normally do these, but I'll make an exception. When works?", AsksForTimes},
		// third round
		{"Yep, I can chat. I'm usually free after 4 on weekdays.", AsksForTimes},
		{"Let me look at my calendar and circle back with some times.", AsksForTimes},
		{"I'm happy to help, but I'm only able to do calls on Fridays. Would that work?", AsksForTimes},
		{"Thanks so much for reaching out! Unfortunately, I've got a lot on my plate right now and won't be able to make the time.", Declined},
		{"Could you send me your resume first? Then we can find a time.", AsksForTimes},
		{"I'd be happy to, although I should mention I'm not an engineer.", AsksForTimes},
		{"Sure, can we make it a quick 15 mins? Let me know when.", AsksForTimes},
		{"Alex, I'll have to decline for now, but feel free to reach out again in a few months.", Deferred},
		{"Happy to, once my current project wraps up next month. Remind me?", Deferred},
		{"I'm on holiday until 2 December but would be delighted to speak after that. Please send me a reminder then.", Deferred},
		{"Unfortunately I'm no longer at Acme, so I don't think I'm the right person.", Declined},
		{"Hi, Alex! Of course, I remember you from the conference. My schedule is crazy, but let's make it work. What works for you?", AsksForTimes},
		{"I'm sorry but we have a strict policy against this.", Declined},
		{"We should definitely chat! I'm out next week, but any time the week after is fine.", AsksForTimes},
		{"I can't promise anything but feel free to send some times.", AsksForTimes},
		{"Thanks for the note. I'm going to hold off on these until the new year.", Deferred},
		{"I'm not going to be much help I'm afraid, my work is quite different from what you describe.", Declined},
		{"I really appreciate the kind words. Sadly my calendar is booked through February, so I'll have to pass.", Declined},
		{"Drop me a line in the new year and we'll grab a coffee.", Deferred},
		{"Would a phone call work instead of video? If so, send me a time.", AsksForTimes},
		{"Can't make any promises about timing, but yes, I'll help. Email my assistant Jo to set it up.", AsksForTimes},
		{"Hey Alex, this sounds fun but I'm slammed. Maybe try me again after the holidays?", Deferred},
		{"I don't think that's a good idea given I'm on your interview panel.", Declined},
		{"I appreciate you reaching out, but I'll need to respectfully decline.", Declined},
		{"Not this week, sadly; next week I'm wide open though. Pick a day!", AsksForTimes},
		{"I'd like to, but honestly I'm not sure when I'll have time. Maybe check back in a month?", Deferred},
		{"Happy to chat! Fair warning: December is a mess, so January might be easier. What works for you?", AsksForTimes},
		// Held-out batch 9: a refusal to set up or arrange, an unsuitable
		// person, someone who runs the contact's calendar.
		{"At the moment we don't have any openings that match your background, so I won't be able to set up a call.", Declined},
		{"I'm not able to arrange a meeting, sorry.", Declined},
		{"I am not the suitable person for this topic.", Declined},
		{"Happy to. Dana (cc'd) runs my calendar and will find us 20 min.", AsksForTimes},
		{"Sure. Sam handles my schedule, she'll book us a slot.", AsksForTimes},
		{"I'd rather not take this on myself, but two colleagues would be happy to help.", Declined},
		{"I can't, but I'm sure she'd be glad to chat.", Declined},
		{"nah sorry, not my thing. gl!", Declined},
		{"I'm not in a place to add more right now.", Declined},
		{"Since you're interviewing with us, it's best that I stay out of this one.", Declined},
		{"Now I am very busy, but from 11 January I am more free. Write me then.", Deferred},
		// Held-out batch 10.
		{"So I'll politely say no, and I'd gently suggest you spend the time on the trade press.", Declined},
		{"I must refuse, because I have too many obligations now. Sorry and good luck.", Declined},
		{"yo! def down. hit me with some times", AsksForTimes},
		// Held-out batch 13: later said alone after a yes, a month asked
		// as a question, a later period proposed instead of a month
		// ruled out; a request for times made now for a later period.
		{"ok sure but later. feb?", Deferred},
		{"yes, just later on.", Deferred},
		{"This week is impossible. Could we aim for early February instead?", Deferred},
		{"Glad to, though not until March. Can you send me some options for the second week of March?", AsksForTimes},
		{"I'm not available until January. Send me a few times in January.", AsksForTimes},
		{"I'm not available until January; write to me then.", Deferred},
		// nothing to go on
		{"Thanks for your email.", AsksForTimes},
	} {
		got := classifyIntent(c.text, false, "", false, false)
		if got.Intent != c.want {
			t.Errorf("classifyIntent(%q) = %s (cue %q), want %s", c.text, got.Intent, got.Cue, c.want)
		}
	}
}

// TestIntentSure: a guess is never sure, a cue names its sentence.
func TestIntentSure(t *testing.T) {
	for _, c := range []struct {
		text, cue string
		sure      bool
	}{
		{"Thanks for your email.", "", false},
		{"Hi Alex,\n\nHappy to chat! What times work for you?\n\nDana", "What times work for you?", true},
		{"Hi Alex,\n\nI won't be able to help, sorry.\n\nDana", "I won't be able to help, sorry.", true},
		{"Apologies, and best of luck.", "Apologies, and best of luck.", false},
		{"I'm booked solid until the 15th.", "I'm booked solid until the 15th.", false},
		// Held-out batch 11: a question typed without its mark, in text-speak.
		{"ya for sure. when r u free", "when r u free", true},
		// Held-out batch 13: a yes for later; asked again in so many words.
		{"sure, later tho. march?", "sure, later tho.", true},
		{"Now is bad, Q1 is better. Please ask me again in the new year.", "Please ask me again in the new year.", true},
		{"yes but later. jan?", "yes but later.", true},
		// Held-out batch 16, after its first run: turning down a way of
		// meeting is not turning down the call.
		{"Yeah mate no worries. Phone only though, I don't do the video thing. Send me a couple of times that suit and I'll ring you.",
			"Send me a couple of times that suit and I'll ring you.", true},
		{"I can't do Zoom at work. Could you send a few times for a phone call?", "Could you send a few times for a phone call?", true},
	} {
		got := classifyIntent(c.text, false, "", false, false)
		if got.Cue != c.cue || got.Sure != c.sure {
			t.Errorf("classifyIntent(%q) = cue %q sure %v, want %q %v", c.text, got.Cue, got.Sure, c.cue, c.sure)
		}
	}
	if got := classifyIntent("whatever", true, "Tuesday at 2 works.", false, false); got.Intent != Scheduled || !got.Sure || got.Cue != "Tuesday at 2 works." {
		t.Errorf("offered: %+v", got)
	}
	if got := classifyIntent("Cheers!", false, "", true, false); got.Intent != Scheduled || got.Sure {
		t.Errorf("times only earlier: %+v, want scheduled, not sure", got)
	}
}
