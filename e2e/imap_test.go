package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// pollInterval is how often waitFor asks the server again. Dovecot shows a
// delivered message to a NOOP/SEARCH after a few ms (mail-servers.md).
const pollInterval = 100 * time.Millisecond

// allFolders are the folders mail-up.sh creates for every user.
var allFolders = []string{"INBOX", "Drafts", "Sent", "Trash", "Junk", "Archive"}

// dialIMAP logs user in over IMAPS, trusting CCMAIL_CA_FILE; the client is
// logged out when t ends.
func dialIMAP(t testing.TB, user string) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialTLS(env.IMAPSAddr, &imapclient.Options{TLSConfig: env.TLS})
	if err != nil {
		t.Fatalf("IMAPS dial %s: %v", env.IMAPSAddr, err)
	}
	t.Cleanup(func() {
		c.Logout().Wait()
		c.Close()
	})
	if err := c.Login(user, env.Password).Wait(); err != nil {
		t.Fatalf("IMAP login %s: %v", user, err)
	}
	return c
}

// fetchAll returns every message of the selected mailbox, oldest first,
// without setting \Seen.
func fetchAll(c *imapclient.Client) ([]*message, error) {
	data, err := c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
	if err != nil {
		return nil, fmt.Errorf("uid search all: %w", err)
	}
	uids := data.AllUIDs()
	if len(uids) == 0 {
		return nil, nil
	}
	return fetchUIDs(c, uids)
}

func fetchUIDs(c *imapclient.Client, uids []imap.UID) ([]*message, error) {
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{section},
	}).Collect()
	if err != nil {
		return nil, fmt.Errorf("uid fetch %v: %w", uids, err)
	}
	msgs := make([]*message, 0, len(bufs))
	for _, b := range bufs {
		raw := b.FindBodySection(section)
		if raw == nil {
			return nil, fmt.Errorf("uid fetch %d: no body in the response", b.UID)
		}
		msgs = append(msgs, parseMessage(uint32(b.UID), raw))
	}
	slices.SortFunc(msgs, func(a, b *message) int { return int(a.UID) - int(b.UID) })
	return msgs, nil
}

// listMessages returns the messages in user's mailbox now.
func listMessages(t testing.TB, user, mailbox string) []*message {
	t.Helper()
	c := dialIMAP(t, user)
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatalf("EXAMINE %s of %s: %v", mailbox, user, err)
	}
	msgs, err := fetchAll(c)
	if err != nil {
		t.Fatalf("%s of %s: %v", mailbox, user, err)
	}
	return msgs
}

// mailboxUIDs returns the UIDVALIDITY of user's mailbox and the UIDs of
// the messages in it now.
func mailboxUIDs(t testing.TB, user, mailbox string) (uint32, []uint32) {
	t.Helper()
	c := dialIMAP(t, user)
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("EXAMINE %s of %s: %v", mailbox, user, err)
	}
	msgs, err := fetchAll(c)
	if err != nil {
		t.Fatalf("%s of %s: %v", mailbox, user, err)
	}
	var uids []uint32
	for _, m := range msgs {
		uids = append(uids, m.UID)
	}
	return sel.UIDValidity, uids
}

// waitFor polls user's mailbox every pollInterval until done(messages) is
// true or timeout passes, and returns the messages it last saw. On timeout
// it fails t, naming the mailbox, what was wanted and what was there.
func waitFor(t testing.TB, user, mailbox string, timeout time.Duration, want string, done func([]*message) bool) []*message {
	t.Helper()
	msgs, ok := pollMailbox(t, user, mailbox, timeout, done)
	if !ok {
		t.Fatalf("after %v, %s %s has no %s; found %s", timeout, user, mailbox, want, describe(msgs))
	}
	return msgs
}

// pollMailbox is waitFor without failing: ok reports whether done became
// true within timeout. Messages are fetched once each (by UID).
func pollMailbox(t testing.TB, user, mailbox string, timeout time.Duration, done func([]*message) bool) (msgs []*message, ok bool) {
	t.Helper()
	c := dialIMAP(t, user)
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatalf("EXAMINE %s of %s: %v", mailbox, user, err)
	}
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	seen := map[uint32]bool{}
	for {
		// UID SEARCH also makes Dovecot report new mail, like NOOP.
		data, err := c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
		if err != nil {
			t.Fatalf("UID SEARCH in %s of %s: %v", mailbox, user, err)
		}
		var fresh []imap.UID
		for _, uid := range data.AllUIDs() {
			if !seen[uint32(uid)] {
				fresh = append(fresh, uid)
			}
		}
		if len(fresh) > 0 {
			more, err := fetchUIDs(c, fresh)
			if err != nil {
				t.Fatalf("%s of %s: %v", mailbox, user, err)
			}
			for _, m := range more {
				seen[m.UID] = true
			}
			msgs = append(msgs, more...)
		}
		if done(msgs) {
			return msgs, true
		}
		select {
		case <-deadline.C:
			return msgs, false
		case <-tick.C:
		}
	}
}

// emptyMailboxes deletes every message in every folder of the given users,
// so each test starts from empty mailboxes (STORE \Deleted + EXPUNGE, which
// needs no doveadm and works against any IMAP server).
func emptyMailboxes(t testing.TB, users ...string) {
	t.Helper()
	for _, u := range users {
		c := dialIMAP(t, u)
		list, err := c.List("", "*", nil).Collect()
		if err != nil {
			t.Fatalf("LIST for %s: %v", u, err)
		}
		for _, mb := range list {
			if slices.Contains(mb.Attrs, imap.MailboxAttrNoSelect) {
				continue
			}
			sel, err := c.Select(mb.Mailbox, nil).Wait()
			if err != nil {
				t.Fatalf("SELECT %s of %s: %v", mb.Mailbox, u, err)
			}
			if sel.NumMessages == 0 {
				continue
			}
			store := &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}
			var all imap.SeqSet
			all.AddRange(1, 0) // 1:*
			if err := c.Store(all, store, nil).Close(); err != nil {
				t.Fatalf("STORE in %s of %s: %v", mb.Mailbox, u, err)
			}
			if err := c.Expunge().Close(); err != nil {
				t.Fatalf("EXPUNGE in %s of %s: %v", mb.Mailbox, u, err)
			}
		}
	}
}

// describe summarises messages for a failure message.
func describe(msgs []*message) string {
	if len(msgs) == 0 {
		return "no messages"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d message(s):", len(msgs))
	for _, m := range msgs {
		fmt.Fprintf(&b, "\n\t%s", m.Summary())
	}
	return b.String()
}
