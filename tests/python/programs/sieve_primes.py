# sieve of Eratosthenes and prime statistics
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(1000)
print(len(primes), primes[:15], primes[-5:])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(len(twins), twins[:6])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in [360, 97, 1001, 65536, 999983, 123456]:
    print(n, factorize(n))
goldbach = {}
for even in range(4, 51, 2):
    for p in primes:
        if even - p in primes:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
