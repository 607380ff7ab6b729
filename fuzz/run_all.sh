#!/usr/bin/env bash
# Runs every fuzz target for SECS seconds each (default 300), one after the
# other, from the seeds in fuzz/seeds; prints the executions each reached.
# Needs cargo-fuzz and a nightly toolchain: cargo +nightly fuzz ...
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
  cargo +nightly fuzz run -O "$t" corpus/$t -- -max_total_time="$SECS" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 >logs/$t.log 2>&1
  echo "$t: exit $? $(grep -E 'stat::number_of_executed_units' logs/$t.log | tail -1)"
done
