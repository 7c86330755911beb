# struct: 's', 'c', 'B' formats with strings of bytes
import struct
print(struct.pack('2sB', b'hi', 7))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'))
print(struct.unpack('2sB', b'hi\x07'))
print(struct.pack('c', b'x'), struct.unpack('3c', b'abc'))
rec = struct.pack('<4sIh', b'RIFF', 1234, -5)
print(rec, len(rec))
tag, size, delta = struct.unpack('<4sIh', rec)
print(tag, size, delta)
print(struct.unpack('<HH', b'\x01\x02\x03\x04'), struct.unpack('>HH', b'\x01\x02\x03\x04'))
