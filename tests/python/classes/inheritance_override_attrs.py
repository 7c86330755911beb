# attribute lookup through inheritance
class Base:
    kind = 'base'
    def __init__(self):
        self.tag = 'from base init'
    def who(self):
        return 'Base.who kind=' + self.kind
    def call_who(self):
        return self.who()
class Child(Base):
    kind = 'child'
    def who(self):
        return 'Child.who kind=' + self.kind
class NoInit(Child):
    pass
class OwnInit(Child):
    def __init__(self):
        self.other = 'own init only'
b, c, n, o = Base(), Child(), NoInit(), OwnInit()
print(b.call_who(), c.call_who(), n.call_who())
print(n.tag, hasattr(o, 'tag'), o.other)
print(NoInit.kind, Base.kind)
Base.kind = 'changed'
print(b.kind, c.kind)
Child.who = lambda self: 'patched'
print(c.call_who(), n.who(), b.who())
