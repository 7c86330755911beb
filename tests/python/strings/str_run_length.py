# run-length encoding of strings
def rle(s):
    if not s:
        return ''
    out = []
    cur = s[0]
    n = 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append(str(n) + cur)
            cur = ch
            n = 1
    out.append(str(n) + cur)
    return ''.join(out)

def unrle(s):
    out = ''
    num = ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ''
    return out

for s in ['aaabbc', 'abc', '', 'zzzzzzzzzzzz', 'aabbaa']:
    e = rle(s)
    print(repr(s), repr(e), unrle(e) == s)
