# comprehension results equal equivalent loops
data = list(range(-5, 6))
loop = []
for x in data:
    if x % 2:
        loop.append(x * x)
comp = [x * x for x in data if x % 2]
print(loop, comp, loop == comp)
pairs_loop = []
for a in range(3):
    for b in range(3):
        if a < b:
            pairs_loop.append((a, b))
pairs_comp = [(a, b) for a in range(3) for b in range(3) if a < b]
print(pairs_loop == pairs_comp, pairs_comp)
d_loop = {}
for w in ['x', 'yy', 'zzz']:
    d_loop[w] = len(w)
print(d_loop == {w: len(w) for w in ['x', 'yy', 'zzz']})
