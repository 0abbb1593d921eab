package store

import (
	"fmt"
	"testing"
	"time"
)

// TestContactsLimited: the first few of a status in Contacts' order, the
// count of all, and the outreach_at/due_at cut-off.
func TestContactsLimited(t *testing.T) {
	s, _ := openTest(t)
	ctx := t.Context()
	day := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	if err := s.InTx(ctx, func(tx *Tx) error {
		for i := range 6 {
			// Saved in reverse name order: the listing sorts.
			c := &Contact{Name: fmt.Sprintf("Waiting %d", 5-i), Email: fmt.Sprintf("w%d@example.org", 5-i), Status: AwaitingReply,
				OutreachAt: day.AddDate(0, 0, -(5 - i))}
			if err := tx.SaveContact(ctx, c); err != nil {
				return err
			}
		}
		return tx.SaveContact(ctx, &Contact{Name: "No Outreach", Email: "n@example.org", Status: AwaitingReply})
	}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		at        string
		since     time.Time
		limit     int
		wantNames []string
		wantTotal int
	}{
		{"", time.Time{}, 3, []string{"No Outreach", "Waiting 0", "Waiting 1"}, 7},
		{"outreach_at", day.AddDate(0, 0, -3), 2, []string{"Waiting 3", "Waiting 4"}, 3},
		{"outreach_at", day, 10, []string{"Waiting 0", "Waiting 1", "Waiting 2", "Waiting 3", "Waiting 4", "Waiting 5"}, 6},
		{"due_at", day, 10, nil, 0},
	} {
		s.View(ctx, func(tx *Tx) error {
			got, total, err := tx.ContactsLimited(ctx, AwaitingReply, c.at, c.since, c.limit)
			var names []string
			for _, g := range got {
				names = append(names, g.Name)
			}
			if err != nil || total != c.wantTotal || fmt.Sprint(names) != fmt.Sprint(c.wantNames) {
				t.Errorf("ContactsLimited(%q, %s, %d) = %v, %d, %v; want %v, %d", c.at, c.since.Format(time.DateOnly), c.limit, names, total, err, c.wantNames, c.wantTotal)
			}
			return nil
		})
	}
	s.View(ctx, func(tx *Tx) error {
		if _, _, err := tx.ContactsLimited(ctx, AwaitingReply, "name; DROP TABLE contacts", time.Time{}, 1); err == nil {
			t.Error("an unknown column was accepted")
		}
		return nil
	})
}
