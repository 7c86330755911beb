# Comprehensions and closures inside hot loops: the trace inlines the comprehension's function (made anew
# each iteration) and the cells of the functions it inlines; guards fail inside them, and a cell written by
# one inlined function is read by another.


def scaled(v, k):
    return [x * k for x in v]


def shifted(v, k):
    def add(x):
        return x + k
    return [add(x) for x in v]


def counter_total(v):
    count = 0

    def bump(x):
        nonlocal count
        count += x
        return count
    seen = [bump(x) for x in v]
    return count + seen[-1]


def sums(n):
    v = [1, 2, 3]
    t = 0
    for i in range(n):
        t += sum([x * 2 for x in v]) + scaled(v, i % 3)[2] + shifted(v, i)[0] + counter_total(v)
        if i == n // 2:
            v = [1, 2.5, 3]          # the items' types change inside the inlined comprehension
        if i == n - 50:
            v = [1, 2, 3, 4, 5]      # the comprehension runs longer than it was unrolled
    return t


def pairs(n):
    out = 0
    for i in range(n):
        k = i % 4
        d = {j: j * k for j in range(3)}
        s = {j % 2 for j in range(k + 1)}
        g = list(x + k for x in range(2))
        out += d[2] + len(s) + g[1]
    return out


def late_binding(n):
    total = 0
    for i in range(n):
        fs = [lambda y, m=m: y * m for m in range(3)]
        total += fs[i % 3](i)
    return total


def failing(n):
    t = 0
    for i in range(n):
        v = [1, 2, 0] if i == n - 1 else [1, 2, 4]
        t += sum([12 // x for x in v])
    return t


print(sums(3000))
print(pairs(3000))
print(late_binding(3000))
print(failing(3000))
