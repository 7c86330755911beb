# hasattr / getattr / setattr / delattr / vars
class Obj:
    cls_attr = 'class level'
    def __init__(self):
        self.a = 1
o = Obj()
print(hasattr(o, 'a'), hasattr(o, 'b'), hasattr(o, 'cls_attr'))
print(getattr(o, 'a'), getattr(o, 'b', 'default'), getattr(o, 'cls_attr'))
setattr(o, 'b', 2)
setattr(o, 'name with space', 3)
print(o.b, getattr(o, 'name with space'))
print(vars(o))
delattr(o, 'a')
print(vars(o), hasattr(o, 'a'))
try:
    getattr(o, 'a')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'zzz')
except AttributeError as e:
    print(type(e).__name__, e)
for name in ['x', 'y', 'z']:
    setattr(o, name, name * 2)
print([getattr(o, n) for n in ['x', 'y', 'z']])
print(sorted(vars(o)))
