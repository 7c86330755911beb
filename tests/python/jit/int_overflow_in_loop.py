# A compiled loop whose int overflows 64 bits: the overflow guard fails, and
# the interpreter continues with a big int, printing what CPython prints.
def grow(n):
    x = 1
    i = 0
    while i < n:
        x = x * 3 + i
        i += 1
    return x


for n in (10, 39, 40, 41, 60, 100):
    print(n, grow(n))

total = 0
for k in range(3000):
    total += k * k * k * k * k
print(total)
