//go:build linux

package daemon

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// rssKB reads a field of /proc/self/status ("RssFile"), in kB.
func rssKB(t *testing.T, field string) int {
	t.Helper()
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("no %s in /proc/self/status", field)
	return 0
}

// The program's code and read-only data leave the process's resident set
// (and fault back in as they are used: the test goes on running).
func TestPageOutCode(t *testing.T) {
	before := rssKB(t, "RssFile")
	err := pageOutCode()
	if errors.Is(err, unix.EINVAL) {
		t.Skipf("this kernel has no MADV_PAGEOUT (before Linux 5.4): %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	after := rssKB(t, "RssFile")
	if before < 4<<10 || after > before/2 {
		t.Errorf("RssFile %d kB before, %d kB after: want under half after", before, after)
	}
}
