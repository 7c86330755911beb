# int/float/bool equality and hashing
print(1 == 1.0, 0 == 0.0, -0.0 == 0, True == 1, False == 0.0)
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(True) == hash(1))
print(hash(1), hash(1.0), hash(True), hash(0), hash(-1), hash(-2))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(2.0 ** 70), hash(2 ** 70))
print(hash(1.5) == hash(1.5))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 30 == 1e30, 10 ** 22 == 1e22)
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(0.5 == 1 / 2, 1 / 3 == 0.3333333333333333)
print(hash((1, 2)) == hash((1.0, 2.0)))
