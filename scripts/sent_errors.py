#!/usr/bin/env python3
"""List sentence-boundary errors of out/GSD.doc.out.jsonl against the gold (bytes)."""
import json, sys
g = json.loads(open('out/GSD.doc.gold.jsonl').readline())
o = json.loads(open('out/GSD.doc.out.jsonl').readline())
text = g['text'].encode()
gold = {tuple(x) for x in g['sentences_bytes']}
ends_g = {e for s, e in gold}
ends_o = {e for s, e in o['sentences']}
def ctx(e):
    return text[max(0, e-50):e].decode(errors='replace') + ' ‖ ' + text[e:e+40].decode(errors='replace')
print('MISSED boundaries (gold end not ours):')
for e in sorted(ends_g - ends_o):
    print('  ', ctx(e))
print('SPURIOUS boundaries:')
for e in sorted(ends_o - ends_g):
    print('  ', ctx(e))
