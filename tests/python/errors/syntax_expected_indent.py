# syntax error: expected an indented block
def f():
return 1
