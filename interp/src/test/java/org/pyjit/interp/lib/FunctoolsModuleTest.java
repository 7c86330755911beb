package org.pyjit.interp.lib;

import org.junit.jupiter.api.Test;

/** Python programs using functools, run through the interpreter. Expected outputs are CPython 3.11's. */
class FunctoolsModuleTest {
    @Test
    void functools() {
        PythonPrograms.assertOutput("""
                import functools
                from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
                class Empty: pass
                print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3], 0))
                for t in [lambda: reduce(lambda a, b: a, []), lambda: reduce(1), lambda: reduce(max, [1], initial=1), lambda: partial(), lambda: partial(1),
                          lambda: lru_cache('x'), lambda: cmp_to_key(1)(1) < cmp_to_key(1)(2), lambda: cmp_to_key(lambda a,b: a-b)(1) < 5, lambda: total_ordering(Empty)]:
                    try: print(t())
                    except Exception as e: print(type(e).__name__, e)
                def f(a, b, c=0, *, d=1): return (a, b, c, d)
                p = partial(f, 1, d=5)
                print(p(2), p(2, 3, d=9), p.func is f, p.args, p.keywords, repr(p)[:30])
                p2 = partial(p, 7); print(p2.args, p2.keywords, p2.func is f, p2())
                @lru_cache(maxsize=None)
                def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
                print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
                fib.cache_clear(); print(fib.cache_info())
                @lru_cache
                def sq(x): print('compute', x); return x * x
                print(sq(3), sq(3), sq(4), sq(x=3), sq.cache_info())
                @lru_cache(maxsize=2)
                def g(x): print('g', x); return x
                g(1); g(2); g(1); g(3); g(2); g(1); print(g.cache_info(), g.cache_parameters())
                @cache
                def h(x, y=2): return x ** y
                print(h(3), h(3), h(3, y=2), h.cache_info())
                def deco(fn):
                    @wraps(fn)
                    def wrapper(*a, **k):
                        \"""wrapper doc\"""
                        return fn(*a, **k)
                    return wrapper
                @deco
                def hello(x):
                    \"""Say hello.\"""
                    return 'hi ' + x
                print(hello("bob"), hello.__name__, hello.__wrapped__('x'), hello.__qualname__)
                print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
                k = cmp_to_key(lambda a, b: a - b)
                print(k(1) < k(2), k(2) <= k(1), k(1) == k(1), k(3) > k(2), k(3).obj)
                @total_ordering
                class V:
                    def __init__(self, v): self.v = v
                    def __eq__(self, o): return self.v == o.v
                    def __lt__(self, o): return self.v < o.v
                print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0), sorted([V(3), V(1)], key=lambda x: x.v)[0].v, max([V(3), V(5), V(4)]).v)
                class C:
                    def __init__(self): self.n = 0
                    @lru_cache(maxsize=None)
                    def m(self, x):
                        self.n += 1
                        return x * 2
                    @functools.cached_property
                    def prop(self):
                        print('computing prop'); return 42
                c = C(); print(c.m(2), c.m(2), c.n, C.m.cache_info().hits, c.prop, c.prop)
                print(type(partial(f, 1)).__name__, functools.WRAPPER_ASSIGNMENTS)
                """,
                """
                6 1 3
                TypeError reduce() of empty iterable with no initial value
                TypeError reduce expected at least 2 arguments, got 1
                TypeError reduce() takes no keyword arguments
                TypeError type 'partial' takes at least one argument
                TypeError the first argument must be callable
                TypeError Expected first argument to be an integer, a callable, or None
                TypeError 'int' object is not callable
                TypeError other argument must be K instance
                ValueError must define at least one ordering operation: < > <= >=
                (1, 2, 0, 5) (1, 2, 3, 9) True (1,) {'d': 5} functools.partial(<function f\s
                (1, 7) {'d': 5} True (1, 7, 0, 5)
                23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81) fib fib
                CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)
                compute 3
                compute 4
                compute 3
                9 9 16 9 CacheInfo(hits=1, misses=3, maxsize=128, currsize=3)
                g 1
                g 2
                g 3
                g 2
                g 1
                CacheInfo(hits=1, misses=5, maxsize=2, currsize=2) {'maxsize': 2, 'typed': False}
                9 9 9 CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)
                hi bob hello hi x hello
                [3, 2, 1] ['a', 'bb', 'ccc']
                True False True True 3
                True False True False 1 5
                computing prop
                4 4 1 1 42 42
                partial ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
                """);
    }

    @Test
    void totalOrderingAndCachedMethods() {
        PythonPrograms.assertOutput("""
                from functools import total_ordering, lru_cache
                @total_ordering
                class G:
                    def __init__(self, v): self.v = v
                    def __eq__(self, o): return self.v == o.v
                    def __ge__(self, o): return self.v >= o.v
                    def __repr__(self): return 'G(%d)' % self.v
                print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), sorted([G(3), G(1), G(2)]), G.__lt__.__name__)
                class K:
                    @lru_cache(maxsize=2)
                    def f(self, x, y=1): return x * y
                    @staticmethod
                    @lru_cache
                    def s(x): return x + 1
                k = K(); print(k.f(2), k.f(2, y=3), k.f(2), K.f.cache_info(), K.s(1), k.s(1), K.f.__name__, K.f.__qualname__)
                """,
                """
                True False True [G(1), G(2), G(3)] __lt__
                2 6 2 CacheInfo(hits=1, misses=2, maxsize=2, currsize=2) 2 2 f K.f
                """);
    }
}
