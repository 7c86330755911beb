# sets of small ints iterate in a deterministic order
s = {5, 1, 4, 2, 3}
print(s)
for x in s:
    print(x)
print(list(s), sum(s), max(s), min(s))
t = set()
for i in [6, 0, 7, 3]:
    t.add(i)
print(t)
print(sorted({x * 2 for x in s}))
print(set([1, 2, 3]) - {2}, sorted(set([10, 20, 30]) - {20}))
