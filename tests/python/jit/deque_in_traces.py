# A deque's truth, append and popleft in compiled loops are direct calls (and a list's truth its length);
# another class with the same methods, a deque with a maxlen and popleft of an empty deque still behave as
# in CPython, in traces and after deopts.
from collections import deque


def bfs(edges, start, n):
    seen = [False] * n
    seen[start] = True
    order = []
    todo = deque([start])
    while todo:
        v = todo.popleft()
        order.append(v)
        for w in edges[v]:
            if not seen[w]:
                seen[w] = True
                todo.append(w)
    return order


n = 300
edges = [[(i * 7 + 3) % n, (i * 13 + 5) % n, (i + 1) % n] for i in range(n)]
order = bfs(edges, 0, n)
print(len(order), order[:10], sum(order))


class Counting:
    # Not a deque, but used as one: the traces recorded on deques must leave for it.
    def __init__(self, items):
        self.items = list(items)
        self.appended = 0

    def __len__(self):
        return len(self.items)

    def append(self, v):
        self.appended += 1
        self.items.append(v * 2)

    def popleft(self):
        return self.items.pop(0)


def drain(q, rounds):
    total = 0
    for r in range(rounds):
        q.append(r)
        while q:
            total += q.popleft()
            if len(q) > 3:
                break
    return total


print(drain(deque([1, 2]), 500), drain(Counting([1, 2]), 500))
c = Counting([])
print(drain(c, 50), c.appended)
print(drain(deque([], maxlen=2), 400))


def pops(q, k):
    got = 0
    for i in range(k):
        try:
            got += q.popleft()
        except IndexError as e:
            got -= 1
            q.append(i)
            if i == k - 1:
                print("IndexError:", e)
    return got


print(pops(deque(range(100)), 400))


def stack_walk(n):
    stack = [n]
    steps = 0
    while stack:
        x = stack.pop()
        steps += 1
        if x > 1:
            stack.append(x // 2)
            stack.append(x // 3)
    return steps


print(stack_walk(5000), stack_walk(7))
