# Renders the hand-written corpus cases into .eml files in the shapes real
# clients produce, and writes the expected inspect JSON that I wrote per case.
import json, os, sys, html
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from email.utils import format_datetime

OUT = sys.argv[1]
NY = ZoneInfo("America/New_York")

OWNER = {"gmail": ("Alex Kim", "alex.kim@gmail.example"), "outlook": ("Alex Kim", "alex.kim@outlook.example"),
         "apple": ("Alex Kim", "alexkim@icloud.example"), "thunderbird": ("Alex Kim", "alex@kim.example"),
         "yahoo": ("Alex Kim", "alexkim@yahoo.example"), "proton": ("Alex Kim", "alexkim@proton.example"),
         "rfc822": ("Alex Kim", "alex.kim@gmail.example"), "ccreply": ("Alex Kim", "alex.kim@gmail.example"),
         "bcc": ("Alex Kim", "alex.kim@gmail.example")}
DEDICATED = "coffee@alexkim.example"
SUBJECT = "Informational interview request"
OUTREACH = ("Hi {first},\n\nI'm a second-year student exploring a move into {field}, and your path really stood out to me. "
            "Would you have 15-20 minutes in the next couple of weeks for a quick call? I'd love to hear how you got started.\n\n"
            "Thank you,\nAlex")

def addr(n, e):
    return f"{n} <{e}>" if n else e

def qaddr(n, e):
    """An address as a real header writes it: names with commas quoted."""
    if n and ("," in n or "." in n):
        return f'"{n}" <{e}>'
    return addr(n, e)

def fmt_gmail(d):  # Mon, Nov 16, 2026 at 9:14 AM
    return d.strftime("%a, %b %-d, %Y at %-I:%M %p")

def fmt_outlook(d):  # Monday, November 16, 2026 9:14 AM
    return d.strftime("%A, %B %-d, %Y %-I:%M %p")

def fmt_apple(d, abbr):  # November 16, 2026 at 9:14:00 AM EST
    return d.strftime("%B %-d, %Y at %-I:%M:%S %p ") + abbr

def fmt_yahoo(d, abbr):  # Monday, November 16, 2026, 09:14:22 AM EST
    return d.strftime("%A, %B %-d, %Y, %I:%M:%S %p ") + abbr

def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))

def fmt_proton(d):  # On Monday, November 16th, 2026 at 9:14 AM
    return d.strftime("On %A, %B ") + ordinal(d.day) + d.strftime(", %Y at %-I:%M %p")

def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))

def to_html(text):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append("<div>" + html.escape(line) + "</div>")
        elif line == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>" + html.escape(line) + "</div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"

def body_part(text, style):
    """Return (headers, body) for the top-level body in the client's MIME style."""
    if style == "alt":
        b = "000000000000a1b2c3d4e5f6"
        return (f'Content-Type: multipart/alternative; boundary="{b}"',
                f"--{b}\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n\n"
                f"--{b}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{to_html(text)}\n--{b}--\n")
    if style == "flowed":
        return ('Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit', text + "\n")
    return ('Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit', text + "\n")

def reply_text(c):
    t = c["body"]
    if c.get("sig"):
        t += "\n\n-- \n" + c["sig"] if c.get("sigdash", True) else "\n\n" + c["sig"]
    return t

def render(c):
    client = c["client"]
    on, oe = OWNER[client]
    cn, ce = c["contact"]
    tz = ZoneInfo(c.get("tz", "America/New_York"))
    sent = c["sent"]                      # aware datetime, contact's reply
    out_dt = c.get("outreach_at", datetime(2026, 11, 12, 10, 2, tzinfo=NY))
    fwd_dt = sent + timedelta(hours=2, minutes=49)
    first = cn.split(",")[1].split()[0] if "," in cn.split()[0] else cn.split()[0]
    outreach = c.get("outreach", OUTREACH.format(first=first, field=c.get("field", "product management")))
    reply = reply_text(c)
    local = sent.astimezone(tz)
    out_local = out_dt.astimezone(tz)
    cc_line = ""
    if c.get("cc"):
        cc_line = ", ".join(addr(n, e) for n, e in c["cc"])
    note = c.get("note", "See below — can you set this up?")
    mid = c["name"].replace("_", "-")
    hdr = [f"Return-Path: <{oe}>",
           f"Delivered-To: {DEDICATED}",
           f"Authentication-Results: mx.alexkim.example; dkim=pass header.d={oe.split('@')[1]}; spf=pass smtp.mailfrom={oe.split('@')[1]}",
           "MIME-Version: 1.0",
           f"Date: {format_datetime(fwd_dt.astimezone(NY))}",
           f"Message-ID: <fwd-{mid}@{oe.split('@')[1]}>"]
    no_reply = c.get("no_reply", False)
    re = "" if no_reply else "Re: "

    if client == "gmail" and c.get("chain"):
        # A longer thread: chain is oldest first of (name, email, datetime,
        # text); the newest is the forwarded message, the rest quoted.
        ch = c["chain"]
        def nest(k):
            n, e, d, t = ch[k]
            if k == 0:
                return t
            pn, pe, pd, _ = ch[k - 1]
            return t + f"\n\nOn {fmt_gmail(pd.astimezone(tz))} {pn} <{pe}> wrote:\n\n" + quote(nest(k - 1))
        n, e, d, _ = ch[-1]
        to = ch[-2] if len(ch) > 1 else (on, oe, None, None)
        inner = (f"---------- Forwarded message ---------\nFrom: {addr(n, e)}\nDate: {fmt_gmail(d.astimezone(tz))}\n"
                 f"Subject: Re: {SUBJECT}\nTo: {addr(to[0], to[1])}\n\n\n" + nest(len(ch) - 1))
        text = note + "\n\n" + inner
        ct, body = body_part(text, "alt")
        hdr += [f"Subject: Fwd: Re: {SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", ct]
    elif client == "gmail":
        ofrom = c.get("outreach_from", (on, oe))
        inner = (f"---------- Forwarded message ---------\nFrom: {addr(cn, ce) if not no_reply else addr(*ofrom)}\n"
                 f"Date: {fmt_gmail(local if not no_reply else out_local)}\nSubject: {re}{SUBJECT}\n"
                 f"To: {addr(on, oe) if not no_reply else addr(cn, ce)}\n" + (f"Cc: {cc_line}\n" if cc_line else "") + "\n\n")
        if no_reply:
            inner += outreach
        else:
            inner += reply + f"\n\nOn {fmt_gmail(out_local)} {c.get('outreach_from', (on, oe))[0]} <{c.get('outreach_from', (on, oe))[1]}> wrote:\n\n" + quote(outreach)
        text = note + "\n\n" + inner
        ct, body = body_part(text, "alt")
        hdr += [f"Subject: Fwd: {re}{SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", ct]
    elif client == "outlook":
        sep = "________________________________\n"
        if no_reply:
            inner = sep + f"From: {addr(on, oe)}\nSent: {fmt_outlook(out_local)}\nTo: {addr(cn, ce)}\nSubject: {SUBJECT}\n\n{outreach}"
        else:
            inner = ""
            if c.get("owner_followup"):
                fu_dt = sent + timedelta(hours=1)
                inner = (sep + f"From: {addr(on, oe)}\nSent: {fmt_outlook(fu_dt.astimezone(tz))}\nTo: {addr(cn, ce)}\n"
                         f"Subject: RE: {SUBJECT}\n\n{c['owner_followup']}\n\n")
            inner += (sep + f"From: {addr(cn, ce)}\nSent: {fmt_outlook(local)}\nTo: {addr(on, oe)}\n" + (f"Cc: {cc_line}\n" if cc_line else "") +
                     f"Subject: RE: {SUBJECT}\n\n{reply}\n\n" + sep +
                     f"From: {addr(on, oe)}\nSent: {fmt_outlook(out_local)}\nTo: {addr(cn, ce)}\nSubject: {SUBJECT}\n\n{outreach}")
        text = note + "\n\n" + inner
        ct, body = body_part(text, "alt")
        hdr += [f"Subject: FW: {re.upper()}{SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", ct,
                "X-MS-Exchange-Organization-SCL: -1", "Thread-Topic: Informational interview request"]
    elif client == "apple":
        abbr = c.get("apple_abbr", local.strftime("%Z"))
        if c.get("tz_display"):
            local = sent.astimezone(ZoneInfo(c["tz_display"]))
        if no_reply:
            inner = f"Begin forwarded message:\n\nFrom: {addr(on, oe)}\nSubject: {SUBJECT}\nDate: {fmt_apple(out_local, out_local.strftime('%Z'))}\nTo: {addr(cn, ce)}\n\n{outreach}"
        else:
            inner = (f"Begin forwarded message:\n\nFrom: {addr(cn, ce)}\nSubject: Re: {SUBJECT}\nDate: {fmt_apple(local, abbr)}\nTo: {addr(on, oe)}\n" +
                     (f"Cc: {cc_line}\n" if cc_line else "") + f"\n{reply}\n\n> On {out_local.strftime('%b %-d, %Y, at %-I:%M %p')}, {on} <{oe}> wrote:\n> \n" + quote(outreach))
        text = note + "\n\nSent from my iPhone\n\n" + inner
        ct, body = body_part(text, "plain")
        hdr += [f"Subject: Fwd: {re}{SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", ct, "X-Mailer: iPhone Mail (22B91)"]
    elif client == "thunderbird":
        inner = (f"-------- Forwarded Message --------\nSubject: \t{re}{SUBJECT}\nDate: \t{format_datetime(sent)}\n"
                 f"From: \t{addr(cn, ce)}\nTo: \t{addr(on, oe)}\n" + (f"CC: \t{cc_line}\n" if cc_line else "") +
                 f"\n\n\n{reply}\n\nOn {out_local.strftime('%m/%d/%Y %I:%M %p')}, {on} wrote:\n" + quote(outreach))
        text = note + "\n\n\n" + inner
        ct, body = body_part(text, "flowed")
        hdr += [f"Subject: Fwd: {re}{SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", ct,
                "User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]
    elif client == "yahoo":
        abbr = local.strftime("%Z")
        inner = (f"----- Forwarded Message -----\nFrom: {addr(cn, ce)}\nTo: {addr(on, oe)}\n" + (f"Cc: {cc_line}\n" if cc_line else "") +
                 f"Sent: {fmt_yahoo(local, abbr)}\nSubject: {re}{SUBJECT}\n\n{reply}\n\n"
                 f"On Thursday, November 12, 2026 at 10:02:11 AM EST, {on} <{oe}> wrote:\n\n{outreach}")
        text = note + "\n\n\n" + inner
        ct, body = body_part(text, "alt")
        hdr += [f"Subject: Fwd: {re}{SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", ct,
                "X-Mailer: WebService/1.1.22806 YMailNorrin"]
    elif client == "proton":
        inner = (f"------- Forwarded Message -------\nFrom: {cn} <{ce}>\nDate: {fmt_proton(local)}\nSubject: {re}{SUBJECT}\n"
                 f"To: {on} <{oe}>\n" + (f"CC: {cc_line}\n" if cc_line else "") + f"\n\n{reply}\n\n"
                 f"On {fmt_proton(out_local)[3:]}, {on} <{oe}> wrote:\n\n" + quote(outreach))
        text = note + "\n\nSent with Proton Mail secure email.\n\n" + inner
        ct, body = body_part(text, "plain")
        hdr += [f"Subject: Fwd: {re}{SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", ct]
    elif client == "rfc822":
        b = "------------rfc822boundary7f3a"
        if no_reply:
            att = (f"Date: {format_datetime(out_dt)}\nFrom: {addr(on, oe)}\nTo: {qaddr(cn, ce)}\nSubject: {SUBJECT}\n"
                   f"Message-ID: <out-{mid}@gmail.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n{outreach}\n")
        else:
            att = (f"Date: {format_datetime(sent)}\nFrom: {qaddr(cn, ce)}\nTo: {addr(on, oe)}\n" + (f"Cc: {', '.join(qaddr(n, e) for n, e in c['cc'])}\n" if cc_line else "") +
                   f"Subject: Re: {SUBJECT}\nMessage-ID: <reply-{mid}@{ce.split('@')[1]}>\n"
                   f"In-Reply-To: <out-{mid}@gmail.example>\nReferences: <out-{mid}@gmail.example>\nMIME-Version: 1.0\n"
                   f"Content-Type: text/plain; charset=UTF-8\n\n{reply}\n\nOn {fmt_gmail(out_local)} {on} <{oe}> wrote:\n\n{quote(outreach)}\n")
        body = (f"This is a multi-part message in MIME format.\n--{b}\nContent-Type: text/plain; charset=UTF-8\n\n{note}\n\n"
                f"--{b}\nContent-Type: message/rfc822; name=\"{re}{SUBJECT}.eml\"\nContent-Disposition: attachment; filename=\"{re}{SUBJECT}.eml\"\n\n{att}\n--{b}--\n")
        hdr += [f"Subject: Fwd: {re}{SUBJECT}", f"From: {addr(on, oe)}", f"To: {DEDICATED}", f'Content-Type: multipart/mixed; boundary="{b}"']
    elif client == "ccreply":
        owner_text = c["owner_reply"]
        prior = c.get("prior", [])  # earlier messages quoted inside the contact's reply, newest first
        q = reply
        if prior:
            for (pn, pe, pdt, ptext) in prior:
                q += f"\n\nOn {fmt_gmail(pdt.astimezone(tz))} {pn} <{pe}> wrote:\n\n" + quote(ptext)
        else:
            q += f"\n\nOn {fmt_gmail(out_local)} {on} <{oe}> wrote:\n\n" + quote(outreach)
        text = owner_text + "\n\nBest,\nAlex\n\n" + f"On {fmt_gmail(local)} {cn} <{ce}> wrote:\n\n" + quote(q)
        ct, body = body_part(text, "alt")
        hdr = [f"Return-Path: <{oe}>", f"Delivered-To: {DEDICATED}", "MIME-Version: 1.0",
               f"Date: {format_datetime(fwd_dt.astimezone(NY))}", f"Message-ID: <cc-{mid}@gmail.example>",
               f"In-Reply-To: <reply-{mid}@{ce.split('@')[1]}>",
               f"References: <out-{mid}@gmail.example> <reply-{mid}@{ce.split('@')[1]}>",
               f"Subject: Re: {SUBJECT}", f"From: {addr(on, oe)}", f"To: {qaddr(cn, ce)}", f"Cc: {DEDICATED}", ct]
    elif client == "bcc":
        ct, body = body_part(outreach, "alt")
        hdr = [f"Return-Path: <{oe}>", f"Delivered-To: {DEDICATED}", "MIME-Version: 1.0",
               f"Date: {format_datetime(out_dt)}", f"Message-ID: <out-{mid}@gmail.example>",
               f"Subject: {SUBJECT}", f"From: {addr(on, oe)}", f"To: {qaddr(cn, ce)}", ct]
    else:
        raise SystemExit("unknown client " + client)
    return "\r\n".join("\n".join(hdr).split("\n")) + "\r\n\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n")

def expected(c):
    e = c["expect"]
    cn, ce = c["contact"]
    out = {"contact": {"name": e.get("name"), "email": e.get("email", ce), "organization": e.get("org")},
           "intent": e["intent"], "proposed_times": [], "duration_minutes": e.get("duration"),
           "location": {"kind": e.get("kind", "unspecified"), "detail": e.get("detail")}, "referrals": []}
    for t in e.get("times", []):
        s, _, en = t.partition("/")
        out["proposed_times"].append({"start": s, "end": en} if en else {"start": s})
    for r in e.get("refs", []):
        out["referrals"].append({"name": r[0], "email": r[1] if len(r) > 1 else None})
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(__file__))
    from cases import CASES
    os.makedirs(OUT, exist_ok=True)
    names = set()
    for c in CASES:
        assert c["name"] not in names, c["name"]
        names.add(c["name"])
        with open(os.path.join(OUT, c["name"] + ".eml"), "w", newline="") as f:
            f.write(render(c))
        with open(os.path.join(OUT, c["name"] + ".json"), "w") as f:
            f.write(expected(c))
        if c.get("tz"):
            with open(os.path.join(OUT, c["name"] + ".tz"), "w") as f:
                f.write(c["tz"] + "\n")
    print(len(CASES), "cases")
