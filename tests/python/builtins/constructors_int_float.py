# int() and float() constructors
print(int(), int(7), int(-7.9), int(7.9), int(True), int('  42  '), int('-0'), int('+5'))
print(int('1_000'), int('0b101', 2), int('101', 2), int('0o17', 8), int('17', 8), int('0x1F', 16), int('1f', 16))
print(int('0x1F', 0), int('0o17', 0), int('0b11', 0), int('123', 0), int('z', 36), int('Z', 36))
print(int(' 12\n'), int('\t-3 '))
for bad, base in [('12a', 10), ('2', 2), ('', 10), ('0x', 16), ('1.5', 10), ('010', 0), ('1__0', 10)]:
    try:
        print(int(bad, base))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(3), float('  1.5e3 '), float('-.5'), float('1E-2'), float('inf'), float('-nan'))
print(float('1_000.5'), float(True), float(' 7 '))
try:
    int('3', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(3.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
