# converting between strings and numbers
print(str(42), str(-0), str(3.0), str(1e-7), str(2 ** 70))
print(int('42'), int('-42'), int('+42'), int('  42\n'), int('0042'))
print(float('3.5'), float('-1e3'), float('.5'), float('5.'), float(' 2 '))
print(float('inf'), float('-Infinity'), float('nan'))
for bad in ['', 'abc', '4.5', '1 2', '0x10', '--1']:
    try:
        print(int(bad))
    except ValueError as e:
        print(type(e).__name__ + ':', e)
for bad in ['', 'abc', '1.2.3', '1e']:
    try:
        print(float(bad))
    except ValueError as e:
        print(type(e).__name__ + ':', e)
print(int('1_000_000'), float('1_0.5'))
print(str(True) + str(None))
