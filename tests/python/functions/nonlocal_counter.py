# nonlocal lets inner functions rebind outer variables
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def accumulate():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total, len(items)
    return add
acc = accumulate()
print(acc(5), acc(7), acc(-2))
