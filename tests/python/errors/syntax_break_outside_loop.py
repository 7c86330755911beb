# syntax error: break outside loop
x = 3
if x > 2:
    break
