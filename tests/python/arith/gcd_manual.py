# euclid's algorithm and lcm, manually
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (2 ** 40, 6 ** 20), (1071, 462)]
for a, b in pairs:
    print(a, b, gcd(a, b), lcm(a, b) if a and b else 0)
r = 1
for i in range(1, 21):
    r = lcm(r, i)
print(r)
