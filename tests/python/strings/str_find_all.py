# finding all occurrences with find in a loop
def find_all(s, sub):
    res = []
    i = s.find(sub)
    while i != -1:
        res.append(i)
        i = s.find(sub, i + 1)
    return res

text = 'abracadabra'
for sub in ['a', 'abra', 'bra', 'c', 'z', 'aa']:
    print(sub, find_all(text, sub), text.count(sub))
print(find_all('aaaa', 'aa'))
print([i for i in range(len(text)) if text.startswith('a', i)])
