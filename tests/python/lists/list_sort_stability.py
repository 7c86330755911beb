# sort stability: equal keys keep original order
records = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))
data = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(data, key=len))
print(sorted(data, key=len, reverse=True))
x = [3, 1, 2]
y = sorted(x)
print(x, y, x is y)
