# syntax error: continue outside loop
def f():
    continue
