# while loops of various shapes
n = 10
while n:
    n -= 3 if n >= 3 else n
    print(n)
powers = []
p = 1
while p < 1000:
    powers.append(p)
    p *= 2
print(powers)
a, b = 48, 18
while b:
    a, b = b, a % b
print('gcd', a)
digits = []
num = 90210
while num > 0:
    num, d = divmod(num, 10)
    digits.append(d)
print(digits[::-1])
i = 0
while True:
    i += 1
    if i > 4:
        break
print('i', i)
