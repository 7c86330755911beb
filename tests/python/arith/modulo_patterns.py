# common modulo patterns
for n in range(-6, 7):
    print(n, n % 3, n % -3, n % 2 == 0)
print([i % 7 for i in range(0, 50, 6)])
h = 0
for ch in 'hello world':
    h = (h * 31 + ord(ch)) % 1000000007
print(h)
print(-1 % 12, 25 % 12, 12 % 12)
print(123456789 % 1000, 123456789 // 1000 % 1000)
