# dicts of functions used as dispatch tables
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {'+': add, '-': sub, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
for expr in ['3 + 4', '10 - 7', '6 * 7', '9 / 2', '2 ^ 3']:
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        print(expr, 'unknown operator', repr(op))
    else:
        print(expr, '=', fn(int(a), int(b)))
print(sorted(ops))
