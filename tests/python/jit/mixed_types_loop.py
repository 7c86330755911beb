# Loops whose values change type: int to float, int to big int, None to
# values, strings and ints in one list. Guards fail and bridges take over.
def mean(xs):
    s = 0
    for x in xs:
        s += x
    return s / len(xs)


print(mean(list(range(1000))))
print(mean([i * 0.5 for i in range(1000)]))
print(mean([i if i % 3 else i * 0.25 for i in range(1000)]))

vals = [None if i % 5 == 0 else i for i in range(2000)]
acc = 0
for v in vals:
    if v is None:
        acc -= 1
    else:
        acc += v
print(acc)

items = [i if i % 2 else str(i) for i in range(1000)]
ints = 0
strs = ""
for it in items:
    if isinstance(it, int):
        ints += it
    else:
        strs += it[-1]
print(ints, len(strs), strs[:20])

x = 1
for i in range(100):
    x = x * 7 if i < 90 else x / 3
print(x)
