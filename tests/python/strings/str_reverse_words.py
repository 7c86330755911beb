# reversing words and characters
s = 'the quick brown fox'
print(' '.join(reversed(s.split())))
print(' '.join(w[::-1] for w in s.split()))
print(s[::-1])
print(''.join(reversed(s)))
print(' '.join(s.split()[::-1]).upper())
r = ''
for ch in s:
    r = ch + r
print(r)
print([w for w in s.split() if len(w) == 5])
print(s.split()[1:3], s.split()[-1][::-1])
