package daemon

import (
	"context"
	"errors"
	"fmt"
	netmail "net/mail"
	"regexp"
	"strings"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/calendar/when"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/templates"
)

// command is what the owner wrote in reply to a coffeechat email.
type command struct {
	verb string // yes | cancel | skip | send | status | reschedule | notes | "" (free text)
	arg  string // reschedule: the time; notes: the notes
}

// parseCommand reads the owner's reply. The first non-empty line carries
// the command word; free text (with no command word) is notes when the
// owner answers the "how did it go?" email.
func parseCommand(text string) command {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	first := -1
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			first = i
			break
		}
	}
	if first < 0 {
		return command{}
	}
	line := strings.TrimSpace(lines[first])
	word, rest, _ := strings.Cut(line, " ")
	w := strings.ToLower(strings.Trim(word, ".!,:;\"'"))
	rest = strings.TrimSpace(rest)
	lower := strings.ToLower(line)
	switch {
	case strings.HasPrefix(lower, "notes:") || strings.HasPrefix(lower, "note:"):
		_, after, _ := strings.Cut(line, ":")
		body := strings.TrimSpace(after + "\n" + strings.Join(lines[first+1:], "\n"))
		return command{verb: "notes", arg: body}
	case rest == "" && (w == "yes" || w == "y" || w == "accept" || w == "confirm" || w == "ok"):
		return command{verb: "yes"}
	case rest == "" && (w == "cancel" || w == "skip" || w == "send" || w == "status"):
		return command{verb: w}
	case w == "reschedule" || w == "move":
		return command{verb: "reschedule", arg: rest}
	}
	return command{arg: strings.TrimSpace(strings.Join(lines[first:], "\n"))}
}

// referral is a person named on a "Referrals:" line of the owner's notes.
type referral struct{ name, email string }

// parseReferrals finds "Referrals: Sam Ortiz <sam@example.com>, Priya Nair"
// lines in the owner's notes.
func parseReferrals(notes string) []referral {
	var out []referral
	for _, l := range strings.Split(notes, "\n") {
		l = strings.TrimSpace(l)
		key, val, ok := strings.Cut(l, ":")
		k := strings.ToLower(strings.TrimSpace(key))
		if !ok || (k != "referrals" && k != "referral" && k != "referred") {
			continue
		}
		for _, part := range strings.Split(val, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if a, err := netmail.ParseAddress(part); err == nil {
				out = append(out, referral{name: cleanText(a.Name, 100), email: strings.ToLower(a.Address)})
			} else {
				out = append(out, referral{name: cleanText(strings.Trim(part, " .;"), 100)})
			}
		}
	}
	return out
}

// permissionRe finds a permission to use the contact's name: "May
// mention: yes", "she said I can mention her", "ok to use his name".
var permissionRe = regexp.MustCompile(`(?i)\b(may|can|could|ok|okay|fine|free|allowed|permission|yes)\b(\s+to)?\s*:?\s*(mention|use|drop)\b`)

// negationRe finds a word that turns a permission into a refusal ("may
// mention: no", "did not say I could use her name").
var negationRe = regexp.MustCompile(`(?i)(\b(no|not|never|cannot|don't|dont|nope)\b|n't\b)`)

// mayMention reports whether the owner's notes say the contact allowed
// their name to be used with the people they referred: a line that grants
// it ("May mention: yes", as the "how did it go?" email suggests) and does
// not deny it. Only what the owner wrote counts, never a guess: a word
// such as "mentioned" alone, or any negation on the line, is no
// permission.
func mayMention(notes string) bool {
	for _, l := range strings.Split(notes, "\n") {
		lower := strings.ToLower(l)
		if !permissionRe.MatchString(l) || !(strings.Contains(lower, "mention") || strings.Contains(lower, "name")) {
			continue
		}
		if negationRe.MatchString(l) {
			return false
		}
		return true
	}
	return false
}

// handleCommand acts on the owner's reply to a coffeechat email.
func (d *Daemon) handleCommand(ctx context.Context, tx *store.Tx, t *mail.Thread, ref *store.Mail) (decision, error) {
	if ref.Kind == KindIntentQuestion {
		return d.answerIntent(ctx, tx, t, ref)
	}
	dec := decision{kind: "command"}
	cmd := parseCommand(t.Text)
	var m *store.Meeting
	var c *store.Contact
	if ref.MeetingID != 0 {
		var err error
		if m, err = tx.Meeting(ctx, ref.MeetingID); err != nil {
			return dec, err
		}
		if c, err = tx.Contact(ctx, m.ContactID); err != nil {
			return dec, err
		}
		dec.meetingID, dec.contactID = m.ID, c.ID
	}
	if cmd.verb == "" && ref.Kind == KindNotesPrompt {
		cmd = command{verb: "notes", arg: cmd.arg}
	}
	dec.outcome = cmd.verb
	if m == nil && cmd.verb == "status" {
		return d.handleFreshCommand(ctx, tx, t, cmd)
	}
	if m == nil && cmd.verb != "" {
		return dec, d.replyToOwner(ctx, tx, t, 0, "Nothing to "+cmd.verb, []string{
			"Your reply \"" + truncate(cmd.verb, 40) + "\" answers an email that is not about a meeting, so there is nothing to apply it to.",
			"Reply to the invite or the thank-you email of the meeting you mean.",
		})
	}
	switch cmd.verb {
	case "yes":
		if m.Status == store.Cancelled {
			return dec, d.replyToOwner(ctx, tx, t, m.ID, "Already cancelled", []string{"The call with " + displayName(c) + " was cancelled, so it cannot be confirmed. Forward the thread again to schedule a new one."})
		}
		if err := d.ownerAnswered(ctx, tx, c, m, calendar.Accepted, "replied yes"); err != nil {
			return dec, err
		}
		line := "Confirmed: your call with " + displayName(c) + ", " + d.when(m.Start, m.End) + "."
		if m.ContactInvited {
			line += " " + firstName(c) + " has the invite too."
		}
		return dec, d.replyToOwner(ctx, tx, t, m.ID, "Confirmed: "+displayName(c), []string{line})
	case "cancel":
		if m.Status == store.Cancelled {
			return dec, d.replyToOwner(ctx, tx, t, m.ID, "Already cancelled", []string{"The call with " + displayName(c) + " was already cancelled."})
		}
		return dec, d.cancelMeeting(ctx, tx, c, m, "owner replied cancel")
	case "skip":
		m.ThankYou = store.ThankYouSkipped
		if err := tx.SaveMeeting(ctx, m); err != nil {
			return dec, err
		}
		if err := tx.CancelJobs(ctx, m.ID, "owner said skip", store.JobThankYou); err != nil {
			return dec, err
		}
		if err := tx.LogMeeting(ctx, m.ID, "thank-you skipped", "owner replied skip"); err != nil {
			return dec, err
		}
		return dec, d.replyToOwner(ctx, tx, t, m.ID, "No thank-you for "+displayName(c), []string{"Understood: coffeechat will not send " + firstName(c) + " a thank-you for this call."})
	case "send":
		return dec, d.sendThankYouNow(ctx, tx, t, c, m)
	case "status":
		return dec, d.replyToOwner(ctx, tx, t, m.ID, "Status: "+displayName(c), d.statusLines(ctx, tx, c, m))
	case "reschedule":
		return dec, d.rescheduleCommand(ctx, tx, t, c, m, cmd.arg)
	case "notes":
		return dec, d.recordNotes(ctx, tx, t, c, m, cmd.arg)
	}
	dec.outcome = "not understood"
	return dec, d.replyToOwner(ctx, tx, t, dec.meetingID, "Not understood", []string{
		"coffeechat did not understand your reply. It starts with: \"" + truncate(firstLine(cmd.arg), 80) + "\"",
		"Reply with one of the words below on the first line.",
	})
}

// replyToOwner sends the owner a short confirmation or error, threaded to
// their command, listing the replies coffeechat understands.
func (d *Daemon) replyToOwner(ctx context.Context, tx *store.Tx, t *mail.Thread, meetingID int64, subject string, lines []string) error {
	msg, err := d.toOwner(templates.NameNotice, templates.Notice{
		OwnerFirstName: templates.FirstName(d.cfg.OwnerName), Subject: subject, Lines: lines,
		Replies: []templates.Reply{replyStatus, replyCancel, replyReschedule, replySkip, replySend, replyNotes},
	}, t.MessageID)
	if err != nil {
		return err
	}
	return d.enqueue(ctx, tx, outgoing{kind: KindNotice, meetingID: meetingID, msg: msg})
}

func (d *Daemon) statusLines(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting) []string {
	lines := []string{
		fmt.Sprintf("Call with %s%s: %s.", displayName(c), orgSuffix(c), d.when(m.Start, m.End)),
		"Status: " + m.Status + "; you: " + strings.ToLower(m.OwnerPartStat) + "; " + firstName(c) + ": " +
			map[bool]string{true: strings.ToLower(m.ContactPartStat), false: "not invited yet"}[m.ContactInvited] + ".",
		"Thank-you: " + m.ThankYou + ".",
	}
	if hist, err := tx.MeetingHistory(ctx, m.ID); err == nil && len(hist) > 0 {
		var h []string
		for _, e := range hist {
			h = append(h, e.At.In(d.cfg.Location).Format("Jan 2 15:04")+"  "+e.Event+" "+e.Detail)
		}
		lines = append(lines, "History:\n"+strings.Join(h, "\n"))
	}
	return lines
}

func (d *Daemon) rescheduleCommand(ctx context.Context, tx *store.Tx, t *mail.Thread, c *store.Contact, m *store.Meeting, arg string) error {
	if m.Status == store.Cancelled || m.Status == store.Held {
		return d.replyToOwner(ctx, tx, t, m.ID, "Cannot reschedule", []string{"The call with " + displayName(c) + " is " + m.Status + "; forward the thread again to schedule a new one."})
	}
	spans := when.Find(arg, tx.Now.In(d.cfg.Location), d.cfg.Location)
	if len(spans) == 0 {
		return d.replyToOwner(ctx, tx, t, m.ID, "Which time?", []string{"coffeechat could not read a time in \"" + truncate(arg, 80) + "\". Write it like \"reschedule Thursday 3pm\" or \"reschedule Dec 3 at 10:30\"."})
	}
	start := spans[0].Start
	slot := calendar.Interval{Start: start.UTC(), End: start.UTC().Add(m.End.Sub(m.Start))}
	if !slot.Start.After(tx.Now) {
		return d.replyToOwner(ctx, tx, t, m.ID, "That time has passed", []string{d.when(slot.Start, slot.End) + " is in the past."})
	}
	if err := d.moveMeeting(ctx, tx, c, m, slot, "owner replied reschedule"); err != nil {
		return err
	}
	return nil
}

func (d *Daemon) recordNotes(ctx context.Context, tx *store.Tx, t *mail.Thread, c *store.Contact, m *store.Meeting, notes string) error {
	if strings.TrimSpace(notes) == "" {
		return d.replyToOwner(ctx, tx, t, m.ID, "No notes found", []string{"Your reply had no text to keep as notes."})
	}
	if m.Notes != "" {
		m.Notes += "\n\n"
	}
	m.Notes += notes
	if err := tx.SaveMeeting(ctx, m); err != nil {
		return err
	}
	if err := tx.LogMeeting(ctx, m.ID, "notes", truncate(firstLine(notes), 80)); err != nil {
		return err
	}
	var added []string
	for _, r := range parseReferrals(notes) {
		if r.email == "" {
			added = append(added, r.name+" (no address: add one with another notes: line to have them tracked)")
			continue
		}
		if d.isOwner(r.email) || d.isDedicated(r.email) || r.email == c.Email {
			continue
		}
		ex, err := tx.ContactByEmail(ctx, r.email)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if ex == nil {
			ex = &store.Contact{Email: r.email, Name: r.name, Status: store.ToContact}
		}
		if ex.ReferredBy == 0 {
			ex.ReferredBy = c.ID
		}
		if mayMention(notes) {
			ex.MayMentionReferrer = true
		}
		if err := tx.SaveContact(ctx, ex); err != nil {
			return err
		}
		name := r.name
		if name == "" {
			name = r.email
		}
		added = append(added, name)
	}
	lines := []string{"Your notes are kept with the call with " + displayName(c) + "."}
	if len(added) > 0 {
		lines = append(lines, "Referrals to contact: "+strings.Join(added, ", ")+". They will be listed in your weekly summary.")
	}
	return d.replyToOwner(ctx, tx, t, m.ID, "Notes saved: "+displayName(c), lines)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// handleFreshCommand answers a command written to the dedicated address
// rather than in reply to one of its emails: "status" gives an overview;
// the others need to know which meeting, so the owner is told how.
func (d *Daemon) handleFreshCommand(ctx context.Context, tx *store.Tx, t *mail.Thread, cmd command) (decision, error) {
	dec := decision{kind: "command", outcome: "fresh " + cmd.verb}
	if cmd.verb != "status" {
		return dec, d.replyToOwner(ctx, tx, t, 0, "Which meeting?", []string{
			"\"" + cmd.verb + "\" needs to know which meeting you mean: reply with it to that meeting's invite, \"how did it go?\" or thank-you email.",
			"Writing \"status\" on its own gives an overview of every upcoming call.",
		})
	}
	upcoming, err := tx.MeetingsBetween(ctx, tx.Now, tx.Now.AddDate(0, 3, 0), false)
	if err != nil {
		return dec, err
	}
	lines := []string{"No calls are coming up."}
	if len(upcoming) > 0 {
		var l []string
		for _, m := range upcoming {
			c, err := tx.Contact(ctx, m.ContactID)
			if err != nil {
				return dec, err
			}
			l = append(l, "- "+d.when(m.Start, m.End)+": "+displayName(c)+" ("+m.Status+")")
		}
		lines = []string{"Coming up:\n" + strings.Join(l, "\n")}
	}
	f, err := tx.Funnel(ctx, tx.Now)
	if err != nil {
		return dec, err
	}
	lines = append(lines, fmt.Sprintf("So far: %d contacted, %d replied, %d calls, %d thank-yous sent, %d referrals.",
		f.Outreach, f.Replies, f.Calls, f.ThankYous, f.Referrals))
	return dec, d.replyToOwner(ctx, tx, t, 0, "Status", lines)
}
