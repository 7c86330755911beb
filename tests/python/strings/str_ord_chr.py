# ord and chr
for ch in 'aAzZ09 ~\n':
    print(repr(ch), ord(ch))
print([chr(c) for c in range(65, 75)])
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(chr(0x263A), ord('€'), chr(8364))
def caesar(text, k):
    out = []
    for c in text:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
