# math domain errors
import math
tests = [
    ('sqrt(-1)', lambda: math.sqrt(-1)),
    ('log(0)', lambda: math.log(0)),
    ('log(-1)', lambda: math.log(-1)),
    ('log2(-2)', lambda: math.log2(-2)),
    ('log10(0)', lambda: math.log10(0)),
    ('exp(1000)', lambda: math.exp(1000)),
    ('pow(0, -1)', lambda: math.pow(0, -1)),
]
for name, fn in tests:
    try:
        print(name, fn())
    except (ValueError, OverflowError) as e:
        print(name, '->', type(e).__name__ + ':', e)
print(math.sqrt(0), math.log(1e-300) < 0)
