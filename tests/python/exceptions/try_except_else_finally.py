# all combinations of try/except/else/finally
def run(x):
    print('-- run', x)
    try:
        print('try start')
        r = 10 // x
        print('try end', r)
    except ZeroDivisionError:
        print('except ZeroDivisionError')
    else:
        print('else')
    finally:
        print('finally')
run(2)
run(0)
try:
    print('try only finally')
finally:
    print('finally runs')
try:
    pass
except Exception:
    print('never')
else:
    print('else without exception')
try:
    try:
        raise KeyError('k')
    finally:
        print('inner finally before propagation')
except KeyError as e:
    print('outer caught', repr(e))
