# struct: pack and unpack basic formats
import struct
print(struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('<i', -1))
print(struct.pack('>I', 4278190080), struct.pack('<I', 0xdeadbeef))
print(struct.unpack('<i', b'\x01\x00\x00\x00'), struct.unpack('>i', b'\xff\xff\xff\xfe'))
print(struct.pack('<h', -2), struct.pack('>H', 65535), struct.pack('b', -128), struct.pack('B', 255))
print(struct.pack('<q', -2), struct.pack('>Q', 2 ** 64 - 1))
print(struct.unpack('<q', struct.pack('<q', -(2 ** 63))), struct.unpack('>Q', b'\x80' + b'\x00' * 7))
print(struct.pack('<d', 1.5), struct.pack('>d', -2.0))
print(struct.unpack('<d', struct.pack('<d', 0.1)), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('<f', 1.0), struct.pack('>f', 3.14))
print(struct.pack('?', True), struct.pack('?', False), struct.unpack('??', b'\x01\x00'))
print(struct.pack('<6d', 1, 2, 3, 4, 5, 6) == b''.join(struct.pack('<d', x) for x in range(1, 7)))
print(struct.unpack('<6d', struct.pack('<6d', 1.5, -2, 0, 1e10, -0.0, 3)))
