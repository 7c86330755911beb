# integer literals in various bases, with underscores
print(0)
print(42)
print(-17)
print(0x1F, 0XfF, 0x_dead_beef)
print(0o17, 0O777, 0o1_0)
print(0b1010, 0B1111_0000, 0b0)
print(1_000_000, 1_2_3)
print(0x10 + 0o10 + 0b10 + 10)
print(type(0x10).__name__)
values = [0xFF, 0o377, 0b11111111, 255]
print(values, all(v == 255 for v in values))
print(-0x80, -0o10, -0b1)
print(00, 0_0)
