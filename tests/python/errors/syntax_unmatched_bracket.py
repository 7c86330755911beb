# syntax error: unmatched closing bracket
items = [1, 2, 3]]
print(items)
