# zip stops at the shortest input; helpers for longest behaviour
a = [1, 2, 3, 4]
b = 'xy'
print(list(zip(a, b)))
print(list(zip(b, a)))
def zip_longest(x, y, fill=None):
    n = max(len(x), len(y))
    return [(x[i] if i < len(x) else fill, y[i] if i < len(y) else fill) for i in range(n)]
print(zip_longest(a, b))
print(zip_longest(b, a, '-'))
it = iter(range(10))
print(list(zip(it, it)))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
