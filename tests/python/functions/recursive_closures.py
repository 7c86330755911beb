# recursive inner functions and closures referring to themselves
def make_fact():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact
f = make_fact()
print(f(10))
def tree_sum(tree):
    total = 0
    def walk(node):
        nonlocal total
        if isinstance(node, list):
            for child in node:
                walk(child)
        else:
            total += node
    walk(tree)
    return total
print(tree_sum([1, [2, [3, [4]], 5], [[6]]]))
def permutations(items):
    out = []
    def build(prefix, rest):
        if not rest:
            out.append(prefix)
            return
        for i in range(len(rest)):
            build(prefix + [rest[i]], rest[:i] + rest[i + 1:])
    build([], items)
    return out
print(permutations([1, 2, 3]))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(10, 10), paths(16, 16))
