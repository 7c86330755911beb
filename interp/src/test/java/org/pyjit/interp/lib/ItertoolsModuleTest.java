package org.pyjit.interp.lib;

import org.junit.jupiter.api.Test;

/** Python programs using itertools, run through the interpreter. Expected outputs are CPython 3.11's. */
class ItertoolsModuleTest {
    @Test
    void iterators() {
        PythonPrograms.assertOutput("""
                import itertools as it
                from itertools import *
                print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
                print(list(repeat('x', 3)), list(repeat(1, -1)), list(islice(repeat(7), 2)), list(repeat(object=2, times=2)))
                print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
                print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
                print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product([], [1])), list(product('ab', repeat=0)))
                print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations([1], 2)))
                print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations([1], 0)), list(combinations([1, 2], 3)))
                print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
                print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
                print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
                print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, '', 'a'])))
                print([(k, list(g)) for k, g in groupby('aaabbcaa')], [(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])
                gs = groupby('aabbc'); k1, g1 = next(gs); k2, g2 = next(gs); print(k1, list(g1), k2, list(g2))
                print(list(starmap(pow, [(2, 3), (3, 2)])), list(islice(cycle('ab'), 5)), list(cycle([])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(pairwise('abcd')))
                a, b = tee([1, 2, 3]); print(list(a), list(b)); a, b, c = tee(iter('xy'), 3); print(next(a), list(b), list(a), list(c))
                c = count(3); print(next(c), next(c), type(c).__name__)
                print(sum(1 for _ in product(range(10), repeat=3)), len(list(permutations(range(6)))), len(list(combinations(range(20), 3))))
                for x, y in zip_longest([1, 2], [3]): print(x, y)
                print(list(map(lambda p: ''.join(p), permutations('ab'))), sorted(set(combinations([1, 1, 2], 2))))
                print(isinstance(count(), count), it.count.__name__)
                r = islice(count(), 0, 10, 3); print(next(r), list(r))
                print(list(zip(count(1), 'abc')), dict(zip('ab', repeat(0))))
                """,
                """
                [0, 1, 2, 3, 4] [10, 8, 6, 4] [0.5, 0.75, 1.0]
                ['x', 'x', 'x'] [] [7, 7] [2, 2]
                [1, 2, 3, 'a', 'b'] [1, 2, 3] []
                ['a', 'b'] ['c', 'd'] ['c', 'd', 'e', 'f', 'g'] ['a', 'c', 'e', 'g'] [1, 4, 7] []
                [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(1, 1), (1, 2), (2, 1), (2, 2)] [()] [] [()]
                [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')] [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] [()] []
                [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] [()] []
                [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [()] []
                [1, 3, 6, 10] [1, 2, 6] [100, 101, 103] [5] [3, 3, 4, 4, 5]
                [('a', 1), ('b', None), ('c', None)] [('a', 'x'), ('b', 'y'), ('-', 'z')] []
                [1, 2] [3, 1] [0, 2, 4] [0, '']
                [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])] [(False, 2), (True, 3)]
                a [] b ['b', 'b']
                [8, 9] ['a', 'b', 'a', 'b', 'a'] [] ['a', 'c', 'e', 'f'] [('a', 'b'), ('b', 'c'), ('c', 'd')]
                [1, 2, 3] [1, 2, 3]
                x ['x', 'y'] ['y'] ['x', 'y']
                3 4 count
                1000 720 1140
                1 3
                2 None
                ['ab', 'ba'] [(1, 1), (1, 2)]
                True count
                0 [3, 6, 9]
                [(1, 'a'), (2, 'b'), (3, 'c')] {'a': 0, 'b': 0}
                """);
    }

    @Test
    void errors() {
        PythonPrograms.assertOutput("""
                import itertools as it
                tests = [lambda: it.islice([],-1), lambda: it.islice([],1,-1), lambda: it.islice([],0,5,0), lambda: it.islice([],'a'), lambda: it.islice([]), lambda: it.count('a'), lambda: it.repeat(), lambda: it.permutations([1],-1),lambda: it.combinations([1]), lambda: it.combinations([1],-1), lambda: it.product([1], repeat=-1), lambda: it.product(1), lambda: it.accumulate([1],x=1), lambda: it.zip_longest([1],x=1), lambda: it.chain(1), lambda: list(it.chain([1],1)), lambda: it.groupby(), lambda: it.starmap(1), lambda: list(it.starmap(pow,[1])), lambda: it.repeat(1,'a'), lambda: it.cycle(), lambda: it.takewhile(1), lambda: it.tee([1], -1), lambda: it.pairwise(1), lambda: it.compress([1]), lambda: it.islice([], -1, 5), lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], stop=3)]
                for t in tests:
                    try: t(); print('no error')
                    except Exception as e: print(type(e).__name__, e)
                """,
                """
                ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                ValueError Step for islice() must be a positive integer or None.
                ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                TypeError islice expected at least 2 arguments, got 1
                TypeError a number is required
                TypeError repeat() missing required argument 'object' (pos 1)
                ValueError r must be non-negative
                TypeError combinations() missing required argument 'r' (pos 2)
                ValueError r must be non-negative
                ValueError repeat argument cannot be negative
                TypeError 'int' object is not iterable
                TypeError 'x' is an invalid keyword argument for accumulate()
                TypeError zip_longest() got an unexpected keyword argument
                no error
                TypeError 'int' object is not iterable
                TypeError groupby() missing required argument 'iterable' (pos 1)
                TypeError starmap expected 2 arguments, got 1
                TypeError 'int' object is not iterable
                TypeError 'str' object cannot be interpreted as an integer
                TypeError cycle expected 1 argument, got 0
                TypeError takewhile expected 2 arguments, got 1
                ValueError n must be >= 0
                TypeError 'int' object is not iterable
                TypeError compress() missing required argument 'selectors' (pos 2)
                ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                TypeError islice expected at most 4 arguments, got 5
                TypeError islice() takes no keyword arguments
                """);
    }
}
