# digit manipulation with // and %
def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s

def reverse_num(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

for n in [0, 7, 123, 9999, 1000001, 2 ** 64, 10 ** 25 + 7]:
    print(n, digit_sum(n), reverse_num(n))
pal = [n for n in range(100, 300) if reverse_num(n) == n]
print(pal)
armstrong = [n for n in range(100, 1000) if sum(int(c) ** 3 for c in str(n)) == n]
print(armstrong)
