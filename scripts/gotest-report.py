#!/usr/bin/env python3
"""gotest-report.py COUNTS_FILE < go-test.json

Reads `go test -json` from stdin and prints what plain `go test` prints
(build errors, package ok/FAIL lines, the output of failed tests) plus the
reason of every skipped test, so a skip is never quiet. Writes "PASSED FAILED"
to COUNTS_FILE: tests and subtests that passed or failed, plus one failure per
package that failed without a failing test (build error, panic in TestMain,
timeout). Used by scripts/test.sh.
"""
import json
import sys
from collections import defaultdict


def main():
    counts_file = sys.argv[1]
    out = defaultdict(list)      # (pkg, test) -> output lines
    passed = failed = 0
    pkg_failed_tests = defaultdict(int)
    w = sys.stdout.write
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            ev = json.loads(line)
        except ValueError:
            w(line + "\n")  # not JSON: pass through
            continue
        action = ev.get("Action")
        pkg = ev.get("Package") or ev.get("ImportPath", "")
        test = ev.get("Test")
        if action == "build-output":
            w(ev.get("Output", ""))
        elif action == "output":
            if test:
                out[(pkg, test)].append(ev.get("Output", ""))
            elif ev.get("Output") != "PASS\n":  # plain go test omits it
                w(ev.get("Output", ""))
        elif test and action in ("pass", "fail", "skip"):
            lines = out.pop((pkg, test), [])
            if action == "pass":
                passed += 1
            elif action == "fail":
                failed += 1
                pkg_failed_tests[pkg] += 1
                w("".join(l for l in lines if not l.startswith("=== ")))
            else:
                w("".join(l for l in lines if not l.startswith("=== ")))
        elif not test and action == "fail" and pkg_failed_tests[pkg] == 0:
            failed += 1
    # Output of tests that never finished (a panic or timeout killed them).
    for (pkg, test), lines in out.items():
        w("".join(lines))
    sys.stdout.flush()
    with open(counts_file, "w") as f:
        f.write(f"{passed} {failed}\n")


if __name__ == "__main__":
    main()
