package when

import "time"

// find is a placeholder replaced by the real extractor.
func find(text string, ref time.Time, loc *time.Location) []Span { return nil }
