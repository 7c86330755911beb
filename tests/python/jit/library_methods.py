# Methods of library objects (a deque's append and popleft) called in loops: the method is taken from the
# object's class without making a bound method, in the interpreter and in traces alike.
from collections import deque, OrderedDict


def bfs(n):
    todo = deque([0])
    seen = {0}
    order = []
    while todo:
        v = todo.popleft()
        order.append(v)
        for w in (v * 2 + 1, v * 2 + 2):
            if w < n and w not in seen:
                seen.add(w)
                todo.append(w)
    return len(order), order[-3:], sum(order)


def logged(n):
    log = deque(maxlen=5)
    for i in range(n):
        log.append(i * 10)
        if i % 7 == 0:
            log.popleft()
    return list(log)


def rotations(n):
    d = deque(range(7))
    total = 0
    for i in range(n):
        d.rotate(1)
        total += d[0]
        d.appendleft(d.pop())
    return total, list(d)


def exceptions(n):
    out = 0
    for i in range(n):
        e = ValueError(i)
        if e.with_traceback(None) is e:
            out += 1
    return out


def ordered(n):
    od = OrderedDict()
    for i in range(n):
        od[i % 13] = i
        od.move_to_end(i % 13)
    return list(od.items())[:3]


for n in (20, 3000):
    print(bfs(n))
    print(logged(n))
    print(rotations(n))
    print(exceptions(n))
    print(ordered(n))
