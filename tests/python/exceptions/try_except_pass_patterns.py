# silently ignoring some errors
results = []
for v in ['10', 'x', '20', '', '30']:
    try:
        results.append(int(v))
    except ValueError:
        pass
print(results)
d = {}
for k in ['a', 'b', 'a']:
    try:
        d[k] += 1
    except KeyError:
        d[k] = 1
print(d)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError is an ImportError:', isinstance(e, ImportError))
