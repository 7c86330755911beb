# isinstance / issubclass with builtin types
vals = [1, True, 1.0, 'a', b'a', [], (), {}, set(), None]
types = [int, bool, float, str, bytes, list, tuple, dict, set, object]
for v in vals:
    print(repr(v).ljust(6), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(1, (str, float)), isinstance(1, (str, int)))
print(issubclass(bool, int), issubclass(int, float), issubclass(float, object), issubclass(str, (int, str)))
