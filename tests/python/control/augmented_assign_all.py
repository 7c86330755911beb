# augmented assignment on all operators and targets
n = 100
ops = []
n += 7; ops.append(n)
n -= 2; ops.append(n)
n *= 3; ops.append(n)
n //= 4; ops.append(n)
n %= 50; ops.append(n)
n **= 2; ops.append(n)
n <<= 2; ops.append(n)
n >>= 3; ops.append(n)
n &= 0xFF; ops.append(n)
n |= 0x100; ops.append(n)
n ^= 0x0F; ops.append(n)
n /= 8; ops.append(n)
print(ops)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 5
print(lst)
d = {'k': 1}
d['k'] += 1
d['k'] **= 3
print(d)
class Box:
    pass
b = Box()
b.v = 'a'
b.v += 'b'
b.v *= 3
print(b.v)
s = 'x'
s += 'y'
t = (1,)
t += (2,)
print(s, t)
nested = [[1], [2]]
nested[0][0] -= 10
print(nested)
