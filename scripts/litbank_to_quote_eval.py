#!/usr/bin/env python3
"""Convert the fr-litbank-citations brat annotations to quote_eval gold JSONL.

Usage: scripts/litbank_to_quote_eval.py LIT_DIR > gold.jsonl
       (then: quote_eval.py docs gold.jsonl LIT_DIR, and eval likewise)

brat layout (character offsets, discontinuous spans as "s e;s e"):
  T  Citation s e[;s e…]   a quotation, marks and dialogue dash included
  T  Entite s e            a speaker mention
  T  Introducteur s e      a reporting verb
  R  Source Arg1:<Entite> Arg2:<Citation>
  R  Introduction Arg1:<Introducteur> Arg2:<Citation>

Output, one object per document (quote_eval gold format, character offsets):
  {"doc": NAME, "quotes": [{"type": "direct", "content": [[s, e], ...],
    "cue": [s, e] | null, "speaker": [s, e] | null, "speaker_entity": str | null}]}
Content pieces are trimmed of spaces, quote marks and dialogue dashes, as
the news guidelines ask ("the text INSIDE the outermost marks").
speaker_entity is the speaker mention when it is a name (capitalised, not a
pronoun); brat gives no coreference chains, so a pronoun or a description
speaker gets null and is scored on its span.
"""
import json
import os
import sys

MARKS = " \t\r\n\u00a0\u202f«»“”‹›\"—–-"
PRONOUNS = {"il", "elle", "ils", "elles", "je", "j'", "tu", "nous", "vous", "on", "lui", "moi", "toi"}


def trim(text, s, e):
    while s < e and text[s] in MARKS:
        s += 1
    while e > s and text[e - 1] in MARKS:
        e -= 1
    return s, e


def parse(ann):
    ts, rels = {}, []
    for line in ann.splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offs = parts[1].partition(" ")
            spans = []
            for frag in offs.split(";"):
                s, e = frag.split()
                spans.append((int(s), int(e)))
            ts[parts[0]] = (label, spans)
        elif line.startswith("R") and len(parts) >= 2:
            f = parts[1].split()
            args = dict(a.split(":", 1) for a in f[1:])
            rels.append((f[0], args.get("Arg1"), args.get("Arg2")))
    return ts, rels


def is_name(s):
    w = s.strip()
    return bool(w) and w[0].isupper() and w.lower() not in PRONOUNS


def convert(lit_dir, name):
    with open(os.path.join(lit_dir, name + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    with open(os.path.join(lit_dir, name + ".ann"), encoding="utf-8") as f:
        ts, rels = parse(f.read())
    source, intro = {}, {}
    for kind, a1, a2 in rels:
        if kind == "Source" and a1 in ts:
            source[a2] = ts[a1][1][0]
        elif kind == "Introduction" and a1 in ts:
            intro[a2] = ts[a1][1][0]
    quotes = []
    for tid, (label, spans) in sorted(ts.items(), key=lambda kv: kv[1][1][0]):
        if label != "Citation":
            continue
        pieces = [list(p) for p in (trim(text, s, e) for s, e in spans) if p[0] < p[1]]
        if not pieces:
            continue
        spk = source.get(tid)
        cue = intro.get(tid)
        quotes.append({
            "type": "direct",
            "content": pieces,
            "cue": list(cue) if cue else None,
            "speaker": list(spk) if spk else None,
            "speaker_entity": text[spk[0]:spk[1]] if spk and is_name(text[spk[0]:spk[1]]) else None,
        })
    return {"doc": name, "quotes": quotes}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    lit_dir = sys.argv[1]
    names = sorted(f[:-4] for f in os.listdir(lit_dir) if f.endswith(".ann"))
    for name in names:
        if os.path.exists(os.path.join(lit_dir, name + ".txt")):
            sys.stdout.write(json.dumps(convert(lit_dir, name), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
