# interleaving generators manually
def interleave(*gens):
    iters = [iter(g) for g in gens]
    while iters:
        nxt = []
        for it in iters:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        iters = nxt
print(list(interleave('abc', [1, 2], range(10, 14))))
def my_zip(*its):
    iters = [iter(i) for i in its]
    while True:
        row = []
        for it in iters:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)
print(list(my_zip('abcd', [1, 2, 3])))
def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
print(list(my_enumerate('xyz', 5)))
