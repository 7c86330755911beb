# tuple creation, indexing, slicing
t = (1, 'two', 3.0, None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1])
single = (5,)
not_tuple = (5)
print(single, type(single).__name__, not_tuple, type(not_tuple).__name__)
empty = ()
print(empty, len(empty), type(empty).__name__)
packed = 1, 2, 3
print(packed)
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple())
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
