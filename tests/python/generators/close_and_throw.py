# generator.close() runs the generator's finally blocks and ignores a generator that has not started or has
# finished; generator.throw() raises at the yield; a generator that yields in an except block keeps that
# exception to itself; a finished generator's later next() raises a StopIteration without its value.
def g(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("fin")
log = []
x = g(log); print(next(x)); x.close(); print(log); x.close(); print(list(x))
y = g(log); y.close(); print(log)
def h():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 99
    yield 3
z = h(); print(next(z)); print(z.throw(ValueError("bad"))); print(next(z))
try:
    z.throw(KeyError)
except KeyError as e:
    print("KeyError out", repr(e))
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def ret():
    yield 1
    return 5
r = ret(); next(r)
try: next(r)
except StopIteration as e: print("value", e.value)
try: next(r)
except StopIteration as e: print("value", e.value)
w = h(); next(w)
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner fin")
def outer():
    try:
        yield from inner()
    finally:
        print("outer fin")
o = outer(); print(next(o)); o.close(); print("closed outer")
def inner2():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield 5
    return "inner done"
def outer2():
    r = yield from inner2()
    print("yield from gave", r)
    yield r
d = outer2(); print(next(d)); print(d.throw(ValueError("x"))); print(next(d))
d2 = outer2(); next(d2)
try:
    d2.throw(KeyError("k"))
except KeyError as e:
    print("through yield from:", repr(e))
def outer3():
    try:
        yield from [10, 20]
    except ValueError:
        yield "caught in outer3"
l3 = outer3(); print(next(l3)); print(l3.throw(ValueError))
def inner4(outer_ref):
    try:
        yield 1
    except ValueError:
        try:
            outer_ref[0].send(None)
        except ValueError as e:
            print("inner4:", e)
        yield 2
def outer4(ref):
    yield from inner4(ref)
ref4 = [None]
o4 = outer4(ref4)
ref4[0] = o4
print(next(o4)); print(o4.throw(ValueError("v")))
def tb():
    yield 1
t = tb(); next(t)
t.throw(TypeError("from throw"))
