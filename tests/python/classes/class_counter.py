# counting instances with a class attribute
class Widget:
    count = 0
    registry = []
    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        Widget.registry.append(name)
    @classmethod
    def how_many(cls):
        return cls.count
for n in ['a', 'b', 'c']:
    w = Widget(n)
    print(w.id, w.name, Widget.count)
print(Widget.how_many(), w.how_many(), Widget.registry)
class Sub(Widget):
    pass
s = Sub('sub')
print(s.id, Widget.count, Sub.count)
