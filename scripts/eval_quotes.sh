#!/usr/bin/env bash
# Quote scores (EVAL.md): Wikinews 2016 dev gold, then the literary gold
# (fr-litbank-citations, converted by scripts/litbank_to_quote_eval.py).
# Usage: scripts/eval_quotes.sh [--errors N] [--json]
# Honours CARGO_TARGET_DIR (build dir) and OUT (output dir, default out/), so
# several people can evaluate in one working tree.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
OUT=${OUT:-out}
TARGET=${CARGO_TARGET_DIR:-target}
mkdir -p "$OUT"
cargo build -q --release --example analyze
ANALYZE="$TARGET/release/examples/analyze"
python3 "$SHARED/tools/quote_eval.py" docs "$SHARED/data/quotes/wikinews-2016.jsonl" "$SHARED/data/winer-fr/2016" > "$OUT"/q.jsonl
"$ANALYZE" --jsonl < "$OUT"/q.jsonl > "$OUT"/q.out.jsonl
echo "== wikinews-2016 (dev)"
python3 "$SHARED/tools/quote_eval.py" eval "$SHARED/data/quotes/wikinews-2016.jsonl" "$SHARED/data/winer-fr/2016" "$OUT"/q.out.jsonl "$@"
LIT="$SHARED/data/quotes/fr-litbank-citations"
if [ -d "$LIT" ] && [ "${NO_LITBANK:-}" = "" ]; then
    python3 scripts/litbank_to_quote_eval.py "$LIT" > "$OUT"/litbank.gold.jsonl
    python3 "$SHARED/tools/quote_eval.py" docs "$OUT"/litbank.gold.jsonl "$LIT" > "$OUT"/lit.jsonl
    "$ANALYZE" --jsonl < "$OUT"/lit.jsonl > "$OUT"/lit.out.jsonl
    echo "== fr-litbank-citations"
    python3 "$SHARED/tools/quote_eval.py" eval "$OUT"/litbank.gold.jsonl "$LIT" "$OUT"/lit.out.jsonl "$@"
fi
