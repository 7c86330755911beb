# abs with ints, floats, bools, big ints
for v in [0, 5, -5, 3.5, -3.5, -0.0, True, False, -(2 ** 100), float('-inf')]:
    print(repr(v), abs(v), type(abs(v)).__name__)
print(abs(-7) + abs(7))
print(abs(2 - 10), abs(10 - 2))
print(abs(-2 ** 63))
