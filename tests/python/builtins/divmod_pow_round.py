# divmod, pow and round builtins
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 2.5), divmod(0, 3))
print(pow(2, 8), pow(2, -2), pow(-8, 3), pow(2.5, 2), pow(7, 2, 5), pow(3, 0, 1))
print(round(3.7), round(-3.7), round(0.5), round(1.5), round(2.675, 2), round(1234, -2), round(3.14159, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.5))
print(round(5), round(5, 1), round(-15, -1), round(25, -1))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
