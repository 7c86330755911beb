# syntax error: binary operator with no right operand
print("this line is fine")
x = 1 +
print(x)
