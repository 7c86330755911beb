# set methods
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.discard(10)
s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(s.union({9}, [8])), s.intersection([3, 4, 5]), s.difference({3}), s.symmetric_difference({4, 5}))
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset([1]), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
t = {1, 2, 3}
t.update([4, 5], {6})
print(t)
t.intersection_update({1, 2, 3, 4, 9})
print(t)
t.difference_update([1])
print(t)
t.symmetric_difference_update({3, 10})
print(sorted(t))
t.clear()
print(t)
