package daemon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	gomessage "github.com/emersion/go-message"

	"github.com/coffeechat/coffeechat/daemon/reading"
	"github.com/coffeechat/coffeechat/daemon/store"
	"github.com/coffeechat/coffeechat/mail"
	"github.com/coffeechat/coffeechat/templates"
)

// KindIntentQuestion asks the owner what a contact's reply meant, when the
// reader could only guess (reading.Result.IntentSure is false). Nothing is
// done about the reply until the owner answers with one word.
const KindIntentQuestion = "intent_question"

// headerContact names, in an intent question, the contact it is about, so
// the owner's answer finds them without depending on References.
const headerContact = "X-Coffeechat-Contact"

var (
	replyAsks     = templates.Reply{Word: "asks", Meaning: "they want a call and asked for times: coffeechat prepares three to offer"}
	replyLater    = templates.Reply{Word: "later", Meaning: "they asked you to write again later: your summary will remind you"}
	replyDeclined = templates.Reply{Word: "declined", Meaning: "they said no: recorded, no more reminders"}
	replyIgnore   = templates.Reply{Word: "ignore", Meaning: "leave it as it is"}
)

// unsure reports whether the reader's intent is a guess that coffeechat
// should not act on without the owner. A guess at "scheduled" still
// becomes an invite to the owner only (accepting it is their answer), and
// no_reply follows from the thread, not from wording.
func unsure(r *reading.Result) bool {
	if r.IntentSure {
		return false
	}
	switch r.Intent {
	case reading.AsksForTimes, reading.Declined, reading.Deferred, reading.Referred:
		return true
	}
	return false
}

// guessWords says in a few words what the reader's guess means.
var guessWords = map[string]string{
	reading.AsksForTimes: "they would talk and want you to suggest times",
	reading.Declined:     "they said no",
	reading.Deferred:     "they would talk, but later",
	reading.Referred:     "they pointed you to someone else",
}

// askIntent records that the contact replied and asks the owner what the
// reply meant, threaded under the owner's forward.
func (d *Daemon) askIntent(ctx context.Context, tx *store.Tx, t *mail.Thread, c *store.Contact, r *reading.Result, dec decision) (decision, error) {
	// The weekly summary lists them until the owner answers.
	c.Status = store.AwaitingOwner
	if err := tx.SaveContact(ctx, c); err != nil {
		return dec, err
	}
	said := cleanText(r.IntentCue, 240)
	if said == "" {
		said = cleanText(c.LastWords, 240)
	}
	lines := []string{displayName(c) + " answered, and coffeechat cannot tell for sure what they meant."}
	if said != "" {
		lines = append(lines, "They wrote: \u201c"+said+"\u201d")
	}
	lines = append(lines, "It reads most like: "+guessWords[r.Intent]+". Nothing has been done about it yet: reply with one word below, and coffeechat does the rest.")
	m := d.ownerMsg(t.MessageID)
	m.Headers = map[string]string{headerContact: c.Email}
	dec.outcome = "asked the owner (read as " + r.Intent + ", not sure)"
	return dec, d.enqueue(ctx, tx, outgoing{kind: KindIntentQuestion, msg: m, body: d.renderBody(templates.NameNotice, templates.Notice{
		OwnerFirstName: templates.FirstName(d.cfg.OwnerName), Subject: "What did " + displayName(c) + " mean?", Lines: lines,
		Replies: []templates.Reply{replyAsks, replyLater, replyDeclined, replyIgnore},
	})})
}

// answerIntent acts on the owner's one-word answer to an intent question.
func (d *Daemon) answerIntent(ctx context.Context, tx *store.Tx, t *mail.Thread, ref *store.Mail) (decision, error) {
	dec := decision{kind: "command"}
	email, err := questionContact(ref.Raw)
	if err != nil {
		return dec, err
	}
	c, err := tx.ContactByEmail(ctx, email)
	if errors.Is(err, store.ErrNotFound) {
		return dec, d.replyToOwner(ctx, tx, t, 0, "Contact not found", []string{"coffeechat has no record of " + email + " any more; forward the thread again."})
	}
	if err != nil {
		return dec, err
	}
	dec.contactID = c.ID
	word := ""
	if f := strings.Fields(firstLine(strings.TrimSpace(t.Text))); len(f) > 0 {
		word = strings.ToLower(strings.Trim(f[0], ".!,:;\"'"))
	}
	dec.outcome = "intent answer: " + truncate(word, 20)
	switch word {
	case "asks", "ask", "times":
		c.Status = store.Replied
		if err := tx.SaveContact(ctx, c); err != nil {
			return dec, err
		}
		return d.offerTimes(ctx, tx, c, &reading.Result{}, dec)
	case "later", "deferred", "defer":
		return d.markDeferred(ctx, tx, c, dec)
	case "declined", "decline", "no":
		return d.markDeclined(ctx, tx, c, dec)
	case "ignore":
		c.Status = store.Replied
		if err := tx.SaveContact(ctx, c); err != nil {
			return dec, err
		}
		return dec, d.replyToOwner(ctx, tx, t, 0, "Left as it is: "+displayName(c), []string{
			"Nothing changes for " + displayName(c) + ". Forward their next reply when it comes.",
		})
	}
	dec.outcome = "intent answer not understood"
	m, err := d.toOwner(templates.NameNotice, templates.Notice{
		OwnerFirstName: templates.FirstName(d.cfg.OwnerName), Subject: "What did " + displayName(c) + " mean?",
		Lines: []string{
			"coffeechat did not understand your answer. It starts with: \u201c" + truncate(firstLine(t.Text), 80) + "\u201d",
			"Reply with one of the words below on the first line.",
		},
		Replies: []templates.Reply{replyAsks, replyLater, replyDeclined, replyIgnore},
	}, t.MessageID)
	if err != nil {
		return dec, err
	}
	m.Headers = map[string]string{headerContact: c.Email}
	return dec, d.enqueue(ctx, tx, outgoing{kind: KindIntentQuestion, msg: m})
}

// questionContact reads the contact's address from an intent question.
func questionContact(raw []byte) (string, error) {
	ent, err := gomessage.Read(bytes.NewReader(raw))
	if ent == nil {
		return "", fmt.Errorf("read intent question: %w", err)
	}
	email := strings.ToLower(strings.TrimSpace(ent.Header.Get(headerContact)))
	if email == "" {
		return "", errors.New("intent question without " + headerContact)
	}
	return email, nil
}

// markDeclined records that the contact will not meet.
func (d *Daemon) markDeclined(ctx context.Context, tx *store.Tx, c *store.Contact, dec decision) (decision, error) {
	c.Status = store.ContactDeclined
	if err := tx.SaveContact(ctx, c); err != nil {
		return dec, err
	}
	return dec, d.notify(ctx, tx, KindNotice, 0, "Recorded: "+displayName(c)+" declined", []string{
		displayName(c) + " said no to a call. That is recorded, and they will not come up in your summary again.",
		"A short thank-you for their reply still leaves a good impression; coffeechat does not send one for declined requests.",
	}, nil)
}

// markDeferred records that the contact would meet later, and when the
// summary should remind the owner to write again.
func (d *Daemon) markDeferred(ctx context.Context, tx *store.Tx, c *store.Contact, dec decision) (decision, error) {
	c.Status = store.Deferred
	c.DueAt = tx.Now.Add(d.cfg.DeferDefault)
	if err := tx.SaveContact(ctx, c); err != nil {
		return dec, err
	}
	return dec, d.notify(ctx, tx, KindNotice, 0, "Recorded: "+displayName(c)+" asked you to write later", []string{
		fmt.Sprintf("%s would talk, but later. Your weekly summary will remind you to write again around %s.",
			displayName(c), c.DueAt.In(d.cfg.Location).Format("Monday, January 2")),
	}, nil)
}
