# f(**kw) alone passes kw itself to the call (no merged copy): the callee's own **kwargs is still a new dict,
# kw is never changed, a non-dict is the same TypeError, and a hot loop of such calls (the JIT's) agrees.
def f(a=1, b=2, c=3):
    return a * 100 + b * 10 + c


def collect(x=0, **rest):
    rest["seen"] = True
    return x, sorted(rest.items())


kw = {"a": 4, "c": 6}
print(f(**kw), kw)
r = collect(**{"x": 5, "y": 7})
print(r)
shared = {"y": 1}
print(collect(**shared), shared)
print(f(*[9], **{"c": 0}), f(*(), **{}))

total = 0
rows = [{"a": i % 7, "b": i % 3} if i % 4 else {"c": i % 5} for i in range(3000)]
for row in rows:
    total += f(**row)
print(total, rows[1], rows[4])


class Box:
    def __init__(self, **fields):
        self.fields = fields


boxes = [Box(**row) for row in rows[:5]]
print([b.fields for b in boxes], boxes[0].fields is not rows[0])

for bad in ([("a", 1)], None, 3):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(**{"d": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
