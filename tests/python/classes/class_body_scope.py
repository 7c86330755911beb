# class body scope and name resolution
x = 'global'
class K:
    x = 'class'
    y = x + ' derived'
    def method(self):
        return x
    def method_cls(self):
        return self.x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(K.y, K().method(), K().method_cls(), K.doubled)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.n)
class Outer:
    value = 10
    class Inner:
        value = 20
        def get(self):
            return self.value
    def make_inner(self):
        return Outer.Inner()
print(Outer.Inner().get(), Outer().make_inner().get(), Outer.value)
