# Renders the held-out cases (cases1.py, cases2.py) into .eml + expected
# .json. Client shapes shared with the training corpus come from
# ../../corpus/src/gen.py; the shapes it lacks (Outlook on the web with an
# HTML-only body, Fastmail, forwarded twice, message/rfc822 nested in
# message/rfc822, out-of-office auto-replies) are written here.
#
# Cases may also set enc=(transfer encoding, charset) to re-encode every
# text part (reencode), and use client "applemail" (Apple Mail on a Mac)
# or "bccreply" (the owner's reply with coffeechat in Bcc).
#
# Usage, from testdata/heldout:  python3 src/gen.py . cases1 cases2
# The training corpus's cases in these shapes:
#   python3 src/gen.py ../corpus ../corpus/src/cases_more.py
import html, os, sys
from datetime import timedelta
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import importlib.util  # noqa: E402
_spec = importlib.util.spec_from_file_location("corpusgen", os.path.join(HERE, "..", "..", "corpus", "src", "gen.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
from zoneinfo import ZoneInfo  # noqa: E402

NY = base.NY
SUBJECT = base.SUBJECT
DEDICATED = base.DEDICATED
OWNER = dict(base.OWNER, outlookweb=("Alex Kim", "alex.kim@outlook.example"), fastmail=("Alex Kim", "alex@alexkim.fastmail.example"),
             fwd2=("Alex Kim", "alex.kim@gmail.example"), autoreply=("Alex Kim", "alex.kim@gmail.example"),
             rfc822nested=("Alex Kim", "alex.kim@gmail.example"))
SCHOOL = ("Alex Kim", "akim@school.example")


def html_para(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def outlook_web_block(n, e, sent, to, subject):
    return ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> '
            f'{html.escape(n)} &lt;{e}&gt;<br>\n<b>Sent:</b> {base.fmt_outlook(sent)}<br>\n<b>To:</b> {html.escape(to[0])} &lt;{to[1]}&gt;<br>\n'
            f'<b>Subject:</b> {html.escape(subject)}</font>\n<div>&nbsp;</div>\n</div>\n')


def reencode(msg, cte, charset):
    """Re-encodes every text part of a rendered message with another
    transfer encoding and charset (quoted-printable, base64; ISO-8859-1,
    Windows-1252, ISO-2022-JP), and headers with non-ASCII words as RFC
    2047, the way many clients send mail that is not plain UTF-8."""
    import email, email.policy
    m = email.message_from_bytes(msg.encode("utf-8"), policy=email.policy.default)
    for p in m.walk():
        for k, v in list(p.items()):
            if any(ord(ch) > 127 for ch in str(v)):
                p.replace_header(k, str(v))
        if p.get_content_maintype() == "text":
            had_version = "MIME-Version" in p
            p.set_content(p.get_content(), subtype=p.get_content_subtype(), charset=charset, cte=cte)
            if not had_version:
                del p["MIME-Version"]
    return m.as_bytes(policy=email.policy.default.clone(linesep="\r\n")).decode("ascii")


def render(c):
    out = render_plain(c)
    if c.get("enc"):
        cte, charset = c["enc"]
        out = reencode(out, cte, charset)
    return out


def render_plain(c):
    client = c["client"]
    if client == "applemail":
        # Apple Mail on a Mac: the iOS shape without "Sent from my iPhone".
        out = base.render(dict(c, client="apple"))
        out = out.replace("\r\n\r\nSent from my iPhone\r\n\r\nBegin forwarded message:", "\r\n\r\nBegin forwarded message:", 1)
        return out.replace("X-Mailer: iPhone Mail (22B91)", "X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    if client == "bccreply":
        # The owner's reply to the contact with coffeechat in Bcc: the
        # ccreply shape, but the dedicated address appears in no header
        # (Bcc is dropped on delivery), only in Delivered-To.
        out = base.render(dict(c, client="ccreply"))
        return out.replace(f"\r\nCc: {DEDICATED}\r\n", "\r\n", 1)
    if client not in ("outlookweb", "fastmail", "fwd2", "autoreply", "rfc822nested"):
        return base.render(c)
    on, oe = OWNER[client]
    cn, ce = c["contact"]
    tz = ZoneInfo(c.get("tz", "America/New_York"))
    sent = c["sent"]
    out_dt = c.get("outreach_at", base.datetime(2026, 11, 12, 10, 2, tzinfo=NY))
    fwd_dt = sent + timedelta(hours=2, minutes=49)
    first = cn.split()[0]
    outreach = c.get("outreach", base.OUTREACH.format(first=first, field=c.get("field", "product management")))
    reply = base.reply_text(c)
    local, out_local = sent.astimezone(tz), out_dt.astimezone(tz)
    note = c.get("note", "Can you set this up?")
    mid = c["name"].replace("_", "-")
    hdr = [f"Return-Path: <{oe}>", f"Delivered-To: {DEDICATED}", "MIME-Version: 1.0",
           f"Date: {format_datetime(fwd_dt.astimezone(NY))}", f"Message-ID: <fwd-{mid}@{oe.split('@')[1]}>"]
    if client == "outlookweb":
        # Outlook on the web sends forwards as HTML only.
        body_html = c.get("html_body") or html_para(reply)
        doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">\n'
               f'<div style="font-family: Aptos, sans-serif; font-size: 12pt;">{html.escape(note)}</div>\n<div id="appendonsend"></div>\n'
               + outlook_web_block(cn, ce, local, (on, oe), "RE: " + SUBJECT) + f'<div>{body_html}</div>\n'
               + outlook_web_block(on, oe, out_local, (cn, ce), SUBJECT) + f'<div>{html_para(outreach)}</div>\n</body></html>\n')
        hdr += [f"Subject: FW: RE: {SUBJECT}", f"From: {base.addr(on, oe)}", f"To: {DEDICATED}",
                'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: 8bit", "X-MS-Has-Attach:"]
        body = doc
    elif client == "fastmail":
        inner = (f"----- Original message -----\nFrom: {base.addr(cn, ce)}\nTo: {base.addr(on, oe)}\nSubject: Re: {SUBJECT}\n"
                 f"Date: {base.fmt_outlook(local)}\n\n{reply}\n\nOn {out_local.strftime('%a, %-d %b %Y, at %H:%M')}, {on} wrote:\n"
                 + base.quote(outreach))
        ct, body = base.body_part(note + "\n\n" + inner, "alt")
        hdr += [f"Subject: Fwd: Re: {SUBJECT}", f"From: {base.addr(on, oe)}", f"To: {DEDICATED}", ct,
                "User-Agent: Cyrus-JMAP/3.11.0"]
    elif client == "fwd2":
        # The contact answered the owner's school account; the owner
        # forwarded that to their Gmail, then on to coffeechat.
        sn, se = SCHOOL
        mid_dt = sent + timedelta(hours=1)
        inner1 = (f"---------- Forwarded message ---------\nFrom: {base.addr(cn, ce)}\nDate: {base.fmt_gmail(local)}\n"
                  f"Subject: Re: {SUBJECT}\nTo: {base.addr(sn, se)}\n\n\n{reply}\n\nOn {base.fmt_gmail(out_local)} {sn} <{se}> wrote:\n\n"
                  + base.quote(outreach))
        inner2 = (f"---------- Forwarded message ---------\nFrom: {base.addr(sn, se)}\nDate: {base.fmt_gmail(mid_dt.astimezone(tz))}\n"
                  f"Subject: Fwd: Re: {SUBJECT}\nTo: {base.addr(on, oe)}\n\n\n" + inner1)
        ct, body = base.body_part(note + "\n\n" + inner2, "alt")
        hdr += [f"Subject: Fwd: Fwd: Re: {SUBJECT}", f"From: {base.addr(on, oe)}", f"To: {DEDICATED}", ct]
    elif client == "autoreply":
        # An Exchange out-of-office answer to the outreach, forwarded from Gmail.
        inner = (f"---------- Forwarded message ---------\nFrom: {base.addr(cn, ce)}\nDate: {base.fmt_gmail(local)}\n"
                 f"Subject: {c.get('auto_subject', 'Automatic reply: ' + SUBJECT)}\nTo: {base.addr(on, oe)}\n\n\n{reply}\n")
        ct, body = base.body_part(note + "\n\n" + inner, "alt")
        hdr += [f"Subject: Fwd: {c.get('auto_subject', 'Automatic reply: ' + SUBJECT)}", f"From: {base.addr(on, oe)}",
                f"To: {DEDICATED}", ct]
    elif client == "rfc822nested":
        # The owner attached, from their Gmail, the message their school
        # account forwarded as an attachment: rfc822 inside rfc822.
        sn, se = SCHOOL
        b1, b2 = "----outerbnd1", "----innerbnd2"
        reply_msg = (f"Date: {format_datetime(sent)}\nFrom: {base.qaddr(cn, ce)}\nTo: {base.addr(sn, se)}\nSubject: Re: {SUBJECT}\n"
                     f"Message-ID: <reply-{mid}@{ce.split('@')[1]}>\nIn-Reply-To: <out-{mid}@school.example>\nMIME-Version: 1.0\n"
                     f"Content-Type: text/plain; charset=UTF-8\n\n{reply}\n\nOn {base.fmt_gmail(out_local)} {sn} <{se}> wrote:\n\n{base.quote(outreach)}\n")
        mid_msg = (f"Date: {format_datetime((sent + timedelta(hours=1)).astimezone(NY))}\nFrom: {base.addr(sn, se)}\nTo: {base.addr(on, oe)}\n"
                   f"Subject: Fwd: Re: {SUBJECT}\nMessage-ID: <fwd1-{mid}@school.example>\nMIME-Version: 1.0\n"
                   f'Content-Type: multipart/mixed; boundary="{b2}"\n\n--{b2}\nContent-Type: text/plain; charset=UTF-8\n\nFYI, see attached.\n\n'
                   f"--{b2}\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n{reply_msg}\n--{b2}--\n")
        body = (f"--{b1}\nContent-Type: text/plain; charset=UTF-8\n\n{note}\n\n--{b1}\nContent-Type: message/rfc822\n"
                f"Content-Disposition: attachment\n\n{mid_msg}\n--{b1}--\n")
        hdr += [f"Subject: Fwd: Fwd: Re: {SUBJECT}", f"From: {base.addr(on, oe)}", f"To: {DEDICATED}",
                f'Content-Type: multipart/mixed; boundary="{b1}"']
    return "\r\n".join("\n".join(hdr).split("\n")) + "\r\n\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n")


if __name__ == "__main__":
    out = sys.argv[1]
    batches = sys.argv[2:] or ["cases1"]
    n = 0
    for b in batches:
        if b.endswith(".py"):  # a batch kept elsewhere (the training corpus's new-client cases)
            spec = importlib.util.spec_from_file_location(os.path.basename(b)[:-3], b)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
        else:
            mod = __import__(b)
        for c in mod.CASES:
            with open(os.path.join(out, c["name"] + ".eml"), "w", newline="") as f:
                f.write(render(c))
            with open(os.path.join(out, c["name"] + ".json"), "w") as f:
                f.write(base.expected(c))
            if c.get("tz"):
                with open(os.path.join(out, c["name"] + ".tz"), "w") as f:
                    f.write(c["tz"] + "\n")
            n += 1
    print(n, "cases")
