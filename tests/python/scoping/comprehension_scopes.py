# comprehensions have their own scope but see enclosing names
x = 'module x'
def f():
    x = 'function x'
    a = [x for _ in range(2)]
    b = [x for x in range(2)]
    return a, b, x
print(f())
def g():
    items = [1, 2, 3]
    factor = 10
    return {i: i * factor for i in items}
print(g())
def h():
    total = 0
    data = [[1, 2], [3]]
    flat = [v for row in data for v in row]
    for v in flat:
        total += v
    return flat, total
print(h())
y = 'outer y'
gen = (y for _ in range(1))
y = 'rebound y'
print(list(gen))
