# OverflowError from float operations
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print('caught', type(e).__name__)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print('caught', type(e).__name__)
print(1e308 * 10)
print(2 ** 10000 > 0)
try:
    print(float(2 ** 10000))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
