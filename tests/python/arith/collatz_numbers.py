# collatz sequences: integer arithmetic in loops
def collatz(n):
    steps = 0
    peak = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
        if n > peak:
            peak = n
    return steps, peak

for n in [1, 2, 3, 6, 7, 9, 27, 97, 871]:
    print(n, collatz(n))
best = max(range(1, 1000), key=lambda k: collatz(k)[0])
print('best', best, collatz(best))
