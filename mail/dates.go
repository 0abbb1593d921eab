package mail

import (
	netmail "net/mail"
	"strconv"
	"strings"
	"time"
)

// parseLooseDate reads a date the way mail clients show it in forward
// headers and attribution lines:
//
//	Mon, 16 Nov 2026 09:14:00 -0500              (Thunderbird, RFC 5322)
//	Mon, Nov 16, 2026 at 9:14 AM                 (Gmail, no zone)
//	Monday, November 16, 2026 9:14 AM            (Outlook, no zone)
//	November 16, 2026 at 9:14:22 AM EST          (Apple Mail)
//	Monday, November 16, 2026, 09:14:22 AM GMT+1 (Yahoo)
//	On Monday, November 16th, 2026 at 9:14 AM    (Proton)
//	11/16/26 9:14 AM, 16.11.2026 14:14, 2026-11-16 14:14
//
// A date that names a zone or offset is returned in it with hasZone set;
// otherwise it is read in loc. ok is false when no day, month, year and
// hour could be found. It never panics and does no allocation-heavy work,
// because it runs on every header line that looks like a date.
func parseLooseDate(s string, loc *time.Location) (t time.Time, hasZone bool, ok bool) {
	t, hasZone, ok = scanDate(s, loc)
	if !ok && len(s) <= 200 && strings.IndexByte(s, ':') > 0 {
		// The standard parser knows RFC 5322 forms the scanner may not
		// (obsolete zones, odd spacing). It is tried last because it is
		// slow to fail, and most dates here are not RFC 5322.
		if t, err := netmail.ParseDate(strings.TrimSpace(s)); err == nil {
			return t, true, true
		}
	}
	return t, hasZone, ok
}

// scanDate reads the date word by word; see parseLooseDate.
func scanDate(s string, loc *time.Location) (t time.Time, hasZone bool, ok bool) {
	if loc == nil {
		loc = time.UTC
	}
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return time.Time{}, false, false
	}

	var (
		year, month, day    = -1, -1, -1
		hour, minute, sec   = -1, 0, 0
		ampm                = 0 // 1 am, 2 pm
		offset              = 0
		zoneName            string
		haveZone, haveNumMD bool
		yearFirst           bool
		nums                []int
	)
	// CJK dates: "2026年11月16日(月) 9:14".
	if strings.ContainsAny(s, "年月日") {
		s = strings.NewReplacer("年", " ", "月", " ", "日", " ", "時", ":", "分", " ").Replace(s)
	}
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '\u00a0' || r == '\u202f' || r == '(' || r == ')'
	})
	for _, f := range fields {
		// Words compare without case and without allocating.
		switch {
		case eqAny(f, "at", "on", "the", "of", "um", "à", "a"):
			continue
		case eqAny(f, "am", "a.m.", "a.m"):
			ampm = 1
			continue
		case eqAny(f, "pm", "p.m.", "p.m"):
			ampm = 2
			continue
		}
		if isWeekday(f) {
			continue
		}
		if m := monthNumber(f); m > 0 {
			month = m
			continue
		}
		if off, name, zok := parseZone(f); zok {
			if !haveZone {
				offset, zoneName, haveZone = off, name, true
			}
			continue
		}
		if strings.IndexByte(f, ':') > 0 {
			// A time, possibly with am/pm glued on ("9:14AM").
			tf := f
			if n := len(tf); n > 2 && strings.EqualFold(tf[n-2:], "am") {
				ampm, tf = 1, tf[:n-2]
			} else if n > 2 && strings.EqualFold(tf[n-2:], "pm") {
				ampm, tf = 2, tf[:n-2]
			}
			if h, m, sc, tok := parseClock(tf); tok && hour < 0 {
				hour, minute, sec = h, m, sc
			}
			continue
		}
		if strings.ContainsAny(f, "/.-") && f[0] >= '0' && f[0] <= '9' {
			if y, m, d, dok := parseNumericDate(f); dok {
				if !haveNumMD {
					year, month, day, haveNumMD = y, m, d, true
				}
				continue
			}
			// "16." (German day) falls through to the bare numbers.
		}
		// A bare number: day, year, or an ordinal ("16th").
		num := strings.TrimRight(f, ".")
		for _, suf := range [...]string{"st", "nd", "rd", "th"} {
			if n := len(num); n > 2 && strings.EqualFold(num[n-2:], suf) {
				num = num[:n-2]
				break
			}
		}
		n, err := strconv.Atoi(num)
		if err != nil || n < 0 || len(nums) >= 4 {
			continue
		}
		if len(num) == 4 && year < 0 {
			year, yearFirst = n, len(nums) == 0 && month < 0
			continue
		}
		nums = append(nums, n)
	}
	// Bare numbers: "Nov 16" or "16 Nov" give the day; after a leading
	// year with no month name ("2026年11月16日" once the CJK units are
	// spaces) they are month then day; a two-digit number after the day
	// is a short year.
	switch {
	case month > 0 && len(nums) > 0 && day < 0:
		day = nums[0]
		if len(nums) > 1 && year < 0 {
			year = 2000 + nums[1]
		}
	case month < 0 && yearFirst && len(nums) >= 2:
		month, day = nums[0], nums[1]
	}
	if month > 12 {
		return time.Time{}, false, false
	}
	if year < 0 || month < 1 || day < 1 || hour < 0 {
		return time.Time{}, false, false
	}
	if ampm == 2 && hour < 12 {
		hour += 12
	} else if ampm == 1 && hour == 12 {
		hour = 0
	}
	if hour > 23 || minute > 59 || sec > 60 || day > daysIn(month, year) || year < 1900 || year > 2200 {
		return time.Time{}, false, false
	}
	if haveZone {
		loc = time.FixedZone(zoneName, offset)
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, 0, loc), haveZone, true
}

func eqAny(f string, words ...string) bool {
	for _, w := range words {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

func daysIn(month, year int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseClock reads "9:14", "09:14:22", "14.05" is not accepted (too close
// to a numeric date).
func parseClock(s string) (h, m, sec int, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, false
	}
	vals := [3]int{}
	for i, p := range parts {
		if len(p) == 0 || len(p) > 2 {
			return 0, 0, 0, false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, 0, 0, false
		}
		vals[i] = n
	}
	return vals[0], vals[1], vals[2], true
}

// parseNumericDate reads 2026-11-16, 11/16/26, 11/16/2026, 16/11/2026 and
// 16.11.2026. Slashes are read month first unless the first number cannot be
// a month (US clients write 11/16/26; a UK 28/10/2021 still reads right).
func parseNumericDate(s string) (y, m, d int, ok bool) {
	s = strings.TrimRight(s, ".")
	var sep byte
	for _, c := range []byte{'-', '/', '.'} {
		if strings.IndexByte(s, c) > 0 {
			sep = c
			break
		}
	}
	if sep == 0 {
		return 0, 0, 0, false
	}
	parts := strings.Split(s, string(sep))
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || len(p) > 4 || len(p) == 0 {
			return 0, 0, 0, false
		}
		n[i] = v
	}
	switch {
	case len(parts[0]) == 4:
		y, m, d = n[0], n[1], n[2]
	case sep == '/' && n[0] <= 12:
		m, d, y = n[0], n[1], n[2]
	default:
		d, m, y = n[0], n[1], n[2]
	}
	if len(parts[2]) == 2 && len(parts[0]) != 4 {
		y += 2000
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

var (
	monthShort = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	monthLong  = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	dayShort   = [...]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
	dayLong    = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)

// monthNumber reads "nov", "Nov.", "November", "Sept" (any case) as 11 or 9;
// 0 for anything else.
func monthNumber(f string) int {
	f = strings.TrimRight(f, ".")
	if len(f) < 3 {
		return 0
	}
	for i := range monthShort {
		if strings.EqualFold(f, monthShort[i]) || strings.EqualFold(f, monthLong[i]) {
			return i + 1
		}
	}
	if strings.EqualFold(f, "sept") {
		return 9
	}
	return 0
}

func isWeekday(f string) bool {
	f = strings.TrimRight(f, ".")
	if len(f) < 3 {
		return false
	}
	for i := range dayShort {
		if strings.EqualFold(f, dayShort[i]) || strings.EqualFold(f, dayLong[i]) ||
			(len(f) == 4 && hasPrefixFold(dayLong[i], f)) { // "Tues", "Thur"
			return true
		}
	}
	return false
}

// zoneOffsets holds the abbreviations mail clients print after a time.
// Ambiguous ones take their most common meaning in English-language mail.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600, "AST": -4 * 3600, "ADT": -3 * 3600,
	"NST": -12600, "NDT": -9000,
	"BST": 3600, "IST": 19800, "CET": 3600, "CEST": 7200, "WEST": 3600,
	"EET": 7200, "EEST": 3 * 3600, "MSK": 3 * 3600,
	"JST": 9 * 3600, "KST": 9 * 3600, "SGT": 8 * 3600, "HKT": 8 * 3600, "AWST": 8 * 3600,
	"ACST": 34200, "ACDT": 37800, "AEST": 10 * 3600, "AEDT": 11 * 3600,
	"NZST": 12 * 3600, "NZDT": 13 * 3600,
}

// parseZone reads "-0500", "+05:30", "GMT+1", "UTC-05:00", "GMT-5" and the
// abbreviations in zoneOffsets (upper case only, so words are not zones).
func parseZone(f string) (offset int, name string, ok bool) {
	if off, ok := zoneOffsets[f]; ok {
		return off, f, true
	}
	rest := f
	name = ""
	for _, p := range []string{"GMT", "UTC", "UT"} {
		if strings.HasPrefix(f, p) && len(f) > len(p) {
			rest, name = f[len(p):], p
			break
		}
	}
	if len(rest) < 2 || (rest[0] != '+' && rest[0] != '-') {
		return 0, "", false
	}
	sign := 1
	if rest[0] == '-' {
		sign = -1
	}
	digits := strings.Replace(rest[1:], ":", "", 1)
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, "", false
		}
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		if name == "" && !strings.Contains(rest, ":") {
			// A bare "-5" is more likely a range than a zone.
			return 0, "", false
		}
		h, _ = strconv.Atoi(digits)
	case 3:
		h, _ = strconv.Atoi(digits[:1])
		m, _ = strconv.Atoi(digits[1:])
	case 4:
		h, _ = strconv.Atoi(digits[:2])
		m, _ = strconv.Atoi(digits[2:])
	default:
		return 0, "", false
	}
	if h > 14 || m > 59 {
		return 0, "", false
	}
	return sign * (h*3600 + m*60), "", true
}
