# errors when mixing str with other types
for other in [1, 2.5, None, [1], (1,), b'x']:
    try:
        print('s' + other)
    except TypeError as e:
        print(type(e).__name__ + ':', e)
print('s' + str(1), 's' + repr(None))
try:
    print(5 + 'x')
except TypeError as e:
    print(type(e).__name__ + ':', e)
try:
    print('abc' - 'a')
except TypeError as e:
    print(type(e).__name__ + ':', e)
try:
    print('abc'.upper(1))
except TypeError as e:
    print(type(e).__name__ + ':', e)
try:
    print('abc'.nosuch())
except AttributeError as e:
    print(type(e).__name__ + ':', e)
