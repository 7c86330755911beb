# palindrome checks with slicing and cleaning
def clean(s):
    return ''.join(c.lower() for c in s if c.isalnum())

def is_pal(s):
    c = clean(s)
    return c == c[::-1]

tests = ['racecar', 'A man, a plan, a canal: Panama', 'hello', '', 'No lemon, no melon', 'ab', 'Was it a car or a cat I saw?']
for t in tests:
    print(repr(t), repr(clean(t)), is_pal(t))

def longest_pal(s):
    best = ''
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1]:
                best = sub
    return best
print(longest_pal('forgeeksskeegfor'), longest_pal('banana'), longest_pal('abc'))
