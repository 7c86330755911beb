# isinstance / issubclass with tuples and builtins
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, object), isinstance(int, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
try:
    isinstance(b, 'A')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) is B, type(b) is A, type(b) == B)
