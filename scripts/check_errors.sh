#!/usr/bin/env bash
# Clear errors, nothing lost (issue 6): builds the examples and checks that
#  - a user gazetteer (TSV or JSON lines) with a bad line is refused by
#    `analyze --gazetteer` with FILE:LINE:COLUMN: message and a non-zero exit,
#    and a good one is used;
#  - `analyze --jsonl` and `corpus` (JSON lines and a directory) give one
#    error record per malformed JSON line, invalid UTF-8 line and oversized
#    document (--max-bytes), process every other document, count the errors
#    in their summary, and exit 0, or non-zero with --strict.
# Run from anywhere; honours CARGO_TARGET_DIR. Called by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
cargo build --release --examples --quiet
ANALYZE=$TARGET/release/examples/analyze
CORPUS=$TARGET/release/examples/corpus
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
ok() { echo "ok   $*"; }
ko() { echo "FAIL $*"; fails=$((fails + 1)); }

# expect_refused NAME FILE LINE: `analyze --gazetteer FILE` exits non-zero
# with FILE:LINE:COLUMN: message on stderr.
expect_refused() {
  local name=$1 file=$2 line=$3 rc=0
  "$ANALYZE" seeds/000_1a8068a8a26e3f9a.txt --gazetteer "$file" >"$TMP/out" 2>"$TMP/err" || rc=$?
  if [ "$rc" -eq 0 ]; then
    ko "$name: exit 0"
  elif ! grep -Eq "$(basename "$file"):$line:[0-9]+: [^ ]" "$TMP/err"; then
    ko "$name: no $(basename "$file"):$line:COLUMN: message on stderr: $(cat "$TMP/err")"
  elif [ -s "$TMP/out" ]; then
    ko "$name: output despite the error"
  else
    ok "$name (exit $rc): $(head -1 "$TMP/err")"
  fi
}

echo "== user gazetteers"
printf 'local:1\tPER\tAline Terrier\tTerrier\nlocal:2\tXYZ\tBob Martin\n' >"$TMP/bad.tsv"
expect_refused "TSV, unknown label on line 2" "$TMP/bad.tsv" 2
printf 'local:1\tPER\tAline Terrier\nlocal:2\n' >"$TMP/short.tsv"
expect_refused "TSV, missing fields on line 2" "$TMP/short.tsv" 2
printf '{"id":"local:1","label":"PER","name":"Aline Terrier"}\n{"id":"local:2","label":"PER",\n' >"$TMP/bad.jsonl"
expect_refused "JSONL, malformed line 2" "$TMP/bad.jsonl" 2
printf '{"id":"local:1","label":"PER","name":"Aline Terrier"}\n\n{"id":"local:3","label":"NOPE","name":"X"}\n' >"$TMP/label.jsonl"
expect_refused "JSONL, unknown label on line 3" "$TMP/label.jsonl" 3
rc=0; "$ANALYZE" seeds/000_1a8068a8a26e3f9a.txt --gazetteer "$TMP/nowhere.tsv" >/dev/null 2>"$TMP/err" || rc=$?
if [ "$rc" -ne 0 ] && grep -q "nowhere.tsv: " "$TMP/err"; then
  ok "missing gazetteer file (exit $rc): $(head -1 "$TMP/err")"
else
  ko "missing gazetteer file: exit $rc, $(cat "$TMP/err")"
fi
printf 'local:1\tPER\tAline Terrier\tTerrier\n' >"$TMP/good.tsv"
printf 'La maire Aline Terrier a parlé à Paris.\n' >"$TMP/doc.txt"
"$ANALYZE" "$TMP/doc.txt" --json --gazetteer "$TMP/good.tsv" >"$TMP/good.json"
if grep -q '"local:1"' "$TMP/good.json"; then
  ok "a good TSV gazetteer is used"
else
  ko "a good TSV gazetteer is not used"
fi

echo "== analyze --jsonl and corpus: bad documents"
{
  printf '{"id":"ok1","text":"Selon l’OTAN, la Russie recule."}\n'
  printf '{"id":"badjson","text":"pas fermé}\n'
  printf '{"id":"badutf8","text":"caf\xe9 cr\xff"}\n'
  printf '{"id":"big","text":"%s"}\n' "$(head -c 3000 /dev/zero | tr '\0' 'a')"
  printf '{"id":"ok2","text":"« Non », a dit Emmanuel Macron."}\n'
} >"$TMP/in.jsonl"

# check NAME OUT ERR RC STRICT_RC: 5 output lines in order, 3 error
# records, the 2 good documents analysed, 3 errors in the summary, exit 0
# without --strict and non-zero with it.
check() {
  local name=$1 out=$2 err=$3 rc=$4 strict_rc=$5
  local lines errs
  lines=$(wc -l <"$out")
  errs=$(grep -c '"error"' "$out" || true)
  if [ "$lines" -ne 5 ]; then ko "$name: $lines output lines, expected 5"; return; fi
  if [ "$errs" -ne 3 ]; then ko "$name: $errs error records, expected 3"; return; fi
  local ids
  ids=$(python3 -c 'import json,sys; print(" ".join(str(json.loads(l).get("id")) + ("!" if "error" in json.loads(l) else "") for l in open(sys.argv[1])))' "$out")
  case "$ids" in
    "ok1 badjson! badutf8! big! ok2") ;;
    *) ko "$name: ids/errors in order: $ids"; return ;;
  esac
  if ! python3 -c 'import json,sys; d=[json.loads(l) for l in open(sys.argv[1])]; assert d[0]["entities"] and d[4]["quotes"], d' "$out" 2>/dev/null; then
    ko "$name: good documents not analysed"; return
  fi
  if ! grep -Eq '(^|[^0-9])3 errors' "$err"; then ko "$name: no error count in the summary: $(cat "$err")"; return; fi
  if [ "$rc" -ne 0 ]; then ko "$name: exit $rc without --strict"; return; fi
  if [ "$strict_rc" -eq 0 ]; then ko "$name: exit 0 with --strict"; return; fi
  ok "$name: 3 error records, 2 documents analysed, summary '$(grep -Eo '[0-9]+ errors' "$err" | head -1)', exit $rc / --strict $strict_rc"
}

rc=0; "$ANALYZE" --jsonl --max-bytes 1000 <"$TMP/in.jsonl" >"$TMP/a.out" 2>"$TMP/a.err" || rc=$?
src=0; "$ANALYZE" --jsonl --max-bytes 1000 --strict <"$TMP/in.jsonl" >/dev/null 2>&1 || src=$?
check "analyze --jsonl" "$TMP/a.out" "$TMP/a.err" "$rc" "$src"

rc=0; "$CORPUS" "$TMP/in.jsonl" --max-bytes 1000 --quiet -o "$TMP/c.out" 2>"$TMP/c.err" || rc=$?
src=0; "$CORPUS" "$TMP/in.jsonl" --max-bytes 1000 --quiet --strict -o /dev/null >/dev/null 2>&1 || src=$?
check "corpus FILE.jsonl" "$TMP/c.out" "$TMP/c.err" "$rc" "$src"

# A directory: one good file, one invalid UTF-8 file, one oversized file.
mkdir "$TMP/dir"
cp seeds/000_1a8068a8a26e3f9a.txt "$TMP/dir/a.txt"
printf 'caf\xe9\n' >"$TMP/dir/b.txt"
head -c 3000 /dev/zero | tr '\0' 'a' >"$TMP/dir/c.txt"
rc=0; "$CORPUS" "$TMP/dir" --max-bytes 2500 --quiet -o "$TMP/d.out" 2>"$TMP/d.err" || rc=$?
src=0; "$CORPUS" "$TMP/dir" --max-bytes 2500 --quiet --strict -o /dev/null >/dev/null 2>&1 || src=$?
if [ "$(wc -l <"$TMP/d.out")" -eq 3 ] && [ "$(grep -c '"error"' "$TMP/d.out")" -eq 2 ] &&
  head -1 "$TMP/d.out" | grep -q '"quotes":\[{' && grep -Eq '(^|[^0-9])2 errors' "$TMP/d.err" &&
  [ "$rc" -eq 0 ] && [ "$src" -ne 0 ]; then
  ok "corpus DIR: 2 error records, 1 document analysed, exit $rc / --strict $src"
else
  ko "corpus DIR: rc $rc strict $src: $(cat "$TMP/d.out" | cut -c1-200) $(cat "$TMP/d.err")"
fi

if [ "$fails" -ne 0 ]; then
  echo "check_errors: $fails failures"
  exit 1
fi
echo "check_errors: all good"
