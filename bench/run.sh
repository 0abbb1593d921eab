#!/usr/bin/env bash
# bench/run.sh -- coffeechat's performance benchmarks (issue 9), measured
# against the raw limits of the same Dovecot and Postfix. Not part of
# scripts/test.sh. Run as root from anywhere:
#
#   bash bench/run.sh                  # everything; rewrites the generated part of bench/RESULTS.md
#   SRC=/path/to/tree bash bench/run.sh   # benchmark the coffeechat binary built from another tree
#
# It starts a private mail-up.sh instance (STATE /tmp/ccmail-perf, ports
# 14143/14993/14025/14587; override with CCBENCH_STATE and CCMAIL_*_PORT) so
# the e2e tests, which empty the shared instance's folders, and this cannot
# disturb each other. The backlog (N
# threads, default 10,000) is APPENDed once to chats@example.test's folder
# "Bench"; each run moves it back from "BenchDone".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=${SRC:-$ROOT}
OUT=${OUT:-/tmp/ccbench}
N=${N:-10000}
RUNS=${RUNS:-3}          # raw fetch runs (median)
LAT_N=${LAT_N:-200}      # IDLE deliveries
MEM10=${MEM10:-1}        # 10 backlog runs in one process (BenchmarkOnceBacklog -benchtime 10x):
                         # ~3-4 min with the busy-window change, ~12 min without it
STATE=${CCBENCH_STATE:-/tmp/ccmail-perf}
BIN=$OUT/bin
mkdir -p "$BIN" "$OUT/work"
log() { printf 'bench: %s\n' "$*" >&2; }

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
bench_mail_up
DOVEADM=(doveadm -c "$CCMAIL_DOVECOT_CONF")

log "building"
(cd "$SRC" && go build -o "$BIN/coffeechat" ./cmd/coffeechat)
(cd "$ROOT" && go build -o "$BIN/" ./bench/cmd/...)
(cd "$SRC" && go test -c -o "$BIN/daemon.test" ./daemon) || { log "daemon tests do not build: no 10-run memory check"; MEM10=0; }

count() { "${DOVEADM[@]}" mailbox status -u chats@example.test messages "$1" 2>/dev/null | sed -n 's/.*messages=//p'; }
restore() { "$BIN/mkbacklog" -folder Bench -restore BenchDone >/dev/null; }
have=$(($(count Bench || echo 0) + $(count BenchDone || echo 0)))
if ((have != N)); then
	log "filling Bench with $N threads (APPEND, a few minutes)"
	"$BIN/mkbacklog" -folder BenchDone -n 0 -empty BenchDone >/dev/null
	"$BIN/mkbacklog" -folder Bench -n "$N" -empty Bench | tee "$OUT/work/fill.txt" >&2
else
	restore
fi

machine() {
	echo "- $(nproc) vCPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -m | awk '/Mem:/{print $2}') MB RAM, $(uname -sr)"
	echo "- $(go version | cut -d' ' -f3-), Dovecot $(dovecot --version | cut -d' ' -f1), Postfix $(postconf -d -h mail_version 2>/dev/null)"
	echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg) -- other sessions build and test on this machine at the same time; wall times are noisy, CPU times less so"
	echo "- measured $(date -u '+%Y-%m-%d %H:%M UTC'), coffeechat from $SRC ($(cd "$SRC" && git rev-parse --short HEAD 2>/dev/null || echo '?') plus uncommitted changes)"
}
MACHINE=$(machine)

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
kv() { tr ' ' '\n' | sed -n "s/^$1=//p" | head -1; }

# ---------------------------------------------------------------- raw fetch + parse
log "raw go-imap FETCH + go-message parse, $RUNS runs"
: >"$OUT/work/raw.txt"
for _ in $(seq "$RUNS"); do
	/usr/bin/time -f "cpu=%U+%S rss_kb=%M" -o "$OUT/work/raw.time" "$BIN/fetchparse" -folder Bench >>"$OUT/work/raw.txt"
	sed -i "\$s/\$/ $(cat "$OUT/work/raw.time")/" "$OUT/work/raw.txt"
done

# ---------------------------------------------------------------- raw MOVE (filing)
log "raw MOVE of the backlog, 50 and 1,000 per command"
MOVES=$(for b in 50 1000; do
	"$BIN/moveraw" -folder Bench -to BenchDone -batch "$b"
	restore
done)

# ---------------------------------------------------------------- coffeechat run --once
"${DOVEADM[@]}" expunge -u owner@example.test mailbox INBOX all
run_once once
log "coffeechat run --once over the backlog"
date +%s.%N >"$OUT/work/once/start"
/usr/bin/time -f "wall=%e cpu=%U+%S rss_kb=%M" -o "$OUT/work/once/time" \
	"$BIN/coffeechat" run --once --config "$OUT/work/once/config.toml" >"$OUT/work/once/stdout" 2>"$OUT/work/once/log" &
TPID=$!
# The CPU time of intake alone: read when the catch-up's last progress line
# is out (the drain follows in the same process).
INTAKE_CPU="?"
while kill -0 "$TPID" 2>/dev/null; do
	if tail -c 65536 "$OUT/work/once/log" 2>/dev/null | grep -q "\"done\":$N,\"total\":$N"; then
		CPID=$(pgrep -P "$TPID" -x coffeechat || true)
		[[ -n $CPID ]] && INTAKE_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f+%.2f", $14/hz, $15/hz}' "/proc/$CPID/stat")
		break
	fi
	sleep 0.05
done
wait "$TPID" || true
ONCE="$("$BIN/logstat" -start "$(cat "$OUT/work/once/start")" "$OUT/work/once/log") intake_cpu_s=$INTAKE_CPU"
ONCE_TIME=$(cat "$OUT/work/once/time")
MEETINGS=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from meetings').fetchone()[0])" "$OUT/work/once/coffeechat.db")
restore

log "raw SMTP sender, the same $N emails over one connection"
"${DOVEADM[@]}" expunge -u owner@example.test mailbox INBOX all
SMTPRAW=$("$BIN/smtpraw" -db "$OUT/work/once/coffeechat.db")

# ---------------------------------------------------------------- RSS at rest
log "coffeechat run (daemon) over the backlog, RSS at rest"
"${DOVEADM[@]}" expunge -u owner@example.test mailbox INBOX all
run_once daemon
"$BIN/coffeechat" run --config "$OUT/work/daemon/config.toml" >/dev/null 2>"$OUT/work/daemon/log" &
DPID=$!
deadline=$((SECONDS + 900))
until [[ $(grep -c '"mail sent"' "$OUT/work/daemon/log" || true) -ge $MEETINGS ]]; do
	((SECONDS < deadline)) || { log "daemon did not finish"; break; }
	sleep 1
done
sleep 10
REST=$(awk '/VmRSS|VmHWM/{printf "%s=%.1fMB ", $1, $2/1024}' "/proc/$DPID/status")
kill -TERM "$DPID"; wait "$DPID" || true
restore

# ---------------------------------------------------------------- IDLE latency
log "IDLE latency, $LAT_N deliveries"
# The drains above queued 20,000 emails for LMTP delivery; a probe thread
# queued behind them would time out.
qdeadline=$((SECONDS + 600))
until postqueue -c "$CCMAIL_POSTFIX_CONF" -p 2>/dev/null | grep -q "Mail queue is empty"; do
	((SECONDS < qdeadline)) || { log "warning: the Postfix queue is still not empty"; break; }
	sleep 2
done
"${DOVEADM[@]}" expunge -u chats@example.test mailbox INBOX all
# Debug level: the watcher logs when its own EXISTS arrived.
MAILBOX=INBOX PROCESSED=BenchIdleDone LOGLEVEL=debug run_once idle
"$BIN/coffeechat" run --config "$OUT/work/idle/config.toml" >/dev/null 2>"$OUT/work/idle/log" &
IPID=$!
sleep 3 # connected and in IDLE (the INBOX is empty: nothing to catch up)
LAT=$("$BIN/idleprobe" -log "$OUT/work/idle/log" -n "$LAT_N" -gap 300ms || echo "idleprobe failed")
kill -TERM "$IPID"; wait "$IPID" || true
"${DOVEADM[@]}" expunge -u chats@example.test mailbox BenchIdleDone all 2>/dev/null || true
[[ $(count Bench) == "$N" ]] || log "warning: Bench holds $(count Bench), not $N; the next run refills"

# ---------------------------------------------------------------- go test -bench
log "go test -bench (store reports, parsing, invite building)"
# The store reports are slow enough for 20 runs each; parsing and invite
# building take ~0.1 ms an op, and 20 ops measured mostly warm-up (first
# use of each expression, cold caches): they run for 2 s each, on one core
# (-cpu 1, so msgs/cpu-s is per core).
GOBENCH=$( (cd "$SRC" && go test -run '^$' -bench 'Reports' -benchtime 20x -benchmem ./daemon/store &&
	go test -run '^$' -bench 'Inspect|Invite|Build' -benchtime 2s -cpu 1 -benchmem ./daemon/reading ./calendar ./mail/compose) 2>&1 |
	grep -E '^(Benchmark|ok|FAIL|---)' || true)

MEM=""
if ((MEM10)); then
	log "10 backlog runs in one process (BenchmarkOnceBacklog -benchtime 10x)"
	MEM=$(COFFEECHAT_BENCH=1 COFFEECHAT_BENCH_SEND=discard "$BIN/daemon.test" -test.run '^$' -test.bench OnceBacklog -test.benchtime 10x 2>&1 |
		grep -E 'run [0-9]+:|msgs/s' || true)
fi

# ---------------------------------------------------------------- report
GEN=$(
	echo "### Generated by bench/run.sh"
	echo
	echo "$MACHINE"
	echo
	echo "Backlog: $N threads; $(cat "$OUT/work/fill.txt" 2>/dev/null || echo 'filled by an earlier run')"
	echo
	echo '```'
	echo "raw fetch+parse (go-imap + go-message), $RUNS runs:"
	cat "$OUT/work/raw.txt"
	echo "raw MOVE (filing), one command at a time:"
	echo "$MOVES"
	echo "coffeechat run --once: $ONCE_TIME meetings=$MEETINGS"
	echo "  $ONCE"
	echo "raw SMTP (one connection): $SMTPRAW"
	echo "coffeechat run, after the backlog, at rest: $REST"
	echo "IDLE latency:"
	echo "$LAT"
	echo "go test -bench:"
	echo "$GOBENCH"
	[[ -n $MEM ]] && { echo "10 backlog runs in one process (Daemon.Once, sender discarding):"; echo "$MEM"; }
	echo '```'
)
RES=$ROOT/bench/RESULTS.md
python3 - "$RES" "$GEN" <<'PY'
import sys
path, gen = sys.argv[1], sys.argv[2]
begin, end = "<!-- BEGIN GENERATED -->", "<!-- END GENERATED -->"
try:
    s = open(path).read()
except FileNotFoundError:
    s = "# Benchmarks\n\n" + begin + "\n" + end + "\n"
if begin not in s:
    s += "\n" + begin + "\n" + end + "\n"
a, rest = s.split(begin, 1)
_, b = rest.split(end, 1)
open(path, "w").write(a + begin + "\n" + gen + "\n" + end + b)
PY
echo "$GEN"
log "wrote $RES"
