#!/usr/bin/env bash
# bench/restlat.sh -- what the release at rest (SQLite cache, Go heap, the
# program's code pages: daemon/memory.go) costs the next mail: threads
# delivered one at a time to `coffeechat run` alternately after a rest (8 s
# of quiet: the 5 s settle and the release) and right after another one;
# prints, per delivery, the time from the daemon's EXISTS to the invite
# accepted by Postfix. Uses bench/run.sh's instance and binary; run that
# (or bench/rss.sh) first.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-/tmp/ccbench}
ROUNDS=${ROUNDS:-4}
STATE=${CCBENCH_STATE:-/tmp/ccmail-perf}
# shellcheck disable=SC1091
. "$STATE/env.sh"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
BIN=$OUT/bin
COFFEECHAT=${COFFEECHAT:-$BIN/coffeechat}
LOG=$OUT/work/lat/log
"$BIN/mkbacklog" -folder BenchLat -n 0 -empty BenchLat >/dev/null 2>&1 || true
MAILBOX=BenchLat PROCESSED=BenchLatDone LOGLEVEL=debug run_once lat
"$COFFEECHAT" run --config "$OUT/work/lat/config.toml" >/dev/null 2>"$LOG" &
pid=$!
sleep 3
off=40000
kinds=()
for _ in $(seq "$ROUNDS"); do
	for kind in rested warm; do
		n0=$(grep -c '"mail sent"' "$LOG" || true)
		"$BIN/mkbacklog" -folder BenchLat -n 1 -offset $off >/dev/null 2>&1
		off=$((off + 1))
		until [[ $(grep -c '"mail sent"' "$LOG" || true) -gt $n0 ]]; do sleep 0.05; done
		kinds+=("$kind")
		[[ $kind == warm ]] && sleep 8
	done
done
kill -TERM "$pid"
wait "$pid" || true
python3 - "$LOG" "${kinds[@]}" <<'PY'
import json, sys
from datetime import datetime
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
ann, out = None, []
for line in open(sys.argv[1]):
    if not line.startswith("{"):
        continue
    e = json.loads(line)
    if e.get("msg") == "imap: new mail announced":
        ann = e["time"]
    elif e.get("msg") == "mail sent" and ann:
        out.append((t(e["time"]) - t(ann)).total_seconds() * 1000)
        ann = None
for kind, ms in zip(sys.argv[2:], out):
    print(f"{kind}: {ms:.1f} ms from EXISTS to the invite accepted")
print("(the first 'rested' is a fresh process's first mail)")
PY
