# getattr / setattr / hasattr / delattr on builtins and user objects
class P:
    x = 1
p = P()
print(getattr(p, 'x'), getattr(p, 'y', None), hasattr(p, 'x'), hasattr(p, 'y'))
setattr(p, 'y', 2)
print(p.y, getattr(p, 'y'))
delattr(p, 'y')
print(hasattr(p, 'y'))
print(getattr('abc', 'upper')(), getattr([1, 2], 'count')(1))
print(hasattr('s', 'split'), hasattr(5, 'split'), hasattr([], 'append'))
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
