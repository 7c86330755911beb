# constructing bytes
print(bytes(5))
print(bytes(0))
print(bytes([65, 66, 67]))
print(bytes([0, 255, 128, 10]))
print(bytes(range(97, 103)))
print(bytes((1, 2, 3)))
print(bytes('héllo', 'utf-8'))
print(bytes(b'copy'))
print(bytes())
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
