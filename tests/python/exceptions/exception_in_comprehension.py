# exceptions raised inside comprehensions and lambdas
def parse_all(items):
    return [int(x) for x in items]
try:
    parse_all(['1', '2', 'three'])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {k: 1 / v for k, v in {'a': 1, 'b': 0}.items()}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda x: x.upper(), ['a', 1]))
except AttributeError as e:
    print(type(e).__name__, e)
ok = [x for x in ['1', 'a', '2'] if x.isdigit()]
print(ok)
