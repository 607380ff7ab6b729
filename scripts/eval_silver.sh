#!/usr/bin/env bash
# Quote scores on the project's silver sets (eval/silver/README.md):
# articles of ../shared/data/winer-fr/2016 outside the quote gold.
# Usage: scripts/eval_silver.sh [--errors N]   (read eval/silver/README.md
# before reading silver3's errors: it is the held-out set)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
OUT=${OUT:-out}
TARGET=${CARGO_TARGET_DIR:-target}
mkdir -p "$OUT"
cargo build -q --release --example analyze
TEXTS="$SHARED/data/winer-fr/2016"
for f in eval/silver/silver*.jsonl; do
    s=$(basename "$f" .jsonl)
    python3 "$SHARED/tools/quote_eval.py" docs eval/silver/$s.jsonl "$TEXTS" > "$OUT/$s.jsonl"
    "$TARGET/release/examples/analyze" --jsonl < "$OUT/$s.jsonl" > "$OUT/$s.out.jsonl"
    echo "== $s"
    python3 "$SHARED/tools/quote_eval.py" eval eval/silver/$s.jsonl "$TEXTS" "$OUT/$s.out.jsonl" "$@" | grep -E "quotes@0.3|attribution|recall"
done
