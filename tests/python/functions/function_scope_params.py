# parameters are local; rebinding does not affect caller
def rebind(n, lst, s):
    n += 1
    lst = lst + [99]
    s = s.upper()
    return n, lst, s
n, lst, s = 1, [1], 'abc'
print(rebind(n, lst, s))
print(n, lst, s)
def mutate(lst, d):
    lst.append('m')
    d['k'] = 'v'
dct = {}
mutate(lst, dct)
print(lst, dct)
def shadow_param(x):
    for x in range(3):
        pass
    return x
print(shadow_param('orig'))
