//go:build !linux

package daemon

// pageOutCode is Linux's (MADV_PAGEOUT); elsewhere the pages stay.
func pageOutCode() error { return nil }
