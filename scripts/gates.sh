#!/usr/bin/env bash
# Evaluation gates: runs the shared scorers (../shared/EVAL.md) on the dev
# sets and fails below the bars of the issues. Prints every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
fail=0

# check NAME VALUE MIN
check() {
  if python3 -c "import sys; sys.exit(0 if float('$2') >= float('$3') else 1)"; then
    printf 'gate ok    %-34s %s >= %s\n' "$1" "$2" "$3"
  else
    printf 'gate FAIL  %-34s %s <  %s\n' "$1" "$2" "$3"
    fail=1
  fi
}
# field LABEL FILE: the F1 on the first line of FILE starting with LABEL
f1() { grep -m1 -E "^ *$1" "$2" | sed -E 's/.*F1=([0-9.]+).*/\1/'; }

scripts/eval_tokens.sh > out/gate.tokens.txt 2>&1
cat out/gate.tokens.txt | grep -E "^==|F1="
gsd=$(awk '/== GSD tokens/{f=1} f&&/Tokens/{print; exit}' out/gate.tokens.txt | sed -E 's/.*F1=([0-9.]+).*/\1/')
seq=$(awk '/== SEQ tokens/{f=1} f&&/Tokens/{print; exit}' out/gate.tokens.txt | sed -E 's/.*F1=([0-9.]+).*/\1/')
sent=$(f1 Sentences out/gate.tokens.txt)
check "token F1 GSD test" "$gsd" 0.997
check "token F1 Sequoia test" "$seq" 0.997
check "sentence F1 GSD test --doc" "$sent" 0.92

scripts/eval_ner.sh > out/gate.ner.txt 2>&1
grep -E "exact|overlap" out/gate.ner.txt
check "entity exact F1 WiNER 2016" "$(f1 exact out/gate.ner.txt)" 0.78
check "ORG exact F1 WiNER 2016" "$(grep -m1 -E '^ *ORG' out/gate.ner.txt | sed -E 's/.*exact F1=([0-9.]+).*/\1/')" 0.65

if [ -x scripts/eval_quotes.sh ] && [ -n "${POLITEXT_QUOTE_GATES:-1}" ]; then
  scripts/eval_quotes.sh > out/gate.quotes.txt 2>&1 || { cat out/gate.quotes.txt; fail=1; }
  cat out/gate.quotes.txt
  if [ -f scripts/quote_gates.sh ]; then
    # shellcheck source=/dev/null
    source scripts/quote_gates.sh
  fi
fi

exit $fail
