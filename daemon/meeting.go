package daemon

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon/reading"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/templates"
)

// Replies the owner can send, listed at the end of the emails they get.
var (
	replyYes        = templates.Reply{Word: "yes", Meaning: "confirm the call (the same as accepting the invite)"}
	replyCancel     = templates.Reply{Word: "cancel", Meaning: "cancel the call and tell everyone who has the invite"}
	replyReschedule = templates.Reply{Word: "reschedule <time>", Meaning: "move the call, e.g. \"reschedule Thursday 3pm\""}
	replySkip       = templates.Reply{Word: "skip", Meaning: "send no thank-you for this call"}
	replySend       = templates.Reply{Word: "send", Meaning: "send the thank-you now"}
	replyNotes      = templates.Reply{Word: "notes: ...", Meaning: "keep notes with the meeting; a line \"Referrals: Name <email>\" adds people to contact"}
	replyStatus     = templates.Reply{Word: "status", Meaning: "where this meeting stands, or an overview of your calls"}
)

// handleThread acts on a thread the owner forwarded (or copied coffeechat on).
func (d *Daemon) handleThread(ctx context.Context, tx *store.Tx, t *mail.Thread) (decision, error) {
	r := d.readThread(t)
	email := strings.ToLower(r.Contact.Email)
	if email == "" {
		return decision{}, quarantine("no contact was found in it: every message in the thread is from you or to coffeechat. Forward the thread that holds the contact's reply, or put coffeechat in Bcc of your outreach")
	}
	if d.isOwner(email) || d.isDedicated(email) {
		return decision{}, quarantine("the only other person in the thread is you (%s)", email)
	}
	c, fresh, err := d.upsertContact(ctx, tx, r, t)
	if err != nil {
		return decision{}, err
	}
	dec := decision{kind: "thread", contactID: c.ID, outcome: r.Intent}
	if unsure(r) {
		return d.askIntent(ctx, tx, t, c, r, dec)
	}
	switch r.Intent {
	case reading.Scheduled:
		return d.schedule(ctx, tx, c, fresh, r, dec)
	case reading.AsksForTimes:
		return d.offerTimes(ctx, tx, c, r, dec)
	case reading.Declined:
		return d.markDeclined(ctx, tx, c, dec)
	case reading.Deferred:
		return d.markDeferred(ctx, tx, c, dec)
	case reading.Referred:
		names, err := d.addReferrals(ctx, tx, c, r.Referrals)
		if err != nil {
			return dec, err
		}
		c.Status = store.Referred
		if err := tx.SaveContact(ctx, c); err != nil {
			return dec, err
		}
		return dec, d.notify(ctx, tx, KindNotice, 0, "Recorded: "+displayName(c)+" referred you to "+strings.Join(names, ", "), []string{
			fmt.Sprintf("%s pointed you to %s. They are listed under \"Referrals to contact\" in your weekly summary.", displayName(c), strings.Join(names, " and ")),
			"When you write to them, Bcc this address so coffeechat can follow the thread.",
		}, nil)
	default: // no_reply: the owner's outreach, Bcc'd
		if c.OutreachAt.IsZero() {
			c.OutreachAt = t.Date
			if c.OutreachAt.IsZero() {
				c.OutreachAt = tx.Now
			}
		}
		return dec, tx.SaveContact(ctx, c)
	}
}

// upsertContact records what the thread says about the contact; fresh
// reports a contact new to the store.
func (d *Daemon) upsertContact(ctx context.Context, tx *store.Tx, r *reading.Result, t *mail.Thread) (c *store.Contact, fresh bool, err error) {
	email := strings.ToLower(r.Contact.Email)
	c, err = tx.ContactByEmail(ctx, email)
	if errors.Is(err, store.ErrNotFound) {
		c, fresh = &store.Contact{Email: email, Status: store.AwaitingReply}, true
	} else if err != nil {
		return nil, false, err
	}
	if name := cleanText(r.Contact.Name, 100); name != "" {
		c.Name = name
	}
	if r.Contact.Organization != nil {
		if org := cleanText(*r.Contact.Organization, 100); org != "" {
			c.Organization = org
		}
	}
	if r.ContactMessageID != "" {
		c.LastMessageID = r.ContactMessageID
	}
	for _, id := range r.ThreadMessageIDs {
		// The owner's forward to coffeechat is not part of the thread the
		// contact knows; naming it in References would leak it.
		if id == t.MessageID {
			continue
		}
		if !slices.Contains(c.ThreadRefs, id) {
			c.ThreadRefs = append(c.ThreadRefs, id)
		}
	}
	if len(c.ThreadRefs) > 20 { // keep References short; the newest matter
		c.ThreadRefs = c.ThreadRefs[len(c.ThreadRefs)-20:]
	}
	if subject := cleanText(r.Subject, 200); subject != "" {
		c.Subject = subject
	}
	// What they last wrote, for the prep brief.
	for i := len(t.Messages) - 1; i >= 0; i-- {
		if strings.EqualFold(t.Messages[i].From.Email, email) {
			if words := cleanText(t.Messages[i].Text, 400); words != "" {
				c.LastWords = words
			}
			if role := roleFrom(t.Messages[i].Signature, c.Organization, c.Name); role != "" {
				c.Role = role
			}
			if t.Messages[i].DateHasZone && !t.Messages[i].Date.IsZero() {
				date := t.Messages[i].Date
				_, c.ZoneOffset = date.Zone()
				c.HasZone = true
				if z := contactZone(r, date, d.cfg.Location); z != "" {
					c.ZoneName = z
				} else if c.ZoneName != "" && !zoneAgrees(c.ZoneName, date) {
					c.ZoneName = "" // they write from elsewhere now
				}
			}
			break
		}
	}
	if r.Intent != reading.NoReply {
		// A newer reply supersedes a question to the owner about an
		// older one; askIntent asks again if this one is unclear too.
		if c.Status == store.AwaitingReply || c.Status == store.ToContact || c.Status == store.AwaitingOwner {
			c.Status = store.Replied
		}
		if !r.LatestContactDate.IsZero() {
			c.RepliedAt = r.LatestContactDate
		} else {
			c.RepliedAt = tx.Now
		}
		if c.OutreachAt.IsZero() && len(t.Messages) > 0 && !t.Messages[0].Date.IsZero() {
			c.OutreachAt = t.Messages[0].Date
		}
	}
	if err := tx.SaveContact(ctx, c); err != nil {
		return nil, false, err
	}
	return c, fresh, nil
}

// addReferrals records the people a contact pointed the owner to, and
// returns their names.
func (d *Daemon) addReferrals(ctx context.Context, tx *store.Tx, from *store.Contact, refs []reading.Referral) ([]string, error) {
	var names []string
	for _, ref := range refs {
		name := cleanText(ref.Name, 100)
		if ref.Email == nil || *ref.Email == "" {
			if name != "" {
				names = append(names, name+" (no address given)")
			}
			continue
		}
		email := strings.ToLower(*ref.Email)
		if d.isOwner(email) || d.isDedicated(email) || email == from.Email {
			continue
		}
		if name == "" {
			name = email
		}
		names = append(names, name)
		c, err := tx.ContactByEmail(ctx, email)
		if err == nil {
			if c.ReferredBy == 0 {
				c.ReferredBy = from.ID
				if err := tx.SaveContact(ctx, c); err != nil {
					return nil, err
				}
			}
			continue
		}
		if !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if err := tx.SaveContact(ctx, &store.Contact{Email: email, Name: cleanText(ref.Name, 100), Status: store.ToContact, ReferredBy: from.ID}); err != nil {
			return nil, err
		}
	}
	if len(names) == 0 {
		names = []string{"someone else"}
	}
	return names, nil
}

// callLength is the stated length clamped to 15-30 minutes, else the default.
func (d *Daemon) callLength(r *reading.Result) time.Duration {
	if r.DurationMinutes == nil {
		return d.cfg.DefaultDuration
	}
	l := time.Duration(*r.DurationMinutes) * time.Minute
	return min(max(l, 15*time.Minute), 30*time.Minute)
}

// schedule turns offered times into a meeting. fresh: c was new to the
// store, so it has no meeting yet.
func (d *Daemon) schedule(ctx context.Context, tx *store.Tx, c *store.Contact, fresh bool, r *reading.Result, dec decision) (decision, error) {
	length := d.callLength(r)
	now := tx.Now
	var future []calendar.Offer
	var pastStart time.Time
	for _, p := range r.ProposedTimes {
		o := calendar.Offer{Start: p.Start}
		if p.End != nil {
			o.End = *p.End
		}
		if p.Start.Add(length).After(now) {
			future = append(future, o)
		} else if p.Start.After(pastStart) {
			pastStart = p.Start
		}
	}
	loc := locationOf(r)

	// The call already happened: the owner forwarded the thread afterwards.
	if len(future) == 0 && !pastStart.IsZero() {
		return d.recordHeld(ctx, tx, c, r, dec, pastStart, length, loc)
	}

	var existing *store.Meeting
	if !fresh {
		var err error
		existing, err = tx.OpenMeetingForContact(ctx, c.ID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return dec, err
		}
	}
	// Only meetings that can overlap an offer matter for choosing one: a
	// year of meetings per message made a backlog quadratic. The wide list
	// is read only when nothing fits, to suggest free times.
	from, to := offerSpan(future, length)
	busy, err := d.busyBetween(ctx, tx, from, to, existing)
	if err != nil {
		return dec, err
	}
	slot, ok, why := calendar.Choose(future, length, d.cfg.Availability, busy, now)
	if !ok {
		wide, err := d.busy(ctx, tx, now, existing)
		if err != nil {
			return dec, err
		}
		return dec, d.nothingFits(ctx, tx, c, future, length, wide, why)
	}
	if existing != nil {
		dec.meetingID = existing.ID
		if existing.Start.Equal(slot.Start) && existing.End.Equal(slot.End) {
			dec.outcome = "already scheduled"
			return dec, nil
		}
		dec.outcome = "rescheduled"
		return dec, d.moveMeeting(ctx, tx, c, existing, slot, "a newer forward offered "+d.when(slot.Start, slot.End))
	}

	m := &store.Meeting{ContactID: c.ID, UID: d.newUID(), Status: store.Proposed, Start: slot.Start, End: slot.End,
		LocationKind: loc.kind, Location: loc.detail, SourceMessageID: r.ContactMessageID}
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return dec, err
	}
	dec.meetingID = m.ID
	dec.outcome = "invite sent"
	if err := tx.LogMeeting(ctx, m.ID, "proposed", "offered "+d.when(m.Start, m.End)); err != nil {
		return dec, err
	}
	c.Status = store.Scheduled
	if err := tx.SaveContact(ctx, c); err != nil {
		return dec, err
	}
	if err := d.sendInvite(ctx, tx, c, m, false); err != nil {
		return dec, err
	}
	if d.cfg.ContactInvites == "immediately" {
		if err := d.inviteContact(ctx, tx, c, m); err != nil {
			return dec, err
		}
	}
	return dec, d.scheduleMeetingJobs(ctx, tx, m)
}

// recordHeld records a call that already took place.
func (d *Daemon) recordHeld(ctx context.Context, tx *store.Tx, c *store.Contact, r *reading.Result, dec decision, start time.Time, length time.Duration, loc location) (decision, error) {
	same, err := tx.MeetingsBetween(ctx, start, start.Add(time.Second), true)
	if err != nil {
		return dec, err
	}
	for _, m := range same {
		if m.ContactID == c.ID {
			dec.meetingID, dec.outcome = m.ID, "already recorded"
			return dec, nil
		}
	}
	m := &store.Meeting{ContactID: c.ID, UID: d.newUID(), Status: store.Held, Start: start, End: start.Add(length),
		LocationKind: loc.kind, Location: loc.detail, SourceMessageID: r.ContactMessageID}
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return dec, err
	}
	dec.meetingID, dec.outcome = m.ID, "held"
	if err := tx.LogMeeting(ctx, m.ID, "held", "forwarded after the call of "+d.when(m.Start, m.End)); err != nil {
		return dec, err
	}
	c.Status = store.Met
	if err := tx.SaveContact(ctx, c); err != nil {
		return dec, err
	}
	if _, err := tx.AddJob(ctx, store.JobNotesPrompt, m.ID, tx.Now); err != nil {
		return dec, err
	}
	_, err = tx.AddJob(ctx, store.JobThankYou, m.ID, d.thankYouAt(m.End))
	return dec, err
}

// scheduleMeetingJobs adds the prep brief, notes prompt and thank-you
// timers of an upcoming meeting.
func (d *Daemon) scheduleMeetingJobs(ctx context.Context, tx *store.Tx, m *store.Meeting) error {
	prep := m.Start.Add(-d.cfg.PrepBrief)
	if prep.Before(tx.Now) {
		prep = tx.Now // the call is sooner than the brief's lead time: brief now
	}
	if _, err := tx.AddJob(ctx, store.JobPrepBrief, m.ID, prep); err != nil {
		return err
	}
	if _, err := tx.AddJob(ctx, store.JobNotesPrompt, m.ID, m.End.Add(d.cfg.NotesPromptDelay)); err != nil {
		return err
	}
	_, err := tx.AddJob(ctx, store.JobThankYou, m.ID, d.thankYouAt(m.End))
	return err
}

// thankYouAt is when the thank-you for a call that ended at end goes out:
// thank_you_delay after it, or the next morning at 09:00 in the owner's
// zone, and never later than 7 days after the call.
func (d *Daemon) thankYouAt(end time.Time) time.Time {
	at := end.Add(d.cfg.ThankYouDelay)
	if d.cfg.ThankYouNextMorning {
		l := end.In(d.cfg.Location)
		at = time.Date(l.Year(), l.Month(), l.Day()+1, 9, 0, 0, 0, d.cfg.Location)
	}
	if limit := end.Add(7 * 24 * time.Hour); at.After(limit) {
		at = limit
	}
	return at.UTC()
}

// busy returns the owner's booked calls from now on, except skip.
func (d *Daemon) busy(ctx context.Context, tx *store.Tx, now time.Time, skip *store.Meeting) ([]calendar.Interval, error) {
	return d.busyBetween(ctx, tx, now.Add(-time.Hour), now.AddDate(1, 0, 0), skip)
}

// offerSpan is the time any slot chosen from offers can occupy: from the
// earliest start to the latest window end (or start) plus the call length.
func offerSpan(offers []calendar.Offer, length time.Duration) (from, to time.Time) {
	for i, o := range offers {
		end := o.Start
		if o.End.After(end) {
			end = o.End
		}
		end = end.Add(length)
		if i == 0 || o.Start.Before(from) {
			from = o.Start
		}
		if i == 0 || end.After(to) {
			to = end
		}
	}
	return from, to
}

// busyBetween returns the meetings overlapping [from, to), except skip.
func (d *Daemon) busyBetween(ctx context.Context, tx *store.Tx, from, to time.Time, skip *store.Meeting) ([]calendar.Interval, error) {
	if !to.After(from) {
		return nil, nil
	}
	spans, err := tx.Busy(ctx, from, to)
	if err != nil {
		return nil, err
	}
	var out []calendar.Interval
	for _, s := range spans {
		if skip != nil && s[0].Equal(skip.Start) && s[1].Equal(skip.End) {
			continue
		}
		out = append(out, calendar.Interval{Start: s[0], End: s[1]})
	}
	return out, nil
}

// nothingFits tells the owner why no offered time could be booked.
func (d *Daemon) nothingFits(ctx context.Context, tx *store.Tx, c *store.Contact, offers []calendar.Offer, length time.Duration, busy []calendar.Interval, why []string) error {
	lines := []string{displayName(c) + " offered times, but none of them fits:"}
	if len(offers) == 0 {
		lines = append(lines, "Every time in the thread has already passed.")
	}
	lines = append(lines, why...)
	free := calendar.FreeSlots(tx.Now, 3, length, d.cfg.Availability, busy)
	if len(free) > 0 {
		var s []string
		for _, f := range free {
			s = append(s, "- "+d.when(f.Start, f.End))
		}
		lines = append(lines, "You are free at these times, if you want to suggest one:\n"+strings.Join(s, "\n"))
	}
	lines = append(lines, "Once you agree a time with "+firstName(c)+", forward their reply again and coffeechat will send the invite.")
	return d.notify(ctx, tx, KindNotice, 0, "No time fits for "+displayName(c), lines, nil)
}

// offerTimes answers "send me some times" with a ready-to-send reply.
func (d *Daemon) offerTimes(ctx context.Context, tx *store.Tx, c *store.Contact, r *reading.Result, dec decision) (decision, error) {
	length := d.callLength(r)
	busy, err := d.busy(ctx, tx, tx.Now, nil)
	if err != nil {
		return dec, err
	}
	// Start tomorrow: offering a slot two hours away is rarely useful.
	from := tx.Now.Add(12 * time.Hour)
	free := calendar.FreeSlots(from, 3, length, d.cfg.Availability, busy)
	var slots []string
	for _, f := range free {
		slots = append(slots, d.when(f.Start, f.End))
	}
	if len(slots) == 0 {
		return dec, d.notify(ctx, tx, KindNotice, 0, displayName(c)+" asked for times", []string{
			displayName(c) + " asked you for times, but your availability (" + d.cfg.AvailabilitySpec + ") has no free slot in the coming weeks.",
		}, nil)
	}
	m, err := d.toOwner(templates.NameAsksForTimes, templates.AsksForTimes{
		OwnerName: d.cfg.OwnerName, OwnerFirstName: templates.FirstName(d.cfg.OwnerName),
		ContactName: displayName(c), ContactFirstName: firstName(c), Minutes: int(length / time.Minute), Slots: slots,
		Replies: []templates.Reply{replyStatus},
	}, "")
	if err != nil {
		return dec, err
	}
	dec.outcome = "times offered"
	if err := d.enqueue(ctx, tx, outgoing{kind: KindAsksForTimes, msg: m}); err != nil {
		return dec, err
	}
	if d.cfg.Mailbox.Drafts == "" {
		return dec, nil
	}
	// The same reply, ready to send from the owner's own client.
	draft := compose.Message{
		From:    compose.Address{Name: d.cfg.OwnerName, Email: d.cfg.OwnerEmail},
		To:      []compose.Address{{Name: c.Name, Email: c.Email}},
		Subject: "Re: " + c.Subject,
		Text:    quotedReply(m.Text),
	}
	if c.Subject == "" {
		draft.Subject = "Times for a call"
	}
	threadTo(&draft, c)
	return dec, d.enqueue(ctx, tx, outgoing{kind: KindDraft, msg: draft, draft: true})
}

// quotedReply returns the ready-to-send reply between the two rules of
// the asks-for-times email, so the draft and the email never disagree.
func quotedReply(text string) string {
	const rule = "----------------------------------------------------------------"
	parts := strings.Split(text, rule)
	if len(parts) < 3 {
		return text
	}
	return strings.TrimSpace(parts[1]) + "\n"
}

// location is where a call happens.
type location struct{ kind, detail string }

func locationOf(r *reading.Result) location {
	l := location{kind: r.Location.Kind}
	if l.kind == "" {
		l.kind = reading.Unspecified
	}
	if r.Location.Detail != nil {
		l.detail = *r.Location.Detail
	}
	return l
}

func (d *Daemon) newUID() string {
	id := d.newMessageID("meeting")
	return strings.TrimPrefix(id, "meeting.")
}

// prepNote says when the full prep brief email comes, for the owner's
// invite.
func (d *Daemon) prepNote(m *store.Meeting) string {
	if d.cfg.PrepBrief <= 0 || !m.Start.After(d.now()) {
		return ""
	}
	if m.Start.Add(-d.cfg.PrepBrief).Before(d.now()) {
		return "right away, as the call is soon"
	}
	h := int(d.cfg.PrepBrief.Hours())
	if time.Duration(h)*time.Hour == d.cfg.PrepBrief {
		return fmt.Sprintf("%d hours before the call", h)
	}
	return d.cfg.PrepBrief.String() + " before the call"
}

// whenForContact formats a call's time in the contact's zone when it is
// known and differs from the owner's; else "". The zone is the offset of
// the contact's own last message, so it is named as an offset ("UTC-8").
//
// An offset is not a zone: a contact who wrote from New York in October
// (-0400) is still in the owner's New York zone for a call after the clocks
// went back (-0500). So the contact is taken to share the owner's zone when
// their offset was the owner's when they wrote (RepliedAt), as well as
// when it is the owner's at the call.
//
// brief leaves out the date when it is the same day for both, for a
// parenthesis beside the owner's own time.
func (d *Daemon) whenForContact(c *store.Contact, start, end time.Time, brief bool) string {
	if !c.HasZone {
		return ""
	}
	loc := contactLocation(c)
	_, theirs := start.In(loc).Zone()
	if _, own := start.In(d.cfg.Location).Zone(); own == theirs {
		return ""
	}
	if c.ZoneName == "" && !c.RepliedAt.IsZero() {
		// Only an offset is known: one that was the owner's own when they
		// wrote is most likely the owner's zone across a clock change.
		if _, then := c.RepliedAt.In(d.cfg.Location).Zone(); then == c.ZoneOffset {
			return ""
		}
	}
	if brief && start.In(loc).Format("2006-01-02") == start.In(d.cfg.Location).Format("2006-01-02") {
		return formatTimes(start, end, loc)
	}
	return formatSpan(start, end, loc, d.now())
}

// contactLocation is the contact's clock: their named zone, whose rules
// follow a clock change, or else the offset of their latest Date header
// ("UTC-7"), which does not.
func contactLocation(c *store.Contact) *time.Location {
	if c.ZoneName != "" {
		if l, err := time.LoadLocation(c.ZoneName); err == nil {
			return l
		}
	}
	return time.FixedZone(offsetName(c.ZoneOffset), c.ZoneOffset)
}

// contactZone returns the IANA zone the contact named for the times they
// offered ("11am PT"), when it agrees with the offset of the Date of
// their message (written at date): then it is their own clock, not one
// they chose for the owner. A time on the owner's clock ("3pm your
// time") tells nothing about theirs. "" when none does.
func contactZone(r *reading.Result, date time.Time, owner *time.Location) string {
	for _, p := range r.ProposedTimes {
		name := p.Start.Location().String()
		if !strings.Contains(name, "/") || name == owner.String() {
			continue
		}
		if zoneAgrees(name, date) {
			return name
		}
	}
	return ""
}

// zoneAgrees reports whether the zone named had date's offset at date.
func zoneAgrees(name string, date time.Time) bool {
	l, err := time.LoadLocation(name)
	if err != nil {
		return false
	}
	_, want := date.Zone()
	_, got := date.In(l).Zone()
	return got == want
}

func offsetName(sec int) string {
	sign := "+"
	if sec < 0 {
		sign, sec = "-", -sec
	}
	if sec%3600 == 0 {
		return fmt.Sprintf("UTC%s%d", sign, sec/3600)
	}
	return fmt.Sprintf("UTC%s%d:%02d", sign, sec/3600, sec%3600/60)
}

// when formats a call's time in the owner's zone: "Tuesday, December 1,
// 2:00–2:20 PM EST".
func (d *Daemon) when(start, end time.Time) string {
	return formatSpan(start, end, d.cfg.Location, d.now())
}

// formatSpan shows the year only when it is not now's (the daemon's clock,
// so a test or a replayed backlog reads the same).
func formatSpan(start, end time.Time, loc *time.Location, now time.Time) string {
	s := start.In(loc)
	day := s.Format("Monday, January 2")
	if s.Year() != now.In(loc).Year() {
		day += s.Format(", 2006")
	}
	return day + ", " + formatTimes(start, end, loc)
}

// formatTimes formats just the clock times: "2:00–2:20 PM EST".
func formatTimes(start, end time.Time, loc *time.Location) string {
	s, e := start.In(loc), end.In(loc)
	if end.IsZero() {
		return s.Format("3:04 PM MST")
	}
	if s.Format("PM") == e.Format("PM") {
		return s.Format("3:04") + "–" + e.Format("3:04 PM MST")
	}
	return s.Format("3:04 PM") + "–" + e.Format("3:04 PM MST")
}

func displayName(c *store.Contact) string {
	if c.Name != "" {
		return c.Name
	}
	return c.Email
}

func firstName(c *store.Contact) string {
	if c.Name != "" {
		return templates.FirstName(c.Name)
	}
	return c.Email
}

// event describes the meeting to one attendee's calendar: the owner's
// (forContact false) or the contact's.
//
// Every REQUEST and CANCEL goes to each attendee in an email of their own,
// and that email's calendar names that attendee alone. iMIP (RFC 6047)
// carries an iTIP message to the calendar users its ATTENDEEs name; it may
// go to each of them separately (CalDAV servers and Google Calendar send
// one email per attendee), and then the ATTENDEE list should be who the
// email is addressed to: a copy naming someone not in its To/Cc shows a
// guest list the email contradicts (ics-check's eml.recipients). The two
// copies cannot be one shared email to both: the owner's carries their
// prep brief and the replies coffeechat understands, which the contact
// must never see. The contact's calendar shows the owner as the
// ORGANIZER (their name as CN), as in any one-to-one invite; the owner's
// shows the contact in the SUMMARY and DESCRIPTION.
//
// stamp is the DTSTAMP: when the object is made, the transaction's time.
func (d *Daemon) event(c *store.Contact, m *store.Meeting, forContact bool, stamp time.Time) calendar.Event {
	ev := calendar.Event{
		UID: m.UID, Sequence: m.Sequence, Stamp: stamp, Start: m.Start, End: m.End,
		Summary:   "Informational interview: " + d.cfg.OwnerName + " / " + displayName(c),
		Organizer: calendar.Person{Name: d.cfg.OwnerName, Email: d.cfg.Dedicated},
		Alarm:     10 * time.Minute,
	}
	desc := []string{fmt.Sprintf("A %d-minute informational interview between %s and %s%s.",
		int(m.End.Sub(m.Start)/time.Minute), d.cfg.OwnerName, displayName(c), orgSuffix(c))}
	switch m.LocationKind {
	case reading.Video:
		if strings.HasPrefix(m.Location, "http") {
			ev.URL = m.Location
			desc = append(desc, "Join: "+m.Location)
		} else if m.Location != "" {
			ev.Location = m.Location
		}
	case reading.Phone, reading.InPerson:
		ev.Location = m.Location
	}
	ev.Description = strings.Join(desc, "\n\n")
	if forContact {
		ev.Attendees = []calendar.Attendee{{Person: calendar.Person{Name: c.Name, Email: c.Email}, PartStat: m.ContactPartStat, RSVP: true}}
	} else {
		ev.Attendees = []calendar.Attendee{{Person: calendar.Person{Name: d.cfg.OwnerName, Email: d.cfg.OwnerEmail}, PartStat: m.OwnerPartStat, RSVP: true}}
	}
	return ev
}

// briefQuestions is how many questions the owner's invite suggests; the
// prep brief email before the call has more.
const briefQuestions = 5

// contactNote tells the owner, in their copy of an invite, what the
// contact gets: they no longer see the contact's copy (see event).
func (d *Daemon) contactNote(c *store.Contact, m *store.Meeting, update bool) string {
	name := firstName(c)
	switch {
	case d.cfg.ContactInvites == "never":
		return "coffeechat sends " + name + " nothing ([schedule] contact_invites is \"never\")."
	case m.ContactInvited && update:
		return name + " gets the new time too."
	case m.ContactInvited || d.cfg.ContactInvites == "immediately":
		return name + " gets an invite of their own too."
	default:
		return name + " gets an invite of their own once you accept."
	}
}

func orgSuffix(c *store.Contact) string {
	if c.Organization == "" {
		return ""
	}
	return " (" + c.Organization + ")"
}

// sendInvite enqueues the owner's copy of the invite (or its update), with
// the prep brief.
func (d *Daemon) sendInvite(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting, update bool) error {
	// Everything the email says is taken from c and m now; the rendering
	// may run on another goroutine (outgoing.body).
	ev, id := d.event(c, m, false, tx.Now), m.ID
	data := templates.Invite{
		OwnerName: d.cfg.OwnerName, ContactName: displayName(c), ContactEmail: c.Email, Organization: c.Organization,
		When: d.when(m.Start, m.End), WhenContact: d.whenForContact(c, m.Start, m.End, true), Minutes: int(m.End.Sub(m.Start) / time.Minute),
		LocationKind: m.LocationKind, Location: m.Location, Update: update, ContactNote: d.contactNote(c, m, update),
		Brief: d.brief(c, briefQuestions), PrepNote: d.prepNote(m),
		Replies: []templates.Reply{replyYes, replyCancel, replyReschedule},
	}
	return d.enqueue(ctx, tx, outgoing{kind: KindInvite, meetingID: m.ID, msg: d.ownerMsg(""), body: func(msg *compose.Message) error {
		ics, err := calendar.Request(ev)
		if err != nil {
			return fmt.Errorf("invite for meeting %d: %w", id, err)
		}
		if err := d.render(msg, templates.NameInvite, data); err != nil {
			return err
		}
		msg.Calendar, msg.CalendarMethod = ics, "REQUEST"
		return nil
	}})
}

// inviteContact enqueues the contact's copy of the invite (or its update):
// the first mail coffeechat sends a third party for this meeting. Callers
// have the owner's approval: they accepted, or contact_invites =
// "immediately". It never carries the owner's prep brief.
func (d *Daemon) inviteContact(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) error {
	if d.cfg.ContactInvites == "never" {
		return nil
	}
	update := m.ContactInvited
	m.ContactInvited = true
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return err
	}
	ics, err := calendar.Request(d.event(c, m, true, tx.Now))
	if err != nil {
		return fmt.Errorf("contact invite for meeting %d: %w", m.ID, err)
	}
	r, err := d.tmpl.Render(templates.NameInvite, templates.Invite{
		OwnerName: d.cfg.OwnerName, ContactName: displayName(c), ContactEmail: c.Email, Organization: c.Organization,
		When: d.when(m.Start, m.End), WhenContact: d.whenForContact(c, m.Start, m.End, false), Minutes: int(m.End.Sub(m.Start) / time.Minute),
		LocationKind: m.LocationKind, Location: m.Location, ForContact: true, Update: update,
	})
	if err != nil {
		return err
	}
	// To the contact alone, whom alone its calendar names (see event). The
	// owner is not Cc'd: that put a second REQUEST for the same UID and
	// SEQUENCE, naming both, in their calendar, and a copy without their
	// brief and replies in their inbox. Their own copy says the contact
	// gets one (contactNote), and Reply-To brings the contact's answers to
	// them.
	msg := compose.Message{
		To:      []compose.Address{{Name: c.Name, Email: c.Email}},
		ReplyTo: []compose.Address{{Name: d.cfg.OwnerName, Email: d.cfg.OwnerEmail}},
		Subject: r.Subject, Text: r.Text, HTML: r.HTML, Calendar: ics, CalendarMethod: "REQUEST",
	}
	threadTo(&msg, c)
	if err := tx.LogMeeting(ctx, m.ID, "contact invited", c.Email); err != nil {
		return err
	}
	return d.enqueue(ctx, tx, outgoing{kind: KindContactInvite, meetingID: m.ID, msg: msg, approved: true})
}

// threadTo makes a mail to the contact a reply in their thread.
func threadTo(msg *compose.Message, c *store.Contact) {
	if c.LastMessageID != "" {
		msg.InReplyTo = c.LastMessageID
		refs := c.ThreadRefs
		if !slices.Contains(refs, c.LastMessageID) {
			refs = append(append([]string{}, refs...), c.LastMessageID)
		}
		msg.References = refs
	}
}

// moveMeeting gives a meeting a new time: same UID, SEQUENCE+1, a REQUEST
// to everyone who had the invite.
func (d *Daemon) moveMeeting(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting, slot calendar.Interval, why string) error {
	old := d.when(m.Start, m.End)
	m.Start, m.End = slot.Start, slot.End
	m.Sequence++
	if m.ContactInvited {
		// The contact answered for the old time, not this one: their copy
		// asks again (NEEDS-ACTION, RSVP), as calendars do when an organizer
		// moves an event. The owner moved it, or forwarded the thread that
		// did, so their answer stands.
		m.ContactPartStat = calendar.NeedsAction
	}
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return err
	}
	if err := tx.LogMeeting(ctx, m.ID, "rescheduled", fmt.Sprintf("from %s to %s: %s", old, d.when(m.Start, m.End), why)); err != nil {
		return err
	}
	if err := tx.CancelJobs(ctx, m.ID, "rescheduled", store.JobPrepBrief, store.JobNotesPrompt, store.JobThankYou); err != nil {
		return err
	}
	if err := d.scheduleMeetingJobs(ctx, tx, m); err != nil {
		return err
	}
	if err := d.sendInvite(ctx, tx, c, m, true); err != nil {
		return err
	}
	if m.ContactInvited {
		// The contact had the invite: they get the update (inviteContact
		// marks it as one).
		return d.inviteContact(ctx, tx, c, m)
	}
	return nil
}

// cancelMeeting cancels a meeting: METHOD:CANCEL to everyone who had it.
func (d *Daemon) cancelMeeting(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting, why string) error {
	m.Status = store.Cancelled
	m.Sequence++
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return err
	}
	if err := tx.LogMeeting(ctx, m.ID, "cancelled", why); err != nil {
		return err
	}
	if err := tx.CancelJobs(ctx, m.ID, "meeting cancelled", store.JobPrepBrief, store.JobNotesPrompt, store.JobThankYou); err != nil {
		return err
	}
	if c.Status == store.Scheduled {
		c.Status = store.Replied
		if err := tx.SaveContact(ctx, c); err != nil {
			return err
		}
	}
	// Each attendee gets a copy of their own, naming them alone (see event).
	data := templates.Cancel{OwnerName: d.cfg.OwnerName, ContactName: displayName(c), When: d.when(m.Start, m.End),
		Replies: []templates.Reply{replyStatus}}
	if m.ContactInvited {
		data.ContactNote = firstName(c) + " gets the cancellation too."
	}
	ics, err := calendar.Cancel(d.event(c, m, false, tx.Now))
	if err != nil {
		return fmt.Errorf("cancel meeting %d: %w", m.ID, err)
	}
	msg, err := d.toOwner(templates.NameCancel, data, "")
	if err != nil {
		return err
	}
	msg.Calendar, msg.CalendarMethod = ics, "CANCEL"
	if err := d.enqueue(ctx, tx, outgoing{kind: KindCancel, meetingID: m.ID, msg: msg}); err != nil {
		return err
	}
	if !m.ContactInvited {
		return nil
	}
	if ics, err = calendar.Cancel(d.event(c, m, true, tx.Now)); err != nil {
		return fmt.Errorf("cancel meeting %d for the contact: %w", m.ID, err)
	}
	data.ForContact, data.ContactNote, data.Replies = true, "", nil
	data.WhenContact = d.whenForContact(c, m.Start, m.End, false)
	r, err := d.tmpl.Render(templates.NameCancel, data)
	if err != nil {
		return err
	}
	msg = compose.Message{
		To:      []compose.Address{{Name: c.Name, Email: c.Email}},
		ReplyTo: []compose.Address{{Name: d.cfg.OwnerName, Email: d.cfg.OwnerEmail}},
		Subject: r.Subject, Text: r.Text, HTML: r.HTML, Calendar: ics, CalendarMethod: "CANCEL",
	}
	threadTo(&msg, c)
	return d.enqueue(ctx, tx, outgoing{kind: KindCancel, meetingID: m.ID, msg: msg, approved: true})
}

// cleanText makes text from a message safe to store and to use in headers
// and templates: control characters (CR and LF above all: header
// injection) become spaces, runs of spaces collapse, and it is cut to n
// characters.
func cleanText(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
	return truncate(strings.Join(strings.Fields(s), " "), n)
}

// roleFrom finds the contact's title in their signature: the text before
// the organisation on its line ("Director of Operations, Northwind Health",
// "Engineer at Fernhill Robotics"), or the line just above the
// organisation's when that is not their name.
func roleFrom(sig, org, name string) string {
	if org == "" || sig == "" {
		return ""
	}
	lines := strings.Split(sig, "\n")
	for i, l := range lines {
		l = strings.TrimSpace(l)
		at := strings.Index(l, org)
		if at < 0 {
			continue
		}
		before := strings.TrimSpace(l[:at])
		for _, sep := range []string{",", "|", "·", "-", "–", "@"} {
			before = strings.TrimSpace(strings.TrimSuffix(before, sep))
		}
		before = strings.TrimSpace(strings.TrimSuffix(before, " at"))
		// "Sam Ortiz | Product Lead @ Acme": the role follows the name.
		if name != "" && len(before) > len(name) && strings.EqualFold(before[:len(name)], name) {
			before = strings.TrimLeft(before[len(name):], " ,|·-–")
		}
		if before != "" && !strings.EqualFold(before, name) {
			return cleanText(before, 80)
		}
		if i > 0 {
			prev := strings.TrimSpace(lines[i-1])
			if prev != "" && !strings.EqualFold(prev, name) && !strings.HasSuffix(prev, ",") && len(prev) <= 80 &&
				!strings.ContainsAny(prev, "@:/") {
				return cleanText(prev, 80)
			}
		}
		return ""
	}
	return ""
}
