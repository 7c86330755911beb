# generators producing generators
def counter(start, n):
    for i in range(start, start + n):
        yield i
def groups(k):
    for g in range(k):
        yield counter(g * 10, 3)
for gen in groups(3):
    print(list(gen))
def pipeline(src, *stages):
    for st in stages:
        src = st(src)
    return src
def double(it):
    for x in it:
        yield x * 2
def only_big(it):
    for x in it:
        if x > 5:
            yield x
def label(it):
    for x in it:
        yield 'v' + str(x)
print(list(pipeline(range(6), double, only_big, label)))
gens = [counter(i, 2) for i in range(3)]
print([list(g) for g in gens])
print([list(g) for g in gens])
