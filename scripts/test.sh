#!/usr/bin/env bash
# The one test command (README, CI): strict type check, bundle, then every test file
# with node's test runner. Its closing "# pass N / # fail N" lines are what CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
# The app keeps history and a journal under XDG folders: tests never touch the user's own.
# A test that checks those files points these at a folder of its own.
mkdir -p .tmp
export XDG_STATE_HOME="$PWD/.tmp/xdg/state" XDG_CONFIG_HOME="$PWD/.tmp/xdg/config"
# ...nor the code cache the built binary keeps (src/cli/codeCache.ts).
export XDG_CACHE_HOME="$PWD/.tmp/xdg/cache"
npx tsc --noEmit -p . || { echo "typecheck failed"; echo "0 passed, 1 failed"; exit 1; }
node scripts/build.mjs || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
shopt -s globstar nullglob
files=(test/**/*.test.ts test/**/*.test.tsx)
mkdir -p .tmp
node --import tsx --test --test-concurrency=2 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=.tmp/tap.txt "${files[@]}"
rc=$?
# The TAP summary (# tests, # pass, # fail ...) closes the output for CI.
grep -E "^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms)" .tmp/tap.txt | tail -n 8
exit $rc
