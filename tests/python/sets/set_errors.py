# errors with sets
s = {1, 2}
for op in ['remove', 'pop']:
    try:
        if op == 'remove':
            s.remove(3)
        else:
            set().pop()
    except KeyError as e:
        print(op, type(e).__name__, e, repr(e))
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add({3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.remove('missing')
except KeyError as e:
    print(type(e).__name__, e)
