# venn diagram style counting with string sets (printed sorted)
python = {'ann', 'bob', 'cid', 'dee'}
java = {'bob', 'eve', 'dee', 'fay'}
go = {'cid', 'dee', 'fay', 'gus'}
print('all three:', sorted(python & java & go))
print('any:', sorted(python | java | go))
print('only python:', sorted(python - java - go))
print('exactly one:', sorted((python ^ java ^ go) - (python & java & go)))
print('python xor java:', sorted(python ^ java))
print(len(python | java | go), len(python & java))
everyone = python.union(java, go)
print(sorted(everyone), sorted(everyone.difference(python, java)))
print(sorted(python.intersection(java, go)))
