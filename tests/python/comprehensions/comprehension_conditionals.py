# conditional expressions inside comprehensions
nums = [-3, -1, 0, 2, 5, 8]
print(['neg' if n < 0 else 'zero' if n == 0 else 'pos' for n in nums])
print([n if n % 2 == 0 else -n for n in nums])
print([n for n in nums if n > 0 and n % 2 == 0])
print([n for n in nums if not n or n > 4])
print([(n, 'even') if n % 2 == 0 else (n, 'odd') for n in nums if n])
print({n: ('big' if abs(n) > 4 else 'small') for n in nums})
print([c for c in 'Hello World' if c.isupper() or c == ' '])
