# Calls with five to eight arguments inside hot loops: residual calls of functions the trace does not inline
# (star parameters, defaults, closures, builtins, classes), which once aborted the recording.


def star(*args):
    return sum(args)


def with_defaults(a, b, c, d, e, f=6, g=7, h=8):
    return a * b + c * d - e + f * g - h


def make_adder(k):
    def add(a, b, c, d, e, f):
        return a + b + c + d + e + f + k
    return add


class Box:
    def __init__(self, a, b, c, d, e, f=0):
        self.total = a + b + c + d + e + f

    def scaled(self, a, b, c, d, e, f, g=1):
        return self.total * (a + b + c + d + e + f) * g


def main():
    add = make_adder(100)
    s = 0
    for i in range(4000):
        s += star(i, 1, 2, 3, 4)
        s += star(i, 1, 2, 3, 4, 5, 6, 7)
        s += with_defaults(i, 2, 3, 4, 5)
        s += with_defaults(i, 2, 3, 4, 5, 6, 7, 8)
        s += add(i, 1, 1, 1, 1, 1)
        s += max(i, 3, 9, 27, 81, 243) + min(i, 3, 9, 27, 81, 243, 729, 2187)
        b = Box(i, 1, 2, 3, 4, 5)
        s += b.scaled(1, 1, 1, 1, 1, 1, 2)
        if i == 3999:
            try:
                with_defaults(1, 2, 3, 4, 5, 6, 7, 8, 9)
            except TypeError as e:
                print(e)
    print(s)


main()
