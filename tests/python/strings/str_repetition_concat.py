# repetition and concatenation
s = 'ab'
print(s * 3, 3 * s, s * 1, repr(s * 0), repr(s * -1))
print(s + 'cd', 'cd' + s, s + '')
t = ''
for i in range(5):
    t += str(i)
    print(t)
t *= 2
print(t)
print(('-' * 3 + '+') * 3)
print(len('abc' * 1000))
u = s
u += 'xy'
print(s, u)
try:
    s * 2.5
except TypeError as e:
    print(type(e).__name__, e)
