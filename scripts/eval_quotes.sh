#!/usr/bin/env bash
# Quote scores (EVAL.md): Wikinews 2016 dev gold, then the literary gold
# (fr-litbank-citations, converted by scripts/litbank_to_quote_eval.py).
# Usage: scripts/eval_quotes.sh [--errors N] [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
mkdir -p out
cargo build -q --release --example analyze
python3 "$SHARED/tools/quote_eval.py" docs "$SHARED/data/quotes/wikinews-2016.jsonl" "$SHARED/data/winer-fr/2016" > out/q.jsonl
target/release/examples/analyze --jsonl < out/q.jsonl > out/q.out.jsonl
echo "== wikinews-2016 (dev)"
python3 "$SHARED/tools/quote_eval.py" eval "$SHARED/data/quotes/wikinews-2016.jsonl" "$SHARED/data/winer-fr/2016" out/q.out.jsonl "$@"
LIT="$SHARED/data/quotes/fr-litbank-citations"
if [ -d "$LIT" ] && [ "${NO_LITBANK:-}" = "" ]; then
    python3 scripts/litbank_to_quote_eval.py "$LIT" > out/litbank.gold.jsonl
    python3 "$SHARED/tools/quote_eval.py" docs out/litbank.gold.jsonl "$LIT" > out/lit.jsonl
    target/release/examples/analyze --jsonl < out/lit.jsonl > out/lit.out.jsonl
    echo "== fr-litbank-citations"
    python3 "$SHARED/tools/quote_eval.py" eval out/litbank.gold.jsonl "$LIT" out/lit.out.jsonl "$@"
fi
