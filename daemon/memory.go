package daemon

import (
	"context"
	"runtime/debug"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
)

// releaseLoop gives memory back to the system once a burst of work is over:
// a backlog's catch-up leaves SQLite's page cache full and the Go heap
// grown, which the runtime returns only slowly (its live data at rest is
// 2-4 MB). After intake, once neither intake nor the outbox has had work
// for d.settle (5 s), it empties SQLite's caches, runs debug.FreeOSMemory
// (one GC, a few milliseconds for a heap this small) and hands back the
// program's code pages (pageOutCode).
func (d *Daemon) releaseLoop(ctx context.Context) error {
	t := time.NewTimer(time.Hour)
	t.Stop()
	pending := false
	for {
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-d.worked:
			pending = true
			t.Reset(d.settle)
		case <-t.C:
			if !pending {
				continue
			}
			var next time.Time
			err := d.store.View(ctx, func(tx *store.Tx) error {
				var err error
				next, err = tx.NextMailAt(ctx)
				return err
			})
			if err == nil && !next.IsZero() && next.Before(d.now().Add(d.settle)) {
				t.Reset(d.settle) // the outbox is still draining
				continue
			}
			pending = false
			if err := d.store.ReleaseMemory(ctx); err != nil && ctx.Err() == nil {
				d.log.Debug("release memory", "err", err)
			}
			debug.FreeOSMemory()
			if err := pageOutCode(); err != nil {
				d.log.Debug("page out code", "err", err)
			}
			d.releases.Add(1)
		}
	}
}
