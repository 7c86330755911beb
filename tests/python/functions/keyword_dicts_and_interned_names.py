# f(**kw) and f(*row): the dict passed is the caller's, copied for the call; keyword names written in the
# source, made at run time, or not strings; and names written in two functions are one object, as CPython
# interns identifier-like strings.


def f(a=None, b=2, c=3):
    if a is None:
        a = 1
    return a * 100 + b * 10 + c


def collect(**k):
    k["added"] = True
    return sorted(k.items())


def spam_name():
    return "spam"


total = 0
rows = [(1, 2, 3), (4, None, 6), (None, 8, 9)]
kws = [{"a": 1}, {"b": 5, "c": 7}, {}, {"c": 1, "a": 2}]
for i in range(300):
    row = rows[i % 3]
    total += f(row[0], 2 if row[1] is None else row[1], row[2])
    total += f(*row[:1])
    total += f(**kws[i % 4])
print("total", total)

built = {"".join(["a"]): 7, "b" + "": 1}
print("run-time names", f(**built))

d = {"x": 1}
print(collect(**d), d)
print(collect(**d, y=2), d)

for bad in ({1: 2}, {"a": 1, 2: 3}):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)

try:
    f(**{"b": 1}, **{"b": 2})
except TypeError as e:
    print("TypeError:", e)

try:
    f(**{"z": 1})
except TypeError as e:
    print("TypeError:", e)

try:
    f(**[1, 2])
except TypeError as e:
    print("TypeError:", e)

s = "spam"
print("same object", s is spam_name())


class Box:
    pass


b = Box()
setattr(b, "spam", 1)
b.eggs = 2
print(sorted(b.__dict__), getattr(b, spam_name()))
