# uncaught UnboundLocalError
counter = 0

def increment():
    counter += 1
    return counter

increment()
