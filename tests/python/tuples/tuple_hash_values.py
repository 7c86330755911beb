# hashing tuples of ints is deterministic
print(hash(()))
print(hash((1,)))
print(hash((1, 2)))
print(hash((1, 2, 3)))
print(hash((-1, 0)))
print(hash(((1, 2), 3)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((True, False)) == hash((1, 0)))
d = {(1, 2): 'a', (2, 1): 'b'}
print(d[(1, 2)], d[(2, 1)])
