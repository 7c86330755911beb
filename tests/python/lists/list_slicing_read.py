# reading slices
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::2], a[::-1], a[::-3])
print(a[8:2:-2], a[2:8:-1], a[100:], a[-100:2])
b = a[:]
b[0] = 'x'
print(a[0], b[0])
print(a[3:3], a[5:1])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][::-1], m[::-1], m[0][1:])
