// Package store is coffeechat's SQLite database (modernc.org/sqlite, pure
// Go): schema migrations, and the records and queries the daemon needs. All
// SQL lives here. Instants are stored as unix seconds in UTC.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when a looked-up record does not exist.
var ErrNotFound = errors.New("not found")

// Store is the open database.
type Store struct {
	db  *sql.DB
	now func() time.Time
}

// Open opens (creating when missing, mode 0600) and migrates the database at
// path. now is the clock every transaction takes its timestamp from; nil
// means time.Now.
func Open(ctx context.Context, path string, now func() time.Time) (*Store, error) {
	if now == nil {
		now = time.Now
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create database folder: %w", err)
		}
	}
	// Create the file ourselves so it is 0600 from the first byte: it holds
	// the owner's contacts and notes.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	f.Close()

	// Pragmas run on every pooled connection:
	//   busy_timeout first, so the others wait rather than fail;
	//   WAL lets readers (status, summary) run beside the writer;
	//   synchronous=NORMAL is durable across process crashes in WAL mode
	//   (only an OS crash may lose the last transactions);
	//   foreign_keys is off by default in SQLite;
	//   _txlock=immediate takes the write lock at BEGIN, because our
	//   transactions read then write and a deferred upgrade fails with
	//   SQLITE_BUSY without honouring busy_timeout (library-notes §4).
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	// One writer connection: SQLite allows one writer anyway, and a single
	// connection keeps transactions strictly ordered.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, now: now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Now returns the store's clock reading.
func (s *Store) Now() time.Time { return s.now() }

// Tx is one transaction. Every timestamp written in it is Now.
type Tx struct {
	tx  *sql.Tx
	Now time.Time
}

// InTx runs fn in a transaction, committing when fn returns nil and rolling
// back otherwise.
func (s *Store) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer sqltx.Rollback()
	if err := fn(&Tx{tx: sqltx, Now: s.now().UTC()}); err != nil {
		return err
	}
	if err := sqltx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// View runs fn in a transaction that is always rolled back: for reads.
func (s *Store) View(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer sqltx.Rollback()
	return fn(&Tx{tx: sqltx, Now: s.now().UTC()})
}

func unix(t time.Time) int64 { return t.Unix() }

// nullUnix stores a zero time as NULL.
func nullUnix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func fromUnix(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.Unix(v.Int64, 0).UTC()
}
