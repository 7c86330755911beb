# uncaught exception raised inside a lambda
scale = lambda x: 10 / x
print(scale(2))
results = list(map(scale, [5, 0, 1]))
