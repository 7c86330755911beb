# syntax error: invalid syntax from a stray keyword
x = 5
if x = 5:
    print(x)
