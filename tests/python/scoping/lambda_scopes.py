# lambdas capture enclosing scopes like nested defs
def adder(n):
    return lambda x: x + n
add3 = adder(3)
print(add3(4))
def make_pair():
    state = {'v': 0}
    inc = lambda: state.update(v=state['v'] + 1) or state['v']
    get = lambda: state['v']
    return inc, get
inc, get = make_pair()
print(inc(), inc(), get())
k = 'global k'
f = lambda: k
k = 'changed k'
print(f())
nested = lambda a: (lambda b: (lambda c: a + b + c))
print(nested(1)(2)(3))
print((lambda *args: len(args))(1, 2, 3), (lambda **kw: sorted(kw))(b=1, a=2))
