#!/usr/bin/env bash
# mail-up.sh [STATE] -- real Dovecot (IMAP, LMTP, SASL) and Postfix (SMTP,
# submission) on 127.0.0.1 for coffeechat's tests, without systemd.
#
# Installs the Debian packages when missing, writes every config under STATE
# (default /tmp/ccmail), starts the servers or reloads them when a config
# changed, waits until they answer, and writes STATE/env.sh (CCMAIL_*).
# Idempotent: a second run with nothing changed only checks readiness.
#
# Ports can be moved for a second instance beside the first:
#   CCMAIL_IMAP_PORT=11143 CCMAIL_IMAPS_PORT=11993 CCMAIL_SMTP_PORT=11025 \
#   CCMAIL_SUBMISSION_PORT=11587 scripts/mail-up.sh /tmp/ccmail2
#
# The facts behind every setting are in /work/shared/mail-servers.md.
set -euo pipefail

STATE=${1:-/tmp/ccmail}
IMAP_PORT=${CCMAIL_IMAP_PORT:-10143}
IMAPS_PORT=${CCMAIL_IMAPS_PORT:-10993}
SMTP_PORT=${CCMAIL_SMTP_PORT:-10025}
SUBMISSION_PORT=${CCMAIL_SUBMISSION_PORT:-10587}
PASSWORD=secret
USERS=(owner@example.test chats@example.test contact@example.org contact2@example.org)
DOMAINS="example.test example.org"
PACKAGES=(dovecot-imapd dovecot-lmtpd postfix openssl python3-icalendar)

log() { printf 'mail-up: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root (both masters start as root and drop privileges)"
case $STATE in
/*) ;;
*) STATE=$(pwd)/$STATE ;;
esac
[[ $STATE != / ]] || die "refusing STATE=/"

# ---------------------------------------------------------------- packages
install_packages() {
	local missing=() p installed
	# One dpkg-query for all: a warm machine never touches apt or the network.
	installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)
	for p in "${PACKAGES[@]}"; do
		if ! grep -qx "$p install ok installed" <<<"$installed"; then
			missing+=("$p")
		fi
	done
	((${#missing[@]} == 0)) && return 0
	log "installing ${missing[*]}"
	# "No configuration": Debian's postinst writes no /etc/postfix/main.cf, so
	# the default Postfix instance can never start and take port 25.
	echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
	# Maintainer scripts call invoke-rc.d, which would start the default
	# Dovecot on *:143/*:993. A policy-rc.d exiting 101 forbids that; create
	# one only when the image has none, and remove only the one we created.
	local made_policy=0
	if [[ ! -e /usr/sbin/policy-rc.d ]]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
		chmod 0755 /usr/sbin/policy-rc.d
		made_policy=1
	fi
	local rc=0
	{
		DEBIAN_FRONTEND=noninteractive apt-get update -q &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
				-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
				"${missing[@]}"
	} </dev/null >"${TMPDIR:-/tmp}/ccmail-apt.log" 2>&1 || rc=$?
	((made_policy)) && rm -f /usr/sbin/policy-rc.d
	if ((rc != 0)); then
		tail -n 30 "${TMPDIR:-/tmp}/ccmail-apt.log" >&2
		die "apt-get install failed (full log: ${TMPDIR:-/tmp}/ccmail-apt.log)"
	fi
}
install_packages

# ---------------------------------------------------------------- vmail user
# One system user owns every mailbox; Dovecot's first/last_valid_uid pin it.
if ! getent group vmail >/dev/null; then groupadd --system vmail; fi
if ! getent passwd vmail >/dev/null; then
	useradd --system --gid vmail --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin vmail
fi
VUID=$(id -u vmail)
VGID=$(getent group vmail | cut -d: -f3)

# ---------------------------------------------------------------- layout
# STATE must be 0755: Postfix's lmtp and smtpd run as "postfix" and must
# reach the sockets in dovecot/run.
mkdir -p "$STATE"/{tls,dovecot/run,dovecot/state,dovecot/log,mail,postfix/etc,postfix/spool,postfix/data,postfix/log}
chmod 0755 "$STATE" "$STATE"/dovecot "$STATE"/postfix
chown vmail:vmail "$STATE/mail"
# ...and so must every parent of STATE (a mktemp -d parent is 0700).
d=$(dirname "$STATE")
while [[ $d != / ]]; do
	[[ $(stat -c %A "$d") == ?????????[xt] ]] || die "$d is not searchable by others (mode $(stat -c %a "$d")): postfix cannot reach the sockets under $STATE"
	d=$(dirname "$d")
done
chown postfix "$STATE/postfix/data"
for u in "${USERS[@]}"; do
	d="$STATE/mail/${u#*@}/${u%@*}"
	if [[ ! -d $d ]]; then
		mkdir -p "$d"
		chown vmail:vmail "$STATE/mail/${u#*@}" "$d"
	fi
done

# ---------------------------------------------------------------- TLS
if [[ ! -s $STATE/tls/cert.pem || ! -s $STATE/tls/key.pem ]]; then
	log "creating self-signed certificate"
	openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=localhost \
		-addext "subjectAltName=DNS:localhost,DNS:mail.example.test,IP:127.0.0.1" \
		-keyout "$STATE/tls/key.pem" -out "$STATE/tls/cert.pem" </dev/null >"$STATE/tls/openssl.log" 2>&1 ||
		die "openssl req failed: $(cat "$STATE/tls/openssl.log")"
fi
chmod 0600 "$STATE/tls/key.pem"
chmod 0644 "$STATE/tls/cert.pem"

# put FILE MODE OWNER: install stdin as FILE when it differs; prints "changed".
put() {
	local file=$1 mode=$2 owner=$3 tmp
	tmp=$(mktemp "$file.XXXXXX")
	cat >"$tmp"
	chmod "$mode" "$tmp"
	chown "$owner" "$tmp"
	if [[ -f $file ]] && cmp -s "$tmp" "$file"; then
		rm -f "$tmp"
		return 0
	fi
	mv -f "$tmp" "$file"
	echo changed
}

# ---------------------------------------------------------------- Dovecot
DC="$STATE/dovecot"
dovecot_changed=""
dovecot_changed+=$(
	for u in "${USERS[@]}"; do
		printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$u" "$PASSWORD" "$VUID" "$VGID" "$STATE/mail/${u#*@}/${u%@*}"
	done | put "$DC/users" 0640 root:dovecot
)
dovecot_changed+=$(put "$DC/dovecot.conf" 0644 root:root <<EOF
# Generated by coffeechat scripts/mail-up.sh; rewritten on every run.
instance_name = ccmail-$IMAP_PORT
base_dir = $DC/run
state_dir = $DC/state
listen = 127.0.0.1
protocols = imap lmtp
log_path = $DC/log/dovecot.log
info_log_path = $DC/log/dovecot.log
hostname = mail.example.test

ssl = yes
ssl_cert = <$STATE/tls/cert.pem
ssl_key = <$STATE/tls/key.pem
ssl_dh = </usr/share/dovecot/dh.pem

disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0

first_valid_uid = $VUID
last_valid_uid = $VUID
first_valid_gid = $VGID
last_valid_gid = $VGID
mail_location = maildir:~/Maildir
recipient_delimiter = +

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu $DC/users
}
userdb {
  driver = passwd-file
  args = username_format=%Lu $DC/users
}

namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
}

protocol imap {
  mail_max_userip_connections = 100
}

service imap-login {
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  unix_listener lmtp {
    user = postfix
    group = postfix
    mode = 0660
  }
}
service auth {
  unix_listener auth-postfix {
    user = postfix
    group = postfix
    mode = 0660
  }
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
EOF
)

# ---------------------------------------------------------------- Postfix
PF="$STATE/postfix"
postfix_changed=""
postfix_changed+=$(
	for u in "${USERS[@]}"; do printf '%s OK\n' "$u"; done | put "$PF/etc/vmailbox" 0644 root:root
)
postfix_changed+=$(put "$PF/etc/main.cf" 0644 root:root <<EOF
# Generated by coffeechat scripts/mail-up.sh; rewritten on every run.
compatibility_level = 3.6
queue_directory = $PF/spool
data_directory = $PF/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
maillog_file = $PF/log/maillog
maillog_file_prefixes = $STATE
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mail.example.test
mydomain = example.test
myorigin = \$mydomain
mydestination =
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
local_recipient_maps =
local_transport = error:local delivery is disabled
biff = no
recipient_delimiter = +
virtual_mailbox_domains = $DOMAINS
virtual_mailbox_maps = texthash:$PF/etc/vmailbox
virtual_transport = lmtp:unix:$DC/run/lmtp
default_transport = error:mail to outside domains is disabled
relay_transport = error:mail to outside domains is disabled
smtpd_relay_restrictions = reject_unauth_destination
smtpd_tls_cert_file = $STATE/tls/cert.pem
smtpd_tls_key_file = $STATE/tls/key.pem
smtpd_tls_security_level = may
smtpd_tls_loglevel = 0
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 60s
EOF
)
# chroot "n" everywhere: the LMTP and SASL socket paths are absolute.
postfix_changed+=$(put "$PF/etc/master.cf" 0644 root:root <<EOF
# Generated by coffeechat scripts/mail-up.sh; rewritten on every run.
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
127.0.0.1:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_type=dovecot
  -o smtpd_sasl_path=$DC/run/auth-postfix
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
  -o smtpd_recipient_restrictions=reject_unauth_destination
pickup     unix  n - n 60   1 pickup
cleanup    unix  n - n -    0 cleanup
qmgr       unix  n - n 300  1 qmgr
tlsmgr     unix  - - n 1000? 1 tlsmgr
rewrite    unix  - - n -    - trivial-rewrite
bounce     unix  - - n -    0 bounce
defer      unix  - - n -    0 bounce
trace      unix  - - n -    0 bounce
verify     unix  - - n -    1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n -    - proxymap
proxywrite unix  - - n -    1 proxymap
smtp       unix  - - n -    - smtp
relay      unix  - - n -    - smtp
showq      unix  n - n -    - showq
error      unix  - - n -    - error
retry      unix  - - n -    - error
discard    unix  - - n -    - discard
lmtp       unix  - - n -    - lmtp
anvil      unix  - - n -    1 anvil
scache     unix  - - n -    1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF
)

# ---------------------------------------------------------------- processes
# alive PIDFILE EXE-SUFFIX: prints the pid when it names a live process of
# that binary. A master re-parented to PID 1 may linger as a zombie after
# SIGTERM, so state Z counts as gone.
alive() {
	local pidfile=$1 exe=$2 pid state
	[[ -r $pidfile ]] || return 1
	pid=$(tr -dc '0-9' <"$pidfile")
	[[ -n $pid && -d /proc/$pid ]] || return 1
	[[ $(readlink "/proc/$pid/exe" 2>/dev/null) == *"$exe" ]] || return 1
	state=$(sed -E 's/^[0-9]+ \(.*\) (.).*/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
	[[ $state != Z ]] || return 1
	echo "$pid"
}

DOVECOT_PID="$DC/run/master.pid"
POSTFIX_PID="$PF/spool/pid/master.pid"

if alive "$DOVECOT_PID" /dovecot >/dev/null; then
	if [[ -n $dovecot_changed ]]; then
		log "dovecot config changed: reloading"
		doveconf -c "$DC/dovecot.conf" -n >/dev/null 2>"$DC/log/doveconf.err" ||
			die "dovecot.conf invalid: $(cat "$DC/log/doveconf.err")"
		doveadm -c "$DC/dovecot.conf" reload </dev/null >>"$DC/log/start.log" 2>&1 || die "doveadm reload failed (see $DC/log/start.log)"
	fi
else
	doveconf -c "$DC/dovecot.conf" -n >/dev/null 2>"$DC/log/doveconf.err" ||
		die "dovecot.conf invalid: $(cat "$DC/log/doveconf.err")"
	log "starting dovecot"
	# Never a pipe: the Dovecot master keeps the stderr it was started with.
	dovecot -c "$DC/dovecot.conf" </dev/null >>"$DC/log/start.log" 2>&1 ||
		die "dovecot did not start: $(tail -n 5 "$DC/log/start.log" "$DC/log/dovecot.log" 2>/dev/null)"
fi

if alive "$POSTFIX_PID" /master >/dev/null; then
	if [[ -n $postfix_changed ]]; then
		log "postfix config changed: reloading"
		postfix -c "$PF/etc" reload </dev/null >>"$PF/log/start.log" 2>&1 || die "postfix reload failed (see $PF/log/start.log)"
	fi
else
	log "starting postfix"
	postfix -c "$PF/etc" start </dev/null >>"$PF/log/start.log" 2>&1 ||
		die "postfix did not start: $(tail -n 10 "$PF/log/start.log" "$PF/log/maillog" 2>/dev/null)"
fi

# ---------------------------------------------------------------- readiness
# greets PORT PREFIX: the first line from 127.0.0.1:PORT starts with PREFIX.
# Probed in a child bash: an "exec 3<>/dev/tcp" with a redirection on the same
# line would change this shell's descriptors for good.
greets() {
	timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
		IFS= read -r -t 2 line <&3 || exit 1
		[[ $line == "$2"* ]]' _ "$1" "$2" 2>/dev/null
}
# tls_greets PORT: a verified TLS handshake as "localhost" and an IMAP "* OK".
# s_client would quit on stdin EOF before the greeting arrives; -ign_eof keeps
# it reading until the server closes the connection after LOGOUT.
tls_greets() {
	printf 'a LOGOUT\r\n' |
		timeout 5 openssl s_client -connect "127.0.0.1:$1" -CAfile "$STATE/tls/cert.pem" \
			-verify_return_error -verify_hostname localhost -quiet -ign_eof 2>/dev/null |
		grep -q '^\* OK'
}
ready() {
	greets "$IMAP_PORT" '* OK' &&
		greets "$SMTP_PORT" '220' &&
		greets "$SUBMISSION_PORT" '220' &&
		[[ -S $DC/run/lmtp && -S $DC/run/auth-postfix ]] &&
		tls_greets "$IMAPS_PORT"
}
deadline=$((SECONDS + 20))
until ready; do
	if ((SECONDS >= deadline)); then
		log "servers not ready after 20 s; last log lines:"
		tail -n 15 "$DC/log/dovecot.log" "$PF/log/maillog" "$DC/log/start.log" "$PF/log/start.log" >&2 2>/dev/null || true
		die "not ready"
	fi
	sleep 0.1
done

# Listeners only on loopback (anything else is a config error, not a test).
if command -v ss >/dev/null; then
	bad=$(ss -Hltn | awk -v ports=" $IMAP_PORT $IMAPS_PORT $SMTP_PORT $SUBMISSION_PORT " '
		{ n = split($4, a, ":"); if (index(ports, " " a[n] " ") && $4 !~ /^127\.0\.0\.1:/) print $4 }')
	[[ -z $bad ]] || die "our ports also listen on: $bad"
fi

# ---------------------------------------------------------------- env.sh
put "$STATE/env.sh" 0644 root:root >/dev/null <<EOF
# Generated by coffeechat scripts/mail-up.sh. Source it: . $STATE/env.sh
export CCMAIL_STATE=$STATE
export CCMAIL_IMAP_ADDR=127.0.0.1:$IMAP_PORT
export CCMAIL_IMAPS_ADDR=127.0.0.1:$IMAPS_PORT
export CCMAIL_SMTP_ADDR=127.0.0.1:$SMTP_PORT
export CCMAIL_SUBMISSION_ADDR=127.0.0.1:$SUBMISSION_PORT
export CCMAIL_CA_FILE=$STATE/tls/cert.pem
export CCMAIL_PASSWORD=$PASSWORD
export CCMAIL_USERS="${USERS[*]}"
export CCMAIL_DOVECOT_CONF=$DC/dovecot.conf
export CCMAIL_POSTFIX_CONF=$PF/etc
EOF
log "ready: IMAP $IMAP_PORT (STARTTLS), IMAPS $IMAPS_PORT, SMTP $SMTP_PORT, submission $SUBMISSION_PORT; env: $STATE/env.sh"
