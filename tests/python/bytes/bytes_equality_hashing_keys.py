# bytes as dict keys and in containers (printed in insertion order)
d = {}
for word in [b'apple', b'banana', b'apple', b'cherry', b'banana', b'apple']:
    d[word] = d.get(word, 0) + 1
print(d)
print(d[b'apple'], b'banana' in d, b'kiwi' in d)
print(b'a' * 3 == b'aaa', bytes(3) == b'\x00\x00\x00')
print([b'x', b'y'] == [b'x', b'y'], (b'1', 2) == (b'1', 2))
print(sorted(d), sorted(d.items()))
print(b'abc' != 'abc', b'' == bytes())
