# dynamic programming: edit distance, knapsack, LCS, coin change
from functools import lru_cache

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]

def knapsack(items, capacity):
    @lru_cache(maxsize=None)
    def best(i, cap):
        if i == len(items):
            return 0, ()
        skip = best(i + 1, cap)
        w, v, name = items[i]
        if w <= cap:
            val, chosen = best(i + 1, cap - w)
            take = (val + v, (name,) + chosen)
            if take[0] > skip[0]:
                return take
        return skip
    return best(0, capacity)

def lcs(a, b):
    memo = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return ''
        if (i, j) not in memo:
            if a[i] == b[j]:
                memo[(i, j)] = a[i] + go(i + 1, j + 1)
            else:
                x, y = go(i + 1, j), go(i, j + 1)
                memo[(i, j)] = x if len(x) >= len(y) else y
        return memo[(i, j)]
    return go(0, 0)

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    for x in range(1, amount + 1):
        options = [fewest[x - c] + 1 for c in coins if c <= x and fewest[x - c] is not None]
        fewest[x] = min(options) if options else None
    return ways[amount], fewest[amount]

for a, b in [('kitten', 'sitting'), ('sunday', 'saturday'), ('', 'abc'), ('same', 'same'), ('intention', 'execution')]:
    print(a, b, edit_distance(a, b))
items = [(12, 4, 'tent'), (2, 2, 'stove'), (1, 1, 'cup'), (1, 2, 'map'), (4, 10, 'food')]
print(knapsack(items, 15))
print(knapsack(items, 5))
print(lcs('AGGTAB', 'GXTXAYB'), lcs('abcdef', 'acf'), repr(lcs('abc', 'xyz')))
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([3, 7], 20))
