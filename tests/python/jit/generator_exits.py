# Loops in generators, and loops left by a return, whose bridges and side traces end where the generator
# yields or the function returns: the trace leaves for the interpreter there, which yields (or returns) the
# value, and the generator resumes in the interpreter with every local as the trace left it. Loops with many
# hot branches get their first bridges compiled into the loop and the later ones as side traces, and the side
# traces' own exits get side traces that run around the loop again. The generators are resumed with send(),
# closed early, raise after yielding, and yield inside try/finally.


def multiples(n):
    # A bridge from the i % 3 test yields; total and i live on across the yields.
    total = 0
    i = 0
    while i < n:
        total += i
        if i % 3 == 0:
            yield i, total
        i += 1
    return total


def by_residue(n):
    # Eight hot branches, each yielding something else: the later ones are side traces that yield.
    acc = 0
    for i in range(n):
        k = i % 9
        acc += k
        if k == 1:
            yield "a", i
        elif k == 2:
            yield "b", acc
        elif k == 3:
            yield i * 2
        elif k == 4:
            yield (i, k)
        elif k == 5:
            yield float(i) / 2
        elif k == 6:
            yield -i
        elif k == 7:
            if acc % 2 == 0:
                yield "even", acc
            else:
                yield "odd", acc
        elif k == 8:
            # The side trace that yields here has an exit whose side trace goes around the loop instead.
            if i % 2 == 0:
                yield None
    yield "done", acc


def classify(xs):
    # Returns from many places inside a loop: the later returns are side traces that end at the return.
    seen = 0
    for x in xs:
        seen += 1
        if x == 11:
            return "eleven", seen
        if x == 13:
            return "thirteen", seen
        if x == 17:
            return "seventeen", seen
        if x == 19:
            return "nineteen", seen
        if x == 23:
            return "twenty-three", seen
        if x == 29:
            return 29.5, seen
        if x == 31:
            return (31,), seen
        if x < 0:
            return "negative", seen
        if x > 1000:
            return "big", x
    return "none", seen


def chain(n):
    # A side trace that yields, with exits of its own that rejoin the loop through their side traces.
    i = 0
    s = 0
    while i < n:
        i += 1
        r = i % 6
        if r == 0:
            s += 1
        elif r == 1:
            s += 2
        elif r == 2:
            s += 3
        elif r == 3:
            s -= 1
        elif r == 4:
            if i % 4 == 0:
                s += 7
            else:
                s -= 7
            if i % 8 == 0:
                yield i, s
        else:
            if s % 5 == 0:
                yield "five", s
            s += 1
    yield "end", s


def echo(n):
    # send(): the value of the yield expression is what the consumer sends.
    got = 0
    for i in range(n):
        if i % 4 == 0:
            sent = yield i
            if sent is not None:
                got += sent
        else:
            got += 1
    yield "got", got


def with_finally(n, log):
    try:
        for i in range(n):
            if i % 5 == 4:
                yield i
    finally:
        log.append("closed at %d" % n)


def raising(n):
    for i in range(n):
        if i % 7 == 6:
            yield i
        if i == n - 1:
            raise ValueError("stopped at %d" % i)


def main():
    print(list(multiples(40)))
    g = multiples(10)
    for item in g:
        pass
    try:
        next(g)
    except StopIteration as e:
        print("multiples returned", e.value)
    for round_ in range(3):
        items = list(by_residue(60 + round_ * 200))
        print(len(items), items[:10], items[-3:])
    for xs in ([1, 2, 3, 11, 5], [0, 13], [2, 4, 6, 17], list(range(24, 30)) + [19], [5] * 20 + [23],
               [1, -1], [2000], [3, 5, 7], list(range(32, 40))):
        print(classify(xs))
    counts = {}
    for round_ in range(40):
        for stop in (11, 13, 17, 19, 23, 29, 31, -5, 5000, 7):
            r = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10] * 3 + [stop, 11])
            counts[r] = counts.get(r, 0) + 1
    print(sorted(counts.items(), key=repr))
    for n in (10, 50, 200):
        out = list(chain(n))
        print(n, len(out), out[:4], out[-2:])
    e = echo(20)
    values = [next(e)]
    while True:
        try:
            values.append(e.send(values[-1] if isinstance(values[-1], int) else None))
        except StopIteration:
            break
    print(values)
    log = []
    for n in (3, 12, 30):
        g = with_finally(n, log)
        firsts = []
        for v in g:
            firsts.append(v)
            if len(firsts) == 2:
                break
        g.close()
        print(firsts)
    print(log)
    try:
        for v in raising(30):
            print("raising yielded", v)
    except ValueError as err:
        print("ValueError:", err)


main()
