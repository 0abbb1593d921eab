#!/usr/bin/env bash
# bench/rss.sh -- RSS of `coffeechat run` at rest after the 10,000-thread
# backlog (issue 9: under 30 MB), R times, on bench/run.sh's private mail
# server instance. The same measurement as run.sh's "at rest" line, alone
# and repeated, so a change to memory at rest can be compared quickly:
#
#   bash bench/rss.sh              # R=3 runs; SRC=/other/tree to measure another build
#
# Each run: the backlog back in "Bench", `coffeechat run` until every
# invite is sent, then VmRSS, RssAnon, RssFile (pages of the binary) and
# VmHWM (peak) at 10 s (just after the daemon's release, 5 s after the
# last work), 30 s and 75 s (after its once-a-minute timers have run: the
# steady state at rest).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=${SRC:-$ROOT}
OUT=${OUT:-/tmp/ccbench}
N=${N:-10000}
R=${R:-3}
STATE=${CCBENCH_STATE:-/tmp/ccmail-perf}
BIN=$OUT/bin
mkdir -p "$BIN" "$OUT/work"
log() { printf 'rss: %s\n' "$*" >&2; }

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
bench_mail_up
DOVEADM=(doveadm -c "$CCMAIL_DOVECOT_CONF")

(cd "$SRC" && go build -o "$BIN/coffeechat.rss" ./cmd/coffeechat)
(cd "$ROOT" && go build -o "$BIN/" ./bench/cmd/mkbacklog)
count() { "${DOVEADM[@]}" mailbox status -u chats@example.test messages "$1" 2>/dev/null | sed -n 's/.*messages=//p'; }
restore() { "$BIN/mkbacklog" -folder Bench -restore BenchDone >/dev/null; }
if (($(count Bench || echo 0) + $(count BenchDone || echo 0) != N)); then
	log "filling Bench with $N threads (APPEND, a few minutes)"
	"$BIN/mkbacklog" -folder BenchDone -n 0 -empty BenchDone >/dev/null
	"$BIN/mkbacklog" -folder Bench -n "$N" -empty Bench >&2
else
	restore
fi
sample() { awk '/^(VmRSS|RssAnon|RssFile|VmHWM):/{printf "%s %.1f MB  ", $1, $2/1024}' "/proc/$1/status"; }

echo "coffeechat $(cd "$SRC" && git rev-parse --short HEAD 2>/dev/null || echo '?'), $N threads, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
for i in $(seq "$R"); do
	"${DOVEADM[@]}" expunge -u owner@example.test mailbox INBOX all
	run_once rss
	"$BIN/coffeechat.rss" run --config "$OUT/work/rss/config.toml" >/dev/null 2>"$OUT/work/rss/log" &
	pid=$!
	deadline=$((SECONDS + 900))
	until [[ $(grep -c '"mail sent"' "$OUT/work/rss/log" || true) -ge $N ]]; do
		((SECONDS < deadline)) || { log "the daemon did not send $N invites in 15 minutes"; break; }
		sleep 1
	done
	sleep 10
	at10=$(sample "$pid")
	sleep 20
	at30=$(sample "$pid")
	sleep 45
	at75=$(sample "$pid")
	# The largest anonymous mappings at rest, for where the rest goes.
	awk '/^[0-9a-f]+-/{m=$0} /^Anonymous:/{if ($2 > 1024) print $2 " kB  " m}' "/proc/$pid/smaps" | sort -rn | head -5 >"$OUT/work/rss/anon.txt"
	kill -TERM "$pid"
	wait "$pid" || true
	echo "run $i: at 10 s: $at10"
	echo "run $i: at 30 s: $at30"
	echo "run $i: at 75 s: $at75"
	sed "s/^/run $i: anon /" "$OUT/work/rss/anon.txt"
	restore
done
