# Copies of dicts (dict(d), d.copy(), {**d}, f(**d)) are new dicts with the same items in the same order,
# also after deletions left holes in the original; changing the copy leaves the original alone.
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["z"] = 9
e = dict(d)
e["q"] = 5
print(d, e, d.copy(), {**d, "x": 1}, len(e))
del e["a"]
e["a"] = 0
print(e, d, "a" in e, "c" in e, e.get("z"))


def f(a=0, c=0, z=0, q=0):
    return a, c, z, q


print(f(**d), f(**e))
try:
    f(**{**d, "w": 1})
except TypeError as err:
    print("TypeError:", err)

import collections
dd = collections.defaultdict(int, d)
dd["new"] += 1
print(sorted(dd.items()), type(dd.copy()).__name__)

big = {i: i * i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
cp = big.copy()
cp[1000] = 1
cp.pop(1)
print(len(big), len(cp), sum(cp.values()), list(cp)[:5], cp[98], 1 in big, 1 in cp)
for k in list(cp):
    if k % 2:
        del cp[k]
print(len(cp), list(cp)[-3:], len(big))
print(dict({}), {}.copy(), dict(dict(a=1)))
