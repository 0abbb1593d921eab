#!/usr/bin/python3
"""Read iCalendar objects with Debian's python3-icalendar (a second,
independent implementation) and print their scheduling fields as JSON, for
the interop tests of calendar, daemon and e2e (calendar/caltest).

  ics2json.py < FILE.ics          one object on stdin: one JSON object
  ics2json.py FILE.ics...         each file: a JSON list, in argument order

Exit 3 when the module is missing."""
import json
import sys
from datetime import timezone

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed (apt-get install python3-icalendar)", file=sys.stderr)
    sys.exit(3)


def utc(prop):
    if prop is None:
        return None
    dt = prop.dt
    if dt.tzinfo is None:
        return "floating:" + dt.isoformat()
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def addr(v):
    return str(v)


def describe(data):
    cal = icalendar.Calendar.from_ical(data)
    errors = list(getattr(cal, "errors", []))
    out = {
        "method": str(cal.get("METHOD", "")),
        "prodid": str(cal.get("PRODID", "")),
        "version": str(cal.get("VERSION", "")),
        "events": [],
    }
    for comp in cal.walk():
        errors += [list(e) for e in getattr(comp, "errors", [])]
        if comp.name != "VEVENT":
            continue
        atts = comp.get("ATTENDEE", [])
        if not isinstance(atts, list):
            atts = [atts]
        org = comp.get("ORGANIZER")
        alarms = []
        for a in comp.walk("VALARM"):
            alarms.append({
                "action": str(a.get("ACTION", "")),
                "trigger_seconds": int(a.decoded("TRIGGER").total_seconds()),
                "description": str(a.get("DESCRIPTION", "")),
            })
        conf = comp.get("CONFERENCE")
        out["events"].append({
            "uid": str(comp.get("UID", "")),
            "sequence": int(comp.get("SEQUENCE", -1)),
            "status": str(comp.get("STATUS", "")),
            "transp": str(comp.get("TRANSP", "")),
            "dtstamp": utc(comp.get("DTSTAMP")),
            "dtstart": utc(comp.get("DTSTART")),
            "dtend": utc(comp.get("DTEND")),
            "summary": str(comp.get("SUMMARY", "")),
            "description": str(comp.get("DESCRIPTION", "")),
            "location": str(comp.get("LOCATION", "")),
            "url": str(comp.get("URL", "")),
            "conference": str(conf) if conf is not None else "",
            "conference_params": {k: str(v) for k, v in conf.params.items()} if conf is not None else {},
            "organizer": {"addr": addr(org), "cn": str(org.params.get("CN", ""))} if org is not None else None,
            "attendees": [{
                "addr": addr(a),
                "cn": str(a.params.get("CN", "")),
                "partstat": str(a.params.get("PARTSTAT", "")),
                "rsvp": str(a.params.get("RSVP", "")),
                "role": str(a.params.get("ROLE", "")),
                "cutype": str(a.params.get("CUTYPE", "")),
            } for a in atts],
            "alarms": alarms,
        })
    out["errors"] = [str(e) for e in errors]
    return out


if len(sys.argv) > 1:
    result = []
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            result.append(describe(f.read()))
else:
    result = describe(sys.stdin.buffer.read())
json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
