//go:build linux

package daemon

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// pageOutCode asks the kernel to reclaim the pages of the program's own
// code and read-only data that this process holds (MADV_PAGEOUT, Linux
// 5.4). After a backlog they are most of the daemon's resident size
// (~19 MB of a ~29 MB binary: every parser, template and SQLite path was
// run), and none is needed while it waits in IDLE; the next mail faults
// back the pages it uses, once. Only read-only mappings of the executable
// are advised: nothing written is dropped. A kernel without the advice
// refuses it (EINVAL) and nothing changes.
func pageOutCode() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return err
	}
	defer f.Close()
	var errs []error
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "00400000-00c1f000 r-xp 00000000 fd:01 1234 /usr/bin/coffeechat"
		fs := strings.Fields(sc.Text())
		if len(fs) < 6 || fs[5] != exe || (fs[1] != "r-xp" && fs[1] != "r--p") {
			continue
		}
		lo, hi, ok := strings.Cut(fs[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if !ok || err1 != nil || err2 != nil || end <= start {
			continue
		}
		// A raw address range, not a Go slice: unix.Madvise would need
		// one made from the address with unsafe.
		if _, _, e := unix.Syscall(unix.SYS_MADVISE, uintptr(start), uintptr(end-start), unix.MADV_PAGEOUT); e != 0 {
			errs = append(errs, e)
		}
	}
	return errors.Join(append(errs, sc.Err())...)
}
