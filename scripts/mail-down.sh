#!/usr/bin/env bash
# mail-down.sh [STATE] [--purge] -- stop exactly the Dovecot and Postfix that
# scripts/mail-up.sh started for STATE (default /tmp/ccmail); --purge also
# deletes STATE. A pid is signalled only when /proc/PID/exe is the expected
# binary, so a stale pid file never hits an unrelated process.
set -euo pipefail

STATE=/tmp/ccmail
PURGE=0
for a in "$@"; do
	case $a in
	--purge) PURGE=1 ;;
	-*) echo "usage: mail-down.sh [STATE] [--purge]" >&2; exit 2 ;;
	*) STATE=$a ;;
	esac
done
log() { printf 'mail-down: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
[[ $STATE != / && -n $STATE ]] || die "refusing STATE=$STATE"

# alive PIDFILE EXE-SUFFIX: prints the pid of a live (not zombie) process of
# that binary named by the pid file.
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

# gone PID: the process no longer exists or is a zombie (re-parented masters
# may be reaped late by PID 1).
gone() {
	local state
	[[ -d /proc/$1 ]] || return 0
	state=$(sed -E 's/^[0-9]+ \(.*\) (.).*/\1/' "/proc/$1/stat" 2>/dev/null) || return 0
	[[ $state == Z ]]
}

stop() {
	local name=$1 pidfile=$2 exe=$3 pid i
	if ! pid=$(alive "$pidfile" "$exe"); then
		log "$name not running"
		return 0
	fi
	log "stopping $name (pid $pid)"
	# SIGTERM: each master takes its children down.
	kill -TERM "$pid"
	for ((i = 0; i < 100; i++)); do
		gone "$pid" && return 0
		sleep 0.1
	done
	die "$name (pid $pid) still running after 10 s"
}

stop postfix "$STATE/postfix/spool/pid/master.pid" /master
stop dovecot "$STATE/dovecot/run/master.pid" /dovecot

# The ports must refuse connections now (children finish with their master).
ports=()
if [[ -r $STATE/env.sh ]]; then
	# shellcheck disable=SC1091
	ports=($(. "$STATE/env.sh" && for v in "$CCMAIL_IMAP_ADDR" "$CCMAIL_IMAPS_ADDR" "$CCMAIL_SMTP_ADDR" "$CCMAIL_SUBMISSION_ADDR"; do echo "${v##*:}"; done))
fi
for port in "${ports[@]}"; do
	for ((i = 0; ; i++)); do
		bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$port" 2>/dev/null || break
		((i < 50)) || die "port $port still accepts connections"
		sleep 0.1
	done
done

if ((PURGE)); then
	if [[ -d $STATE && ( -e $STATE/env.sh || -d $STATE/dovecot || -d $STATE/postfix ) ]]; then
		log "removing $STATE"
		rm -rf -- "$STATE"
	elif [[ -e $STATE ]]; then
		die "$STATE does not look like a mail-up.sh state directory; not removing it"
	fi
fi
log "stopped"
