package when

import (
	"sync"
	"time"
	// Embedded zone data: the daemon may run where /usr/share/zoneinfo is
	// missing (a scratch container), and a time written "3pm Pacific" must
	// still resolve with the DST rules of its date.
	_ "time/tzdata"
)

var (
	zoneMu    sync.Mutex
	zoneCache = map[string]*time.Location{}
)

func loadZone(name string) *time.Location {
	zoneMu.Lock()
	defer zoneMu.Unlock()
	if l, ok := zoneCache[name]; ok {
		return l
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		l = nil
	}
	zoneCache[name] = l
	return l
}

// Abbreviations that name a region's clock map to its IANA zone, so the
// offset of that date is used: people write "EST" in July and mean New
// York time, and "CEST" in December and mean Paris time. Only GMT, UTC and
// numeric offsets are fixed. Upper case only: "et", "mt", "pt" are words.
var zoneAbbr = map[string]string{
	"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
	"CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
	"MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
	"PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"AKST": "America/Anchorage", "HST": "Pacific/Honolulu",
	"CET": "Europe/Paris", "CEST": "Europe/Paris", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
	"BST": "Europe/London", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
	"EET": "Europe/Athens", "EEST": "Europe/Athens",
	"JST": "Asia/Tokyo", "KST": "Asia/Seoul", "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong",
	"AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
	// IST is read as India's: Israel and Ireland write IDT/IST less often
	// in English mail to a US reader than Indian colleagues do.
	"IST": "Asia/Kolkata", "GST": "Asia/Dubai", "PKT": "Asia/Karachi", "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta",
	"PHT": "Asia/Manila", "AWST": "Australia/Perth", "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
	"SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "BRT": "America/Sao_Paulo",
	"ART": "America/Argentina/Buenos_Aires", "AST": "America/Halifax", "ADT": "America/Halifax",
	"NST": "America/St_Johns", "NDT": "America/St_Johns", "AKDT": "America/Anchorage", "HKT ": "Asia/Hong_Kong",
	"CST6CDT": "America/Chicago",
}

// Region words, any case ("3pm Pacific", "10am eastern time").
// Two-word zone names, checked before zoneRegion so that "Central
// European Time" is not Chicago's "Central" nor "Eastern European Time"
// New York's "Eastern".
var zoneRegion2 = map[[2]string]string{
	{"central", "european"}: "Europe/Paris", {"eastern", "european"}: "Europe/Athens",
	{"western", "european"}: "Europe/Lisbon", {"east", "africa"}: "Africa/Nairobi",
	{"west", "africa"}: "Africa/Lagos", {"central", "africa"}: "Africa/Maputo",
	{"south", "africa"}: "Africa/Johannesburg", {"india", "standard"}: "Asia/Kolkata",
	{"australian", "eastern"}: "Australia/Sydney", {"japan", "standard"}: "Asia/Tokyo",
}

var zoneRegion = map[string]string{
	"eastern": "America/New_York", "central": "America/Chicago",
	"mountain": "America/Denver", "pacific": "America/Los_Angeles",
}

// City, country and nationality words that take "time" after them
// ("London time", "Brasília time", "Japan time", "German time"), or "in"
// before them after a time ("4pm in Tokyo"). Countries and nationalities
// only where one clock covers (nearly) all of it: no "Australian time".
// Names of two words are in zoneCity2.
var zoneCity = map[string]string{
	"london": "Europe/London", "uk": "Europe/London", "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon",
	"paris": "Europe/Paris", "berlin": "Europe/Berlin", "amsterdam": "Europe/Amsterdam",
	"madrid": "Europe/Madrid", "rome": "Europe/Rome", "zurich": "Europe/Zurich",
	"stockholm": "Europe/Stockholm", "warsaw": "Europe/Warsaw", "athens": "Europe/Athens",
	"ny": "America/New_York", "nyc": "America/New_York", "boston": "America/New_York",
	"toronto": "America/Toronto", "chicago": "America/Chicago", "austin": "America/Chicago",
	"denver": "America/Denver", "sf": "America/Los_Angeles", "la": "America/Los_Angeles",
	"seattle": "America/Los_Angeles", "vancouver": "America/Vancouver",
	"tokyo": "Asia/Tokyo", "singapore": "Asia/Singapore", "sydney": "Australia/Sydney",
	"bangalore": "Asia/Kolkata", "india": "Asia/Kolkata", "dubai": "Asia/Dubai",
	// Europe
	"edinburgh": "Europe/London", "manchester": "Europe/London", "britain": "Europe/London", "british": "Europe/London",
	"england": "Europe/London", "scotland": "Europe/London", "ireland": "Europe/Dublin", "irish": "Europe/Dublin",
	"portugal": "Europe/Lisbon", "portuguese": "Europe/Lisbon", "porto": "Europe/Lisbon",
	"france": "Europe/Paris", "french": "Europe/Paris", "lyon": "Europe/Paris",
	"germany": "Europe/Berlin", "german": "Europe/Berlin", "munich": "Europe/Berlin", "münchen": "Europe/Berlin",
	"hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin", "cologne": "Europe/Berlin", "köln": "Europe/Berlin",
	"netherlands": "Europe/Amsterdam", "dutch": "Europe/Amsterdam", "rotterdam": "Europe/Amsterdam",
	"belgium": "Europe/Brussels", "belgian": "Europe/Brussels", "brussels": "Europe/Brussels",
	"spain": "Europe/Madrid", "spanish": "Europe/Madrid", "barcelona": "Europe/Madrid",
	"italy": "Europe/Rome", "italian": "Europe/Rome", "milan": "Europe/Rome", "milano": "Europe/Rome",
	"switzerland": "Europe/Zurich", "swiss": "Europe/Zurich", "geneva": "Europe/Zurich",
	"austria": "Europe/Vienna", "austrian": "Europe/Vienna", "vienna": "Europe/Vienna", "wien": "Europe/Vienna",
	"sweden": "Europe/Stockholm", "swedish": "Europe/Stockholm", "norway": "Europe/Oslo", "norwegian": "Europe/Oslo",
	"oslo": "Europe/Oslo", "denmark": "Europe/Copenhagen", "danish": "Europe/Copenhagen", "copenhagen": "Europe/Copenhagen",
	"finland": "Europe/Helsinki", "finnish": "Europe/Helsinki", "helsinki": "Europe/Helsinki",
	"poland": "Europe/Warsaw", "polish": "Europe/Warsaw", "krakow": "Europe/Warsaw", "kraków": "Europe/Warsaw",
	"prague": "Europe/Prague", "czech": "Europe/Prague", "budapest": "Europe/Budapest", "hungarian": "Europe/Budapest",
	"bucharest": "Europe/Bucharest", "romanian": "Europe/Bucharest", "greece": "Europe/Athens", "greek": "Europe/Athens",
	"istanbul": "Europe/Istanbul", "turkey": "Europe/Istanbul", "turkish": "Europe/Istanbul",
	"kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "ukraine": "Europe/Kyiv", "ukrainian": "Europe/Kyiv",
	"moscow": "Europe/Moscow",
	// Africa and the Middle East
	"cairo": "Africa/Cairo", "egypt": "Africa/Cairo", "lagos": "Africa/Lagos", "nigeria": "Africa/Lagos",
	"nairobi": "Africa/Nairobi", "kenya": "Africa/Nairobi", "johannesburg": "Africa/Johannesburg",
	"israel": "Asia/Jerusalem", "israeli": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem",
	"riyadh": "Asia/Riyadh", "saudi": "Asia/Riyadh", "doha": "Asia/Qatar", "qatar": "Asia/Qatar", "uae": "Asia/Dubai",
	// Asia and the Pacific
	"karachi": "Asia/Karachi", "pakistan": "Asia/Karachi", "lahore": "Asia/Karachi",
	"mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata",
	"hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata", "kolkata": "Asia/Kolkata", "indian": "Asia/Kolkata",
	"dhaka": "Asia/Dhaka", "bangkok": "Asia/Bangkok", "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh",
	"hanoi": "Asia/Ho_Chi_Minh", "jakarta": "Asia/Jakarta", "manila": "Asia/Manila", "philippines": "Asia/Manila",
	"singaporean": "Asia/Singapore", "malaysia": "Asia/Kuala_Lumpur", "hk": "Asia/Hong_Kong",
	"shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai", "shenzhen": "Asia/Shanghai", "china": "Asia/Shanghai",
	"chinese": "Asia/Shanghai", "taipei": "Asia/Taipei", "taiwan": "Asia/Taipei", "seoul": "Asia/Seoul",
	"korea": "Asia/Seoul", "korean": "Asia/Seoul", "japan": "Asia/Tokyo", "japanese": "Asia/Tokyo",
	"osaka": "Asia/Tokyo", "melbourne": "Australia/Melbourne", "brisbane": "Australia/Brisbane",
	"perth": "Australia/Perth", "adelaide": "Australia/Adelaide", "auckland": "Pacific/Auckland",
	"wellington": "Pacific/Auckland", "nz": "Pacific/Auckland",
	// The Americas
	"montreal": "America/Toronto", "montréal": "America/Toronto", "ottawa": "America/Toronto",
	"calgary": "America/Edmonton", "atlanta": "America/New_York", "miami": "America/New_York",
	"philadelphia": "America/New_York", "dc": "America/New_York", "houston": "America/Chicago",
	"dallas": "America/Chicago", "minneapolis": "America/Chicago", "phoenix": "America/Phoenix",
	"arizona": "America/Phoenix", "portland": "America/Los_Angeles", "hawaii": "Pacific/Honolulu",
	"honolulu": "Pacific/Honolulu", "anchorage": "America/Anchorage", "alaska": "America/Anchorage",
	"brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo", "brazil": "America/Sao_Paulo",
	"brazilian": "America/Sao_Paulo", "rio": "America/Sao_Paulo", "argentina": "America/Argentina/Buenos_Aires",
	"argentine": "America/Argentina/Buenos_Aires", "santiago": "America/Santiago", "chile": "America/Santiago",
	"bogota": "America/Bogota", "bogotá": "America/Bogota", "colombia": "America/Bogota", "lima": "America/Lima",
	"peru": "America/Lima", "guadalajara": "America/Mexico_City", "monterrey": "America/Monterrey",
}

// Names of two words ("São Paulo time", "4pm in Hong Kong").
var zoneCity2 = map[[2]string]string{
	{"são", "paulo"}: "America/Sao_Paulo", {"sao", "paulo"}: "America/Sao_Paulo", {"buenos", "aires"}: "America/Argentina/Buenos_Aires",
	{"mexico", "city"}: "America/Mexico_City", {"new", "york"}: "America/New_York", {"los", "angeles"}: "America/Los_Angeles",
	{"san", "francisco"}: "America/Los_Angeles", {"bay", "area"}: "America/Los_Angeles", {"hong", "kong"}: "Asia/Hong_Kong",
	{"new", "delhi"}: "Asia/Kolkata", {"tel", "aviv"}: "Asia/Jerusalem", {"abu", "dhabi"}: "Asia/Dubai",
	{"kuala", "lumpur"}: "Asia/Kuala_Lumpur", {"new", "zealand"}: "Pacific/Auckland", {"south", "africa"}: "Africa/Johannesburg",
	{"cape", "town"}: "Africa/Johannesburg", {"south", "korea"}: "Asia/Seoul", {"east", "coast"}: "America/New_York",
	{"west", "coast"}: "America/Los_Angeles",
}

// cityAt reads a city, country or nationality word (or two) at i, with an
// upper-case initial: the zone's name and the index after it.
func (p *parser) cityAt(i int) (string, int) {
	t := p.toks
	if i >= len(t) || t[i].kind != tWord || !isUpperInitial(t[i].text) {
		return "", i
	}
	if i+1 < len(t) && t[i+1].kind == tWord {
		if z := zoneCity2[[2]string{t[i].low, t[i+1].low}]; z != "" {
			return z, i + 2
		}
	}
	if z := zoneCity[t[i].low]; z != "" {
		return z, i + 1
	}
	return "", i
}

// parseZone reads a zone written right after a time, starting at token i.
// It returns the zone and the index after it, or nil.
func (p *parser) parseZone(i int) (*time.Location, int) {
	t := p.toks
	if i >= len(t) {
		return nil, i
	}
	// "(ET)", "(Pacific Time)"
	if t[i].low == "(" {
		if z, j := p.parseZone(i + 1); z != nil && j < len(t) && t[j].low == ")" {
			return z, j + 1
		}
		return nil, i
	}
	tk := t[i]
	switch {
	case tk.kind == tWord && (tk.low == "gmt" || tk.low == "utc") && isAllUpper(tk.text):
		if z, j := p.parseOffset(i+1, true); z != nil {
			return z, j
		}
		return time.UTC, p.skipTimeWord(i + 1)
	case tk.kind == tWord && isAllUpper(tk.text) && zoneAbbr[tk.text] != "":
		if z := loadZone(zoneAbbr[tk.text]); z != nil {
			return z, p.skipTimeWord(i + 1)
		}
	case tk.kind == tWord && i+1 < len(t) && zoneRegion2[[2]string{tk.low, t[i+1].low}] != "":
		// "East Africa Time", "Central European Summer Time".
		if z := loadZone(zoneRegion2[[2]string{tk.low, t[i+1].low}]); z != nil {
			j := i + 2
			if j+1 < len(t) && (t[j].low == "standard" || t[j].low == "summer" || t[j].low == "daylight") && t[j+1].low == "time" {
				return z, j + 2
			}
			return z, p.skipTimeWord(j)
		}
	case tk.low == "," && i+1 < len(t) && (t[i+1].low == "hora" || t[i+1].low == "horário" || t[i+1].low == "horario"):
		// "10:00, hora de Bogotá": the comma belongs to the Spanish.
		return p.parseZone(i + 1)
	case tk.kind == tWord && (tk.low == "hora" || tk.low == "horário" || tk.low == "horario") && i+2 < len(t) &&
		(t[i+1].low == "de" || t[i+1].low == "del"):
		// "10:00, hora de Bogotá", "15h horário de Brasília".
		if name, j := p.cityAt(i + 2); name != "" {
			if z := loadZone(name); z != nil {
				return z, j
			}
		}
	case tk.kind == tWord && zoneRegion[tk.low] != "":
		if z := loadZone(zoneRegion[tk.low]); z != nil {
			j := i + 1
			// "Eastern Standard Time", "Pacific Daylight Time"
			if j+1 < len(t) && (t[j].low == "standard" || t[j].low == "daylight") && t[j+1].low == "time" {
				return z, j + 2
			}
			return z, p.skipTimeWord(j)
		}
	case tk.kind == tWord && tk.text == "Z" && !tk.space:
		// ISO 8601 "2026-11-24T09:00Z": Zulu, UTC.
		return time.UTC, i + 1
	case tk.kind == tWord && (tk.low == "here" || tk.low == "there") && i+1 < len(t) && t[i+1].low == "in":
		// "9pm here in Berlin"
		if z, j := p.parseZone(i + 1); z != nil {
			return z, j
		}
	case tk.kind == tWord && tk.low == "your" && p.owner != nil && i+1 < len(t):
		// "3pm your time", "10am your local time": the owner's clock.
		j := i + 1
		if t[j].low == "local" && j+1 < len(t) {
			j++
		}
		if t[j].low == "time" || t[j].low == "timezone" {
			return p.owner, j + 1
		}
	case tk.kind == tWord && tk.low == "for" && p.owner != nil && i+1 < len(t) && t[i+1].low == "you" &&
		i+3 < len(t) && t[i+2].low == "in" && isUpperInitial(t[i+3].text):
		// "7:00 in the morning for you in California": the reader's
		// clock, wherever the place named (the reader is there).
		j := i + 4
		if _, k := p.cityAt(i + 3); k > j {
			j = k
		}
		return p.owner, j
	case tk.kind == tWord && tk.low == "for" && p.owner != nil && i+1 < len(t) && t[i+1].low == "you" &&
		(i+2 == len(t) || t[i+2].kind == tPunct || t[i+2].low == "there"):
		// "that is 8:00 in the morning for you.", "3pm for you there":
		// the owner's clock, said by someone converting to it. Only at the
		// end of a clause: "3pm for you to decide" is no zone.
		j := i + 2
		if j < len(t) && t[j].low == "there" {
			j++
		}
		return p.owner, j
	case tk.kind == tWord && tk.low == "in" && i+1 < len(t):
		// "10:30 in New York", "4pm in London": the city's clock.
		if name, j := p.cityAt(i + 1); name != "" {
			if z := loadZone(name); z != nil {
				return z, p.skipTimeWord(j)
			}
		}
	case tk.kind == tWord && isUpperInitial(tk.text):
		// "London time", "Brasília time", "São Paulo time", "German time".
		if name, j := p.cityAt(i); name != "" && j < len(t) && t[j].low == "time" {
			if z := loadZone(name); z != nil {
				return z, j + 1
			}
		}
	case tk.kind == tPunct && (tk.low == "+" || tk.low == "-" || tk.low == "−"):
		// "+0100", "-05:00": a sign and four digits, or hh:mm.
		if z, j := p.parseOffset(i, false); z != nil {
			return z, j
		}
	}
	return nil, i
}

// parseOffset reads "+1", "-5", "+05:30", "+0100" at i (the sign).
// loose allows one or two digit hours (after GMT/UTC).
func (p *parser) parseOffset(i int, loose bool) (*time.Location, int) {
	t := p.toks
	if i+1 >= len(t) || t[i].kind != tPunct || t[i+1].kind != tNum || t[i+1].space {
		return nil, i
	}
	sign := 1
	switch t[i].low {
	case "+":
	case "-", "−":
		sign = -1
	default:
		return nil, i
	}
	n := t[i+1]
	h, m := 0, 0
	j := i + 2
	switch {
	case n.digits == 4:
		h, m = n.val/100, n.val%100
	case n.digits <= 2 && (loose || (j+1 < len(t) && t[j].low == ":")):
		h = n.val
		if j+1 < len(t) && t[j].low == ":" && !t[j].space && t[j+1].kind == tNum && t[j+1].digits == 2 && !t[j+1].space {
			m = t[j+1].val
			j += 2
		} else if !loose {
			return nil, i
		}
	default:
		return nil, i
	}
	if h > 14 || m > 59 {
		return nil, i
	}
	off := sign * (h*3600 + m*60)
	return time.FixedZone(offsetName(off), off), j
}

func offsetName(off int) string {
	s := "+"
	if off < 0 {
		s, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	return "UTC" + s + string(rune('0'+h/10)) + string(rune('0'+h%10)) + ":" + string(rune('0'+m/10)) + string(rune('0'+m%10))
}

// skipTimeWord skips an optional "time" after a zone ("Pacific Time").
func (p *parser) skipTimeWord(i int) int {
	if i < len(p.toks) && p.toks[i].low == "time" {
		return i + 1
	}
	return i
}
