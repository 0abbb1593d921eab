package daemon

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/coffeechat/coffeechat/calendar"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
)

// handleReply acts on an iTIP REPLY from a calendar. A REPLY may change only
// the PARTSTAT of the attendee who sent it, on a meeting they are an
// attendee of; anything else is recorded as ignored and changes nothing.
func (d *Daemon) handleReply(ctx context.Context, tx *store.Tx, t *mail.Thread) (decision, error) {
	dec := decision{kind: "reply"}
	rep, err := calendar.ParseReply(t.Calendar)
	if err != nil {
		// Anyone can send a broken REPLY: unless it is the owner's,
		// authenticated, the owner hears of it at most once an interval.
		q := &errQuarantine{reason: fmt.Sprintf("its calendar reply could not be read: %v", err)}
		q.foreign = !d.isOwner(t.From.Email) || d.checkOwnerAuth(t) != nil
		return dec, q
	}
	m, err := tx.MeetingByUID(ctx, rep.UID)
	if errors.Is(err, store.ErrNotFound) {
		d.log.Warn("calendar reply for an unknown meeting ignored", "uid", rep.UID, "from", t.From.Email)
		dec.outcome = "ignored: unknown UID"
		return dec, nil
	}
	if err != nil {
		return dec, err
	}
	dec.meetingID, dec.contactID = m.ID, m.ContactID
	c, err := tx.Contact(ctx, m.ContactID)
	if err != nil {
		return dec, err
	}
	att := strings.ToLower(rep.Attendee.Email)
	sender := strings.ToLower(t.From.Email)
	log := d.log.With("meeting", m.ID, "attendee", att, "partstat", rep.PartStat)
	if rep.Sequence < m.Sequence {
		log.Info("calendar reply to an older version of the invite ignored", "reply_sequence", rep.Sequence, "sequence", m.Sequence)
		dec.outcome = "ignored: stale sequence"
		return dec, nil
	}
	if m.Status == store.Cancelled {
		dec.outcome = "ignored: meeting cancelled"
		return dec, nil
	}
	switch {
	case d.isOwner(att):
		if !d.isOwner(sender) {
			log.Warn("calendar reply for the owner sent by someone else ignored", "sender", sender)
			dec.outcome = "ignored: sender is not the attendee"
			return dec, nil
		}
		// The owner's acceptance approves mail to the contact: it must be
		// as authenticated as any other mail from the owner.
		if err := d.checkOwnerAuth(t); err != nil {
			return dec, &errQuarantine{reason: err.Error(), foreign: true}
		}
		dec.outcome = "owner " + strings.ToLower(rep.PartStat)
		invited := m.ContactInvited
		if err := d.ownerAnswered(ctx, tx, c, m, rep.PartStat, "calendar reply"); err != nil {
			return dec, err
		}
		if invited || !m.ContactInvited {
			return dec, nil
		}
		// The owner's accept sent the contact an invite of their own, which
		// the owner does not get a copy of: say what went out in their name
		// (a "yes" reply gets the same in its answer).
		return dec, d.notify(ctx, tx, KindNotice, m.ID, "Confirmed: "+displayName(c), []string{
			"Confirmed: your call with " + displayName(c) + ", " + d.when(m.Start, m.End) + ".",
			firstName(c) + " has the invite too: from " + d.cfg.Dedicated + " to " + c.Email + ", with replies going to you.",
		}, nil)
	case att == c.Email:
		if sender != att {
			log.Warn("calendar reply for the contact sent by someone else ignored", "sender", sender)
			dec.outcome = "ignored: sender is not the attendee"
			return dec, nil
		}
		if !m.ContactInvited {
			dec.outcome = "ignored: contact was not invited"
			return dec, nil
		}
		was := m.ContactPartStat
		m.ContactPartStat = rep.PartStat
		if err := tx.SaveMeeting(ctx, m); err != nil {
			return dec, err
		}
		if err := tx.LogMeeting(ctx, m.ID, "contact "+strings.ToLower(rep.PartStat), rep.Comment); err != nil {
			return dec, err
		}
		dec.outcome = "contact " + strings.ToLower(rep.PartStat)
		// Each answer is news once: a calendar that sends the same answer
		// again tells the owner nothing new. A "maybe" is worth a word
		// too: the owner may want to check with the contact before the day.
		if rep.PartStat == was {
			return dec, nil
		}
		var subject, said, next string
		switch rep.PartStat {
		case calendar.Declined:
			subject, said = " declined the call", " declined the invite for "
			next = "The meeting stays in your calendar until you cancel it. Agree a new time with " + firstName(c) + ", then reply \"reschedule <time>\", or reply \"cancel\"."
		case calendar.Accepted:
			subject, said = " accepted the call", " accepted the invite for "
		case calendar.Tentative:
			subject, said = " might make the call", " answered \"maybe\" (tentative) to the invite for "
			next = "The call stays in your calendar. If " + firstName(c) + " needs another time, agree one and reply \"reschedule <time>\", or reply \"cancel\"."
		default:
			return dec, nil
		}
		lines := []string{displayName(c) + said + d.when(m.Start, m.End) + "."}
		if rep.Comment != "" {
			lines = append(lines, "Their note: "+truncate(rep.Comment, 300))
		}
		if next != "" {
			lines = append(lines, next)
		}
		return dec, d.notify(ctx, tx, KindNotice, m.ID, displayName(c)+subject, lines, nil)
	default:
		log.Warn("calendar reply from someone who is not an attendee ignored", "sender", sender)
		dec.outcome = "ignored: not an attendee"
		return dec, nil
	}
}

// ownerAnswered records the owner's answer to the invite, from their
// calendar or a "yes" reply. Accepting is the approval that lets the
// contact's invite go out.
func (d *Daemon) ownerAnswered(ctx context.Context, tx *store.Tx, c *store.Contact, m *store.Meeting, partstat, via string) error {
	m.OwnerPartStat = partstat
	switch partstat {
	case calendar.Accepted:
		if m.Status == store.Proposed {
			m.Status = store.Confirmed
		}
		if err := tx.SaveMeeting(ctx, m); err != nil {
			return err
		}
		if err := tx.LogMeeting(ctx, m.ID, "confirmed", "owner accepted ("+via+")"); err != nil {
			return err
		}
		if d.cfg.ContactInvites == "after-owner-accepts" && !m.ContactInvited {
			return d.inviteContact(ctx, tx, c, m)
		}
		return nil
	case calendar.Declined:
		return d.cancelMeeting(ctx, tx, c, m, "owner declined ("+via+")")
	default:
		if err := tx.SaveMeeting(ctx, m); err != nil {
			return err
		}
		return tx.LogMeeting(ctx, m.ID, "owner "+strings.ToLower(partstat), via)
	}
}
