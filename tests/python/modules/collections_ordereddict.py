# collections.OrderedDict
from collections import OrderedDict
od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od)
print(list(od), list(od.values()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od)
print(od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, dict(od2) == dict(od3), od2 == {'y': 2, 'x': 1})
od2['z'] = 0
del od2['x']
print(od2, len(od2), 'y' in od2)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
