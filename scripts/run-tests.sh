#!/usr/bin/env bash
# usage: scripts/run-tests.sh swift test [options…]
# Runs the test command, then says how many tests and suites it skipped. A
# skip is a failure: a test whose consumer (WeasyPrint, the Nu checker, the
# reqif schema, StrictDoc) is missing must fail, or `make test` would report
# every test passed while those checks never ran. swift-testing's summary
# counts a skipped test among those that passed, hence this line.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# swift-testing: "➜ Test name() skipped: "reason"" (or "skipped." without one).
skipped=$(grep -cE '^[^ ]+ (Test|Suite) .* skipped(: .*|\.)?$' "$log")
echo "Skipped: $skipped"
if [ "$skipped" -gt 0 ]; then
    grep -E '^[^ ]+ (Test|Suite) .* skipped(: .*|\.)?$' "$log" >&2
    echo "error: $skipped skipped; a test must fail, not skip, when what it needs is missing" >&2
    [ "$status" -eq 0 ] && status=1
fi
exit "$status"
