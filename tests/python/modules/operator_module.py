# operator module functions
import operator
from operator import itemgetter, attrgetter
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 5), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([1]), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.concat('ab', 'cd'), operator.contains([1, 2], 2))
print(operator.getitem([10, 20, 30], 1), operator.getitem({'k': 'v'}, 'k'))
rows = [('ann', 31, 'NY'), ('bob', 25, 'LA'), ('cid', 31, 'SF')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0), reverse=True))
get_name = itemgetter(0)
print(list(map(get_name, rows)), itemgetter(0, 2)(rows[0]))
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return self.name
ps = [P('zed', 20), P('amy', 40), P('bo', 30)]
print(sorted(ps, key=attrgetter('age')), sorted(ps, key=attrgetter('name')))
print(attrgetter('name', 'age')(ps[0]))
from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.add, ['a', 'b', 'c']))
