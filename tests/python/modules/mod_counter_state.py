# helper module (not a test): module-level mutable state
items = []
total = 0

def add(x):
    global total
    items.append(x)
    total += x
    return total

def reset():
    global total
    items.clear()
    total = 0
