package org.pyjit.interp.lib;

import org.junit.jupiter.api.Test;

/** Python programs using operator, run through the interpreter. Expected outputs are CPython 3.11's. */
class OperatorModuleTest {
    @Test
    void operators() {
        PythonPrograms.assertOutput("""
                import operator as o
                from operator import itemgetter, attrgetter, methodcaller
                print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.neg(5), o.pos(-3), o.abs(-4.5), o.not_(0), o.truth([1]))
                print(o.eq(1, 1.0), o.ne(1, 2), o.lt(1, 2), o.le(2, 2), o.gt('b', 'a'), o.ge([1], [2]), o.and_(6, 3), o.or_(4, 1), o.xor(5, 1), o.contains([1, 2], 2), o.getitem('abc', 1), o.index(7))
                l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l, o.concat([1], [2]), o.concat('a', 'b'), o.lshift(1, 4), o.rshift(16, 2), o.invert(5), o.inv(0), o.is_(None, None), o.is_not(1, None))
                print(o.countOf([1, 1, 2], 1), o.indexOf('abc', 'c'), o.iadd([1], [2]), o.__add__(1, 1), o.__and__(3, 1), o.length_hint([1, 2, 3]))
                g = itemgetter(1); print(g([5, 6]), g('xy'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 1}), repr(g), repr(itemgetter(1, 'a')))
                class P:
                    def __init__(s): s.a = 1; s.b = self_b()
                class self_b:
                    c = 'deep'
                p = P(); print(attrgetter('a')(p), attrgetter('b.c')(p), attrgetter('a', 'b.c')(p), repr(attrgetter('a.b', 'c')))
                print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('split', sep='-', maxsplit=1)('a-b-c'), repr(methodcaller('f', 1, k=2)))
                print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)), max([{'v': 3}, {'v': 7}], key=itemgetter('v')))
                from functools import reduce
                print(reduce(o.mul, range(1, 10)), list(map(o.neg, [1, -2])), list(map(o.add, [1, 2], [10, 20])))
                for t in [lambda: o.itemgetter(), lambda: o.attrgetter(1), lambda: o.methodcaller(), lambda: o.methodcaller(1), lambda: o.index(1.5), lambda: o.concat(1,2), lambda: o.concat([1], (2,)), lambda: o.add(1), lambda: o.itemgetter(5)([1]), lambda: o.attrgetter('zz')(1), lambda: o.neg('a'), lambda: o.indexOf([1,2],3), lambda: o.truediv(1,0), lambda: g(), lambda: o.lt(1, 'a')]:
                  try: print(t())
                  except Exception as e: print(type(e).__name__, e)
                """,
                """
                3 2 aaa 3.5 3 1 1024 -5 -3 4.5 True True
                True True True True True False 2 5 4 True b 7
                [9, 3] [1, 2] ab 16 4 -6 -1 True True
                2 2 [1, 2] 2 1 3
                6 y ('a', 'c') 1 operator.itemgetter(1) operator.itemgetter(1, 'a')
                1 deep (1, 'deep') operator.attrgetter('a.b', 'c')
                ABC ['a', 'b'] ['a', 'b-c'] operator.methodcaller('f', 1, k=2)
                [(2, 'a'), (1, 'b'), (0, 'c')] {'v': 7}
                362880 [-1, 2] [11, 22]
                TypeError itemgetter expected 1 argument, got 0
                TypeError attribute name must be a string
                TypeError methodcaller needs at least one argument, the method name
                TypeError method name must be a string
                TypeError 'float' object cannot be interpreted as an integer
                TypeError 'int' object can't be concatenated
                TypeError can only concatenate list (not "tuple") to list
                TypeError add expected 2 arguments, got 1
                IndexError list index out of range
                AttributeError 'int' object has no attribute 'zz'
                TypeError bad operand type for unary -: 'str'
                ValueError sequence.index(x): x not in sequence
                ZeroDivisionError division by zero
                TypeError itemgetter expected 1 argument, got 0
                TypeError '<' not supported between instances of 'int' and 'str'
                """);
    }
}
