#!/usr/bin/env bash
# bench/commands.sh -- issue 9's store target, measured on the commands a
# user runs: `coffeechat status`, `coffeechat meetings` and the weekly
# summary (`coffeechat summary --print`) each under 50 ms wall, whole
# process, on a store with 10,000 meetings and 100,000 messages seen. No mail
# server, no root; about a minute. Run from anywhere:
#
#   bash bench/commands.sh                 # rewrites its own section at the end of bench/RESULTS.md
#   RUNS=21 bash bench/commands.sh         # more runs per command (default 11)
#   SRC=/path/to/tree bash bench/commands.sh   # time the coffeechat built from another tree
#   WRITE=0 bash bench/commands.sh         # print the results only
#
# It builds coffeechat (plain `go build`: no -race, no coverage) and
# bench/cmd/mkstore, which writes a fresh store with store.FillLarge -- the
# records daemon/store's BenchmarkReports measures: 10,000 contacts each
# with a meeting an hour apart (200 still to come), 2,000 referrals not yet
# contacted, 10,000 sent emails of ~5 KB, 20,000 jobs, 100,000 messages seen --
# around the current hour, since the commands read the real clock. Each
# command runs once untimed (the page cache), then RUNS times; the median
# and the max wall time of each are reported, with `coffeechat -h` as the
# floor every command pays (process start and package init), and what
# GODEBUG=inittrace=1 says of that init. Wall times are noisy when other
# work shares the machine; the load average is recorded.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=${SRC:-$ROOT}
OUT=${OUT:-/tmp/ccbench-commands}
RUNS=${RUNS:-11}
WRITE=${WRITE:-1}
mkdir -p "$OUT"
log() { printf 'commands.sh: %s\n' "$*" >&2; }

log "building"
(cd "$SRC" && go build -o "$OUT/coffeechat" ./cmd/coffeechat)
# From the same tree: the store must be at the schema that coffeechat knows.
(cd "$SRC" && go build -o "$OUT/mkstore" ./bench/cmd/mkstore) ||
	{ log "$SRC has no bench/cmd/mkstore: copy it and daemon/store/fill.go there"; exit 1; }

DB=$OUT/large.db
rm -f "$DB" "$DB-wal" "$DB-shm"
log "filling $DB"
FILL=$("$OUT/mkstore" -db "$DB" -meetings 10000 -upcoming 200 -seen 100000)
CONFIG=$OUT/config.toml
cat >"$CONFIG" <<EOF
[owner]
name = "Bench Owner"
email = "owner@example.test"
timezone = "America/New_York"
dedicated_address = "chats@example.test"

# Never contacted: the reading commands need no mail server.
[imap]
address = "127.0.0.1:1"
tls = "starttls"
username = "chats@example.test"
password_env = "CCBENCH_UNUSED_PASSWORD"

[smtp]
address = "127.0.0.1:1"
username = "chats@example.test"
password_env = "CCBENCH_UNUSED_PASSWORD"

[database]
path = "$DB"
EOF
chmod 600 "$CONFIG"

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
maximum() { sort -n | tail -1; }

# timeit NAME ARGS...: RUNS wall times in ms of `coffeechat ARGS`, one a line.
timeit() {
	local name=$1
	shift
	"$OUT/coffeechat" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || {
		log "coffeechat $* failed: $(head -1 "$OUT/$name.err")"
		return 1
	}
	local i s e
	for ((i = 0; i < RUNS; i++)); do
		s=$EPOCHREALTIME
		"$OUT/coffeechat" "$@" >/dev/null 2>&1
		e=$EPOCHREALTIME
		awk -v s="$s" -v e="$e" 'BEGIN{printf "%.1f\n", (e-s)*1000}'
	done >"$OUT/$name.ms"
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
log "timing, $RUNS runs each"
declare -a ROWS=(
	"help|coffeechat -h (floor: process start and init)|-h"
	"status|coffeechat status|status --config $CONFIG"
	"meetings|coffeechat meetings (its default)|meetings --config $CONFIG"
	"summary|coffeechat summary --print (the weekly summary)|summary --print --config $CONFIG"
	"meetings_all|coffeechat meetings --all (all 10,000)|meetings --all --config $CONFIG"
	"meetings_json|coffeechat meetings --json (all 10,000)|meetings --json --config $CONFIG"
)
TABLE="| command | output lines | median ms | max ms | under 50 ms |"$'\n'"|---|---|---|---|---|"
for row in "${ROWS[@]}"; do
	IFS='|' read -r name label args <<<"$row"
	# shellcheck disable=SC2086 # args is a word list
	if ! timeit "$name" $args; then
		# An older build without the flag (SRC=...): a row that says so.
		TABLE+=$'\n'"| \`${label%% (*}\`${label#"${label%% (*}"} | - | - | - | not in this build |"
		continue
	fi
	med=$(median <"$OUT/$name.ms")
	mx=$(maximum <"$OUT/$name.ms")
	lines=$(wc -l <"$OUT/$name.out")
	ok=$(awk -v m="$med" 'BEGIN{print (m < 50) ? "yes" : "**no**"}')
	[[ $name == help ]] && ok="-"
	TABLE+=$'\n'"| \`${label%% (*}\`${label#"${label%% (*}"} | $lines | $med | $mx | $ok |"
	log "$name: median $med ms, max $mx ms ($(tr '\n' ' ' <"$OUT/$name.ms"))"
done

# Package init before main, from the runtime's own trace (it slows what it
# measures a little): the whole, and daemon/reading's share.
INIT=$(for i in 1 2 3 4 5; do GODEBUG=inittrace=1 "$OUT/coffeechat" -h 2>&1 >/dev/null | awk '
	/^init / {c += $5; if ($2 ~ /daemon\/reading$/) {r = $5; rb = $8}; if ($2 == "main") m = substr($3, 2)}
	END {printf "%.1f %.1f %.1f %.1f\n", m, c, r, rb/1e6}'; done | sort -n | awk 'NR==3')
read -r MAIN_AT INIT_MS READING_MS READING_MB <<<"$INIT"

SECTION=$(
	cat <<EOF
<!-- BEGIN bench/commands.sh -->
## Reading commands, whole process (bench/commands.sh)

\`bash bench/commands.sh\` times the commands as a user runs them (a fresh process each, wall
clock) on \`store.FillLarge\`'s store. Target (issue 9): status, meetings and the weekly summary
each under 50 ms.

- $(nproc) vCPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(go version | cut -d' ' -f3-), load average $LOAD
- measured $(date -u '+%Y-%m-%d %H:%M UTC'), coffeechat from $SRC ($(cd "$SRC" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$SRC" && git diff --quiet HEAD 2>/dev/null || echo ' plus uncommitted changes')), plain \`go build\`
- store: $FILL; $RUNS runs per command after one untimed

$TABLE

Init before \`main\` (\`GODEBUG=inittrace=1 coffeechat -h\`, median of 5): main starts at ${MAIN_AT} ms;
package inits ${INIT_MS} ms in all, of which daemon/reading ${READING_MS} ms and ${READING_MB} MB.
<!-- END bench/commands.sh -->
EOF
)
printf '%s\n' "$SECTION"
if [[ $WRITE == 1 ]]; then
	RES=$ROOT/bench/RESULTS.md
	if grep -q '^<!-- BEGIN bench/commands.sh -->$' "$RES"; then
		# Replace our own section, leaving the rest of the file as it is.
		printf '%s\n' "$SECTION" >"$OUT/section.md"
		awk -v f="$OUT/section.md" '
			/^<!-- BEGIN bench\/commands.sh -->$/ {while ((getline l < f) > 0) print l; skip = 1; next}
			/^<!-- END bench\/commands.sh -->$/ {skip = 0; next}
			!skip' "$RES" >"$OUT/RESULTS.md"
		cp "$OUT/RESULTS.md" "$RES"
	else
		printf '\n%s\n' "$SECTION" >>"$RES"
	fi
	log "wrote its section of $RES"
fi
