# run-length encoding for strings and bytes, with round trips
def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out

def to_text(pairs):
    return ''.join((str(n) if n > 1 else '') + ch for ch, n in pairs)

def from_text(text):
    out = []
    num = ''
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ''
    return ''.join(out)

samples = ['WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW', 'abc', 'aabcccccaaa', '', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']
for s in samples:
    pairs = encode(s)
    t = to_text(pairs)
    print(repr(t), len(s), '->', len(t), from_text(t) == s)
data = bytes([0, 0, 0, 255, 255, 1, 0, 0])
pairs = encode(data)
print(pairs)
packed = bytes(b for value, count in pairs for b in (count, value))
print(packed, len(packed))
unpacked = b''.join(bytes([packed[i + 1]]) * packed[i] for i in range(0, len(packed), 2))
print(unpacked == data)
