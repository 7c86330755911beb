# UnboundLocalError messages
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def h(flag):
    if flag:
        y = 'assigned'
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def k():
    for i in range(0):
        pass
    return i
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__ + ':', e)
def closure_unbound():
    def inner():
        return z
    r = inner
    z = 'defined later'
    return r()
print(closure_unbound())
