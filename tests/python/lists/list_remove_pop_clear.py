# remove, pop, clear
a = [1, 2, 3, 2, 1, 4]
a.remove(2)
print(a)
a.remove(1)
print(a)
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-1), a)
print(a.pop(0), a)
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
try:
    b.pop(5)
except IndexError as e:
    print(type(e).__name__, e)
b.clear()
print(b, len(b))
c = [[1], [1]]
c.remove([1])
print(c)
