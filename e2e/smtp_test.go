package e2e

import (
	"fmt"
	"net"
	"net/smtp"
	"testing"
	"time"
)

// deliver hands raw to Postfix's incoming port (CCMAIL_SMTP_ADDR, no auth,
// no TLS), as mail from the internet arrives. Only local recipients are
// accepted there.
func deliver(t testing.TB, from string, to []string, raw []byte) {
	t.Helper()
	if err := sendSMTP(env.SMTPAddr, false, "", from, to, raw); err != nil {
		t.Fatalf("deliver to %v via %s: %v", to, env.SMTPAddr, err)
	}
}

// submit sends raw as user through the submission port: STARTTLS verified
// against CCMAIL_CA_FILE, then AUTH PLAIN.
func submit(t testing.TB, user string, to []string, raw []byte) {
	t.Helper()
	if err := sendSMTP(env.SubmissionAddr, true, user, user, to, raw); err != nil {
		t.Fatalf("submit as %s to %v via %s: %v", user, to, env.SubmissionAddr, err)
	}
}

func sendSMTP(addr string, auth bool, user, from string, to []string, raw []byte) error {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return fmt.Errorf("dial: %w", err)
	}
	if err := conn.SetDeadline(time.Now().Add(30 * time.Second)); err != nil {
		conn.Close()
		return fmt.Errorf("set deadline: %w", err)
	}
	host, _, _ := net.SplitHostPort(addr)
	// PlainAuth checks its host against the one given here.
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		conn.Close()
		return fmt.Errorf("greeting: %w", err)
	}
	defer c.Close()
	if err := c.Hello("e2e.example.test"); err != nil {
		return fmt.Errorf("EHLO: %w", err)
	}
	if auth {
		if err := c.StartTLS(env.TLS); err != nil {
			return fmt.Errorf("STARTTLS: %w", err)
		}
		if err := c.Auth(smtp.PlainAuth("", user, env.Password, host)); err != nil {
			return fmt.Errorf("AUTH: %w", err)
		}
	}
	if err := c.Mail(from); err != nil {
		return fmt.Errorf("MAIL FROM:<%s>: %w", from, err)
	}
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt); err != nil {
			return fmt.Errorf("RCPT TO:<%s>: %w", rcpt, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	if _, err := w.Write(raw); err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("end of DATA: %w", err)
	}
	return c.Quit()
}
