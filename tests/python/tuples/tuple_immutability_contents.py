# tuple holds references; contained mutables can change
t = ([1, 2], 'x')
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
a = (1, 2, 3)
b = a[:]
print(a == b, len(a) == len(b))
c = tuple(a)
print(c == a)
print(repr((1,)), repr(((),)), repr(((1, 2),)))
