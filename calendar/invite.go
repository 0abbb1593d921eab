package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/emersion/go-ical"
)

// ProdID is the PRODID written into every object we build.
const ProdID = "-//coffeechat//coffeechat//EN"

// ErrInvalidEvent is wrapped by every validation error of Request and Cancel,
// so callers can tell a bad Event (a bug or bad config) from an encoder
// failure.
var ErrInvalidEvent = errors.New("invalid event")

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidEvent, fmt.Sprintf(format, args...))
}

// encode builds the METHOD:<method> object for ev. Times are written in UTC
// ("Z" form) so no VTIMEZONE is needed; go-ical sorts properties and
// parameters alphabetically, and fold then wraps long lines.
func encode(method string, ev Event) ([]byte, error) {
	if err := validate(ev); err != nil {
		return nil, err
	}

	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropProductID, ProdID)
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	cal.Props.SetText(ical.PropMethod, method)

	vev := ical.NewEvent()
	vev.Props.SetText(ical.PropUID, ev.UID)
	vev.Props.SetDateTime(ical.PropDateTimeStamp, ev.Stamp.UTC())
	vev.Props.SetDateTime(ical.PropDateTimeStart, ev.Start.UTC())
	vev.Props.SetDateTime(ical.PropDateTimeEnd, ev.End.UTC())

	// SEQUENCE is an INTEGER: set the raw value, because Props.SetText would
	// add VALUE=TEXT, which libical rejects.
	seq := ical.NewProp(ical.PropSequence)
	seq.Value = strconv.Itoa(ev.Sequence)
	vev.Props.Set(seq)

	vev.Props.SetText(ical.PropSummary, cleanText(ev.Summary))
	if d := cleanText(ev.Description); d != "" {
		vev.Props.SetText(ical.PropDescription, d)
	}
	if l := cleanText(ev.Location); l != "" {
		vev.Props.SetText(ical.PropLocation, l)
	}
	if ev.URL != "" {
		u := ical.NewProp(ical.PropURL)
		u.Value = ev.URL // URI values are not TEXT-escaped
		vev.Props.Set(u)
		// RFC 7986 CONFERENCE: clients show a "join" button for it.
		conf := ical.NewProp(ical.PropConference)
		conf.Params.Set(ical.ParamValue, string(ical.ValueURI))
		conf.Params.Set(ical.ParamFeature, "VIDEO")
		conf.Value = ev.URL
		vev.Props.Set(conf)
	}

	org := ical.NewProp(ical.PropOrganizer)
	if n := cleanName(ev.Organizer.Name); n != "" {
		org.Params.Set(ical.ParamCommonName, n)
	}
	org.Value = "mailto:" + ev.Organizer.Email
	vev.Props.Set(org)

	for _, a := range ev.Attendees {
		p := ical.NewProp(ical.PropAttendee)
		if n := cleanName(a.Name); n != "" {
			p.Params.Set(ical.ParamCommonName, n)
		}
		p.Params.Set(ical.ParamCalendarUserType, "INDIVIDUAL")
		p.Params.Set(ical.ParamRole, "REQ-PARTICIPANT")
		p.Params.Set(ical.ParamParticipationStatus, partStat(a.PartStat))
		// No one answers a CANCEL (RFC 5546 §3.2.5), so never ask for one.
		rsvp := a.RSVP && method != "CANCEL"
		p.Params.Set(ical.ParamRSVP, strings.ToUpper(strconv.FormatBool(rsvp)))
		p.Value = "mailto:" + a.Email
		vev.Props.Add(p)
	}

	status := "CONFIRMED"
	if method == "CANCEL" {
		status = "CANCELLED"
	}
	vev.Props.SetText(ical.PropStatus, status)
	vev.Props.SetText(ical.PropTransparency, "OPAQUE")

	// RFC 5546 §3.2.5 allows no VALARM in a CANCEL.
	if ev.Alarm > 0 && method != "CANCEL" {
		alarm := ical.NewComponent(ical.CompAlarm)
		alarm.Props.SetText(ical.PropAction, "DISPLAY")
		trig := ical.NewProp(ical.PropTrigger)
		trig.Value = "-" + isoDuration(ev.Alarm)
		alarm.Props.Set(trig)
		desc := cleanText(ev.Summary)
		if desc == "" {
			desc = "Reminder"
		}
		alarm.Props.SetText(ical.PropDescription, desc)
		vev.Children = append(vev.Children, alarm)
	}

	cal.Children = append(cal.Children, vev.Component)

	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return nil, fmt.Errorf("encode %s %s: %w", method, ev.UID, err)
	}
	return fold(buf.Bytes()), nil
}

// isoDuration writes d as an RFC 5545 dur-time: whole minutes as PTnM (what
// calendars write themselves), anything else in seconds.
func isoDuration(d time.Duration) string {
	if d%time.Minute == 0 {
		return "PT" + strconv.FormatInt(int64(d/time.Minute), 10) + "M"
	}
	s := max(int64(d/time.Second), 1)
	return "PT" + strconv.FormatInt(s, 10) + "S"
}

// partStat returns s as an RFC 5545 PARTSTAT; validate has checked it.
func partStat(s string) string {
	if s == "" {
		return NeedsAction
	}
	return strings.ToUpper(s)
}

var knownPartStats = map[string]bool{
	NeedsAction: true, Accepted: true, Declined: true, Tentative: true, "DELEGATED": true,
}

func validate(ev Event) error {
	if err := checkUID(ev.UID); err != nil {
		return err
	}
	if ev.Stamp.IsZero() {
		return invalid("stamp (DTSTAMP) is not set")
	}
	if ev.Start.IsZero() || ev.End.IsZero() {
		return invalid("start and end must both be set")
	}
	// Compared at whole seconds, the precision DATE-TIME is written with.
	if !ev.End.Truncate(time.Second).After(ev.Start.Truncate(time.Second)) {
		return invalid("end %s is not after start %s", ev.End.UTC().Format(time.RFC3339), ev.Start.UTC().Format(time.RFC3339))
	}
	// RFC 5545 DATE-TIME has four year digits.
	for _, t := range []time.Time{ev.Stamp, ev.Start, ev.End} {
		if y := t.UTC().Year(); y < 1 || y > 9999 {
			return invalid("time %s is outside years 1-9999", t.UTC())
		}
	}
	if ev.Sequence < 0 {
		return invalid("sequence %d is negative", ev.Sequence)
	}
	if err := checkPerson("organizer", ev.Organizer); err != nil {
		return err
	}
	if len(ev.Attendees) == 0 {
		return invalid("no attendees")
	}
	for i, a := range ev.Attendees {
		if err := checkPerson(fmt.Sprintf("attendee %d", i+1), a.Person); err != nil {
			return err
		}
		if ps := partStat(a.PartStat); !knownPartStats[ps] {
			return invalid("attendee %d (%s): unknown PARTSTAT %q", i+1, a.Email, a.PartStat)
		}
	}
	if ev.URL != "" {
		u, err := url.Parse(ev.URL)
		if err != nil || u.Scheme == "" || strings.ContainsFunc(ev.URL, isSpaceOrControl) {
			return invalid("url %q is not an absolute URI", ev.URL)
		}
	}
	if ev.Alarm < 0 {
		return invalid("alarm %s is negative", ev.Alarm)
	}
	return nil
}

// checkUID accepts what calendars compare byte for byte without surprises:
// printable ASCII with no TEXT escapes, so the UID reads back unchanged.
func checkUID(uid string) error {
	if uid == "" {
		return invalid("uid is empty")
	}
	if len(uid) > 255 {
		return invalid("uid is %d bytes long, more than 255", len(uid))
	}
	for _, r := range uid {
		if r <= ' ' || r > '~' || strings.ContainsRune(`\,;"`, r) {
			return invalid("uid %q contains %q; use printable ASCII without spaces, quotes, commas, semicolons or backslashes", uid, r)
		}
	}
	return nil
}

func checkPerson(role string, p Person) error {
	if strings.ContainsAny(p.Name, "\r\n") {
		return invalid("%s name %q contains a line break", role, p.Name)
	}
	if !utf8.ValidString(p.Name) {
		return invalid("%s name %q is not valid UTF-8", role, p.Name)
	}
	if err := checkEmail(p.Email); err != nil {
		return invalid("%s email: %v", role, err)
	}
	return nil
}

// checkEmail is a plausibility check for a mailto: URI, not an RFC 5322
// parser: the address goes into a calendar, not an SMTP envelope.
func checkEmail(addr string) error {
	if addr == "" {
		return errors.New("empty")
	}
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 || at == len(addr)-1 {
		return fmt.Errorf("%q is not of the form local@domain", addr)
	}
	if strings.ContainsFunc(addr, isSpaceOrControl) || strings.ContainsAny(addr, `<>"`) || !utf8.ValidString(addr) {
		return fmt.Errorf("%q contains spaces, control characters, quotes or angle brackets", addr)
	}
	return nil
}

func isSpaceOrControl(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// cleanText prepares a TEXT value: CRLF and lone CR become LF (go-ical
// refuses CR and escapes LF as \n), other control characters except TAB
// are dropped (RFC 5545 TEXT excludes them), invalid UTF-8 is replaced.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// cleanName prepares a CN parameter value. go-ical cannot write a double
// quote inside a parameter (RFC 5545 has no escape for it), and a display
// name like `Jo "JJ" Doe` is common, so it becomes a single quote rather than
// an error; line breaks were already refused by validate.
func cleanName(s string) string {
	s = strings.ReplaceAll(s, `"`, "'")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s))
}
