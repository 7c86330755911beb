package org.pyjit.interp.lib;

import org.junit.jupiter.api.Test;

/** Python programs using collections, run through the interpreter. Expected outputs are CPython 3.11's. */
class CollectionsModuleTest {
    @Test
    void namedtupleAndDeque() {
        PythonPrograms.assertOutput("""
                from collections import namedtuple, deque, Counter, OrderedDict, defaultdict
                P = namedtuple('P', 'x y')
                tests = [lambda: P(1), lambda: P(1,2,3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: namedtuple('1a', 'x'),
                 lambda: namedtuple('A', 'x class'), lambda: namedtuple('A', '_x'), lambda: namedtuple('A', 'x x'), lambda: namedtuple('A','x', defaults=(1,2)),
                 lambda: P._make([1]), lambda: P(1,2)._replace(z=1), lambda: setattr(P(1,2), 'x', 3), lambda: P(1,2)[2], lambda: P(1,2).index(5),
                 lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3], lambda: deque([1]).remove(4), lambda: deque([1]).index(4),
                 lambda: deque(maxlen=-1), lambda: deque([1])['a'], lambda: deque([1])[0:1], lambda: deque(1), lambda: deque([1], 2, 3), lambda: hash(deque()),
                 lambda: Counter(1), lambda: Counter.fromkeys('ab'), lambda: Counter([1], [2]), lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end(1),
                 lambda: defaultdict(1), lambda: namedtuple('A', 5), lambda: namedtuple('A', ['x', 5]), lambda: deque([1],maxlen='a'), lambda: deque([1]).rotate('a'),
                 lambda: deque([1]) + [1], lambda: deque([1]) < [1], lambda: P(1,2) < 5,
                 lambda: (lambda d: [d.append(1) for _ in d])(deque([1]))]
                for t in tests:
                    try: r = t(); print('ok', r)
                    except Exception as e: print(type(e).__name__, e)
                p = P(1, 2)
                print(p, repr(p), p.x, p[1], p[-1], p[:1], len(p), list(p), p == (1, 2), (1,2) == p, p != (1,2), hash(p) == hash((1,2)), p._asdict(), P._fields, P._field_defaults, p._replace(y=5), P._make([3,4]))
                Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
                print(Q(1), Q(1, 2), Q(1, c=5), Q._field_defaults, Q.__match_args__)
                R = namedtuple('R', 'a, def, a, _b', rename=True)
                print(R._fields)
                print(p + (3,), (0,) + p, p * 2, 2 * p, p < (1, 3), max([P(1,2), P(3,0), P(2,9)]), sorted([P(2,1), P(1,5)]), 1 in p, p.count(1), p.index(2))
                x, y = p
                print(x, y, {p: 1}[(1, 2)], set([p, (1, 2)]), bool(P(0,0)), str(p), f"{p}", "%s" % (p,))
                class S(P):
                    def norm(self): return self.x ** 2 + self.y ** 2
                s = S(3, 4)
                print(s, s.norm(), s.x, s == (3, 4), S._make([1, 1]), s._replace(x=0), type(s._replace(x=0)).__name__)
                d = deque([1, 2, 3], maxlen=3)
                d.append(4); print(d); d.appendleft(0); print(d); print(d.maxlen)
                d = deque(); print(d, repr(deque([1], maxlen=3)), bool(d))
                d.extend([1,2,3]); d.extendleft([7,8]); print(d); d.rotate(2); print(d); d.rotate(-3); print(d); print(d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d, 9 in d)
                print(d == deque([2,3,7]), d == [2,3,7], deque([1,2]) < deque([1,3]), d.count(2), d.index(3)); d[0] = 9; del d[1]; print(d, list(reversed(d)), d.copy(), d + deque([5]), d * 2)
                d.insert(1, 'x'); d.remove(9); d.reverse(); print(d); d.clear(); print(d)
                d = deque([1]); d += [2, 3]; print(d); d2 = deque(range(10), 5); print(d2, d2.maxlen, deque('abc'))
                r = deque([1]); r.append(r); print(r)
                print(P, P.__name__, P.__doc__, type(p).__name__)
                """,
                """
                TypeError P.__new__() missing 1 required positional argument: 'y'
                TypeError P.__new__() takes 3 positional arguments but 4 were given
                TypeError P.__new__() got an unexpected keyword argument 'z'
                TypeError P.__new__() got multiple values for argument 'x'
                ValueError Type names and field names must be valid identifiers: '1a'
                ValueError Type names and field names cannot be a keyword: 'class'
                ValueError Field names cannot start with an underscore: '_x'
                ValueError Encountered duplicate field name: 'x'
                TypeError Got more default values than field names
                TypeError Expected 2 arguments, got 1
                ValueError Got unexpected field names: ['z']
                AttributeError can't set attribute
                IndexError tuple index out of range
                ValueError tuple.index(x): x not in tuple
                IndexError pop from an empty deque
                IndexError pop from an empty deque
                IndexError deque index out of range
                ValueError 4 is not in deque
                ValueError 4 is not in deque
                ValueError maxlen must be non-negative
                TypeError sequence index must be integer, not 'str'
                TypeError sequence index must be integer, not 'slice'
                TypeError 'int' object is not iterable
                TypeError deque() takes at most 2 arguments (3 given)
                TypeError unhashable type: 'collections.deque'
                TypeError 'int' object is not iterable
                NotImplementedError Counter.fromkeys() is undefined.  Use Counter(iterable) instead.
                TypeError Counter.__init__() takes from 1 to 2 positional arguments but 3 were given
                KeyError 'dictionary is empty'
                KeyError 1
                TypeError first argument must be callable or None
                TypeError 'int' object is not iterable
                ValueError Type names and field names must be valid identifiers: '5'
                TypeError an integer is required
                TypeError 'str' object cannot be interpreted as an integer
                TypeError can only concatenate deque (not "list") to deque
                TypeError '<' not supported between instances of 'collections.deque' and 'list'
                TypeError '<' not supported between instances of 'P' and 'int'
                RuntimeError deque mutated during iteration
                P(x=1, y=2) P(x=1, y=2) 1 2 2 (1,) 2 [1, 2] True True False True {'x': 1, 'y': 2} ('x', 'y') {} P(x=1, y=5) P(x=3, y=4)
                Q(a=1, b=10, c=20) Q(a=1, b=2, c=20) Q(a=1, b=10, c=5) {'b': 10, 'c': 20} ('a', 'b', 'c')
                ('a', '_1', '_2', '_3')
                (1, 2, 3) (0, 1, 2) (1, 2, 1, 2) (1, 2, 1, 2) True P(x=3, y=0) [P(x=1, y=5), P(x=2, y=1)] True 1 1
                1 2 1 {P(x=1, y=2)} True P(x=1, y=2) P(x=1, y=2) P(x=1, y=2)
                S(x=3, y=4) 25 3 True S(x=1, y=1) S(x=0, y=4) S
                deque([2, 3, 4], maxlen=3)
                deque([0, 2, 3], maxlen=3)
                3
                deque([]) deque([1], maxlen=3) False
                deque([8, 7, 1, 2, 3])
                deque([2, 3, 8, 7, 1])
                deque([7, 1, 2, 3, 8])
                8 7 deque([1, 2, 3]) 3 1 3 True False
                False False True 1 2
                deque([9, 3]) [3, 9] deque([9, 3]) deque([9, 3, 5]) deque([9, 3, 9, 3])
                deque([3, 'x'])
                deque([])
                deque([1, 2, 3])
                deque([5, 6, 7, 8, 9], maxlen=5) 5 deque(['a', 'b', 'c'])
                deque([1, [...]])
                <class '__main__.P'> P P(x, y) P
                """);
    }

    @Test
    void namedtupleDetails() {
        PythonPrograms.assertOutput("""
                from collections import namedtuple
                A = namedtuple('A', 'count index x')
                a = A(1, 2, 3); print(a.count, a.index, a, a._replace(count=5))
                for t in [lambda: a._replace(), lambda: A._make([1,2,3])._asdict(), lambda: A(1,2,3)[5], lambda: A.__doc__, lambda: len(A(1,2,3))]:
                    try: print(t())
                    except Exception as e: print(type(e).__name__, e)
                B = namedtuple('B', '')
                print(B(), len(B()), bool(B()), B._fields)
                try: B(1)
                except TypeError as e: print(e)
                C = namedtuple('C', 'a b c', defaults=[1])
                try: C()
                except TypeError as e: print(e)
                try: C(1, 2, 3, 4)
                except TypeError as e: print(e)
                D = namedtuple('D', 'a b c d')
                try: D(1)
                except TypeError as e: print(e)
                E = namedtuple('E', 'a', module='mymod'); print(E, E.__module__)
                class F(namedtuple('F', 'a b')):
                    __slots__ = ()
                    @property
                    def total(self): return self.a + self.b
                    def __str__(self): return 'F!'
                f = F(1, 2); print(f, repr(f), f.total, F(3, 4).total, f == (1, 2), hash(f) == hash((1, 2)))
                """,
                """
                1 2 A(count=1, index=2, x=3) A(count=5, index=2, x=3)
                A(count=1, index=2, x=3)
                {'count': 1, 'index': 2, 'x': 3}
                IndexError tuple index out of range
                A(count, index, x)
                3
                B() 0 False ()
                B.__new__() takes 1 positional argument but 2 were given
                C.__new__() missing 2 required positional arguments: 'a' and 'b'
                C.__new__() takes from 3 to 4 positional arguments but 5 were given
                D.__new__() missing 3 required positional arguments: 'b', 'c', and 'd'
                <class 'mymod.E'> mymod
                F! F(a=1, b=2) 3 7 True True
                """);
    }

    @Test
    void counterAndDicts() {
        PythonPrograms.assertOutput("""
                from collections import Counter, OrderedDict, defaultdict
                c = Counter('abracadabra')
                print(c, c['z'], 'z' in c, c.most_common(2), c.most_common(), sorted(c.elements()), c.total())
                c.update('aaz'); print(c); c.update({'b': 5}); print(c); c.subtract('aaaaaaaaaa'); print(sorted(c.items()))
                d = Counter(a=3, b=1); e = Counter(a=1, b=2)
                print(d.__add__(e), d.__sub__(e), d.__or__(e), d.__and__(e), Counter(a=-1, b=2).__pos__(), Counter(a=-1, b=2).__neg__(), d.__add__(1))
                print(Counter(), repr(Counter()), Counter({'x': 2}), Counter([1,1,2]) == Counter({1: 2, 2: 1}))
                c = Counter(); c['x'] += 1; print(c, list(c.elements()), dict(c), len(c), c.copy(), type(c.copy()).__name__)
                print(Counter('aab').most_common(1), Counter('bba').most_common())
                dd = defaultdict(list); dd['a'].append(1); print(dd, dd.default_factory, dd['b'], dd)
                di = defaultdict(int); di['x'] += 2; print(di, dict(di), di.get('q'), 'q' in di, di.copy())
                dn = defaultdict(); print(dn, dn.default_factory)
                try: dn['x']
                except KeyError as e: print('KeyError', e)
                print(defaultdict(int, {'a': 1}, b=2), defaultdict(lambda: 5)['q'], isinstance(dd, dict))
                od = OrderedDict(); od['a'] = 1; od['b'] = 2; od['c'] = 3; print(od); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
                print(od.popitem(), od.popitem(last=False), od, OrderedDict(), OrderedDict([('x', 1)]), list(OrderedDict.fromkeys('abc')), OrderedDict.fromkeys('ab', 0))
                print(Counter('hello').most_common(10), Counter(['a','b']) == {'a':1,'b':1})
                print(str(c), f"{c}", Counter({'a': 2, 'b': 3, 'c': 1}).__repr__())
                """,
                """
                Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) 0 False [('a', 5), ('b', 2)] [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)] ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r'] 11
                Counter({'a': 7, 'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1})
                Counter({'a': 7, 'b': 7, 'r': 2, 'c': 1, 'd': 1, 'z': 1})
                [('a', -3), ('b', 7), ('c', 1), ('d', 1), ('r', 2), ('z', 1)]
                Counter({'a': 4, 'b': 3}) Counter({'a': 2}) Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1}) Counter({'b': 2}) Counter({'a': 1}) NotImplemented
                Counter() Counter() Counter({'x': 2}) True
                Counter({'x': 1}) ['x'] {'x': 1} 1 Counter({'x': 1}) Counter
                [('a', 2)] [('b', 2), ('a', 1)]
                defaultdict(<class 'list'>, {'a': [1], 'b': []}) <class 'list'> [] defaultdict(<class 'list'>, {'a': [1], 'b': []})
                defaultdict(<class 'int'>, {'x': 2}) {'x': 2} None False defaultdict(<class 'int'>, {'x': 2})
                defaultdict(None, {}) None
                KeyError 'x'
                defaultdict(<class 'int'>, {'a': 1, 'b': 2}) 5 True
                OrderedDict([('a', 1), ('b', 2), ('c', 3)])
                OrderedDict([('b', 2), ('c', 3), ('a', 1)])
                OrderedDict([('c', 3), ('b', 2), ('a', 1)])
                ('a', 1) ('c', 3) OrderedDict([('b', 2)]) OrderedDict() OrderedDict([('x', 1)]) ['a', 'b', 'c'] OrderedDict([('a', 0), ('b', 0)])
                [('l', 2), ('h', 1), ('e', 1), ('o', 1)] True
                Counter({'x': 1}) Counter({'x': 1}) Counter({'b': 3, 'a': 2, 'c': 1})
                """);
    }

    @Test
    void typicalUse() {
        PythonPrograms.assertOutput("""
                import sys
                from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
                from functools import lru_cache, cache, partial
                import itertools, functools, operator, random, collections
                sys.setrecursionlimit(5000)
                @lru_cache(maxsize=None)
                def f(n): return 0 if n == 0 else f(n - 1) + 1
                print(f(2000))
                @cache
                def ways(n, k):
                    if n == 0: return 1
                    if n < 0 or k == 0: return 0
                    return ways(n - k, k) + ways(n, k - 1)
                print(ways(100, 100))
                grid = ["..#", ".#.", "..."]
                q = deque([(0, 0, 0)]); seen = {(0, 0)}
                while q:
                    r, c, d = q.popleft()
                    if (r, c) == (2, 2): print('dist', d); break
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < 3 and 0 <= nc < 3 and grid[nr][nc] == '.' and (nr, nc) not in seen:
                            seen.add((nr, nc)); q.append((nr, nc, d + 1))
                words = "the quick brown fox jumps over the lazy dog the end".split()
                cnt = Counter(words); print(cnt.most_common(3), cnt['the'], cnt['zzz'], sum(cnt.values()), len(cnt))
                g = defaultdict(list)
                for w in words: g[len(w)].append(w)
                print(sorted(g.items()))
                Pt = namedtuple('Pt', ['x', 'y'])
                pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0)]
                print(sorted(pts), min(pts, key=operator.attrgetter('y')), sum(p.x for p in pts), {p: i for i, p in enumerate(pts)}[Pt(1, 2)])
                print(list(itertools.accumulate(range(1, 6), operator.mul)), functools.reduce(operator.add, ['a', 'b', 'c']))
                d = deque(maxlen=3)
                for i in range(10): d.append(i)
                print(d, sum(d), max(d), list(d), d[1], sorted(d, reverse=True), tuple(d), set(d) == {7, 8, 9})
                print(isinstance(cnt, dict), isinstance(g, defaultdict), type(d).__name__, collections.deque.__name__)
                x, y = Pt(5, 6); print(x + y, Pt(*[1, 2]), Pt(**{'x': 1, 'y': 2}), Pt._make(range(2)))
                od = OrderedDict(a=1, b=2); od['c'] = 3; print(list(od), od)
                print([k for k, _ in itertools.groupby(sorted('mississippi'))], Counter('mississippi').most_common())
                dd = defaultdict(lambda: defaultdict(int)); dd['a']['b'] += 1; print(dd['a']['b'], dict(dd['a']))
                cc = Counter();\s
                for ch in 'hello world': cc[ch] += 1
                print(cc.most_common(2), list(cc.elements())[:5])
                print(f"{Pt(1,2)} {d!r} {cnt.most_common(1)}")
                """,
                """
                2000
                190569292
                dist 4
                [('the', 3), ('quick', 1), ('brown', 1)] 3 0 11 9
                [(3, ['the', 'fox', 'the', 'dog', 'the', 'end']), (4, ['over', 'lazy']), (5, ['quick', 'brown', 'jumps'])]
                [Pt(x=1, y=2), Pt(x=2, y=0), Pt(x=3, y=1)] Pt(x=2, y=0) 6 1
                [1, 2, 6, 24, 120] abc
                deque([7, 8, 9], maxlen=3) 24 9 [7, 8, 9] 8 [9, 8, 7] (7, 8, 9) True
                True True deque deque
                11 Pt(x=1, y=2) Pt(x=1, y=2) Pt(x=0, y=1)
                ['a', 'b', 'c'] OrderedDict([('a', 1), ('b', 2), ('c', 3)])
                ['i', 'm', 'p', 's'] [('i', 4), ('s', 4), ('p', 2), ('m', 1)]
                1 {'b': 1}
                [('l', 3), ('o', 2)] ['h', 'e', 'l', 'l', 'l']
                Pt(x=1, y=2) deque([7, 8, 9], maxlen=3) [('the', 3)]
                """);
    }

    @Test
    void counterOperators() {
        PythonPrograms.assertOutput("""
                from collections import Counter, OrderedDict
                d = Counter(a=3, b=1); e = Counter(a=1, b=2)
                print(d + e, d - e, d | e, d & e, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
                d += e; print(sorted(d.items()))
                """,
                """
                Counter({'a': 4, 'b': 3}) Counter({'a': 2}) Counter({'a': 3, 'b': 2}) Counter({'a': 1, 'b': 1}) Counter({'b': 2}) Counter({'a': 1})
                [('a', 4), ('b', 3)]
                """);
    }

    @Test
    void reprsOfCounterAndModuleTypes() {
        PythonPrograms.assertOutput("""
                from collections import Counter
                import struct, itertools
                c = Counter('abracadabra'); c.subtract('aaaaaaaaaa'); print(c)
                print(Counter({'a': 2, 'b': 3, 'c': 1}))
                print(struct.error, Counter, itertools.count)
                """,
                """
                Counter({'b': 2, 'r': 2, 'c': 1, 'd': 1, 'a': -5})
                Counter({'b': 3, 'a': 2, 'c': 1})
                <class 'struct.error'> <class 'collections.Counter'> <class 'itertools.count'>
                """);
    }

    @Test
    void orderedDictEquality() {
        PythonPrograms.assertOutput("""
                from collections import OrderedDict
                print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
                """,
                """
                False True
                """);
    }

    @Test
    void namedtupleIsTuple() {
        PythonPrograms.assertOutput("""
                from collections import namedtuple
                P = namedtuple('P', 'x y')
                print(isinstance(P(1, 2), tuple), issubclass(P, tuple))
                """,
                """
                True True
                """);
    }
}
