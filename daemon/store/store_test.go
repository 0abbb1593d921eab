package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 16, 14, 0, 0, 0, time.UTC)

func openTest(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cc.db")
	s, err := Open(context.Background(), path, func() time.Time { return t0 })
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestOpen_migratesAndReopens(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != LatestSchemaVersion() || v < 1 {
		t.Fatalf("SchemaVersion = %d, %v; want %d", v, err, LatestSchemaVersion())
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("database mode = %o, want 600", perm)
	}
	var mode string
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	// The WAL and its index hold recent writes (contacts, notes) until a
	// checkpoint: SQLite gives them the database file's mode.
	for _, f := range []string{path + "-wal", path + "-shm"} {
		fi, err := os.Stat(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
		} else if perm := fi.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s mode = %o, want 600", f, perm)
		}
	}
	s.Close()
	s2, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if v2, _ := s2.SchemaVersion(ctx); v2 != v {
		t.Errorf("after reopen version = %d, want %d", v2, v)
	}
}

func TestOpen_refusesNewerDatabase(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	if _, err := s.db.Exec(`INSERT INTO schema_version(version, name, applied_at) VALUES (999, 'future', 0)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path, nil); err == nil {
		t.Fatal("Open of a database from a newer coffeechat succeeded, want an error")
	}
}

func TestInTx_rollsBackOnError(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	boom := errors.New("boom")
	err := s.InTx(ctx, func(tx *Tx) error {
		if err := tx.SaveContact(ctx, &Contact{Email: "dana@northwind.example", Status: AwaitingReply}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("InTx = %v, want boom", err)
	}
	s.View(ctx, func(tx *Tx) error {
		if _, err := tx.ContactByEmail(ctx, "dana@northwind.example"); !errors.Is(err, ErrNotFound) {
			t.Errorf("contact after rollback: err = %v, want ErrNotFound", err)
		}
		return nil
	})
}

// TestSavepoint_rollsBackOnlyItsOwnWrites: in one transaction, a failed
// savepoint takes back its writes and the ones around it are committed.
func TestSavepoint_rollsBackOnlyItsOwnWrites(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	boom := errors.New("boom")
	err := s.InTx(ctx, func(tx *Tx) error {
		for _, c := range []struct {
			email string
			fail  bool
		}{{"a@x.example", false}, {"b@x.example", true}, {"c@x.example", false}} {
			fnErr, err := tx.Savepoint(ctx, func() error {
				if err := tx.SaveContact(ctx, &Contact{Email: c.email, Status: AwaitingReply}); err != nil {
					return err
				}
				if c.fail {
					return boom
				}
				return nil
			})
			if err != nil {
				return err
			}
			if (fnErr != nil) != c.fail || (c.fail && !errors.Is(fnErr, boom)) {
				t.Errorf("%s: Savepoint returned %v", c.email, fnErr)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.View(ctx, func(tx *Tx) error {
		for email, want := range map[string]bool{"a@x.example": true, "b@x.example": false, "c@x.example": true} {
			_, err := tx.ContactByEmail(ctx, email)
			if got := err == nil; got != want {
				t.Errorf("%s recorded = %v (%v), want %v", email, got, err, want)
			}
		}
		return nil
	})
}

// TestTx_manyQueryTexts: past the statements a transaction keeps
// prepared, queries still run (unprepared), and an invalid query reports
// its error.
func TestTx_manyQueryTexts(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	err := s.InTx(ctx, func(tx *Tx) error {
		for i := 0; i < maxTxStmts+10; i++ {
			var n int
			if err := tx.tx.QueryRowContext(ctx, fmt.Sprintf("SELECT %d", i)).Scan(&n); err != nil || n != i {
				t.Fatalf("query %d: %d, %v", i, n, err)
			}
			// The same text again: the prepared statement, or unprepared past the bound.
			if err := tx.tx.QueryRowContext(ctx, fmt.Sprintf("SELECT %d", i)).Scan(&n); err != nil || n != i {
				t.Fatalf("query %d again: %d, %v", i, n, err)
			}
		}
		if len(tx.tx.stmts) != maxTxStmts {
			t.Errorf("%d statements kept, want the bound %d", len(tx.tx.stmts), maxTxStmts)
		}
		if _, err := tx.tx.ExecContext(ctx, "UPDATE no_such_table SET x = 1"); err == nil || !strings.Contains(err.Error(), "no_such_table") {
			t.Errorf("invalid query: err = %v, want the table named", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestStore_sharedStatements: a query asked for by a second transaction
// is prepared once for the store and then used by every transaction,
// writes and reads alike, with the right results; a query run once stays
// the transaction's own; Close closes them.
func TestStore_sharedStatements(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	const once = "SELECT 41 + ?"
	if err := s.View(ctx, func(tx *Tx) error {
		var n int
		return tx.tx.QueryRowContext(ctx, once, 1).Scan(&n)
	}); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	before := len(s.stmts) // the migrations' own
	s.mu.Unlock()
	for i := 1; i <= 5; i++ {
		err := s.InTx(ctx, func(tx *Tx) error {
			if err := tx.SetCheckpoint(ctx, "INBOX", 7, uint32(i)); err != nil {
				return err
			}
			_, uid, err := tx.Checkpoint(ctx, "INBOX")
			if err == nil && uid != uint32(i) {
				t.Errorf("transaction %d: checkpoint at %d", i, uid)
			}
			return err
		})
		if err != nil {
			t.Fatalf("transaction %d: %v", i, err)
		}
	}
	s.mu.Lock()
	shared, pending := len(s.stmts), s.pending[once]
	s.mu.Unlock()
	if shared-before != 2 {
		t.Errorf("%d statements shared, want 2 (the checkpoint's write and read)", shared-before)
	}
	if pending != 1 {
		t.Errorf("a query run once: pending %d, want 1 and not shared", pending)
	}
	// A rolled-back transaction leaves the shared statements usable.
	boom := errors.New("boom")
	if err := s.InTx(ctx, func(tx *Tx) error {
		if err := tx.SetCheckpoint(ctx, "INBOX", 7, 99); err != nil {
			return err
		}
		return boom
	}); !errors.Is(err, boom) {
		t.Fatalf("InTx = %v", err)
	}
	if err := s.View(ctx, func(tx *Tx) error {
		_, uid, err := tx.Checkpoint(ctx, "INBOX")
		if err == nil && uid != 5 {
			t.Errorf("after the rollback: checkpoint at %d, want 5", uid)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

// TestSaveContact_writesWhatChanged: an update writes the columns that
// differ from the row as read (a column changed behind the struct's back
// stays), every changed field round-trips, and a save with no change
// writes nothing.
func TestSaveContact_writesWhatChanged(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	err := s.InTx(ctx, func(tx *Tx) error {
		c := &Contact{Email: "dana@northwind.example", Name: "Dana", Status: AwaitingReply}
		if err := tx.SaveContact(ctx, c); err != nil {
			return err
		}
		c.Status, c.Organization, c.RepliedAt, c.HasZone, c.ZoneOffset = Scheduled, "Northwind", t0, true, -5*3600
		c.ThreadRefs = []string{"a@x", "b@x"}
		if err := tx.SaveContact(ctx, c); err != nil {
			return err
		}
		if _, err := tx.tx.ExecContext(ctx, `UPDATE contacts SET name = 'Dana W.' WHERE id = ?`, c.ID); err != nil {
			return err
		}
		c.Role, c.ZoneName = "Director", "America/Chicago"
		if err := tx.SaveContact(ctx, c); err != nil {
			return err
		}
		got, err := tx.Contact(ctx, c.ID)
		if err != nil {
			return err
		}
		if got.Name != "Dana W." {
			t.Errorf("name %q: an unchanged column was written", got.Name)
		}
		if got.Status != Scheduled || got.Organization != "Northwind" || !got.RepliedAt.Equal(t0) || !got.HasZone ||
			got.ZoneOffset != -5*3600 || strings.Join(got.ThreadRefs, " ") != "a@x b@x" || got.Role != "Director" || got.ZoneName != "America/Chicago" {
			t.Errorf("changed fields not all saved: %+v", got)
		}
		if _, err := tx.tx.ExecContext(ctx, `UPDATE contacts SET updated_at = 7 WHERE id = ?`, got.ID); err != nil {
			return err
		}
		if err := tx.SaveContact(ctx, got); err != nil {
			return err
		}
		var updated int64
		if err := tx.tx.QueryRowContext(ctx, `SELECT updated_at FROM contacts WHERE id = ?`, got.ID).Scan(&updated); err != nil {
			return err
		}
		if updated != 7 {
			t.Errorf("a save without changes wrote the row (updated_at %d)", updated)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestRecords_roundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	start := time.Date(2026, 11, 24, 19, 0, 0, 0, time.UTC)
	err := s.InTx(ctx, func(tx *Tx) error {
		c := &Contact{Email: "Dana@Northwind.example", Name: "Dana Whitfield", Organization: "Northwind Health",
			Status: Scheduled, ThreadRefs: []string{"a@x", "b@x"}, LastMessageID: "b@x"}
		if err := tx.SaveContact(ctx, c); err != nil {
			return err
		}
		m := &Meeting{ContactID: c.ID, UID: "u1@coffeechat", Status: Proposed, Start: start, End: start.Add(20 * time.Minute)}
		if err := tx.SaveMeeting(ctx, m); err != nil {
			return err
		}
		if err := tx.LogMeeting(ctx, m.ID, "created", "from thread"); err != nil {
			return err
		}
		if _, err := tx.AddJob(ctx, JobThankYou, m.ID, start.Add(time.Hour)); err != nil {
			return err
		}
		return tx.Enqueue(ctx, &Mail{Kind: "invite", MessageID: "inv1@x", MeetingID: m.ID, From: "chats@x",
			Rcpts: []string{"owner@x"}, Raw: []byte("raw bytes")})
	})
	if err != nil {
		t.Fatal(err)
	}
	s.View(ctx, func(tx *Tx) error {
		c, err := tx.ContactByEmail(ctx, "dana@northwind.EXAMPLE")
		if err != nil {
			t.Fatalf("ContactByEmail (case-insensitive): %v", err)
		}
		if c.Name != "Dana Whitfield" || c.Organization != "Northwind Health" || len(c.ThreadRefs) != 2 || c.LastMessageID != "b@x" {
			t.Errorf("contact = %+v", c)
		}
		m, err := tx.MeetingByUID(ctx, "u1@coffeechat")
		if err != nil {
			t.Fatal(err)
		}
		if !m.Start.Equal(start) || m.End.Sub(m.Start) != 20*time.Minute || m.ThankYou != ThankYouPending {
			t.Errorf("meeting = %+v", m)
		}
		busy, _ := tx.Busy(ctx, start.Add(-time.Hour), start.Add(time.Hour))
		if len(busy) != 1 {
			t.Errorf("Busy = %v, want the one meeting", busy)
		}
		jobs, _ := tx.DueJobs(ctx, start, 10)
		if len(jobs) != 0 {
			t.Errorf("DueJobs before run_at = %d jobs, want 0", len(jobs))
		}
		jobs, _ = tx.DueJobs(ctx, start.Add(2*time.Hour), 10)
		if len(jobs) != 1 || jobs[0].Kind != JobThankYou || jobs[0].MeetingID != m.ID {
			t.Errorf("DueJobs = %+v", jobs)
		}
		mails, _ := tx.DueMail(ctx, t0, 10)
		if len(mails) != 1 || string(mails[0].Raw) != "raw bytes" || mails[0].Rcpts[0] != "owner@x" {
			t.Errorf("DueMail = %+v", mails)
		}
		return nil
	})
}

func TestOutbox_duplicateMessageIDRejected(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	add := func() error {
		return s.InTx(ctx, func(tx *Tx) error {
			return tx.Enqueue(ctx, &Mail{Kind: "x", MessageID: "same@x", From: "a@x", Rcpts: []string{"b@x"}, Raw: []byte("r")})
		})
	}
	if err := add(); err != nil {
		t.Fatal(err)
	}
	if err := add(); err == nil {
		t.Fatal("second Enqueue with the same Message-ID succeeded; the outbox must never hold a mail twice")
	}
}

func TestCheckpointAndSeen(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	err := s.InTx(ctx, func(tx *Tx) error {
		if v, u, err := tx.Checkpoint(ctx, "INBOX"); err != nil || v != 0 || u != 0 {
			t.Errorf("initial checkpoint = %d/%d, %v", v, u, err)
		}
		if err := tx.SetCheckpoint(ctx, "INBOX", 7, 42); err != nil {
			return err
		}
		if err := tx.SetCheckpoint(ctx, "INBOX", 7, 43); err != nil {
			return err
		}
		return tx.MarkSeen(ctx, Seen{MessageID: "m1@x", UIDValidity: 7, UID: 43, Kind: "thread"})
	})
	if err != nil {
		t.Fatal(err)
	}
	s.View(ctx, func(tx *Tx) error {
		v, u, _ := tx.Checkpoint(ctx, "INBOX")
		if v != 7 || u != 43 {
			t.Errorf("checkpoint = %d/%d, want 7/43", v, u)
		}
		if ok, _ := tx.Seen(ctx, "m1@x"); !ok {
			t.Error("Seen(m1) = false")
		}
		if ok, _ := tx.Seen(ctx, "m2@x"); ok {
			t.Error("Seen(m2) = true")
		}
		return nil
	})
}

func TestMigrate_upgradesFrozenV1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	v1, err := os.ReadFile("testdata/v1-schema.sql")
	if err != nil {
		t.Fatal(err)
	}
	// Build a version-1 database by hand, as the first release left it.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`,
		string(v1),
		`INSERT INTO schema_version VALUES (1, '0001_init.sql', 0)`,
		`INSERT INTO contacts(email, name, status, created_at, updated_at) VALUES ('dana@northwind.example', 'Dana', 'replied', 0, 0)`,
		`INSERT INTO outbox(kind, message_id, env_from, rcpts, subject, raw, created_at, next_attempt_at)
			VALUES ('invite', 'invite.1@x', 'chats@x', '["owner@x"]', 'Invitation', X'7261772062797465730d0a', 0, 0)`,
		`INSERT INTO messages_seen(message_id, kind, seen_at) VALUES ('m1@x', 'thread', 0), ('m2@x', 'thread', 0), ('m3@x', 'reply', 0)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%.40s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("Open of a v1 database: %v", err)
	}
	defer s.Close()
	if v, _ := s.SchemaVersion(ctx); v != LatestSchemaVersion() {
		t.Errorf("version after upgrade = %d, want %d", v, LatestSchemaVersion())
	}
	s.View(ctx, func(tx *Tx) error {
		c, err := tx.ContactByEmail(ctx, "dana@northwind.example")
		if err != nil || c.Name != "Dana" || c.LastWords != "" {
			t.Errorf("contact after upgrade = %+v, %v", c, err)
		}
		// 0008 moved the email's bytes to outbox_raw.
		m, err := tx.MailByMessageID(ctx, "invite.1@x")
		if err != nil || string(m.Raw) != "raw bytes\r\n" || m.Subject != "Invitation" {
			t.Errorf("outbox row after upgrade = %+v, %v", m, err)
		}
		// 0009 counted the contacts and messages already there.
		n, err := tx.Counts(ctx, time.Now())
		if err != nil || n.MessagesByKind["thread"] != 2 || n.MessagesByKind["reply"] != 1 || len(n.MessagesByKind) != 2 ||
			n.ContactsByStatus["replied"] != 1 || len(n.ContactsByStatus) != 1 {
			t.Errorf("counts after upgrade = %+v, %v; want messages thread 2, reply 1; contacts replied 1", n, err)
		}
		return nil
	})
}

// Each migration runs in a transaction with its schema_version row: one
// that fails halfway leaves neither its first statements nor its version,
// and the next start runs it again from the beginning.
func TestMigrate_eachInItsOwnTransaction(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	rows, err := s.db.Query(`SELECT version, name FROM schema_version ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			t.Fatal(err)
		}
		names = append(names, fmt.Sprintf("%d %s", v, name))
	}
	rows.Close()
	var want []string
	for _, m := range ms {
		want = append(want, fmt.Sprintf("%d %s", m.version, m.name))
	}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("schema_version rows = %v, want one per file %v", names, want)
	}

	next := len(ms) + 1
	broken := migration{version: next, name: "broken.sql",
		sql: "CREATE TABLE half_done (x INTEGER);\nINSERT INTO half_done VALUES (1);\nINSERT INTO no_such_table VALUES (1);"}
	err = s.applyMigrations(ctx, append(ms, broken))
	if err == nil || !strings.Contains(err.Error(), "migration broken.sql") {
		t.Fatalf("applyMigrations with a failing migration = %v, want an error naming it", err)
	}
	if v, _ := s.SchemaVersion(ctx); v != len(ms) {
		t.Errorf("version after the failed migration = %d, want %d", v, len(ms))
	}
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("the failed migration's first statement stayed (tables named half_done: %d, %v)", n, err)
	}

	fixed := migration{version: next, name: "fixed.sql", sql: "CREATE TABLE half_done (x INTEGER);\nINSERT INTO half_done VALUES (1);"}
	if err := s.applyMigrations(ctx, append(ms, fixed)); err != nil {
		t.Fatalf("the migration again, fixed: %v", err)
	}
	if v, _ := s.SchemaVersion(ctx); v != next {
		t.Errorf("version = %d, want %d", v, next)
	}
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM half_done`).Scan(&n); err != nil || n != 1 {
		t.Errorf("half_done rows = %d, %v; want 1", n, err)
	}
}
