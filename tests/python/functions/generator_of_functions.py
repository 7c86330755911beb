# building functions dynamically
def make_op(symbol):
    if symbol == '+':
        def op(a, b):
            return a + b
    elif symbol == '*':
        def op(a, b):
            return a * b
    else:
        def op(a, b):
            return symbol + ' unsupported'
    return op
for s in '+*-':
    print(s, make_op(s)(6, 7))
def make_polynomial(*coeffs):
    def p(x):
        total = 0
        for c in coeffs:
            total = total * x + c
        return total
    return p
quad = make_polynomial(1, -3, 2)
print([quad(x) for x in range(5)])
cubic = make_polynomial(2, 0, 0, -1)
print([cubic(x) for x in range(-2, 3)])
