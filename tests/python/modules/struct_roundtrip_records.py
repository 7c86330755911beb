# struct: packing a list of records and reading them back
import struct
FMT = '<HhdI?'
size = struct.calcsize(FMT)
print(FMT, size)
records = [(1, -1, 0.5, 100, True), (65535, 32767, -1e-3, 0, False), (7, -32768, 1e300, 4294967295, True)]
blob = b''.join(struct.pack(FMT, *r) for r in records)
print(len(blob), blob[:size])
for i in range(len(records)):
    r = struct.unpack_from(FMT, blob, i * size)
    print(r, r == records[i])
print(struct.unpack('!I', struct.pack('!I', 1)), struct.pack('!I', 1), struct.pack('=I', 1))
print(struct.pack('>q', -1), struct.unpack('<Q', struct.pack('<q', -1)))
