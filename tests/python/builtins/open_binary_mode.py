# binary mode files
name = '_tmp_open_binary_mode.bin'
payload = bytes(range(0, 256, 15)) + b'\r\n\x00end'
with open(name, 'wb') as f:
    print(f.write(payload))
with open(name, 'rb') as f:
    data = f.read()
print(data == payload, len(data), type(data).__name__)
print(data[:5], data[-5:])
with open(name, 'rb') as f:
    print(f.read(3), f.read(2), len(f.read()))
text = 'héllo wörld\n中文\n'
with open(name, 'wb') as f:
    f.write(text.encode('utf-8'))
with open(name, 'rb') as f:
    raw = f.read()
print(raw, len(raw))
print(raw.decode('utf-8') == text)
with open(name, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
