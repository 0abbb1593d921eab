package e2e

import (
	"fmt"
	"net/smtp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// TestHarness_roundTrip checks the harness itself against Dovecot and
// Postfix, independent of coffeechat: submission with STARTTLS+AUTH read
// back over IMAPS, delivery on the incoming port (plus address included),
// IMAP STARTTLS, the folders, and emptying mailboxes.
func TestHarness_roundTrip(t *testing.T) {
	needServers(t)
	emptyMailboxes(t, chatsAddr, contactAddr)

	t.Run("submission STARTTLS+AUTH, read over IMAPS", func(t *testing.T) {
		token := randomToken(t)
		raw := fmt.Appendf(nil, "From: chats@example.test\r\nTo: contact@example.org\r\nSubject: harness %s\r\nMessage-ID: <%s@e2e.example.test>\r\nDate: %s\r\n\r\nround trip %s\r\n",
			token, token, time.Now().Format(time.RFC1123Z), token)
		submit(t, chatsAddr, []string{contactAddr}, raw)
		msgs := waitFor(t, contactAddr, "INBOX", 10*time.Second, "message with subject token "+token, func(ms []*message) bool {
			return slices.ContainsFunc(ms, func(m *message) bool { return strings.Contains(m.Subject(), token) })
		})
		i := slices.IndexFunc(msgs, func(m *message) bool { return strings.Contains(m.Subject(), token) })
		m := msgs[i]
		if got := m.addresses("From"); !slices.Equal(got, []string{chatsAddr}) {
			t.Errorf("From = %v, want [%s]", got, chatsAddr)
		}
		if got := m.Header.Get("Delivered-To"); got != contactAddr {
			t.Errorf("Delivered-To = %q, want %q", got, contactAddr)
		}
		if body := m.textBody(); !strings.Contains(body, "round trip "+token) {
			t.Errorf("body = %q, want the token", body)
		}
	})

	t.Run("incoming port delivers to a plus address", func(t *testing.T) {
		token := randomToken(t)
		raw := fmt.Appendf(nil, "From: someone@elsewhere.example\r\nTo: chats+x@example.test\r\nSubject: plus %s\r\n\r\nhello\r\n", token)
		deliver(t, "someone@elsewhere.example", []string{"chats+x@example.test"}, raw)
		waitFor(t, chatsAddr, "INBOX", 10*time.Second, "message "+token, func(ms []*message) bool {
			return slices.ContainsFunc(ms, func(m *message) bool { return strings.Contains(m.Subject(), token) })
		})
	})

	t.Run("outside domains are refused", func(t *testing.T) {
		err := sendSMTP(env.SMTPAddr, false, "", "a@example.test", []string{"someone@gmail.com"}, []byte("Subject: x\r\n\r\nx\r\n"))
		if err == nil || !strings.Contains(err.Error(), "554") {
			t.Errorf("relay to gmail.com: err = %v, want a 554 refusal", err)
		}
	})

	t.Run("submission refuses AUTH before STARTTLS", func(t *testing.T) {
		c, err := smtp.Dial(env.SubmissionAddr)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		defer c.Close()
		if ok, _ := c.Extension("AUTH"); ok {
			t.Errorf("AUTH advertised before STARTTLS")
		}
	})

	t.Run("IMAP STARTTLS and folders", func(t *testing.T) {
		c, err := imapclient.DialStartTLS(env.IMAPAddr, &imapclient.Options{TLSConfig: env.TLS})
		if err != nil {
			t.Fatalf("STARTTLS dial %s: %v", env.IMAPAddr, err)
		}
		defer c.Close()
		if err := c.Login(ownerAddr, env.Password).Wait(); err != nil {
			t.Fatalf("login: %v", err)
		}
		list, err := c.List("", "*", nil).Collect()
		if err != nil {
			t.Fatalf("LIST: %v", err)
		}
		var got []string
		for _, mb := range list {
			got = append(got, mb.Mailbox)
		}
		for _, want := range allFolders {
			if !slices.Contains(got, want) {
				t.Errorf("LIST = %v, missing %s", got, want)
			}
		}
		if err := c.Logout().Wait(); err != nil {
			t.Errorf("LOGOUT: %v", err)
		}
	})

	t.Run("emptyMailboxes empties", func(t *testing.T) {
		// Something to delete in a folder other than INBOX too.
		c := dialIMAP(t, chatsAddr)
		raw := []byte("From: a@example.test\r\nSubject: to be deleted\r\n\r\nx\r\n")
		app := c.Append("Archive", int64(len(raw)), nil)
		if _, err := app.Write(raw); err != nil {
			t.Fatalf("APPEND write: %v", err)
		}
		if err := app.Close(); err != nil {
			t.Fatalf("APPEND close: %v", err)
		}
		if _, err := app.Wait(); err != nil {
			t.Fatalf("APPEND: %v", err)
		}
		emptyMailboxes(t, chatsAddr)
		for _, f := range []string{"INBOX", "Archive"} {
			st, err := c.Status(f, &imap.StatusOptions{NumMessages: true}).Wait()
			if err != nil {
				t.Fatalf("STATUS %s: %v", f, err)
			}
			if st.NumMessages == nil || *st.NumMessages != 0 {
				t.Errorf("%s of %s after emptyMailboxes: %v messages, want 0", f, chatsAddr, st.NumMessages)
			}
		}
	})
}
