# any and all
print(any([]), all([]))
print(any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any('abc'), all(''), all([[]]), any([[]]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 1, 1]), calls)
calls.clear()
print(all(check(v) for v in [1, 1, 0, 1]), calls)
print(any(map(str.isupper, 'abcD')), all(map(str.islower, 'abcD')))
