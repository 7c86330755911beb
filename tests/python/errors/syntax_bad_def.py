# syntax error: bad parameter list
def f(:
    return 1
