# inventory management with namedtuples, dicts and formatted reports
from collections import namedtuple, defaultdict
Item = namedtuple('Item', 'sku name category qty price')
rows = """A100,Widget,tools,10,2.50
A101,Gadget,tools,0,12.00
B200,Apple,food,150,0.30
B201,Bread,food,12,2.25
C300,Novel,books,7,9.99
C301,Atlas,books,2,24.50
bad line
D400,Lamp,home,x,15.00"""
items = []
errors = []
for n, line in enumerate(rows.splitlines(), 1):
    parts = line.split(',')
    try:
        if len(parts) != 5:
            raise ValueError('expected 5 fields, got %d' % len(parts))
        sku, name, cat, qty, price = parts
        items.append(Item(sku, name, cat, int(qty), float(price)))
    except ValueError as e:
        errors.append('line %d: %s' % (n, e))
print(len(items), 'items loaded')
for e in errors:
    print('error', e)
by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)
print('%-6s %-8s %5s %10s' % ('cat', 'count', 'qty', 'value'))
for cat in sorted(by_cat):
    group = by_cat[cat]
    value = sum(i.qty * i.price for i in group)
    print('%-6s %-8d %5d %10.2f' % (cat, len(group), sum(i.qty for i in group), value))
out_of_stock = [i.name for i in items if i.qty == 0]
low = sorted((i for i in items if 0 < i.qty < 10), key=lambda i: i.qty)
print('out of stock:', out_of_stock)
print('low stock:', [(i.name, i.qty) for i in low])
most_valuable = max(items, key=lambda i: i.qty * i.price)
print('most valuable line:', most_valuable.name, round(most_valuable.qty * most_valuable.price, 2))
restocked = [i._replace(qty=20) if i.qty < 5 else i for i in items]
print([(i.sku, i.qty) for i in restocked])
print(items[0])
