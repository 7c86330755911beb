# uncaught exception at module level
print('start')
values = [1, 2, 3]
print(values[1])
print(values[10])
print('never reached')
