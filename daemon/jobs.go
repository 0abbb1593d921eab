package daemon

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/mail/compose"
	"github.com/coffeechat/coffeechat/templates"
)

// scheduleLoop runs due jobs until ctx is cancelled. Jobs are rows: a
// restart finds them where they were, and a job whose time passed while
// the daemon was down runs at once.
func (d *Daemon) scheduleLoop(ctx context.Context) error {
	for ctx.Err() == nil {
		next, err := d.runDueJobs(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			d.log.Error("scheduler", "err", err)
			next = d.now().Add(5 * time.Second)
		}
		d.sleep(ctx, next, d.wakeJobs)
	}
	return nil
}

// runDueJobs runs every due job and returns when the next one is due.
func (d *Daemon) runDueJobs(ctx context.Context) (time.Time, error) {
	for {
		var due []*store.Job
		err := d.store.View(ctx, func(tx *store.Tx) error {
			var err error
			due, err = tx.DueJobs(ctx, d.now(), 20)
			return err
		})
		if err != nil {
			return time.Time{}, err
		}
		if len(due) == 0 {
			break
		}
		for _, j := range due {
			if ctx.Err() != nil {
				return time.Time{}, ctx.Err()
			}
			d.runJob(ctx, j)
		}
	}
	var next time.Time
	err := d.store.View(ctx, func(tx *store.Tx) error {
		var err error
		next, err = tx.NextJobAt(ctx)
		return err
	})
	return next, err
}

// runJob runs one job in a transaction with its effects; a failure is
// recorded on the row with a later run_at.
func (d *Daemon) runJob(ctx context.Context, j *store.Job) {
	log := d.log.With("job", j.ID, "kind", j.Kind, "meeting", j.MeetingID)
	var outcome string
	err := d.store.InTx(ctx, func(tx *store.Tx) error {
		var err error
		outcome, err = d.doJob(ctx, tx, j)
		if err != nil {
			return err
		}
		return tx.FinishJob(ctx, j.ID, outcome)
	})
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		next := retryAt(d.now(), j.Attempts, d.retryBase)
		log.Error("job failed, will retry", "err", err, "retry_at", next)
		d.observer().Failed("job")
		if rerr := d.store.InTx(ctx, func(tx *store.Tx) error { return tx.RetryJob(ctx, j.ID, next, err.Error()) }); rerr != nil {
			log.Error("record job failure", "err", rerr)
		}
		return
	}
	log.Info("job done", "outcome", outcome)
	d.observer().JobDone(j.Kind)
	wake(d.wakeMail)
}

func (d *Daemon) doJob(ctx context.Context, tx *store.Tx, j *store.Job) (string, error) {
	if j.Kind == store.JobWeeklySummary {
		return d.weeklySummary(ctx, tx)
	}
	m, err := tx.Meeting(ctx, j.MeetingID)
	if err != nil {
		return "", err
	}
	c, err := tx.Contact(ctx, m.ContactID)
	if err != nil {
		return "", err
	}
	if m.Status == store.Cancelled {
		return "meeting cancelled", nil
	}
	switch j.Kind {
	case store.JobThankYou:
		return d.thankYouDue(ctx, tx, c, m)
	case store.JobPrepBrief:
		return d.prepBrief(ctx, tx, c, m)
	case store.JobNotesPrompt:
		return d.notesPrompt(ctx, tx, c, m)
	}
	return "", fmt.Errorf("unknown job kind %q", j.Kind)
}

// thankYouDue runs when a thank-you is due: it sends it, or drafts it to
// the owner for review, or, past the week, tells the owner it was missed.
func (d *Daemon) thankYouDue(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) (string, error) {
	if m.ThankYou != store.ThankYouPending {
		return "thank-you already " + m.ThankYou, nil
	}
	if tx.Now.After(m.End.Add(7 * 24 * time.Hour)) {
		m.ThankYou = store.ThankYouMissed
		if err := tx.SaveMeeting(ctx, m); err != nil {
			return "", err
		}
		if err := tx.LogMeeting(ctx, m.ID, "thank-you missed", "more than 7 days after the call"); err != nil {
			return "", err
		}
		return "missed", d.notify(ctx, tx, KindNotice, m.ID, "Thank-you to "+displayName(c)+" was not sent", []string{
			"The thank-you to " + displayName(c) + " for your call of " + d.when(m.Start, m.End) +
				" was due, but coffeechat was not running until more than a week after the call, so it did not send a late, automatic note.",
			"A short personal message from you still helps: thank them, and mention one thing you learned.",
		}, []templates.Reply{replySend, replySkip})
	}
	// Only a call the owner confirmed (or forwarded after it happened) gets
	// an automatic thank-you; otherwise the owner reviews it first.
	if d.cfg.ThankYouMode == "review" || m.Status == store.Proposed {
		return "draft to owner", d.thankYouDraft(ctx, tx, c, m)
	}
	return "sent", d.sendThankYou(ctx, tx, c, m)
}

func (d *Daemon) thankYouData(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) (templates.ThankYou, error) {
	data := templates.ThankYou{
		OwnerName: d.cfg.OwnerName, OwnerFirstName: templates.FirstName(d.cfg.OwnerName),
		ContactName: displayName(c), ContactFirstName: firstName(c), Organization: c.Organization,
		Day:     m.Start.In(d.cfg.Location).Format("Monday"),
		Learned: learnedFrom(m.Notes),
	}
	refs, err := tx.ReferredBy(ctx, c.ID)
	if err != nil {
		return data, err
	}
	for _, r := range refs {
		data.Referrals = append(data.Referrals, displayName(r))
	}
	return data, nil
}

// learnedFrom takes the thing to mention from the owner's notes: the text
// after "Learned:" up to the end of its line.
func learnedFrom(notes string) string {
	for _, l := range strings.Split(notes, "\n") {
		i := strings.Index(strings.ToLower(l), "learned:")
		if i < 0 {
			continue
		}
		v := strings.TrimSpace(l[i+len("learned:"):])
		if v != "" {
			return strings.TrimRight(v, ".")
		}
	}
	return ""
}

// sendThankYou enqueues the thank-you to the contact, threaded to their
// last message. Exactly one per meeting: the meeting's thank_you state
// changes in the same transaction.
func (d *Daemon) sendThankYou(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) error {
	if m.ThankYou == store.ThankYouSent {
		return nil
	}
	data, err := d.thankYouData(ctx, tx, c, m)
	if err != nil {
		return err
	}
	r, err := d.tmpl.Render(templates.NameThankYou, data)
	if err != nil {
		return err
	}
	msg := compose.Message{
		From:    compose.Address{Name: d.cfg.OwnerName, Email: d.cfg.Dedicated},
		To:      []compose.Address{{Name: c.Name, Email: c.Email}},
		ReplyTo: []compose.Address{{Name: d.cfg.OwnerName, Email: d.cfg.OwnerEmail}},
		Subject: r.Subject, Text: r.Text, HTML: r.HTML,
	}
	threadTo(&msg, c)
	if c.Subject != "" {
		msg.Subject = "Re: " + c.Subject
	}
	m.ThankYou, m.ThankYouAt = store.ThankYouSent, tx.Now
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return err
	}
	if err := tx.LogMeeting(ctx, m.ID, "thank-you sent", c.Email); err != nil {
		return err
	}
	// Approved: the owner confirmed the call, forwarded it after it took
	// place, or said "send".
	return d.enqueue(ctx, tx, outgoing{kind: KindThankYou, meetingID: m.ID, msg: msg, approved: true})
}

func (d *Daemon) thankYouDraft(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) error {
	data, err := d.thankYouData(ctx, tx, c, m)
	if err != nil {
		return err
	}
	data.Replies = []templates.Reply{replySend, replySkip, replyNotes}
	msg, err := d.toOwner(templates.NameThankYouReview, data, "")
	if err != nil {
		return err
	}
	m.ThankYou = store.ThankYouReview
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return err
	}
	if err := tx.LogMeeting(ctx, m.ID, "thank-you drafted", "sent to the owner for review"); err != nil {
		return err
	}
	return d.enqueue(ctx, tx, outgoing{kind: KindThankYouDraft, meetingID: m.ID, msg: msg})
}

// sendThankYouNow is the owner's "send".
func (d *Daemon) sendThankYouNow(ctx context.Context, tx *store.Tx, t *mail.Thread, c *store.Contact, m *store.Meeting) error {
	switch m.ThankYou {
	case store.ThankYouSent:
		return d.replyToOwner(ctx, tx, t, m.ID, "Already sent", []string{"The thank-you to " + displayName(c) + " was sent " + m.ThankYouAt.In(d.cfg.Location).Format("Monday, January 2 at 3:04 PM") + "."})
	case store.ThankYouSkipped, store.ThankYouMissed, store.ThankYouReview, store.ThankYouPending:
	}
	if m.Status == store.Cancelled {
		return d.replyToOwner(ctx, tx, t, m.ID, "Call cancelled", []string{"The call with " + displayName(c) + " was cancelled, so no thank-you was sent."})
	}
	if m.End.After(tx.Now) {
		return d.replyToOwner(ctx, tx, t, m.ID, "Not yet", []string{"The call with " + displayName(c) + " has not happened yet (" + d.when(m.Start, m.End) + "). The thank-you goes out after it."})
	}
	if err := tx.CancelJobs(ctx, m.ID, "owner said send", store.JobThankYou); err != nil {
		return err
	}
	m.ThankYou = store.ThankYouPending
	if err := d.sendThankYou(ctx, tx, c, m); err != nil {
		return err
	}
	return d.replyToOwner(ctx, tx, t, m.ID, "Thank-you sent to "+displayName(c), []string{"The thank-you to " + displayName(c) + " is on its way."})
}

func (d *Daemon) prepBrief(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) (string, error) {
	if !m.Start.After(tx.Now) {
		return "call already started", nil
	}
	msg, err := d.toOwner(templates.NamePrepBrief, templates.PrepBrief{
		OwnerFirstName: templates.FirstName(d.cfg.OwnerName), ContactName: displayName(c), ContactEmail: c.Email,
		Organization: c.Organization, Brief: d.brief(c, 12), When: d.when(m.Start, m.End), Minutes: int(m.End.Sub(m.Start) / time.Minute),
		Location: m.Location, Replies: []templates.Reply{replyCancel, replyReschedule, replyStatus},
	}, "")
	if err != nil {
		return "", err
	}
	return "sent", d.enqueue(ctx, tx, outgoing{kind: KindPrepBrief, meetingID: m.ID, msg: msg})
}

// brief is what the owner reads before a call with c, with n questions:
// the prep brief email and the owner's invite both show it. It is the
// owner's alone; nothing for the contact uses it.
func (d *Daemon) brief(c *store.Contact, n int) templates.Brief {
	return templates.Brief{Role: c.Role, Thread: c.LastWords, Questions: d.tmpl.Questions(n)}
}

func (d *Daemon) notesPrompt(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) (string, error) {
	msg, err := d.toOwner(templates.NameNotesPrompt, templates.NotesPrompt{
		OwnerFirstName: templates.FirstName(d.cfg.OwnerName), ContactName: displayName(c), When: d.when(m.Start, m.End),
		Replies: []templates.Reply{replySkip, replySend},
	}, "")
	if err != nil {
		return "", err
	}
	return "sent", d.enqueue(ctx, tx, outgoing{kind: KindNotesPrompt, meetingID: m.ID, msg: msg})
}

// ensureSummaryJob makes sure one weekly summary is scheduled.
func (d *Daemon) ensureSummaryJob(ctx context.Context) error {
	return d.store.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.PendingJob(ctx, store.JobWeeklySummary, 0)
		if err == nil {
			return nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		_, err = tx.AddJob(ctx, store.JobWeeklySummary, 0, d.nextSummaryAt(tx.Now))
		return err
	})
}

// nextSummaryAt is the first configured weekday and time after now, in the
// owner's zone (so 08:00 stays 08:00 across DST changes).
func (d *Daemon) nextSummaryAt(now time.Time) time.Time {
	l := now.In(d.cfg.Location)
	for i := 0; i <= 7; i++ {
		day := l.AddDate(0, 0, i)
		at := time.Date(day.Year(), day.Month(), day.Day(), d.cfg.SummaryMinute/60, d.cfg.SummaryMinute%60, 0, 0, d.cfg.Location)
		if at.Weekday() == d.cfg.SummaryDay && at.After(now) {
			return at.UTC()
		}
	}
	return now.Add(7 * 24 * time.Hour)
}

// weeklySummary sends the summary and schedules the next one.
func (d *Daemon) weeklySummary(ctx context.Context, tx *store.Tx) (string, error) {
	if err := d.enqueueSummary(ctx, tx); err != nil {
		return "", err
	}
	_, err := tx.AddJob(ctx, store.JobWeeklySummary, 0, d.nextSummaryAt(tx.Now.Add(time.Minute)))
	return "sent", err
}

// SendSummary enqueues a weekly summary now (`coffeechat summary --send`,
// the demo).
func (d *Daemon) SendSummary(ctx context.Context) error {
	err := d.store.InTx(ctx, func(tx *store.Tx) error { return d.enqueueSummary(ctx, tx) })
	wake(d.wakeMail)
	return err
}

// Summary renders the weekly summary as of now without sending it.
func (d *Daemon) Summary(ctx context.Context) (templates.Rendered, error) {
	var r templates.Rendered
	err := d.store.View(ctx, func(tx *store.Tx) error {
		data, err := d.summaryData(ctx, tx)
		if err != nil {
			return err
		}
		r, err = d.tmpl.Render(templates.NameSummary, data)
		return err
	})
	return r, err
}

func (d *Daemon) enqueueSummary(ctx context.Context, tx *store.Tx) error {
	data, err := d.summaryData(ctx, tx)
	if err != nil {
		return err
	}
	msg, err := d.toOwner(templates.NameSummary, data, "")
	if err != nil {
		return err
	}
	return d.enqueue(ctx, tx, outgoing{kind: KindSummary, msg: msg})
}

func (d *Daemon) summaryData(ctx context.Context, tx *store.Tx) (templates.Summary, error) {
	now := tx.Now
	loc := d.cfg.Location
	s := templates.Summary{
		OwnerFirstName: templates.FirstName(d.cfg.OwnerName),
		WeekOf:         now.In(loc).Format("January 2"),
		Replies: []templates.Reply{
			{Word: "yes, cancel, reschedule <time>, status", Meaning: "in reply to a call's invite email"},
			{Word: "skip, send, notes: ...", Meaning: "in reply to a call's \"how did it go?\" or thank-you email"},
		},
	}
	upcoming, err := tx.MeetingsBetween(ctx, now, now.AddDate(0, 0, 7), false)
	if err != nil {
		return s, err
	}
	past, err := tx.MeetingsBetween(ctx, now.AddDate(0, 0, -7), now, false)
	if err != nil {
		return s, err
	}
	if len(upcoming) > summaryListMax {
		upcoming, s.UpcomingMore = upcoming[:summaryListMax], len(upcoming)-summaryListMax
	}
	if len(past) > summaryListMax {
		// The latest calls of the week are the ones still to thank.
		past, s.PastMore = past[len(past)-summaryListMax:], len(past)-summaryListMax
	}
	refs, n, err := tx.ContactsLimited(ctx, store.ToContact, "", time.Time{}, summaryListMax)
	if err != nil {
		return s, err
	}
	s.ReferralsMore = n - len(refs)
	// The contacts of the calls and the referrers, read in one query: a
	// lookup each was most of the summary's time with thousands of
	// referrals (bench/commands.sh).
	var ids []int64
	for _, ms := range [][]*store.Meeting{upcoming, past} {
		for _, m := range ms {
			ids = append(ids, m.ContactID)
		}
	}
	for _, c := range refs {
		if c.ReferredBy != 0 {
			ids = append(ids, c.ReferredBy)
		}
	}
	people, err := tx.ContactsByID(ctx, ids)
	if err != nil {
		return s, err
	}
	contactName := func(id int64) string {
		c := people[id]
		if c == nil {
			return "?"
		}
		return displayName(c)
	}
	// Calls are listed with the contact's organisation, as the owner
	// thinks of them ("Dana Whitfield (Northwind Health)").
	callWith := func(id int64) string {
		c := people[id]
		if c == nil {
			return "?"
		}
		return displayName(c) + orgSuffix(c)
	}
	for _, m := range upcoming {
		status := map[string]string{store.Proposed: "waiting for you to accept the invite", store.Confirmed: "confirmed"}[m.Status]
		if status == "" {
			status = m.Status
		}
		s.Upcoming = append(s.Upcoming, templates.SummaryMeeting{When: d.when(m.Start, m.End), Contact: callWith(m.ContactID), Status: status})
	}
	for _, m := range past {
		ty := m.ThankYou
		switch m.ThankYou {
		case store.ThankYouPending:
			ty = "due " + d.thankYouAt(m.End).In(loc).Format("Monday")
		case store.ThankYouReview:
			ty = "waiting for your \"send\""
		}
		s.Past = append(s.Past, templates.SummaryMeeting{When: d.when(m.Start, m.End), Contact: callWith(m.ContactID), Status: m.Status, ThankYou: ty})
	}
	for _, c := range refs {
		detail := "to contact"
		if c.ReferredBy != 0 {
			detail = "referred by " + contactName(c.ReferredBy)
			if c.MayMentionReferrer {
				detail += " (you may mention their name)"
			}
		}
		s.Referrals = append(s.Referrals, templates.SummaryContact{Name: displayName(c), Email: c.Email, Detail: detail})
	}
	awaiting, n, err := tx.ContactsLimited(ctx, store.AwaitingReply, "outreach_at", now.Add(-d.cfg.NudgeAfter), summaryListMax)
	if err != nil {
		return s, err
	}
	s.AwaitingMore = n - len(awaiting)
	for _, c := range awaiting {
		days := int(now.Sub(c.OutreachAt).Hours() / 24)
		s.Awaiting = append(s.Awaiting, templates.SummaryContact{Name: displayName(c), Email: c.Email, Detail: fmt.Sprintf("no reply for %d days", days)})
	}
	unclear, n, err := tx.ContactsLimited(ctx, store.AwaitingOwner, "", time.Time{}, summaryListMax)
	if err != nil {
		return s, err
	}
	s.UnclearMore = n - len(unclear)
	for _, c := range unclear {
		detail := "asked you what their reply meant"
		if !c.RepliedAt.IsZero() {
			detail = "replied " + c.RepliedAt.In(loc).Format("January 2") + "; " + detail
		}
		s.Unclear = append(s.Unclear, templates.SummaryContact{Name: displayName(c), Email: c.Email, Detail: detail})
	}
	due, n, err := tx.ContactsLimited(ctx, store.Deferred, "due_at", now, summaryListMax)
	if err != nil {
		return s, err
	}
	s.DueMore = n - len(due)
	for _, c := range due {
		s.Due = append(s.Due, templates.SummaryContact{Name: displayName(c), Email: c.Email, Detail: "asked you to write again, " + c.DueAt.In(loc).Format("January 2")})
	}
	f, err := tx.Funnel(ctx, now)
	if err != nil {
		return s, err
	}
	steps := []templates.FunnelStep{{Label: "Outreach", Count: f.Outreach}, {Label: "Replies", Count: f.Replies},
		{Label: "Calls", Count: f.Calls}, {Label: "Thank-yous", Count: f.ThankYous}, {Label: "Referrals", Count: f.Referrals}}
	top := max(f.Outreach, f.Replies, f.Calls, f.ThankYous, f.Referrals)
	if top > 0 {
		for i := range steps {
			steps[i].Percent = steps[i].Count * 100 / top
		}
		s.Funnel = steps
	}
	s.Empty = len(s.Upcoming) == 0 && len(s.Unclear) == 0 && len(s.Past) == 0 && len(s.Referrals) == 0 && len(s.Awaiting) == 0 && len(s.Due) == 0
	return s, nil
}

// summaryListMax is how many calls or people each list of the weekly
// summary names; the rest are counted ("and 40 more") with the command that lists
// them. An email of thousands of lines is read by nobody, and reading and
// rendering them was most of the summary's time (bench/commands.sh).
const summaryListMax = 15
