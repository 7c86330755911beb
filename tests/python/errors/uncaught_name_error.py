# uncaught NameError inside a function
def compute():
    total = 0
    for i in range(3):
        total += i
    return total + completely_unknown_quantity

print('computing')
print(compute())
