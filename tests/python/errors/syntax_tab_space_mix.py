# syntax error: mixing tabs and spaces inconsistently
def f():
    if True:
	return 1
    return 2
