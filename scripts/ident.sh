#!/usr/bin/env bash
# Output by output, does the working tree's `analyze` give what REV's gives?
# The check every rule change and every refactor of the rules needs (the
# "rules as data" rewrite of DESIGN §5 most of all): it runs both builds on
# every eval input the evaluation scripts wrote to $OUT (run
# scripts/gates.sh and scripts/eval_silver.sh first) and lists the inputs
# whose output differs. Held-out sets are listed too; compare them by score
# only (eval/silver/README.md, eval/press/README.md).
# Usage: scripts/ident.sh [REV]   (REV defaults to HEAD)
# Honours OUT (inputs, default out/) and CARGO_TARGET_DIR (this tree's build).
set -euo pipefail
cd "$(dirname "$0")/.."
REV=${1:-HEAD}
OUT=${OUT:-out}
TARGET=${CARGO_TARGET_DIR:-target}
BASE_TARGET=${BASE_TARGET:-target/ident-base}
ROOT=$(pwd)
case $BASE_TARGET in /*) ;; *) BASE_TARGET="$ROOT/$BASE_TARGET" ;; esac
WT=$(mktemp -d)
trap 'git worktree remove --force "$WT" >/dev/null 2>&1 || true; rm -rf "$WT"' EXIT
git worktree add -q --detach "$WT" "$REV"
(cd "$WT" && CARGO_TARGET_DIR="$BASE_TARGET" cargo build -q --release --example analyze)
cargo build -q --release --example analyze
A=$(mktemp -d)
B=$(mktemp -d)
n=0
for f in "$OUT"/*.jsonl; do
    case $f in *.out.jsonl | */litbank.gold.jsonl) continue ;; esac
    b=$(basename "$f")
    "$BASE_TARGET/release/examples/analyze" --jsonl < "$f" > "$A/$b" 2>/dev/null
    "$TARGET/release/examples/analyze" --jsonl < "$f" > "$B/$b" 2>/dev/null
    if ! cmp -s "$A/$b" "$B/$b"; then
        echo "differs: $b"
        n=$((n + 1))
    fi
done
echo "$n input(s) differ from $(git rev-parse --short "$REV"); outputs in $A (REV) and $B (working tree)"
