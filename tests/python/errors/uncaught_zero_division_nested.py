# ZeroDivisionError deep inside arithmetic helpers
def mean(values):
    return sum(values) / len(values)

def spread(groups):
    return [mean(g) for g in groups]

def report():
    groups = [[1, 2, 3], [10], []]
    for g, m in zip(groups, spread(groups)):
        print(g, m)

report()
