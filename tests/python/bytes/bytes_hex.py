# bytes.hex
print(b'\x00\x01\xab\xff'.hex())
print(b'hello'.hex())
print(repr(b''.hex()))
print(bytes(range(16)).hex())
print(bytes([222, 173, 190, 239]).hex())
print('héllo'.encode().hex())
h = b'xyz'.hex()
print(h, len(h), type(h).__name__)
pairs = [h[i:i + 2] for i in range(0, len(h), 2)]
print(pairs, bytes([int(p, 16) for p in pairs]))
