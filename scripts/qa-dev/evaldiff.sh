# Compares a dump of every dev reply made before a change (OLD, default /tmp/d-old.txt) with one made now
# (/tmp/d-new.txt): each changed reply with its verdict before and after, then the counts.
cd "$(dirname "$0")" && node dumpall.js /tmp/d-new.txt && tail -1 "${OLD:-/tmp/d-old.txt}"
OLD="${OLD:-/tmp/d-old.txt}" python3 - <<'PY'
import os
old = {}; new = {}
for f, d in ((os.environ['OLD'], old), ('/tmp/d-new.txt', new)):
    for l in open(f, encoding='utf8'):
        p = l.rstrip('\n').split('\t')
        if len(p) >= 5: d[(p[0], p[1])] = (p[2], p[3], p[4])
gain = loss = ch = 0
for k, (s, kind, t) in new.items():
    o = old.get(k)
    if o and o[2] != t:
        ch += 1
        if o[0] != s: gain += s == 'OK'; loss += s == 'XX'
        print(f"=== {k[0]} {k[1]} {o[0]}->{s}\n  OLD: {o[2][:600]}\n  NEW: {t[:600]}")
print(f"changed {ch}, gained {gain}, lost {loss}")
PY
