# shadowing builtin names at module and function level
print(max(1, 5))
max = 'not a function'
try:
    max(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
del max
print(max(1, 5))
def f():
    sum = 0
    for i in range(5):
        sum += i
    return sum
print(f(), sum([1, 2]))
def g(list):
    return list[0]
print(g([9]), list('ab'))
str = int
print(str('42') + 1)
del str
print(str(42) + '1')
