#!/usr/bin/env bash
# Runs every fuzz target for SECS seconds each (default 300), one after the
# other, from the seeds in fuzz/seeds; prints the executions each reached.
# Needs cargo-fuzz and a nightly toolchain: cargo +nightly fuzz ...
# The crate is safe Rust: no sanitizer (-s none), optimised (-O). Set
# FUZZ_TARGET_DIR to build elsewhere than fuzz/target.
#   ./run_all.sh 600 tag quotes     # 10 minutes each for two targets
# FUZZ_FLAGS adds libFuzzer flags, e.g. FUZZ_FLAGS="-fork=1 -ignore_crashes=1"
# to go on past a known crash (each crash is still saved in artifacts/).
set -u
cd "$(dirname "$0")"
SECS=${1:-300}
shift || true
TARGETS=${*:-tokenize tag quotes pipeline gazetteer}
mkdir -p logs
for t in $TARGETS; do
  mkdir -p corpus/$t
  case $t in
    gazetteer) cp seeds/gaz.* corpus/$t/ ;;
    *) cp seeds/*.txt corpus/$t/ ;;
  esac
  nice -n 10 cargo +nightly fuzz run -s none -O ${FUZZ_TARGET_DIR:+--target-dir "$FUZZ_TARGET_DIR"} "$t" corpus/$t -- -max_total_time="$SECS" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 ${FUZZ_FLAGS:-} >logs/$t.log 2>&1
  echo "$t: exit $? $(grep -E 'stat::number_of_executed_units|^#[0-9]+: cov' logs/$t.log | tail -1)"
done
