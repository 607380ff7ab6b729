#!/usr/bin/env python3
"""Attribution precision by how the system reached each speaker (the
`speaker_resolution` field of `analyze --jsonl`): of the system's quotes
with a speaker resolved by a name, a pronoun, a description or the
previous speaker, how many are matched to a gold quote (at 0.3) with the
right speaker, as ../shared/tools/quote_eval.py judges it (its own
functions are imported, not copied).

Usage: scripts/attribution_by_resolution.py GOLD.jsonl TEXT_DIR SYSTEM.jsonl [...]
       (triples; the counts are summed over them)
Standard library only.
"""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.join(os.environ.get("SHARED", "../shared"), "tools"))
import quote_eval as qe  # noqa: E402


def main():
    args = sys.argv[1:]
    if not args or len(args) % 3:
        sys.exit(__doc__)
    right, total = defaultdict(int), defaultdict(int)
    for gold_path, texts, sys_path in zip(args[0::3], args[1::3], args[2::3]):
        system = {d["id"]: d.get("quotes", []) for d in qe.load_jsonl(sys_path)}
        for d in qe.load_jsonl(gold_path):
            text = qe.read_text(os.path.join(texts, d["doc"] + ".txt"))
            conv = qe.byte_to_char(text)
            gold = []
            for q in d["quotes"]:
                ps = qe.pieces(q["content"])
                gold.append({"chars": qe.charset(ps),
                             "speaker": tuple(q["speaker"]) if q.get("speaker") else None,
                             "entity": q.get("speaker_entity")})
            pred = []
            for q in system.get(d["doc"], []):
                ps = [qe.conv_span(p, conv) for p in qe.pieces(q.get("content"))]
                spk = q.get("speaker")
                pred.append({"chars": qe.charset(ps),
                             "speaker": qe.conv_span(tuple(spk), conv) if spk else None,
                             "entity": q.get("speaker_entity"),
                             "how": q.get("speaker_resolution") or "none"})
            by_pred = {j: i for i, j in qe.match(gold, pred, 0.3).items()}
            for j, p in enumerate(pred):
                total[p["how"]] += 1
                i = by_pred.get(j)
                if i is None:
                    continue
                g = gold[i]
                span_ok = qe.spans_overlap(g["speaker"], p["speaker"])
                right[p["how"]] += qe.same_entity(g["entity"], p["entity"]) if g["entity"] else span_ok
    for how in sorted(total):
        print("%-12s %4d / %4d = %.2f" % (how, right[how], total[how], right[how] / total[how]))


if __name__ == "__main__":
    main()
