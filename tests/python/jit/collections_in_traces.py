# Loops whose bodies build slices, sets, dicts, comprehensions (functions made each iteration), closures
# and star/keyword-unpacking calls: all recorded in traces. Errors raised by them inside a trace must come
# out as in the interpreter, with the same traceback.


def f(a=1, b=2, c=3):
    return a * 100 + b * 10 + c


def star_calls(n):
    rows = [(1, 2), (3,), (4, 5, 6), ()]
    kws = [{"a": 1}, {"b": 2, "c": 3}, {}, {"c": 9}]
    t = 0
    for i in range(n):
        r = rows[i % 4]
        t += f(*r)
        t += f(**kws[i % 4])
        t += f(0, *r[1:])
        t += f(*r[:1], **kws[(i + 1) % 4]) if len(r) < 2 else 0
        t += len([*r, *r, i])
    return t


def slices(n):
    data = list(range(20))
    t = 0
    for i in range(n):
        k = i % 7
        t += sum(data[k:k + 5]) + len(data[::k + 1]) + data[-k - 1:][0]
        w = data[:]
        w[k:k + 2] = [i, i]
        t += w[k] + len(w)
    return t


def sets_and_dicts(n):
    t = 0
    seen = set()
    for i in range(n):
        s = {i % 5, 3, i % 2}
        d = {"x": i, "y": i + 1, i % 3: "z"}
        t += len(s) + d["y"] + len(d)
        seen.add(i % 11)
        t += len({k: k * 2 for k in s}) + len({k % 3 for k in d if isinstance(k, int)})
    return t + len(seen)


def closures(n):
    t = 0
    for i in range(n):
        base = i % 10

        def add(x, base=base, k=2):
            return x + base * k

        def scaled(x):
            return x * base + i

        t += add(i) + scaled(2) + (lambda y: y - base + i)(i)
        t += sum([x * base + i for x in range(3)])
    return t


def star_error(n, bad_at):
    t = 0
    for i in range(n):
        arg = (1, 2) if i != bad_at else 5
        try:
            t += f(*arg)
        except TypeError as e:
            print("caught:", e)
    return t


def kwargs_errors(n, bad_at):
    t = 0
    for i in range(n):
        kw = {"b": i} if i != bad_at else [1]
        try:
            t += f(1, **kw)
        except TypeError as e:
            print("caught:", e)
        try:
            t += f(**{"a": i}, a=2) if i == bad_at else 0
        except TypeError as e:
            print("caught:", e)
    return t


def unhashable(n, bad_at):
    t = 0
    for i in range(n):
        item = i if i != bad_at else [i]
        s = {1, item}
        t += len(s)
    return t


print(star_calls(3000))
print(slices(3000))
print(sets_and_dicts(3000))
print(closures(3000))
print(star_error(3000, 2222))
print(kwargs_errors(3000, 1777))
print(unhashable(3000, 2500))
