# Lists every occurrence of an annotated surface that no entity covers (to review by hand).
import json
for l in open('../real-dev9-zh.jsonl'):
    d=json.loads(l); t=d['text']; ents=d['entities']
    for s in sorted({e['text'] for e in ents}):
        i=t.find(s)
        while i>=0:
            if not any(e['start']<=i and i+len(s)<=e['end'] for e in ents):
                print(d['id'], s, repr(t[max(0,i-8):i+len(s)+8]))
            i=t.find(s,i+1)
