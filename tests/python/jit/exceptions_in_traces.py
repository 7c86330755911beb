# Python exceptions raised inside compiled loops and inlined calls come out as
# in the interpreter, with the same traceback.
def safe_div(a, b):
    return a // b


def total(n):
    t = 0
    for i in range(n):
        try:
            t += safe_div(100, i % 7)
        except ZeroDivisionError:
            t -= 1
    return t


print(total(5000))


def lookup(d, keys):
    found = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError as e:
            found += 1000
            last = e
    return found, repr(last)


d = {i: i for i in range(0, 2000, 3)}
print(lookup(d, list(range(2000))))


def inner(x):
    return [1, 2, 3][x]


def middle(x):
    return inner(x) + 1


def outer(n):
    s = 0
    i = 0
    while i < n:
        s += middle(i % 3 if i < n - 1 else 5)
        i += 1
    return s


print(outer(1500))
