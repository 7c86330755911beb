# A sequence times an object with __index__ repeats it, as an int would; the object's own __mul__/__rmul__
# come first, and one without __index__ still gets the sequence's TypeError.
class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Twice:
    def __index__(self):
        return 5

    def __rmul__(self, other):
        return "rmul of " + repr(other)

    def __mul__(self, other):
        return "mul by " + repr(other)


class Plain:
    pass


class BadIndex:
    def __index__(self):
        return "three"


print([1, 2] * Count(2), Count(3) * "ab", (0,) * Count(0), b"xy" * Count(2))
print([7] * Count(-1), "abc" * Count(1))
print([1] * Twice(), Twice() * "s")
for bad in (Plain(), BadIndex()):
    for expr in (lambda: [1] * bad, lambda: bad * "ab"):
        try:
            expr()
        except TypeError as e:
            print("TypeError:", e)

# in a loop (compiled with the JIT on)
total = 0
for i in range(3000):
    total += len([0, 1, 2] * Count(i % 7)) + len(Count(i % 5) * "xyz")
print(total)
xs = [1, 2]
xs *= Count(3)
print(xs)
