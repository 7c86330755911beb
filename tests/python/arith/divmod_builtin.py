# divmod with ints and floats
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (5, 17)]:
    print(a, b, divmod(a, b))
print(divmod(17.5, 5), divmod(-17.5, 5))
print(divmod(2 ** 70, 12345))
print(divmod(True, 2))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
