# result types of mixed operations
vals = [3, 2.0, True]
for a in vals:
    for b in vals:
        print(type(a).__name__, type(b).__name__,
              type(a + b).__name__, type(a * b).__name__, type(a / b).__name__,
              type(a // b).__name__, type(a ** b).__name__)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(-2 // 1).__name__)
print(type(abs(-2)).__name__, type(abs(-2.0)).__name__, type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
