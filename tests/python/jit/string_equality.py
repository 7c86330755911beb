# == and != of two strs in a loop are String.equals in the trace; an operand that stops being a str fails a
# class guard and the interpreter compares it.
def tally(kinds):
    counts = {"i": 0, "f": 0, "s": 0, "other": 0}
    for kind in kinds:
        if kind == "i":
            counts["i"] += 1
        elif kind == "f":
            counts["f"] += 1
        elif kind != "s":
            counts["other"] += 1
        else:
            counts["s"] += 1
    return counts


def pairs(words):
    same = 0
    for i in range(len(words) - 1):
        if words[i] == words[i + 1]:
            same += 1
        if words[i] != words[i].lower():
            same += 100
    return same


kinds = ["i", "f", "s", "x", "", "ï", "i"] * 400
print(tally(kinds))
print(tally(kinds + [1, None, 2.0, "i", ("i",)]))
words = ["a", "a", "B", "b", "é", "é", "日本", "日本", "", ""] * 300
print(pairs(words))
print(pairs(words[:50]))


class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, str) and other.upper() == self.name


mixed = ["I", "x", "I"] * 300 + [Tag("I"), "I"]
n = 0
for m in mixed:
    if m == "I":
        n += 1
print(n)
