#!/usr/bin/env python3
"""Sentences of UD French-GSD (news, blogs, wiki, reviews; dev and test
files) as small documents for the `gsd*` silver quote sets
(eval/silver/README.md): set N is the Nth 500 sentences of one seeded
random order, grouped five by five in that order, each group one
document (its sentences separated by one space). Sets never share a
sentence.

Usage: scripts/gsd_docs.py GSD_DIR OUT_DIR [SET]   (SET: 1, the default, 2…)
Writes OUT_DIR/gsd_NNN.txt for set 1, OUT_DIR/gsdS_NNN.txt for set S
(NNN from 001). The texts stay outside the repository (CC BY-SA 4.0):
the silver sets hold offsets only. Standard library only; deterministic.
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
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    sents = sentences(root)
    # (`sample` draws in sequence from a copied pool here: the first 500
    # of a larger sample are the 500-sentence sample of set 1.)
    sample = random.Random(2026).sample(sents, SAMPLE * n)[SAMPLE * (n - 1):]
    prefix = "gsd" if n == 1 else "gsd%d" % n
    for i in range(0, SAMPLE, PER_DOC):
        text = " ".join(sample[i:i + PER_DOC]) + "\n"
        name = "%s_%03d.txt" % (prefix, i // PER_DOC + 1)
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
