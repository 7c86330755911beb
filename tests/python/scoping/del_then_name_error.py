# deleting names leads to NameError / UnboundLocalError
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
def f():
    b = 2
    del b
    try:
        return b
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(f())
c = [1, 2]
d = c
del c
print(d)
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
x = 5
def g():
    global x
    del x
g()
try:
    x
except NameError as e:
    print(type(e).__name__, e)
