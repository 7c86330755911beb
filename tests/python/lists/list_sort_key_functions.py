# sorting with various key functions
people = [('Ann', 31, 'NY'), ('bob', 25, 'LA'), ('Cid', 31, 'SF'), ('dee', 19, 'NY')]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: (p[2], p[1]), reverse=True))
nums = [-4, 3, -2, 1, 0, 5]
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda n: (n % 2, n)))
print(sorted(['10', '9', '100', '1'], key=int))
print(sorted(['10', '9', '100', '1']))
print(sorted([[3, 'c'], [1, 'b'], [2, 'a']], key=lambda r: r[1]))
