# forwarding *args and **kwargs through wrappers
def target(a, b=0, *rest, flag=False, **extra):
    return 'a=%r b=%r rest=%r flag=%r extra=%r' % (a, b, rest, flag, extra)
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, 4))
print(forward(1, flag=True))
print(forward(a=5, b=6, z=7))
print(forward(*[1, 2], **{'flag': 1, 'q': 'x'}))
def partial(f, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return f(*(pargs + args), **merged)
    return call
p = partial(target, 'A', flag=True)
print(p())
print(p('B', 'C', flag=False, w=1))
