# subset / superset / disjoint relations
A = {1, 2, 3}
B = {1, 2, 3, 4}
C = {5, 6}
E = set()
pairs = [('A', A, 'B', B), ('B', B, 'A', A), ('A', A, 'A', A), ('A', A, 'C', C), ('E', E, 'A', A)]
for n1, s1, n2, s2 in pairs:
    print(n1, n2, s1 <= s2, s1 < s2, s1 >= s2, s1 > s2, s1.isdisjoint(s2), s1.issubset(s2), s1.issuperset(s2))
print(E.issubset(E), E < E, E.isdisjoint(E))
