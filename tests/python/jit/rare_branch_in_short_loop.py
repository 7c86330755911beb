# A short inner loop whose branch is rare (true once in 26 iterations), inlined into its caller's trace: the
# iterations that take it run bridges of the unrolled copies, at each of the four positions in turn.
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Work:
    def __init__(self):
        self.letter = 0
        self.data = [None] * 4
        self.wraps = 0

    def fill(self):
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
                self.wraps += 1
            self.data[i] = ALPHABET[self.letter]
        return "".join(self.data)


def run(n):
    w = Work()
    seen = {}
    last = ""
    for i in range(n):
        last = w.fill()
        seen[last[0]] = seen.get(last[0], 0) + 1
    return w.wraps, last, sorted(seen.items())[:6]


print(run(5000))
print(run(13))
