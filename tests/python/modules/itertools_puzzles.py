# small puzzles solved with itertools
from itertools import permutations, product, combinations
# SEND + MORE = MONEY style (smaller): AB + BA = CC with distinct digits
sols = []
for a, b, c in permutations(range(10), 3):
    if a and b and (10 * a + b) + (10 * b + a) == 11 * c:
        sols.append((a, b, c))
print(len(sols), sols[:5])
dice = [s for s in product(range(1, 7), repeat=2) if sum(s) == 7]
print(dice)
coins = [1, 5, 10, 25]
ways = sum(1 for n in range(5) for combo in combinations(coins * 4, n) if sum(combo) == 30)
print(ways > 0)
print([''.join(p) for p in permutations('abc') if p[0] != 'a'])
print(sum(1 for bits in product([0, 1], repeat=8) if sum(bits) == 4))
