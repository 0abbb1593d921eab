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
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when a looked-up record does not exist.
var ErrNotFound = errors.New("not found")

// Store is the open database.
type Store struct {
	db  *sql.DB
	now func() time.Time

	// stmts are the queries prepared once for the store's life: a
	// transaction uses them through sql.Tx.StmtContext, which takes the
	// driver's statement already prepared on the (single) connection
	// rather than preparing the text again (each prepare costs more than
	// most of intake's statements; the outbox drain prepared one per
	// email). A query is added once a second transaction ran it (see
	// promote); db.Prepare cannot run while a transaction holds the one
	// connection.
	mu     sync.Mutex
	stmts  map[string]*sql.Stmt // guarded by mu
	closed bool                 // guarded by mu
	// promotable counts the pending queries asked for twice; guarded by mu.
	promotable int
	pending    map[string]int // transactions that prepared it themselves; guarded by mu
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
	//   temp_store=MEMORY keeps statement journals in memory: intake's
	//   per-message savepoints (Tx.Savepoint) otherwise copy every page
	//   they change to a temporary file first (write syscalls, 15% of a
	//   backlog's CPU);
	//   wal_autocheckpoint(8000) checkpoints every 32 MB of WAL rather
	//   than every 4 MB: a backlog's commits rewrite the same index pages,
	//   and each checkpoint costs two fsyncs on the committing goroutine;
	//   journal_size_limit gives the disk back after a checkpoint;
	//   _txlock=immediate takes the write lock at BEGIN, because our
	//   transactions read then write and a deferred upgrade fails with
	//   SQLITE_BUSY without honouring busy_timeout (library-notes §4).
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Add("_pragma", "wal_autocheckpoint(8000)")
	q.Add("_pragma", "journal_size_limit(8388608)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	// One writer connection: SQLite allows one writer anyway, and a single
	// connection keeps transactions strictly ordered.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, now: now, stmts: map[string]*sql.Stmt{}, pending: map[string]int{}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// ReleaseMemory gives back the memory SQLite holds for caching (the page
// cache a backlog filled); it fills again as needed.
func (s *Store) ReleaseMemory(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `PRAGMA shrink_memory`); err != nil {
		return fmt.Errorf("shrink memory: %w", err)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	s.closed = true
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

// maxStoreStmts bounds the statements kept for the store's life; query
// texts built at run time (IN lists) would otherwise grow it.
const maxStoreStmts = 128

// promote prepares, on the store, the queries that a second transaction
// has asked for (a command that runs one query once never pays for
// preparing it twice). It runs when no transaction of the caller holds
// the connection.
func (s *Store) promote(ctx context.Context) {
	s.mu.Lock()
	var qs []string
	for q, n := range s.pending {
		if n >= 2 {
			qs = append(qs, q)
			delete(s.pending, q)
		}
	}
	s.promotable = 0
	s.mu.Unlock()
	for _, q := range qs {
		st, err := s.db.PrepareContext(context.WithoutCancel(ctx), q)
		if err != nil {
			continue // transactions go on preparing it themselves
		}
		s.mu.Lock()
		if s.closed || s.stmts[q] != nil || len(s.stmts) >= maxStoreStmts {
			st.Close()
		} else {
			s.stmts[q] = st
		}
		s.mu.Unlock()
	}
}

// shared returns the store's statement for query, or nil (and notes the
// query for promote).
func (s *Store) shared(query string) *sql.Stmt {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.stmts[query]; st != nil {
		return st
	}
	if _, ok := s.pending[query]; ok || (!s.closed && len(s.stmts)+len(s.pending) < maxStoreStmts) {
		s.pending[query]++
		if s.pending[query] == 2 {
			s.promotable++
		}
	}
	return nil
}

// hasPending reports whether promote has work.
func (s *Store) hasPending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.promotable > 0
}

// Now returns the store's clock reading.
func (s *Store) Now() time.Time { return s.now() }

// Tx is one transaction. Every timestamp written in it is Now.
type Tx struct {
	tx  *stmtTx
	Now time.Time
}

// stmtTx runs the store's queries in one *sql.Tx, preparing each query
// text once per transaction. modernc's driver otherwise parses and plans
// every statement anew (12% of the CPU of a backlog intake), and a batch of
// intake (see Savepoint) runs the same dozen queries fifty times. The
// statements are closed with the transaction, so nothing outlives it.
type stmtTx struct {
	s     *Store
	sqltx *sql.Tx
	stmts map[string]*sql.Stmt
}

// maxTxStmts bounds the statements kept per transaction; a query text
// built at run time (an IN list) past it runs unprepared.
const maxTxStmts = 64

func (t *stmtTx) stmt(ctx context.Context, query string) *sql.Stmt {
	if st, ok := t.stmts[query]; ok {
		return st
	}
	if len(t.stmts) >= maxTxStmts {
		return nil
	}
	var st *sql.Stmt
	if shared := t.s.shared(query); shared != nil {
		st = t.sqltx.StmtContext(ctx, shared)
	} else {
		var err error
		if st, err = t.sqltx.PrepareContext(ctx, query); err != nil {
			return nil // run unprepared, which reports the same error
		}
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[query] = st
	return st
}

// The statements of a transaction run without ctx's cancellation: the
// transaction itself ends with the context it began with (database/sql
// rolls it back then), and modernc starts a goroutine per statement to
// watch a context that can end (5% of a backlog's CPU, more in scheduling
// delay). ctx's values still reach the driver.

func (t *stmtTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx = context.WithoutCancel(ctx)
	if st := t.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return t.sqltx.ExecContext(ctx, query, args...)
}

func (t *stmtTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx = context.WithoutCancel(ctx)
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return t.sqltx.QueryContext(ctx, query, args...)
}

func (t *stmtTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	ctx = context.WithoutCancel(ctx)
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return t.sqltx.QueryRowContext(ctx, query, args...)
}

// InTx runs fn in a transaction, committing when fn returns nil and rolling
// back otherwise.
func (s *Store) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer s.promoteAfter(ctx)
	defer sqltx.Rollback()
	if err := fn(&Tx{tx: &stmtTx{s: s, sqltx: sqltx}, Now: s.now().UTC()}); err != nil {
		return err
	}
	if err := sqltx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// promoteAfter runs promote once the transaction has released the
// connection.
func (s *Store) promoteAfter(ctx context.Context) {
	if s.hasPending() {
		s.promote(ctx)
	}
}

// View runs fn in a transaction that is always rolled back: for reads.
func (s *Store) View(ctx context.Context, fn func(tx *Tx) error) error {
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer s.promoteAfter(ctx)
	defer sqltx.Rollback()
	return fn(&Tx{tx: &stmtTx{s: s, sqltx: sqltx}, Now: s.now().UTC()})
}

// Savepoint runs fn inside a SAVEPOINT of tx: when fn fails, what it wrote
// is rolled back and the transaction goes on without it (fn's error is
// returned). Many messages can so share one commit while one that fails
// takes back only its own writes. An error from the savepoint itself
// means the transaction is unusable and must be rolled back.
func (tx *Tx) Savepoint(ctx context.Context, fn func() error) (fnErr, err error) {
	if _, err := tx.tx.ExecContext(ctx, `SAVEPOINT sp`); err != nil {
		return nil, fmt.Errorf("savepoint: %w", err)
	}
	if fnErr = fn(); fnErr != nil {
		if _, err := tx.tx.ExecContext(ctx, `ROLLBACK TO sp`); err != nil {
			return fnErr, fmt.Errorf("rollback to savepoint: %w", err)
		}
	}
	if _, err := tx.tx.ExecContext(ctx, `RELEASE sp`); err != nil {
		return fnErr, fmt.Errorf("release savepoint: %w", err)
	}
	return fnErr, nil
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
