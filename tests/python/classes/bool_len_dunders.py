# __bool__ and __len__ determine truthiness
class AlwaysFalse:
    def __bool__(self):
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        print('__bool__ used')
        return True
    def __len__(self):
        print('__len__ used')
        return 0
class Neither:
    pass
print(bool(AlwaysFalse()), bool(Sized(0)), bool(Sized(3)), bool(Neither()))
print(bool(Both()))
if not AlwaysFalse():
    print('AlwaysFalse is falsy')
print(len(Sized(7)), 'yes' if Sized(2) else 'no', AlwaysFalse() or 'fallback')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
