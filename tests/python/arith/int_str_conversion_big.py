# converting big ints to and from strings
n = 3 ** 100
s = str(n)
print(s, len(s))
print(int(s) == n)
print(int('-' + s) == -n)
print(int('0' * 5 + '123'))
print(hex(n))
print(int(hex(n), 16) == n)
print(oct(2 ** 64), bin(2 ** 64 - 1).count('1'))
digits = [int(c) for c in str(2 ** 100)]
print(digits, sum(digits))
print(int(''.join(reversed(str(12345678901234567890)))))
