package store

import (
	"context"
	"fmt"
	"time"
)

// Funnel counts the owner's progress: outreach → replies → calls →
// thank-yous → referrals.
type Funnel struct {
	Outreach, Replies, Calls, ThankYous, Referrals int
}

// Funnel returns the counts as of now.
func (tx *Tx) Funnel(ctx context.Context, now time.Time) (Funnel, error) {
	var f Funnel
	err := tx.tx.QueryRowContext(ctx, `SELECT
		-- Every contact but the referrals not written to yet: the total
		-- kept in row_counts (0009) less those, from contacts_unreached.
		(SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = 'contacts') -
			(SELECT COUNT(*) FROM contacts WHERE status = 'to_contact' AND outreach_at IS NULL),
		(SELECT COUNT(*) FROM contacts WHERE replied_at IS NOT NULL),
		(SELECT COUNT(*) FROM meetings WHERE status IN ('held', 'confirmed', 'proposed') AND start_at <= ?),
		(SELECT COUNT(*) FROM meetings WHERE thank_you = 'sent'),
		(SELECT COUNT(*) FROM contacts WHERE referred_by IS NOT NULL)`, unix(now)).
		Scan(&f.Outreach, &f.Replies, &f.Calls, &f.ThankYous, &f.Referrals)
	if err != nil {
		return f, fmt.Errorf("funnel: %w", err)
	}
	return f, nil
}

// ReferredBy returns the contacts that id referred the owner to.
func (tx *Tx) ReferredBy(ctx context.Context, id int64) ([]*Contact, error) {
	rows, err := tx.tx.QueryContext(ctx, `SELECT `+contactCols+` FROM contacts WHERE referred_by = ? ORDER BY id`, id)
	if err != nil {
		return nil, fmt.Errorf("referrals of %d: %w", id, err)
	}
	defer rows.Close()
	var out []*Contact
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
