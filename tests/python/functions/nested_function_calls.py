# deeply nested calls and argument evaluation order
order = []
def v(tag, val):
    order.append(tag)
    return val
def f(a, b, c):
    return a + b + c
print(f(v('a', 1), v('b', 2), v('c', 3)))
print(order)
order.clear()
print(f(v('x', 1), b=v('y', 2), c=v('z', 3)))
print(order)
order.clear()
print(v('outer', f)(v('p', 1), v('q', 1), v('r', 1)))
print(order)
print(abs(min(-3, max(-10, -5))), len(str(sum(range(100)))))
print(sorted(map(abs, filter(lambda x: x % 2, range(-5, 6)))))
