# Quote gates (issue 4), sourced by scripts/gates.sh after it has run
# scripts/eval_quotes.sh > out/gate.quotes.txt. Uses `check NAME VALUE MIN`.
# Only the Wikinews dev block (before "== fr-litbank-citations") is gated.
_qdev=$(awk '/^== fr-litbank/{exit} {print}' out/gate.quotes.txt)
_qf1() { printf '%s\n' "$_qdev" | grep -m1 -E "^$1 " | sed -E 's/.*F1=([0-9.]+).*/\1/'; }
_qrec() { printf '%s\n' "$_qdev" | grep -m1 '^recall by type:' | grep -oE "[:,] $1 [0-9.]+" | awk '{print $3}'; }
check "quotes F1@0.3 Wikinews 2016" "$(_qf1 'quotes@0\.3')" 0.85
check "attribution F1 Wikinews 2016" "$(_qf1 attribution)" 0.75
for _t in according direct indirect mixed; do
  check "quote recall $_t Wikinews 2016" "$(_qrec "$_t")" 0.75
done
unset _qdev _t
