# string indexing, positive and negative
s = 'Python'
for i in range(len(s)):
    print(i, s[i], s[-i - 1])
print(s[0], s[-1], s[5], s[-6])
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'J'
except TypeError as e:
    print(type(e).__name__, e)
print(type(s[0]).__name__, len(s[0]))
