# deterministic hashes: ints, floats equal to ints, tuples of ints, bools
for v in [0, 1, -1, -2, 42, 10 ** 18, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), True, False]:
    print(repr(v), hash(v))
print(hash(1.0), hash(-1.0), hash(0.0), hash(-0.0), hash(1e18), hash(2.0 ** 61))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash(((1,), 2)))
print(hash(1) == hash(1.0) == hash(True))
print(hash(frozenset()) == hash(frozenset()))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
