# itertools: permutations, combinations
from itertools import permutations, combinations
print(list(permutations([1, 2, 3])))
print(list(permutations('abc', 2)))
print(list(permutations(range(3), 0)), list(permutations([], 1)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations([1, 2], 0)))
print([''.join(c) for c in combinations('wxyz', 3)])
print(sum(1 for c in combinations(range(10), 4)))
