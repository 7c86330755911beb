# struct: native ('@') alignment, '=' standard sizes, '!' network order
import struct
for fmt in ['@bi', '=bi', '<bi', '!bi', '@hq', '=hq', '@ih', '@qb', '@bbh', '@?d', '@cHi']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('@bi', 1, 2))
print(struct.pack('=bi', 1, 2))
print(struct.pack('!bi', 1, 2))
print(struct.pack('@hq', -1, 1))
print(struct.unpack('@bi', struct.pack('@bi', -5, 123456)))
print(struct.pack('!hH', -2, 2), struct.unpack('!hH', b'\xff\xfe\x00\x02'))
