# struct.calcsize with byte orders and native alignment
import struct
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd', '?', 'c', 's', '5s', 'x']:
    print(fmt, struct.calcsize('<' + fmt), struct.calcsize('=' + fmt), struct.calcsize('!' + fmt))
print(struct.calcsize('ci'), struct.calcsize('@ci'), struct.calcsize('<ci'), struct.calcsize('=ci'))
print(struct.calcsize('ic'), struct.calcsize('cd'), struct.calcsize('<cd'), struct.calcsize('hhl'), struct.calcsize('<hhl'))
print(struct.calcsize('2sB'), struct.calcsize('<6d'), struct.calcsize('bhiq'), struct.calcsize('<bhiq'))
print(struct.calcsize(''), struct.calcsize('0i'), struct.calcsize('3x'))
print(struct.pack('ci', b'A', 1))
print(struct.pack('<ci', b'A', 1))
print(struct.pack('hhl', 1, 2, 3))
print(struct.pack('<hhl', 1, 2, 3))
