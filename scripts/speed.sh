#!/usr/bin/env bash
# Every speed figure of the README, measured on this machine (run it on a
# quiet one): criterion benches (one thread, MB/s), the corpus example on 1
# and 2 threads, the built-in gazetteer load, peak memory of analyze
# --jsonl, and the whole-process comparison with spaCy's tokenizer.
# Usage: scripts/speed.sh [--quick]   (--quick: shorter criterion runs)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
mkdir -p out
CRIT=(--warm-up-time 1 --measurement-time 3)
[ "${1:-}" = "--quick" ] && CRIT=(--warm-up-time 0.5 --measurement-time 1)

echo "== machine"
grep -m1 "model name" /proc/cpuinfo || true
echo "cores: $(nproc)"

echo "== criterion (one thread; thrpt in MiB/s as criterion prints it)"
for b in tokenize tag quote pipeline; do
  cargo bench -q --bench "$b" -- "${CRIT[@]}" 2>/dev/null |
    awk '/^[a-z]/ {name=$0; sub(/ +time:.*/, "", name)} /thrpt:/ && !/%/ {print "  " name "  " $0} /time:/ && name ~ /build|gazetteer-load/ {sub(/.*time:/, "time:"); print "  " name "  " $0}' |
    sed -E 's/ +/ /g'
done

echo "== fastest of 60 passes (both configurations interleaved; steadier than criterion's means)"
cargo bench -q --bench fastest -- 60 2>/dev/null | sed 's/^/  /'

echo "== corpus example, 1 and 2 threads (../shared/corpus x12, 14.7 MB, JSONL in and out)"
cargo build -q --release --examples
python3 - "$SHARED/corpus" out/speed.corpus.jsonl <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
with open(out, "w") as f:
    for r in range(12):
        for sub in sorted(os.listdir(root)):
            for n in sorted(os.listdir(os.path.join(root, sub))):
                with open(os.path.join(root, sub, n), encoding="utf-8") as g:
                    f.write(json.dumps({"id": f"{r}/{sub}/{n}", "text": g.read()}, ensure_ascii=False) + "\n")
PY
for t in 1 2; do
  best=""
  for _ in 1 2 3 4 5; do
    # The summary is on stderr; its first line has the throughput (no pipe
    # into head: it would cut the run short under pipefail).
    summary=$(target/release/examples/corpus out/speed.corpus.jsonl -o out/speed.corpus.$t.out --threads $t --quiet 2>&1)
    line=${summary%%$'\n'*}
    mbs=$(echo "$line" | sed -E 's/.*: ([0-9.]+) MB\/s.*/\1/')
    if [ -z "$best" ] || awk "BEGIN{exit !($mbs > $best)}"; then best=$mbs; fi
  done
  echo "  threads=$t  best of 5: $best MB/s"
  eval "mbs$t=$best"
done
awk "BEGIN{printf \"  speed-up 2 threads / 1: %.2fx\n\", $mbs2 / $mbs1}"
cmp out/speed.corpus.1.out out/speed.corpus.2.out && echo "  outputs identical"

echo "== analyze --jsonl over $SHARED/corpus: wall time and peak memory (/usr/bin/time -v)"
python3 - "$SHARED/corpus" out/speed.all.jsonl <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
with open(out, "w") as f:
    for sub in sorted(os.listdir(root)):
        for n in sorted(os.listdir(os.path.join(root, sub))):
            with open(os.path.join(root, sub, n), encoding="utf-8") as g:
                f.write(json.dumps({"id": f"{sub}/{n}", "text": g.read()}, ensure_ascii=False) + "\n")
PY
/usr/bin/time -v target/release/examples/analyze --jsonl < out/speed.all.jsonl > out/speed.all.out 2> out/speed.time.txt || true
grep -E "Elapsed|Maximum resident" out/speed.time.txt | sed 's/^\s*/  /'

echo "== built-in gazetteer load (criterion gazetteer-load, see pipeline above) and process start"
/usr/bin/time -v target/release/examples/analyze --jsonl < /dev/null > /dev/null 2> out/speed.empty.txt || true
grep -E "Elapsed|Maximum resident" out/speed.empty.txt | sed 's/^\s*/  empty input: /'

echo "== against spaCy's tokenizer (whole process, same JSONL)"
if python3 -c "import spacy" 2>/dev/null; then
  python3 scripts/compare_spacy.py --runs 5 | sed 's/^/  /'
else
  echo "  spaCy not installed (pip install spacy): skipped"
fi
