#!/usr/bin/env bash
# test.sh -- coffeechat's test command: `bash scripts/test.sh` (CI: .ci/run).
#
#   gofmt -l (must print nothing), go vet ./...,
#   Dovecot + Postfix on 127.0.0.1 (scripts/mail-up.sh, state in $CCMAIL_STATE_DIR, default /tmp/ccmail),
#   go test -race -count=1 over every package with COFFEECHAT_E2E=1 (e2e/ last and alone: it runs the built
#   binary against those servers), then every Fuzz* target for $FUZZTIME (default 10s).
#
# Every step runs even when an earlier one failed, so one run shows everything;
# the exit status is non-zero when anything failed. Needs root (the mail servers).
# FUZZTIME=0 skips fuzzing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
if ! command -v go >/dev/null 2>&1; then
	export PATH=/usr/local/go/bin:$PATH
fi
command -v go >/dev/null 2>&1 || { echo "test.sh: go not found (looked on PATH and in /usr/local/go/bin)" >&2; exit 1; }

STATE=${CCMAIL_STATE_DIR:-/tmp/ccmail}
FUZZTIME=${FUZZTIME:-10s}
LOGDIR=$(mktemp -d "${TMPDIR:-/tmp}/coffeechat-test.XXXXXX")
trap 'rm -rf "$LOGDIR"' EXIT

failed_steps=()
tests_passed=0
tests_failed=0
started=$SECONDS

say() { printf '\n=== %s\n' "$*"; }
fail_step() {
	failed_steps+=("$1")
	printf -- '--- FAIL: %s\n' "$1"
}

# gotest ARGS...: go test -json, shown as go test's normal output (package
# ok/FAIL lines, output of failing and skipped tests), tests counted.
gotest() {
	local rc=0 p=0 f=0
	if command -v python3 >/dev/null 2>&1; then
		go test -json "$@" >"$LOGDIR/test.json" 2>"$LOGDIR/test.err" || rc=$?
		cat "$LOGDIR/test.err"
		python3 "$ROOT/scripts/gotest-report.py" "$LOGDIR/counts" <"$LOGDIR/test.json" || rc=1
		read -r p f <"$LOGDIR/counts" || true
		tests_passed=$((tests_passed + p))
		tests_failed=$((tests_failed + f))
		if ((f > 0)); then rc=1; fi
	else
		go test "$@" || rc=$?
	fi
	return "$rc"
}

# ---------------------------------------------------------------- gofmt
say "gofmt -l"
# Every .go file but fixtures under testdata/ (they may be malformed on purpose).
unformatted=$(find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*' -print0 | xargs -0 -r gofmt -l 2>&1 || true)
if [[ -n $unformatted ]]; then
	echo "gofmt: these files need formatting (gofmt -w):"
	echo "$unformatted"
	fail_step gofmt
fi

# ---------------------------------------------------------------- vet
say "go vet ./..."
go vet ./... || fail_step "go vet"

# ---------------------------------------------------------------- servers
say "mail servers (scripts/mail-up.sh $STATE)"
t0=$SECONDS
if bash scripts/mail-up.sh "$STATE" </dev/null >"$LOGDIR/mail-up.log" 2>&1; then
	cat "$LOGDIR/mail-up.log"
	echo "mail-up: $((SECONDS - t0)) s"
else
	cat "$LOGDIR/mail-up.log"
	fail_step "mail-up.sh"
fi
if [[ -r $STATE/env.sh ]]; then
	# shellcheck disable=SC1091
	. "$STATE/env.sh"
fi
export COFFEECHAT_E2E=1

# The shared invite validator, when it sits beside the checkout (CI puts
# shared/ there). Its --setup needs apt and npm; run it only when missing.
ICS_CHECK=$ROOT/../shared/tools/ics-check
if [[ -x $ICS_CHECK ]]; then
	tools=$(dirname "$ICS_CHECK")
	need_setup=0
	[[ -d $tools/node_modules/ical.js ]] || need_setup=1
	for p in python3-icalendar libical-dev pkg-config gcc; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || need_setup=1
	done
	if ((need_setup)); then
		say "ics-check --setup"
		"$ICS_CHECK" --setup </dev/null >"$LOGDIR/ics-setup.log" 2>&1 || {
			cat "$LOGDIR/ics-setup.log"
			fail_step "ics-check --setup"
		}
	fi
fi

# ---------------------------------------------------------------- tests
# e2e/ runs after the other packages, not beside them: it empties and reads
# the shared Dovecot accounts, which other packages' tests may also use.
mapfile -t pkgs < <(go list ./... | grep -v '/e2e$')
say "go test -race -count=1 (${#pkgs[@]} packages)"
gotest -race -count=1 "${pkgs[@]}" || fail_step "go test"
if [[ -d e2e ]]; then
	say "go test -race -count=1 ./e2e (COFFEECHAT_E2E=1: Dovecot/Postfix)"
	gotest -race -count=1 ./e2e || fail_step "go test ./e2e"
fi

# ---------------------------------------------------------------- fuzzing
# fuzz_one PKG DIR NAME: fuzz one target for $FUZZTIME. Go 1.26's fuzz
# coordinator can fail a target with a bare "context deadline exceeded" at
# the -fuzztime boundary and write no failing input (golang/go#75804, fixed
# in Go 1.27). Such a run is retried once; a run that writes a failing input
# to testdata/fuzz/NAME, or fails twice, is a failure.
fuzz_one() {
	local pkg=$1 dir=$2 name=$3 attempt before after
	for attempt in 1 2; do
		before=$(ls "$dir/testdata/fuzz/$name" 2>/dev/null | wc -l)
		if go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "$pkg" 2>&1 | tee "$LOGDIR/fuzz.log"; then
			return 0
		fi
		after=$(ls "$dir/testdata/fuzz/$name" 2>/dev/null | wc -l)
		if ((after > before)) || ! grep -q 'context deadline exceeded' "$LOGDIR/fuzz.log"; then
			return 1
		fi
		((attempt == 1)) && echo "test.sh: $name: \"context deadline exceeded\" without a failing input (golang/go#75804); retrying once"
	done
	return 1
}

if [[ $FUZZTIME != 0 ]]; then
	say "fuzzing, $FUZZTIME per target"
	for pkg in "${pkgs[@]}"; do
		# Only packages with a Fuzz function in a test file can have targets.
		dir=$(go list -f '{{.Dir}}' "$pkg")
		grep -qs '^func Fuzz' "$dir"/*_test.go || continue
		if ! names=$(go test -list '^Fuzz' "$pkg" 2>&1); then
			echo "$names"
			fail_step "fuzz list $pkg"
			continue
		fi
		for name in $(grep -E '^Fuzz[A-Za-z0-9_]*$' <<<"$names"); do
			echo "--- fuzz $name ($pkg)"
			if fuzz_one "$pkg" "$dir" "$name"; then
				tests_passed=$((tests_passed + 1))
			else
				tests_failed=$((tests_failed + 1))
				fail_step "fuzz $name"
			fi
		done
	done
fi

# ---------------------------------------------------------------- summary
echo
echo "test.sh: $((SECONDS - started)) s"
if ((${#failed_steps[@]} > 0)); then
	echo "test.sh: failed steps: ${failed_steps[*]}"
fi
if command -v python3 >/dev/null 2>&1; then
	echo "$tests_passed passed, $tests_failed failed"
fi
((${#failed_steps[@]} == 0))
