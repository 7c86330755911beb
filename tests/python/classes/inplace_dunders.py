# in-place operators: __iadd__ etc. and fallback to __add__
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print('iadd', other)
        self.items.append(other)
        return self
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 3
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('add (not in-place)')
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class Bad:
    def __iadd__(self, o):
        return None
b = Bad()
b += 1
print(b)
