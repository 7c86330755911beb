# pow with modulus
print(pow(2, 10, 1000))
print(pow(3, 200, 13))
print(pow(7, 0, 5))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(-2, 3, 5))
print(pow(5, 3, -7))
print(pow(10 ** 20, 10 ** 20, 97))
print(pow(3, -1, 7))
print(pow(2, 5, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
