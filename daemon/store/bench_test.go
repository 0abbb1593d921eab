package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// benchNow is the clock of the filled database: half its meetings are
// before it, half after.
var benchNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// fillLarge opens a new database and writes the "large" store
// into it (FillLarge, with benchNow as now).
func fillLarge(tb testing.TB, meetings, upcoming, seen int) *Store {
	tb.Helper()
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(tb.TempDir(), "large.db"), func() time.Time { return benchNow })
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if err := FillLarge(ctx, st, benchNow, meetings, upcoming, seen); err != nil {
		tb.Fatal(err)
	}
	return st
}

// The reading commands over a large store: `coffeechat status` (Counts,
// the next calls, pending jobs), `coffeechat meetings` (all of them) and
// the weekly summary's queries (the week around now, referrals and
// contacts awaiting a reply, the funnel). The bound is 50 ms each.
// 10,000 meetings of which 200 upcoming: `status` lists every upcoming
// meeting and pending job, so its cost follows those, not the history
// (COFFEECHAT_BENCH_UPCOMING=5000 shows the far end).
func BenchmarkReports(b *testing.B) {
	ctx := context.Background()
	upcoming := 200
	if v, err := strconv.Atoi(os.Getenv("COFFEECHAT_BENCH_UPCOMING")); err == nil {
		upcoming = v
	}
	st := fillLarge(b, 10000, upcoming, 100000)
	view := func(b *testing.B, fn func(tx *Tx) error) {
		for b.Loop() {
			if err := st.View(ctx, fn); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("status", func(b *testing.B) {
		view(b, func(tx *Tx) error {
			if _, err := tx.Counts(ctx, benchNow); err != nil {
				return err
			}
			if _, err := tx.ListMeetings(ctx, MeetingFilter{Upcoming: true, Now: benchNow, Limit: 5}); err != nil {
				return err
			}
			_, err := tx.PendingJobs(ctx)
			return err
		})
	})
	b.Run("meetings", func(b *testing.B) {
		view(b, func(tx *Tx) error {
			ms, err := tx.ListMeetings(ctx, MeetingFilter{Now: benchNow})
			if err == nil && len(ms) != 10000 {
				err = fmt.Errorf("%d meetings, want 10000", len(ms))
			}
			return err
		})
	})
	b.Run("meetings_table", func(b *testing.B) {
		// What `coffeechat meetings` reads for its table: the listed
		// columns only, streamed.
		view(b, func(tx *Tx) error {
			n := 0
			err := tx.EachMeetingLine(ctx, MeetingFilter{Now: benchNow}, func(*MeetingLine) error {
				n++
				return nil
			})
			if err == nil && n != 10000 {
				err = fmt.Errorf("%d meetings, want 10000", n)
			}
			return err
		})
	})
	b.Run("weekly_summary", func(b *testing.B) {
		view(b, func(tx *Tx) error {
			if _, err := tx.MeetingsBetween(ctx, benchNow, benchNow.AddDate(0, 0, 7), false); err != nil {
				return err
			}
			if _, err := tx.MeetingsBetween(ctx, benchNow.AddDate(0, 0, -7), benchNow, false); err != nil {
				return err
			}
			if _, err := tx.Contacts(ctx, ToContact); err != nil {
				return err
			}
			if _, err := tx.Contacts(ctx, AwaitingReply); err != nil {
				return err
			}
			_, err := tx.Funnel(ctx, benchNow)
			return err
		})
	})
	b.Run("busy_check", func(b *testing.B) {
		// What intake asks per forwarded thread: meetings overlapping one
		// offered slot.
		view(b, func(tx *Tx) error {
			_, err := tx.Busy(ctx, benchNow.Add(30*time.Hour), benchNow.Add(31*time.Hour))
			return err
		})
	})
}

// TestReportQueryPlans checks with EXPLAIN QUERY PLAN that the queries the
// reading commands and intake run on every call do not scan the tables that
// grow without bound (messages_seen, outbox, meetings, jobs), except where
// the whole table is the answer (`coffeechat meetings`).
func TestReportQueryPlans(t *testing.T) {
	ctx := context.Background()
	st := fillLarge(t, 300, 20, 3000)
	now := unix(benchNow)
	queries := []struct {
		name string
		q    string
		args []any
	}{
		{"counts by status and kind", `SELECT tbl, key, n FROM row_counts WHERE n > 0`, nil},
		{"last message", `SELECT MAX(seen_at) FROM messages_seen`, nil},
		{"upcoming count", `SELECT COUNT(*) FROM meetings WHERE status != 'cancelled' AND end_at > ?`, []any{now}},
		{"outbox pending", `SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL`, nil},
		{"outbox failed", `SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL`, nil},
		{"outbox sent", `SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL`, nil},
		{"jobs pending", `SELECT COUNT(*) FROM jobs WHERE done_at IS NULL`, nil},
		{"busy", `SELECT start_at, end_at FROM meetings INDEXED BY meetings_busy
			WHERE status != 'cancelled' AND end_at > ? AND start_at < ? ORDER BY start_at`, []any{now, now + 3600}},
		{"funnel outreach", `SELECT (SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = 'contacts') -
			(SELECT COUNT(*) FROM contacts WHERE status = 'to_contact' AND outreach_at IS NULL)`, nil},
		{"funnel calls", `SELECT COUNT(*) FROM meetings WHERE status IN ('held', 'confirmed', 'proposed') AND start_at <= ?`, []any{now}},
		{"funnel thank-yous", `SELECT COUNT(*) FROM meetings WHERE thank_you = 'sent'`, nil},
		{"funnel replies", `SELECT COUNT(*) FROM contacts WHERE replied_at IS NOT NULL`, nil},
		{"funnel referrals", `SELECT COUNT(*) FROM contacts WHERE referred_by IS NOT NULL`, nil},
		{"seen", `SELECT 1 FROM messages_seen WHERE message_id = ?`, []any{"m1@example.org"}},
		{"past count", `SELECT COUNT(*) FROM meetings m WHERE m.end_at <= ? AND m.status != 'cancelled'`, []any{now}},
		// The weekly summary's first fifteen of a status, by name
		// (ContactsLimited): in index order, no sort of every one.
		{"summary contacts", `SELECT id FROM contacts WHERE status = ? ORDER BY name COLLATE NOCASE, email LIMIT ?`, []any{ToContact, 15}},
	}
	// `coffeechat meetings`' last calls held: meetings_start read backwards
	// up to the limit, not every past meeting sorted.
	latest, latestArgs := MeetingFilter{Past: true, Now: benchNow, Limit: 10, Latest: true}.query(
		`SELECT m.id, m.start_at, c.email FROM meetings m JOIN contacts c ON c.id = m.contact_id`)
	// and its calls to come: the end_at range of meetings_busy, not every
	// meeting from the first by meetings_start.
	upcoming, upcomingArgs := MeetingFilter{Upcoming: true, Now: benchNow}.query(
		`SELECT m.id, m.start_at, c.email FROM meetings m JOIN contacts c ON c.id = m.contact_id`)
	queries = append(queries, struct {
		name string
		q    string
		args []any
	}{"latest past", latest, latestArgs}, struct {
		name string
		q    string
		args []any
	}{"upcoming", upcoming, upcomingArgs})
	err := st.View(ctx, func(tx *Tx) error {
		for _, q := range queries {
			rows, err := tx.tx.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q.q, q.args...)
			if err != nil {
				return fmt.Errorf("%s: %w", q.name, err)
			}
			var plan []string
			for rows.Next() {
				var id, parent, notused int
				var detail string
				if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
					rows.Close()
					return err
				}
				plan = append(plan, detail)
			}
			rows.Close()
			if q.name == "latest past" && !slices.Contains(plan, "SCAN m USING INDEX meetings_start") {
				t.Errorf("%s: plan %q does not walk meetings_start", q.name, strings.Join(plan, "; "))
			}
			if q.name == "funnel calls" && !slices.Contains(plan, "SEARCH meetings USING COVERING INDEX meetings_status_start (status=? AND start_at<?)") ||
				q.name == "funnel outreach" && !slices.ContainsFunc(plan, func(p string) bool { return strings.Contains(p, "COVERING INDEX contacts_unreached") }) {
				t.Errorf("%s: plan %q does not count from its index alone", q.name, strings.Join(plan, "; "))
			}
			if q.name == "summary contacts" && (!slices.ContainsFunc(plan, func(p string) bool { return strings.Contains(p, "INDEX contacts_status_name (status=?)") }) ||
				slices.ContainsFunc(plan, func(p string) bool { return strings.Contains(p, "TEMP B-TREE") })) {
				t.Errorf("%s: plan %q does not read contacts_status_name in order", q.name, strings.Join(plan, "; "))
			}
			if q.name == "upcoming" && !slices.Contains(plan, "SEARCH m USING INDEX meetings_busy (end_at>?)") {
				t.Errorf("%s: plan %q does not take the end_at range of meetings_busy", q.name, strings.Join(plan, "; "))
			}
			for _, p := range plan {
				// "SCAN t USING [COVERING] INDEX" walks an index (for
				// COUNT, a partial one), never the rows with their blobs.
				// row_counts has a row per status and kind: scanning it
				// is the point; a subquery's rows are its
				// LIMIT.
				if strings.HasPrefix(p, "SCAN ") && !strings.Contains(p, " INDEX ") && p != "SCAN row_counts" &&
					!strings.HasPrefix(p, "SCAN (subquery-") && p != "SCAN CONSTANT ROW" {
					t.Errorf("%s: plan %q scans a table", q.name, strings.Join(plan, "; "))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
