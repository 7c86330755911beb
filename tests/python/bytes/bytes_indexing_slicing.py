# indexing bytes gives ints, slicing gives bytes
b = b'Hello, bytes!'
print(b[0], b[-1], type(b[0]).__name__)
print(b[0:5], b[7:], b[::-1], b[::2], type(b[1:3]).__name__)
print([b[i] for i in range(5)])
print(len(b), len(b''), len(b'\x00\x00'))
for x in b'AB\n':
    print(x)
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b[-3:-1], b[5:2], b[2:5:-1])
