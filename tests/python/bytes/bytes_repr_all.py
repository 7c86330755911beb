# repr of every byte value in chunks
allb = bytes(range(256))
for i in range(0, 256, 32):
    print(i, allb[i:i + 32])
print(len(repr(allb)))
print(str(b'x'), repr(b"'\""))
