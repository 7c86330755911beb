# float() parsing edge cases
for s in ['1', ' 1.0 ', '-0', '+1.5', '1e5', '1E-5', '.5e1', '5.', 'inf', '-Infinity', 'NaN', '1_0.0_1', '16']:
    print(repr(s), float(s))
for bad in ['1.2.3', 'e5', '1e', '--1', '1 0', 'infinity and beyond', '_1']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(10 ** 20), float(-7), float(False))
