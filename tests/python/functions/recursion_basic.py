# classic recursive functions
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
print([fact(i) for i in range(10)], fact(25))
print([fib(i) for i in range(15)])
print(ackermann(0, 0), ackermann(1, 2), ackermann(2, 3), ackermann(3, 3))
print(power_set([1, 2, 3]))
m = []
hanoi(4, 'A', 'C', 'B', m)
print(len(m), m[:5])
