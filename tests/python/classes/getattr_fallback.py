# __getattr__ is only called for missing attributes
class Config:
    def __init__(self, data):
        self.data = data
        self.real = 'real attribute'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name in self.data:
            return self.data[name]
        raise AttributeError("'Config' has no setting " + repr(name))
c = Config({'debug': True, 'level': 3})
print(c.real)
print(c.debug, c.level)
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, 'level', 'dflt'), getattr(c, 'nope', 'dflt'))
print(hasattr(c, 'debug'), hasattr(c, 'nope'))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
