# comprehensions calling functions and methods
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print([str(n).zfill(3) for n in [1, 22, 333]])
print([w.capitalize() for w in 'hello big world'.split()])
print({n: is_prime(n) for n in range(10)})
print(sum([len(str(n)) for n in range(100)]))
records = [{'name': 'ann', 'age': 31}, {'name': 'bob', 'age': 17}, {'name': 'cid', 'age': 45}]
print([r['name'] for r in records if r['age'] >= 18])
print({r['name']: r['age'] // 10 * 10 for r in records})
