#!/bin/sh
# Run fuzz target $1 for $2 seconds (default 600) in fork mode; further
# arguments go to libFuzzer (e.g. -ignore_crashes=1 to collect several). Timeouts
# and out-of-memory inputs (a huge `range`, `10**10**8`) are skipped, a
# panic, abort or stack overflow stops the run and lands in
# artifacts/$1/. Seeds: seeds/ and the test programs. Needs cargo-fuzz;
# RUSTC_BOOTSTRAP lets stable Rust build with cargo-fuzz's nightly flags.
set -e
cd "$(dirname "$0")"
target=${1:?usage: run.sh parse|compile_run [seconds] [libFuzzer flags]}
secs=${2:-600}
shift; [ $# -gt 0 ] && shift
mkdir -p corpus/$target tests-seed
cp ../tests/programs/*.py tests-seed/
ASAN_OPTIONS=detect_leaks=0 RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" corpus/$target seeds tests-seed -- \
    -dict=python.dict -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
    -detect_leaks=0 -fork=1 -ignore_timeouts=1 -ignore_ooms=1 -max_total_time="$secs" "$@"
