# error inside a dict comprehension
prices = {'apple': '1.25', 'pear': 'n/a', 'fig': '2'}
parsed = {name: float(p) for name, p in prices.items()}
print(parsed)
