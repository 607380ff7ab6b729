#!/usr/bin/env bash
# Entity scores on WiNER-fr 2016 (EVAL.md). Usage: scripts/eval_ner.sh [--errors N]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
mkdir -p out
cargo build -q --release --example analyze
python3 "$SHARED/tools/ner_eval.py" docs "$SHARED/data/winer-fr/2016" > out/ner.jsonl
target/release/examples/analyze --jsonl < out/ner.jsonl > out/ner.out.jsonl
python3 "$SHARED/tools/ner_eval.py" eval "$SHARED/data/winer-fr/2016" out/ner.out.jsonl "$@"
