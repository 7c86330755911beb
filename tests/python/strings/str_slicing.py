# string slicing with steps
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-2], s[2:8:3])
print(s[-1:-4:-1], s[-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3])
print(s[3:100], s[-100:100])
print(s[::3], s[::-3], s[5::-1], s[:5:-1])
print(s[None:None], s[None::-1])
for step in [1, 2, 3, -1, -2, -3]:
    print(step, s[::step])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
