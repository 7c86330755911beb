# printing dicts with many key and value types
d = {None: None, True: False, 0: 0.0, 'str': "quote's", (1, 'a'): [1, (2,)], 3.5: {'in': {}}, b'b': b'v', -1: -0.0}
print(d)
print(repr(d) == str(d))
print(list(d.keys()))
print(list(d.values()))
for k, v in d.items():
    print(type(k).__name__, type(v).__name__)
