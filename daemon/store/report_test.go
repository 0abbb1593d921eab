package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"
	"time"
)

func TestReport_listCountAndFind(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	var ids []int64
	err := s.InTx(ctx, func(tx *Tx) error {
		a := &Contact{Email: "ana_b@example.org", Name: "Ana B", Status: Scheduled}
		b := &Contact{Email: "anaxb@example.org", Name: "100% Bob", Status: AwaitingReply}
		for _, c := range []*Contact{a, b} {
			if err := tx.SaveContact(ctx, c); err != nil {
				return err
			}
		}
		for _, m := range []*Meeting{
			{ContactID: a.ID, UID: "past@x", Status: Held, Start: t0.Add(-48 * time.Hour), End: t0.Add(-48*time.Hour + 20*time.Minute)},
			// Started ten minutes ago, not over: still upcoming.
			{ContactID: a.ID, UID: "now@x", Status: Confirmed, Start: t0.Add(-10 * time.Minute), End: t0.Add(10 * time.Minute)},
			{ContactID: b.ID, UID: "future@x", Status: Proposed, Start: t0.Add(24 * time.Hour), End: t0.Add(24*time.Hour + 30*time.Minute)},
			{ContactID: b.ID, UID: "gone@x", Status: Cancelled, Start: t0.Add(48 * time.Hour), End: t0.Add(48*time.Hour + 15*time.Minute)},
		} {
			if err := tx.SaveMeeting(ctx, m); err != nil {
				return err
			}
			ids = append(ids, m.ID)
		}
		if _, err := tx.AddJob(ctx, JobThankYou, ids[0], t0.Add(-time.Hour)); err != nil {
			return err
		}
		if _, err := tx.AddJob(ctx, JobPrepBrief, ids[2], t0.Add(time.Hour)); err != nil {
			return err
		}
		return tx.Enqueue(ctx, &Mail{Kind: "invite", MessageID: "i@x", From: "c@x", Rcpts: []string{"o@x"}, Raw: []byte("x")})
	})
	if err != nil {
		t.Fatal(err)
	}

	err = s.View(ctx, func(tx *Tx) error {
		for _, tc := range []struct {
			name string
			f    MeetingFilter
			want []string
			n    int // CountMeetings: all f selects, without its Limit
		}{
			{"all", MeetingFilter{}, []string{"past@x", "now@x", "future@x"}, 3},
			{"cancelled too", MeetingFilter{Cancelled: true}, []string{"past@x", "now@x", "future@x", "gone@x"}, 4},
			{"upcoming", MeetingFilter{Upcoming: true, Now: t0}, []string{"now@x", "future@x"}, 2},
			{"past", MeetingFilter{Past: true, Now: t0}, []string{"past@x"}, 1},
			{"one contact", MeetingFilter{ContactID: 2, Cancelled: true}, []string{"future@x", "gone@x"}, 2},
			{"earliest two", MeetingFilter{Limit: 2}, []string{"past@x", "now@x"}, 3},
			{"latest two, earliest first", MeetingFilter{Limit: 2, Latest: true}, []string{"now@x", "future@x"}, 3},
			{"latest with cancelled", MeetingFilter{Limit: 3, Latest: true, Cancelled: true}, []string{"now@x", "future@x", "gone@x"}, 4},
			{"latest past", MeetingFilter{Past: true, Now: t0, Limit: 1, Latest: true}, []string{"past@x"}, 1},
			{"latest, no limit: all", MeetingFilter{Latest: true}, []string{"past@x", "now@x", "future@x"}, 3},
			{"latest of one contact", MeetingFilter{ContactID: 1, Limit: 1, Latest: true}, []string{"now@x"}, 2},
		} {
			ms, err := tx.ListMeetings(ctx, tc.f)
			if err != nil {
				return err
			}
			var got, lines []string
			for _, m := range ms {
				got = append(got, m.UID)
			}
			// The table's query selects the same meetings in the same order.
			byID := map[int64]string{}
			for i, id := range ids {
				byID[id] = []string{"past@x", "now@x", "future@x", "gone@x"}[i]
			}
			if err := tx.EachMeetingLine(ctx, tc.f, func(l *MeetingLine) error {
				lines = append(lines, byID[l.ID])
				return nil
			}); err != nil {
				return err
			}
			if !slices.Equal(lines, tc.want) {
				t.Errorf("%s: EachMeetingLine %v, want %v", tc.name, lines, tc.want)
			}
			if n, err := tx.CountMeetings(ctx, tc.f); err != nil || n != tc.n {
				t.Errorf("%s: CountMeetings = %d, %v; want %d", tc.name, n, err, tc.n)
			}
			if len(got) != len(tc.want) {
				t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
				continue
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
					break
				}
			}
			if len(ms) > 0 && ms[0].ContactEmail == "" {
				t.Errorf("%s: contact address not joined", tc.name)
			}
		}

		c, err := tx.Counts(ctx, t0)
		if err != nil {
			return err
		}
		if c.Upcoming != 2 || c.OutboxPending != 1 || c.JobsPending != 2 || !c.OldestDueJob.Equal(t0.Add(-time.Hour)) ||
			!c.OldestDueMail.Equal(t0) || !c.NextJobAt.Equal(t0.Add(-time.Hour)) {
			t.Errorf("counts = %+v", c)
		}
		if c.MeetingsByStatus[Cancelled] != 1 || c.ContactsByStatus[Scheduled] != 1 {
			t.Errorf("by status: %v %v", c.MeetingsByStatus, c.ContactsByStatus)
		}

		for _, tc := range []struct {
			q    string
			want int
		}{
			{"ana_b@example.org", 1}, // exact address
			{"ANA", 2},               // substring, any case
			{"_", 1},                 // a literal underscore, not "any character"
			{"%", 1},                 // a literal percent sign
			{"nobody", 0},
		} {
			got, err := tx.FindContacts(ctx, tc.q)
			if err != nil {
				return err
			}
			if len(got) != tc.want {
				t.Errorf("FindContacts(%q) = %d contacts, want %d", tc.q, len(got), tc.want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Counts reads contacts and meetings by status and messages by kind from
// row_counts, which triggers keep (0009): after each step they must equal
// a GROUP BY over the tables themselves, including after a savepoint rolled
// back (intake's per-message savepoints), after an update that changes the
// status or not, and after rows are deleted or change kind.
func TestCounts_byStatusAndKindFollowTheTables(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	seen := func(id, kind string) func(tx *Tx) error {
		return func(tx *Tx) error { return tx.MarkSeen(ctx, Seen{MessageID: id, Kind: kind, Outcome: "ok"}) }
	}
	exec := func(q string, args ...any) func(tx *Tx) error {
		return func(tx *Tx) error { _, err := tx.tx.ExecContext(ctx, q, args...); return err }
	}
	casey := &Contact{Email: "casey@example.org", Status: AwaitingReply}
	call := &Meeting{UID: "m1@x", Status: Proposed, Start: t0, End: t0.Add(20 * time.Minute)}
	type counts struct{ contacts, meetings, messages map[string]int }
	steps := []struct {
		name string
		do   func(tx *Tx) error
		want counts
	}{
		{"empty", func(*Tx) error { return nil }, counts{}},
		{"first thread", seen("a@x", "thread"), counts{messages: map[string]int{"thread": 1}}},
		{"second kind", seen("b@x", "reply"), counts{messages: map[string]int{"thread": 1, "reply": 1}}},
		{"same kind again", seen("c@x", "thread"), counts{messages: map[string]int{"thread": 2, "reply": 1}}},
		{"rolled back savepoint", func(tx *Tx) error {
			fnErr, err := tx.Savepoint(ctx, func() error {
				if err := tx.MarkSeen(ctx, Seen{MessageID: "d@x", Kind: "command"}); err != nil {
					return err
				}
				if err := tx.SaveContact(ctx, &Contact{Email: "gone@example.org", Status: Replied}); err != nil {
					return err
				}
				return errors.New("handling failed")
			})
			if err != nil || fnErr == nil {
				return fmt.Errorf("savepoint: fn %v, %v", fnErr, err)
			}
			return nil
		}, counts{messages: map[string]int{"thread": 2, "reply": 1}}},
		{"duplicate refused", func(tx *Tx) error {
			if tx.MarkSeen(ctx, Seen{MessageID: "a@x", Kind: "thread"}) == nil {
				return errors.New("a second a@x was accepted")
			}
			return nil
		}, counts{messages: map[string]int{"thread": 2, "reply": 1}}},
		{"kind changed", exec(`UPDATE messages_seen SET kind = 'quarantined' WHERE message_id = 'c@x'`),
			counts{messages: map[string]int{"thread": 1, "reply": 1, "quarantined": 1}}},
		{"outcome changed only", exec(`UPDATE messages_seen SET outcome = 'moved' WHERE message_id = 'a@x'`),
			counts{messages: map[string]int{"thread": 1, "reply": 1, "quarantined": 1}}},
		{"message deleted", exec(`DELETE FROM messages_seen WHERE message_id = 'b@x'`),
			counts{messages: map[string]int{"thread": 1, "quarantined": 1}}},
		{"contact and call", func(tx *Tx) error {
			if err := tx.SaveContact(ctx, casey); err != nil {
				return err
			}
			call.ContactID = casey.ID
			return tx.SaveMeeting(ctx, call)
		}, counts{map[string]int{AwaitingReply: 1}, map[string]int{Proposed: 1}, map[string]int{"thread": 1, "quarantined": 1}}},
		{"statuses changed", func(tx *Tx) error {
			casey.Status, call.Status = Scheduled, Confirmed
			if err := tx.SaveContact(ctx, casey); err != nil {
				return err
			}
			return tx.SaveMeeting(ctx, call)
		}, counts{map[string]int{Scheduled: 1}, map[string]int{Confirmed: 1}, map[string]int{"thread": 1, "quarantined": 1}}},
		{"saved again, same status", func(tx *Tx) error {
			casey.Name, call.Notes = "Casey", "notes"
			if err := tx.SaveContact(ctx, casey); err != nil {
				return err
			}
			return tx.SaveMeeting(ctx, call)
		}, counts{map[string]int{Scheduled: 1}, map[string]int{Confirmed: 1}, map[string]int{"thread": 1, "quarantined": 1}}},
		{"call deleted", exec(`DELETE FROM meetings WHERE uid = 'm1@x'`),
			counts{map[string]int{Scheduled: 1}, nil, map[string]int{"thread": 1, "quarantined": 1}}},
	}
	for _, st := range steps {
		// The failing MarkSeen of "duplicate refused" aborts only its
		// statement; the transaction goes on and commits.
		if err := s.InTx(ctx, st.do); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		var got *Counts
		direct := counts{map[string]int{}, map[string]int{}, map[string]int{}}
		err := s.View(ctx, func(tx *Tx) error {
			var err error
			if got, err = tx.Counts(ctx, t0); err != nil {
				return err
			}
			for q, dst := range map[string]map[string]int{
				`SELECT status, COUNT(*) FROM contacts GROUP BY status`:  direct.contacts,
				`SELECT status, COUNT(*) FROM meetings GROUP BY status`:  direct.meetings,
				`SELECT kind, COUNT(*) FROM messages_seen GROUP BY kind`: direct.messages,
			} {
				if err := groupCount(ctx, tx, q, dst); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		for _, c := range []struct {
			what            string
			got, want, have map[string]int
		}{
			{"contacts by status", got.ContactsByStatus, st.want.contacts, direct.contacts},
			{"meetings by status", got.MeetingsByStatus, st.want.meetings, direct.meetings},
			{"messages by kind", got.MessagesByKind, st.want.messages, direct.messages},
		} {
			if c.want == nil {
				c.want = map[string]int{}
			}
			if !maps.Equal(c.got, c.want) || !maps.Equal(c.got, c.have) {
				t.Errorf("%s: %s %v, want %v (GROUP BY over the table: %v)", st.name, c.what, c.got, c.want, c.have)
			}
		}
	}
}

// groupCount reads a "key, COUNT(*) ... GROUP BY key" query into dst.
func groupCount(ctx context.Context, tx *Tx, q string, dst map[string]int) error {
	rows, err := tx.tx.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return fmt.Errorf("counts: %w", err)
		}
		dst[k] = n
	}
	return rows.Err()
}

func TestContactsByID(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	var a, b Contact
	err := s.InTx(ctx, func(tx *Tx) error {
		a = Contact{Email: "a@example.org", Name: "Ana", Status: Scheduled}
		b = Contact{Email: "b@example.org", Name: "Bo", Status: ToContact}
		if err := tx.SaveContact(ctx, &a); err != nil {
			return err
		}
		b.ReferredBy = a.ID
		return tx.SaveContact(ctx, &b)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		ids  []int64
		want map[int64]string // id -> email
	}{
		{"none asked", nil, map[int64]string{}},
		{"one", []int64{b.ID}, map[int64]string{b.ID: "b@example.org"}},
		{"both, repeated, with a missing id", []int64{a.ID, 999, b.ID, a.ID}, map[int64]string{a.ID: "a@example.org", b.ID: "b@example.org"}},
		{"only missing", []int64{0, -1, 999}, map[int64]string{}},
	} {
		err := s.View(ctx, func(tx *Tx) error {
			got, err := tx.ContactsByID(ctx, tc.ids)
			if err != nil {
				return err
			}
			emails := map[int64]string{}
			for id, c := range got {
				if c.ID != id {
					t.Errorf("%s: contact %d filed under %d", tc.name, c.ID, id)
				}
				emails[id] = c.Email
			}
			if !maps.Equal(emails, tc.want) {
				t.Errorf("%s: %v, want %v", tc.name, emails, tc.want)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
	}
}

// The funnel's outreach counts every contact but the referrals not written
// to yet; it is computed from row_counts and contacts_unreached (0009).
func TestFunnel_outreach(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		contacts []Contact
		want     int
	}{
		{"none", nil, 0},
		{"a referral not written to", []Contact{{Status: ToContact}}, 0},
		{"a referral written to", []Contact{{Status: ToContact, OutreachAt: t0}}, 1},
		{"an outreach not dated", []Contact{{Status: AwaitingReply}}, 1},
		{"mixed", []Contact{{Status: ToContact}, {Status: ToContact, OutreachAt: t0}, {Status: AwaitingReply, OutreachAt: t0},
			{Status: Scheduled}, {Status: ToContact}}, 3},
	} {
		s, _ := openTest(t)
		err := s.InTx(ctx, func(tx *Tx) error {
			for i, c := range tc.contacts {
				c.Email = fmt.Sprintf("c%d@example.org", i)
				if err := tx.SaveContact(ctx, &c); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		s.View(ctx, func(tx *Tx) error {
			f, err := tx.Funnel(ctx, t0)
			if err != nil || f.Outreach != tc.want {
				t.Errorf("%s: outreach %d, %v; want %d", tc.name, f.Outreach, err, tc.want)
			}
			return nil
		})
	}
}
