# comprehensions over nested data structures
orders = [
    {'id': 1, 'items': [('apple', 3, 0.5), ('pear', 1, 0.75)]},
    {'id': 2, 'items': []},
    {'id': 3, 'items': [('kiwi', 10, 0.2), ('apple', 2, 0.5), ('fig', 4, 1.25)]},
]
totals = {o['id']: sum(q * p for _, q, p in o['items']) for o in orders}
print(totals)
all_products = sorted({name for o in orders for name, _, _ in o['items']})
print(all_products)
qty_by_product = {}
for o in orders:
    for name, q, _ in o['items']:
        qty_by_product[name] = qty_by_product.get(name, 0) + q
print(qty_by_product)
print([o['id'] for o in orders if not o['items']])
print([[name for name, _, _ in o['items']] for o in orders])
print(max(orders, key=lambda o: len(o['items']))['id'])
