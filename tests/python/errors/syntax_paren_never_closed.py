# syntax error: parenthesis never closed
print("start")
x = (1, 2
y = 3
print(x, y)
