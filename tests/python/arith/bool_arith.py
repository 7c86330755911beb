# bools in arithmetic
t, f = True, False
print(t + t + t, t - f, t * 5, f * 5)
print(t / 2, t // 2, t % 2, t ** 10, 2 ** t)
print(-t, +t, ~t, ~f)
print(t & f, t | f, t ^ t, type(t & f).__name__, type(t + f).__name__)
print(sum([t, t, f, t]))
print(t == 1, f == 0, t != 2)
print(10 * (3 > 2), 10 * (3 < 2))
print(t << 4, t >> 1)
print(abs(t), abs(-t))
print(divmod(t, t))
