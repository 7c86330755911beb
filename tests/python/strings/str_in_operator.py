# membership tests on strings
s = 'hello world'
print('hello' in s, 'world' in s, 'xyz' in s, '' in s, 'o w' in s)
print('H' in s, 'h' in s, 'hello' not in s, 'HELLO' not in s)
print('' in '', 'a' in '')
for ch in 'aeiou':
    print(ch, ch in s)
try:
    print(1 in s)
except TypeError as e:
    print(type(e).__name__, e)
vowels = [c for c in s if c in 'aeiou']
print(vowels)
