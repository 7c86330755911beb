# uncaught KeyError with a string key
inventory = {'apples': 3, 'pears': 5}
print(inventory['apples'])
print(inventory['bananas'])
