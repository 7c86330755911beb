# checksums and iteration over bytes
data = 'The quick brown fox'.encode()
print(sum(data), sum(data) % 256, len(data))
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum)
xored = bytes([c ^ 0x20 for c in data])
print(xored)
print(bytes([c ^ 0x20 for c in xored]) == data)
print(list(enumerate(data[:4])))
print([hex(c) for c in data[:5]])
print(bytes(reversed(data)))
