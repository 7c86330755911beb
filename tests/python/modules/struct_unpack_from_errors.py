# struct: unpack_from with offsets and struct.error messages
import struct
buf = struct.pack('<iii', 10, 20, 30) + b'tail'
print(struct.unpack_from('<i', buf), struct.unpack_from('<i', buf, 4), struct.unpack_from('<2i', buf, 4))
print(struct.unpack_from('4s', buf, 12))
tests = [
    lambda: struct.pack('<i', 2 ** 31),
    lambda: struct.pack('B', 256),
    lambda: struct.pack('b', -129),
    lambda: struct.pack('<I', -1),
    lambda: struct.pack('<ii', 1),
    lambda: struct.unpack('<i', b'\x00\x00'),
    lambda: struct.unpack_from('<i', buf, 14),
    lambda: struct.pack('<i', 'x'),
    lambda: struct.calcsize('z'),
    lambda: struct.pack('<H', 70000),
]
for t in tests:
    try:
        print(t())
    except struct.error as e:
        print('struct.error:', e)
print(issubclass(struct.error, Exception))
