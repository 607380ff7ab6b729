#!/usr/bin/env bash
# Token and sentence scores on UD French GSD and Sequoia test (EVAL.md).
# Usage: scripts/eval_tokens.sh [--errors N]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
T=$SHARED/tools/tokeval.py
UD=$SHARED/data/ud-french
mkdir -p out
cargo build -q --release --example analyze
BIN=target/release/examples/analyze
for name in GSD:UD_French-GSD/fr_gsd-ud-test.conllu SEQ:UD_French-Sequoia/fr_sequoia-ud-test.conllu; do
  tag=${name%%:*}; f=$UD/${name#*:}
  python3 "$T" gold "$f" > "out/$tag.gold.jsonl"
  "$BIN" --jsonl < "out/$tag.gold.jsonl" > "out/$tag.out.jsonl"
  echo "== $tag tokens"; python3 "$T" eval "$f" "out/$tag.out.jsonl" --bytes "$@"
done
f=$UD/UD_French-GSD/fr_gsd-ud-test.conllu
python3 "$T" gold "$f" --doc > out/GSD.doc.gold.jsonl
"$BIN" --jsonl < out/GSD.doc.gold.jsonl > out/GSD.doc.out.jsonl
echo "== GSD --doc sentences"; python3 "$T" eval "$f" out/GSD.doc.out.jsonl --doc --bytes "$@"
