# puzzles with big integers
def digit_sum(n):
    return sum(int(d) for d in str(n))
f = 1
for i in range(2, 101):
    f *= i
print(len(str(f)), digit_sum(f))
print(digit_sum(2 ** 1000), len(str(2 ** 1000)))
a, b, idx = 1, 1, 2
while len(str(b)) < 100:
    a, b = b, a + b
    idx += 1
print('first fib with 100 digits is F(%d)' % idx)
print(str(3 ** 200)[:20], str(3 ** 200)[-20:])
def collatz_max(limit):
    best = (0, 0)
    cache = {1: 1}
    for start in range(1, limit):
        n = start
        path = []
        while n not in cache:
            path.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        length = cache[n]
        for p in reversed(path):
            length += 1
            cache[p] = length
        if cache[start] > best[1]:
            best = (start, cache[start])
    return best
print(collatz_max(10000))
print(sum(int(c) for c in str(7 ** 77)), (7 ** 77) % 1000007)
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(int(str(12345678987654321) * 3) % 97)
