# truth values of many objects
values = [0, 1, -1, 0.0, 0.1, '', ' ', '0', [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), b'', b'\x00']
for v in values:
    print(repr(v), bool(v), 'truthy' if v else 'falsy')
class Custom:
    pass
print(bool(Custom()))
