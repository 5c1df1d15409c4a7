# python3 readme_now.py bench.txt README.md : rewrites the "now" column of the dev and held-out tables from bench output.
import re, sys
bench = open(sys.argv[1], encoding='utf8').read()
acc = {}
pct = {}
for part, s, a, b, q in re.findall(r'^accuracy (dev|heldout)/([\w-]+): (\d+)/(\d+) \(([\d.]+) %\)', bench, re.M):
    acc[(part, s)] = (int(a), int(b)); pct[(part, s)] = q
readme = open(sys.argv[2], encoding='utf8').read().split('\n')
part = None
out = []
for line in readme:
    if line.startswith('| dev set |'): part = 'dev'
    elif line.startswith('| held-out sets |'): part = 'heldout'
    elif not line.startswith('|'): part = None if line.strip() == '' and part is None else part
    if part and line.startswith('| ') and not line.startswith('|---') and not line.startswith('| dev set') and not line.startswith('| held-out sets'):
        cells = line.split(' | ')
        first = cells[0][2:]
        sets = re.findall(r'`([\w-]+)`', first)
        if sets and all((part, s) in acc for s in sets):
            if first.startswith('the first 173 items'):
                a = sum(acc[(part, s)][0] for s in sets); b = sum(acc[(part, s)][1] for s in sets)
                now = f'{100*a/b:.1f} %'
            else:
                now = ', '.join(f'{pct[(part, s)]} %' for s in sets)
            cells[-1] = now + ' |'
            line = ' | '.join(cells)
        elif sets:
            print('not found:', sets, file=sys.stderr)
    out.append(line)
open(sys.argv[2], 'w', encoding='utf8').write('\n'.join(out))
