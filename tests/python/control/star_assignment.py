# starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = 'xy'
print(a, b, c)
*a, = 'abc'
print(a)
a, b, *c = (1, 2)
print(a, b, c)
(a, *b), c = 'hey', 'there'
print(a, b, c)
for first, *rest in [(1, 2, 3), (4,), 'ab']:
    print(first, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
head, *_ = 'hello'
print(head, _)
