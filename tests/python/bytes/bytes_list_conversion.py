# converting between bytes, lists and ints
b = b'\x01\x02\x03\xff'
print(list(b), tuple(b))
print(bytes(list(b)) == b)
n = 0
for x in b:
    n = n * 256 + x
print(n, hex(n))
out = []
m = n
while m:
    out.append(m % 256)
    m //= 256
print(bytes(reversed(out)))
