# building a formatted text table
rows = [('Name', 'Qty', 'Price'), ('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 2.125)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
for r in rows:
    cells = []
    for i, v in enumerate(r):
        if isinstance(v, str):
            cells.append(v.ljust(widths[i]))
        else:
            cells.append(str(v).rjust(widths[i]))
    print('| ' + ' | '.join(cells) + ' |')
sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
print(sep)
total = sum(r[1] * r[2] for r in rows[1:])
print('Total: {:>10.2f}'.format(total))
print('%-10s%6.2f' % ('Total:', total))
