# comprehension loop variables do not leak
x = 'outer x'
squares = [x * x for x in range(4)]
print(squares, x)
i = 100
d = {i: i * 2 for i in range(3)}
print(d, i)
s = {c for c in 'abc'}
try:
    print(c)
except NameError as e:
    print(type(e).__name__, e)
y = 5
print([y + k for k in range(3)])
def f():
    total = 10
    return [total + n for n in range(3)]
print(f())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([fn() for fn in funcs2])
