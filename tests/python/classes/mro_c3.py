# multiple inheritance and C3 MRO
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print([c.__name__ for c in D.__mro__])
print(D().who())
class X:
    pass
class Y:
    pass
class Z(X, Y):
    pass
class W(Z, Y):
    pass
print([c.__name__ for c in W.__mro__])
class O1: pass
class O2: pass
class O3: pass
class P1(O1, O2): pass
class P2(O2, O3): pass
class Q(P1, P2): pass
print([c.__name__ for c in Q.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
