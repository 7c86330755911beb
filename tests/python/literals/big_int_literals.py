# big integer literals and basic operations
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a)
print(b)
print(a + b)
print(b - a)
print(a * b)
print(-a)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1 << 100)
print(1_000_000_000_000_000_000_000)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(type(a).__name__)
print(a == 123456789012345678901234567890)
print(len(str(2 ** 200)))
print(str(a)[:5], str(a)[-5:])
