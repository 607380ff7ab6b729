#!/usr/bin/env python3
"""Sentences of UD French-GSD (news, blogs, wiki, reviews; dev and test
files) as small documents for the `gsd*` silver quote sets
(eval/silver/README.md): a seeded random sample of 500 sentences,
grouped five by five in sample order, each group one document (its
sentences separated by one space).

Usage: scripts/gsd_docs.py GSD_DIR OUT_DIR
Writes OUT_DIR/gsd_NNN.txt (NNN from 001). The texts stay outside the
repository (CC BY-SA 4.0): the silver sets hold offsets only.
Standard library only; deterministic.
"""
import glob
import os
import random
import sys

SAMPLE = 500
PER_DOC = 5


def sentences(root):
    out = []
    for path in sorted(glob.glob(os.path.join(root, "*.conllu"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text = "):
                    out.append(line[len("# text = "):].rstrip("\n"))
    return out


def main():
    root, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    sents = sentences(root)
    sample = random.Random(2026).sample(sents, SAMPLE)
    for i in range(0, SAMPLE, PER_DOC):
        text = " ".join(sample[i:i + PER_DOC]) + "\n"
        name = "gsd_%03d.txt" % (i // PER_DOC + 1)
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
