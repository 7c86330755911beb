# case conversion methods
words = ['hello world', 'HELLO World', "they're bill's friends", 'a1b2 c3', 'ÉCOLE élève', '', 'mIxEd CaSe']
for w in words:
    print(repr(w), '|', w.upper(), '|', w.lower(), '|', w.title(), '|', w.capitalize(), '|', w.swapcase())
print('ß'.upper(), 'straße'.upper())
print('hello'.capitalize(), 'HELLO'.capitalize(), '123abc'.capitalize())
print('hello-world_foo bar'.title())
