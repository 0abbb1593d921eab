package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// errLocked means another coffeechat works the same database.
var errLocked = errors.New("another coffeechat is running on this database")

// lockDatabase takes an exclusive, advisory lock next to the database. Two
// processes working one outbox could both send the same row; with the lock,
// only one daemon runs, and one-off commands that send (summary --send) know
// whether to send themselves or leave it to the daemon. The lock goes with
// the process, so a killed daemon never leaves a stale one.
func lockDatabase(dbPath string) (unlock func(), err error) {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return nil, fmt.Errorf("create database folder: %w", err)
	}
	f, err := os.OpenFile(dbPath+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock database: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errLocked
		}
		return nil, fmt.Errorf("lock database: %w", err)
	}
	return func() { f.Close() }, nil
}
