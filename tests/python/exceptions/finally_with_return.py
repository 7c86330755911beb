# finally interacting with return, break, continue
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x changed to', x)
print(f4())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('finally before break check', i)
def f5():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print('loop finally', i)
print(f5())
