# uncaught RecursionError: the traceback elides repeated frames
def countdown(n):
    return countdown(n - 1)

print('about to recurse')
countdown(10)
