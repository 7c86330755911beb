# Compiled loops are entered where control reaches them from before (LOOP_ENTRY), not only at back edges:
# their first iteration runs compiled. These loops differ in their first iteration (types, paths, no
# iteration at all, an exception) from the iterations their traces were recorded in.


def total(n):
    t = 0
    for i in range(n):
        t += i
    return t


def halves(n):
    x = 0.0
    while x < n:
        x = int(x) + 1
    return x


def first_is_none(items):
    best = None
    for v in items:
        if best is None or v > best:
            best = v
    return best


def else_and_break(items, stop):
    for v in items:
        if v == stop:
            break
    else:
        return "no break"
    return "break at %d" % v


def gen(n):
    for i in range(n):
        yield i * i


def fails_first(items):
    s = 0
    for v in items:
        s += 10 // v
    return s


def nested(rows):
    out = 0
    for row in rows:
        j = 0
        while j < len(row):
            out += row[j] * j
            j += 1
    return out


acc = 0
for k in range(400):
    acc += total(k % 5)
    acc += halves(k % 7)
    acc += first_is_none([k % 3, k % 5, 1]) or 0
    acc += len(else_and_break([1, 2, 3, 4], k % 6))
    acc += sum(gen(k % 4))
    acc += sum([i for i in range(k % 3)])
    acc += nested([[1, 2], [], [k % 4, 5, 6]])
print(acc)
print(first_is_none([]), first_is_none(["b", "a", "c"]))
print(else_and_break([], 1), halves(2.5))
for k in range(300):
    acc += fails_first([1, 2, 5])
print(acc)
try:
    fails_first([0, 1])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(fails_first([1, 2, 0]))
