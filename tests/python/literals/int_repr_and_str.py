# str/repr of ints in various forms
for v in [0, 7, -7, 255, -256, 2 ** 31, 2 ** 100, -(2 ** 100)]:
    print(v, repr(v), str(v), hex(v), oct(v), bin(v))
print(int('0x1f', 16), int('1f', 16), int('0b101', 0), int('0o17', 0), int('99', 0))
print(int('-ff', 16), int('z', 36))
print(str(10 ** 30))
print(len(str(-12345)))
