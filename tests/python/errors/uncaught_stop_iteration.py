# uncaught StopIteration from next() at module level
items = iter(['only'])
print(next(items))
print(next(items))
