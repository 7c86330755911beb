# object(), vars(), super()
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class A:
    def __init__(self):
        self.a = 1
    def hello(self):
        return 'A.hello'
class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2
    def hello(self):
        return 'B.hello -> ' + super().hello()
b = B()
print(vars(b), b.hello())
print(super(B, b).hello())
class Empty:
    pass
print(vars(Empty()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(object() == object(), o == o)
