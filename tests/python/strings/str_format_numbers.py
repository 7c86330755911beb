# formatting numbers into strings many ways
vals = [0, 1, -1, 3.14159, -2.5, 1234567.891, 1e-8, 2 ** 40]
for v in vals:
    print(repr(v), '{:>14}'.format(v), '{:<12.3}'.format(float(v)), '%12.4f' % v, format(v, '.2e'))
for v in [0, 5, 255, -255, 65535]:
    print('{:>6d} {:>6x} {:>8o} {:>18b}'.format(v, v, v, v))
print('{:.3%}'.format(1 / 3))
print(str(1 / 3)[:6])
