# shallow copies and nested mutation
orig = {'a': [1, 2], 'b': {'c': 3}}
shallow = orig.copy()
shallow['a'].append(3)
shallow['b']['d'] = 4
shallow['e'] = 5
print(orig)
print(shallow)
def deepcopy(x):
    if isinstance(x, dict):
        return {k: deepcopy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deepcopy(v) for v in x]
    return x
deep = deepcopy(orig)
deep['a'].append('deep')
print(orig['a'], deep['a'])
print(deep == orig)
