// Command mkstore writes the issue-9 "large" store for bench/commands.sh:
// store.FillLarge, the same records daemon/store's BenchmarkReports
// measures (by default 10,000 meetings an hour apart, 200 of them upcoming,
// 100,000 messages seen), around the current hour so that the commands,
// which read the real clock, see the same split of past and upcoming.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/coffeechat/coffeechat/daemon/store"
)

func main() {
	path := flag.String("db", "", "database to create (must not exist)")
	meetings := flag.Int("meetings", 10000, "meetings (one contact each)")
	upcoming := flag.Int("upcoming", 200, "of them, how many start after now")
	seen := flag.Int("seen", 100000, "messages seen")
	flag.Parse()
	if *path == "" {
		log.Fatal("mkstore: -db PATH is required")
	}
	if _, err := os.Stat(*path); err == nil {
		log.Fatalf("mkstore: %s exists; remove it first", *path)
	}
	ctx := context.Background()
	now := time.Now().Truncate(time.Hour)
	st, err := store.Open(ctx, *path, nil)
	if err != nil {
		log.Fatalf("mkstore: %v", err)
	}
	if err := store.FillLarge(ctx, st, now, *meetings, *upcoming, *seen); err != nil {
		log.Fatalf("mkstore: %v", err)
	}
	if err := st.Close(); err != nil {
		log.Fatalf("mkstore: close: %v", err)
	}
	fmt.Printf("%s: %d meetings (%d upcoming), %d messages seen, around %s\n", *path, *meetings, *upcoming, *seen, now.Format(time.RFC3339))
}
