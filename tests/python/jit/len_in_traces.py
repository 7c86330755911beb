# len() of an instance of a Python class inlines its __len__ in traces; what __len__ returns is checked as
# len() checks it (an int of at least 0; a bool counts; anything else raises), also when the trace leaves
# inside __len__ and the interpreter finishes the call.


class Buf:
    def __init__(self, data, size):
        self.data = data
        self.size = size

    def __len__(self):
        if self.size > 1000:
            return self.size // 2
        return self.size

    def __getitem__(self, i):
        if i < 0 or i >= len(self):
            raise IndexError(i)
        return self.data[i]


def total(b):
    t = 0
    for i in range(len(b) + 3):
        try:
            t += b[i]
        except IndexError:
            t -= 1
    return t


print(total(Buf(list(range(50)), 50)), total(Buf(list(range(3000)), 3000)))


class Odd:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


def lengths(values):
    out = []
    for v in values:
        try:
            out.append(len(Odd(v)))
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


vals = [i % 7 for i in range(300)] + [True, False, -1, 2.5, "3", 10**30, None, 4]
res = lengths(vals)
print(sum(x for x in res if isinstance(x, int)), res[-8:])


def len_of_mixed(items):
    # A trace recorded on Buf meets a list, a str and an Odd at the same len() call.
    n = 0
    for it in items:
        n += len(it)
    return n


mixed = [Buf([1], 1)] * 200 + [[1, 2], "abc", Odd(5), Buf([], 0)] * 50
print(len_of_mixed(mixed))
