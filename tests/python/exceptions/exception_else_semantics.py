# else runs only without exception; errors in else are not caught by same try
def f(x):
    try:
        v = int(x)
    except ValueError:
        return 'except'
    else:
        if v == 0:
            raise ZeroDivisionError('raised in else')
        return 'else ' + str(v)
    finally:
        print('finally', repr(x))
print(f('5'))
print(f('q'))
try:
    f('0')
except ZeroDivisionError as e:
    print('outside caught', e)
for i in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        print('else in loop', i)
