# TypeError from mixing types in a multi-line expression
def describe(count, unit):
    label = (
        'Total: '
        + count
        + ' '
        + unit
    )
    return label

print(describe('5', 'kg'))
print(describe(5, 'kg'))
