package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// FillLarge writes the issue-9 "large" store into st, for the benchmarks
// (BenchmarkReports and bench/commands.sh through bench/cmd/mkstore): a
// contact and a meeting each for meetings, an hour apart (the last
// upcoming of them after now, the rest held before it), a referral not yet
// contacted per five contacts, seen messages, a sent email of ~5 KB per
// meeting and two jobs per meeting (pending for the upcoming ones, done
// for the rest). It lives outside the tests so that a command can build
// the same store the store's benchmarks measure.
func FillLarge(ctx context.Context, st *Store, now time.Time, meetings, upcoming, seen int) error {
	raw := []byte(strings.Repeat("x", 5000))
	const perTx = 1000
	for lo := 0; lo < meetings; lo += perTx {
		err := st.InTx(ctx, func(tx *Tx) error {
			for i := lo; i < min(lo+perTx, meetings); i++ {
				c := &Contact{Email: fmt.Sprintf("c%d@example.org", i), Name: fmt.Sprintf("Contact %d", i), Status: Scheduled,
					OutreachAt: now.AddDate(0, -2, 0), RepliedAt: now.AddDate(0, -1, 0)}
				if err := tx.SaveContact(ctx, c); err != nil {
					return err
				}
				past := meetings - upcoming
				start := now.Add(time.Duration(i-past) * time.Hour)
				status := Confirmed
				if i < past {
					status = Held
				}
				m := &Meeting{ContactID: c.ID, UID: fmt.Sprintf("uid-%d", i), Status: status, Start: start, End: start.Add(20 * time.Minute)}
				if err := tx.SaveMeeting(ctx, m); err != nil {
					return err
				}
				if err := tx.LogMeeting(ctx, m.ID, "proposed", "offered"); err != nil {
					return err
				}
				mail := &Mail{Kind: "invite", MessageID: fmt.Sprintf("invite-%d@example.test", i), MeetingID: m.ID,
					From: "chats@example.test", Rcpts: []string{"owner@example.test"}, Subject: "Invitation", Raw: raw}
				if err := tx.Enqueue(ctx, mail); err != nil {
					return err
				}
				if _, err := tx.MarkSent(ctx, mail.ID); err != nil {
					return err
				}
				for k, kind := range []string{"thank_you", "prep_brief"} {
					id, err := tx.AddJob(ctx, kind, m.ID, start.Add(time.Duration(k+1)*time.Hour))
					if err != nil {
						return err
					}
					if i < past {
						if err := tx.FinishJob(ctx, id, "done"); err != nil {
							return err
						}
					}
				}
				if i%5 == 0 {
					r := &Contact{Email: fmt.Sprintf("ref%d@example.org", i), Name: "Referral", Status: ToContact, ReferredBy: c.ID}
					if err := tx.SaveContact(ctx, r); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("fill meetings: %w", err)
		}
	}
	for lo := 0; lo < seen; lo += perTx * 10 {
		err := st.InTx(ctx, func(tx *Tx) error {
			for i := lo; i < min(lo+perTx*10, seen); i++ {
				kind := []string{"thread", "reply", "command", "quarantined", "duplicate"}[i%5]
				if err := tx.MarkSeen(ctx, Seen{MessageID: fmt.Sprintf("m%d@example.org", i), UIDValidity: 1, UID: uint32(i + 1),
					Kind: kind, Outcome: "ok"}); err != nil {
					return err
				}
			}
			return tx.SetCheckpoint(ctx, "INBOX", 1, uint32(seen))
		})
		if err != nil {
			return fmt.Errorf("fill seen: %w", err)
		}
	}
	return nil
}
