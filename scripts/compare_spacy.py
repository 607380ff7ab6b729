#!/usr/bin/env python3
"""Whole-process speed of `analyze --jsonl` against spaCy's French tokenizer
alone, on the same JSONL built from ../shared/corpus (issue 5).

Both sides are timed the same way: process start, loading (politext's
built-in gazetteer; spaCy's import and `spacy.blank("fr")`), reading the
JSONL, analysing, writing JSONL. Best of N runs each.

Usage: scripts/compare_spacy.py [--runs N] [--corpus DIR] [--min-ratio R]
Needs `pip install spacy` (no model: the blank French pipeline is the
tokenizer). Exits 1 when the ratio is below --min-ratio (default 0: report
only).
"""
import argparse
import json
import os
import subprocess
import sys
import time

SPACY = r'''
import json, sys
import spacy
nlp = spacy.blank("fr")
out = sys.stdout
for line in sys.stdin:
    d = json.loads(line)
    doc = nlp.tokenizer(d["text"])
    out.write(json.dumps({"id": d["id"], "tokens": [[t.idx, t.idx + len(t.text)] for t in doc]}))
    out.write("\n")
'''


def corpus_jsonl(root, path):
    n = size = 0
    with open(path, "w", encoding="utf-8") as f:
        for sub in sorted(os.listdir(root)):
            d = os.path.join(root, sub)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                with open(os.path.join(d, name), encoding="utf-8") as g:
                    text = g.read()
                f.write(json.dumps({"id": f"{sub}/{name}", "text": text}, ensure_ascii=False) + "\n")
                n += 1
                size += len(text.encode("utf-8"))
    return n, size


def best_time(cmd, stdin_path, out_path, runs):
    best = float("inf")
    for _ in range(runs):
        with open(stdin_path, "rb") as i, open(out_path, "wb") as o:
            t = time.perf_counter()
            subprocess.run(cmd, stdin=i, stdout=o, check=True)
            best = min(best, time.perf_counter() - t)
    return best


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus"))
    ap.add_argument("--min-ratio", type=float, default=0.0)
    a = ap.parse_args()
    os.makedirs(os.path.join(root, "out"), exist_ok=True)
    src = os.path.join(root, "out", "corpus.jsonl")
    n, size = corpus_jsonl(a.corpus, src)
    subprocess.run(["cargo", "build", "-q", "--release", "--example", "analyze"], cwd=root, check=True)
    ours = best_time([os.path.join(root, "target", "release", "examples", "analyze"), "--jsonl"],
                     src, os.path.join(root, "out", "corpus.politext.jsonl"), a.runs)
    spacy = best_time([sys.executable, "-c", SPACY], src, os.path.join(root, "out", "corpus.spacy.jsonl"),
                      max(1, a.runs // 2))
    ratio = spacy / ours
    mb = size / 1e6
    print(f"corpus: {n} documents, {mb:.2f} MB")
    print(f"politext analyze --jsonl (tokens, sentences, entities, quotes): {ours:.3f} s ({mb / ours:.1f} MB/s whole process)")
    print(f"spaCy blank('fr') tokenizer alone:                              {spacy:.3f} s ({mb / spacy:.2f} MB/s whole process)")
    print(f"ratio: {ratio:.1f}x")
    if ratio < a.min_ratio:
        print(f"FAIL: ratio {ratio:.1f} < {a.min_ratio}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
