# collections.defaultdict with list, int, set
from collections import defaultdict
dl = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dl[k].append(v)
print(dl)
print(dict(dl), dl['missing'], len(dl))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(dict(di), di['z'], 'z' in di)
ds = defaultdict(set)
for a, b in [(1, 'x'), (1, 'y'), (2, 'x'), (1, 'x')]:
    ds[a].add(b)
print({k: sorted(v) for k, v in ds.items()})
dd = defaultdict(lambda: 'default!')
dd['set'] = 'value'
print(dd['set'], dd['other'], sorted(dd))
plain = defaultdict()
try:
    plain['x']
except KeyError as e:
    print(type(e).__name__, e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 5
print(nested['a']['b'], dict(nested['a']))
print(isinstance(dl, dict), dl.get('nope'), 'nope' in dl)
