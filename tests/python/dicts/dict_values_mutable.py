# values that are mutable containers
d = {'list': [], 'dict': {}, 'set': set()}
d['list'].append(1)
d['dict']['k'] = 'v'
d['set'].add(5)
print(d)
alias = d['list']
alias.extend([2, 3])
print(d['list'])
copy = dict(d)
copy['list'].append(4)
print(d['list'])
copy['list'] = ['replaced']
print(d['list'], copy['list'])
m = {}
for i in range(3):
    m[i] = [i] * i
print(m)
