# set equality, mixed numeric types
print({1, 2} == {2, 1}, {1, 2} == {1.0, 2.0}, {True} == {1})
print(set() == frozenset(), {1} == frozenset({1}))
print({1, 2} == [1, 2], set([1, 2]) == set((2, 1)))
print(set('abc') == set('cba'), set('abc') == {'a', 'b'})
s = {0.5, 1, 2}
print(0.5 in s, 1.0 in s, True in s)
print(len({1, 1.0, 2, 2.0, 3}))
