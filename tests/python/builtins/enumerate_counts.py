# enumerate's count: from any int start (negative, bool, big, past 2**63), through __index__ (asked once),
# by keyword; its errors; and a hot loop whose count crosses 2**63 while compiled.


class Index:
    calls = 0

    def __init__(self, n):
        self.n = n

    def __index__(self):
        Index.calls += 1
        return self.n


print(list(enumerate("abc")))
print(list(enumerate("abc", -2)))
print(list(enumerate("ab", True)))
print(list(enumerate("ab", False)))
print(list(enumerate("abcd", 2**63 - 2)))
print(list(enumerate("ab", 2**70)))
print(list(enumerate("ab", -2**63 - 1)))
print(list(enumerate("ab", Index(40))), Index.calls)
print(list(enumerate(iterable="xy", start=5)))
print(list(enumerate([], 7)))
e = enumerate(range(3), 9)
print(next(e), next(e), next(e), next(e, "done"))

for bad in [lambda: enumerate(1), lambda: enumerate([], "a"), lambda: enumerate([], 1.5),
            lambda: enumerate([], 1, 2)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)

# Keywords, and enumerate's own messages (CPython checks its arguments itself, not by the general parse).
print(list(enumerate(iterable="ab")), list(enumerate(iterable="ab", start=5)),
      list(enumerate(start=7, iterable="ab")), list(enumerate("ab", start=-1)))
for bad in [lambda: enumerate(), lambda: enumerate(start=1), lambda: enumerate([], x=1),
            lambda: enumerate([], iterable=[]), lambda: enumerate([], 1, start=2),
            lambda: enumerate(iterable=[], start=1, x=2), lambda: enumerate(start=1, x=[]),
            lambda: enumerate(x=[], start=1)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)


def last_counts(start, n):
    total = 0
    last = None
    for i, x in enumerate(range(n), start):
        total += x
        last = i
    return last, total


for k in range(300):
    r = last_counts(2**63 - 150 + k, 100)
    if k % 60 == 0 or k > 295:
        print(k, r)
print(last_counts(0, 10), last_counts(-5, 3))
