# string module constants
import string
print(repr(string.ascii_letters))
print(repr(string.ascii_lowercase))
print(repr(string.ascii_uppercase))
print(repr(string.digits))
print(repr(string.hexdigits))
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.ascii_letters), len(string.punctuation), len(string.whitespace))
print(all(c in string.hexdigits for c in 'deadBEEF'))
print(''.join(c for c in 'Hello, World! 123' if c not in string.punctuation))
