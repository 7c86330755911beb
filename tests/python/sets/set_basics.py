# set creation and basic properties
s = {3, 1, 2, 3, 1}
print(s, len(s))
print(set(), set([1, 2, 2]), set('aab') == {'a', 'b'}, set(range(5)))
print(1 in s, 5 in s, 5 not in s)
e = set()
print(e, len(e), bool(e), type(e).__name__)
print({1, 1.0, True}, len({0, False, 0.0}))
print(sorted({'banana', 'apple', 'cherry'}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0]
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
