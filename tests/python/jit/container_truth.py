# `while todo:` and `if items:` on builtin containers and deques are tested for emptiness in traces (no
# Python code can run there). Containers that empty and fill mid-loop, values that stop being containers,
# and classes whose truth is their own __bool__ or __len__ must behave as in the interpreter.
from collections import deque


def drain(lst):
    n = 0
    while lst:
        lst.pop()
        n += 1
    return n, lst


print(drain(list(range(3000))))


def bfs(n):
    # A breadth-first walk over a implicit binary tree, with a deque as the queue.
    todo = deque([1])
    seen = 0
    while todo:
        k = todo.popleft()
        seen += k % 7
        if 2 * k <= n:
            todo.append(2 * k)
        if 2 * k + 1 <= n:
            todo.append(2 * k + 1)
    return seen, len(todo)


print(bfs(5000))


def kinds(values):
    # The truth of each kind of container, empty or not, then of other values at the same place.
    counts = {}
    for v in values:
        key = type(v).__name__
        if v:
            counts[key] = counts.get(key, 0) + 1
        else:
            counts[key] = counts.get(key, 0) - 1
    return sorted(counts.items())


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


base = [[], [0], (), (0,), {}, {1: 2}, set(), {3}, "", "x", b"", b"y", range(0), range(2), deque(), deque([1])]
print(kinds(base * 200 + [0, 1, None, 0.0, Bag(0), Bag(3), Flag(False), Flag(True)]))


def refill(rounds):
    # A dict and a set that empty and fill again while the loop runs.
    d = {}
    s = set()
    hits = 0
    for i in range(rounds):
        if i % 3 == 0:
            d[i] = i
            s.add(i)
        elif d:
            d.popitem()
            s.pop()
        if d and s:
            hits += 1
    return hits, d, s


print(refill(3000))


def growing_string(n):
    s = ""
    empties = 0
    for i in range(n):
        if not s:
            empties += 1
        s = s + "a" if i % 5 else ""
    return empties, len(s)


print(growing_string(2000))
