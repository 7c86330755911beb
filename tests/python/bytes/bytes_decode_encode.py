# encode/decode round trips
texts = ['plain', 'naïve', '日本語', '🎉 party', '']
for t in texts:
    enc = t.encode('utf-8')
    print(repr(t), enc, len(enc), enc.decode('utf-8'))
print(b'abc'.decode())
print(b'\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__)
print('A'.encode() == b'A', 'é'.encode() == b'\xc3\xa9')
