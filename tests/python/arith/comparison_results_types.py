# comparison operators return bools, mixed kinds
print(type(1 < 2).__name__)
print(1 == '1', 1 != '1', [] == (), None == 0, None == False)
print((1, 2) < (1, 2, 3), (2,) > (1, 99))
print([3] > [2, 99], [] < [0])
print('10' < '9', 10 < 9)
try:
    print(1 < '1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({} < {})
except TypeError as e:
    print(type(e).__name__, e)
print(1 == 1.0 == True)
