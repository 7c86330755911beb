# range with various arguments
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-1, -10, -2)))
for i in range(3, -4, -3):
    print(i)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(range(101)), len(range(0, 100, 7)))
