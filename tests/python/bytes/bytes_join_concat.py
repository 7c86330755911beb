# joining and concatenating bytes
parts = [b'ab', b'cd', b'ef']
print(b''.join(parts))
print(b', '.join(parts))
print(b'-'.join([]))
print(b'x' + b'y', b'z' * 3, 2 * b'w')
acc = b''
for i in range(5):
    acc += bytes([48 + i])
print(acc)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b''.join([b'a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
