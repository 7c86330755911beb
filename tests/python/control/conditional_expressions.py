# conditional (ternary) expressions
for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'neg' if n < 0 else 'zero')
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
def side(tag, v):
    print('eval', tag)
    return v
r = side('a', 1) if side('cond', True) else side('b', 2)
print(r)
r = side('a', 1) if side('cond', False) else side('b', 2)
print(r)
print((lambda v: 'big' if v > 100 else 'small')(150))
print(1 if [] else 2, 1 if [0] else 2)
