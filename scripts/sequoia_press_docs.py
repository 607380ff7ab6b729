#!/usr/bin/env python3
"""Rebuilds the press articles of UD French-Sequoia (the `annodis.er`
sentences: L'Est Républicain, regional press of 1999) as text files, one
per article, for the `sequoia*` silver quote sets (eval/silver/README.md).

The treebank keeps sentences, not articles: sentences are taken in
`sent_id` order, and an article starts at each headline (a sentence that
ends without final punctuation; headlines in a row open one article). Each article is its headline, a blank
line, then its sentences separated by one space.

Usage: scripts/sequoia_press_docs.py SEQUOIA_DIR OUT_DIR
Writes OUT_DIR/er_NNN.txt (NNN: the article's rank, from 001). The texts
stay outside the repository (LGPL-LR): the silver sets hold offsets only.
Standard library only; deterministic.
"""
import glob
import os
import re
import sys


def sentences(root):
    out = {}
    for path in sorted(glob.glob(os.path.join(root, "*.conllu"))):
        sid = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# sent_id"):
                    sid = line.split("=", 1)[1].strip()
                elif line.startswith("# text") and sid and sid.startswith("annodis.er_"):
                    out[sid] = line.split("=", 1)[1].strip()
    return [out[k] for k in sorted(out, key=lambda s: int(s.rsplit("_", 1)[1]))]


def is_headline(s):
    return not re.search(r"[.!?…:;»\"”)]$", s)


def articles(sents):
    docs = []
    for s in sents:
        if docs and is_headline(s) and not docs[-1][1]:
            # Headlines in a row (a kicker, then the title): one article.
            docs[-1][0] += "\n" + s
        elif is_headline(s) or not docs:
            docs.append([s, []])
        else:
            docs[-1][1].append(s)
    return docs


def main():
    root, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for i, (head, body) in enumerate(articles(sentences(root)), 1):
        text = head + "\n\n" + " ".join(body) + "\n"
        with open(os.path.join(out, "er_%03d.txt" % i), "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
