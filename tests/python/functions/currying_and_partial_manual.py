# manual currying
def curry3(f):
    def a(x):
        def b(y):
            def c(z):
                return f(x, y, z)
            return c
        return b
    return a
def vol(l, w, h):
    return l * w * h
cv = curry3(vol)
print(cv(2)(3)(4))
by2 = cv(2)
by2by5 = by2(5)
print(by2by5(1), by2by5(10), by2(1)(1))
def flip(f):
    return lambda a, b: f(b, a)
print(flip(lambda a, b: a - b)(1, 10))
def const(v):
    return lambda *args, **kwargs: v
print(const(7)(), const(7)(1, 2, x=3))
def identity(x):
    return x
print(list(map(identity, 'ab')), identity(identity)(5))
