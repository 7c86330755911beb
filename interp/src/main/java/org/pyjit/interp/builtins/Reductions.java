package org.pyjit.interp.builtins;

import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.EnumerateIterator;
import org.pyjit.interp.runtime.Iterators;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;

/** The builtins that consume or wrap iterables: min, max, sum, enumerate, zip, map, filter, reversed. */
final class Reductions {
    private Reductions() {}

    static final PyType ENUMERATE = PyIterator.iteratorType("enumerate");
    static final PyType ZIP = PyIterator.iteratorType("zip");
    static final PyType MAP = PyIterator.iteratorType("map");
    static final PyType FILTER = PyIterator.iteratorType("filter");
    static final PyType REVERSED = PyIterator.iteratorType("reversed");

    static Object minMax(String name, Object[] a, String[] kw, int op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        Object key = null;
        Object dflt = null;
        for (int k = 0; k < nkw; k++) {
            switch (kw[k]) {
                case "key" -> key = a[npos + k] == PyNone.NONE ? null : a[npos + k];
                case "default" -> dflt = a[npos + k];
                default -> throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0) throw PyErr.typeError(name + " expected at least 1 argument, got 0");
        PyIterator it;
        if (npos == 1) {
            it = Ops.iterate(a[0]);
        } else {
            if (dflt != null) {
                throw PyErr.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            Object[] items = new Object[npos];
            System.arraycopy(a, 0, items, 0, npos);
            it = new Iterators.ArrayIterator(items, npos);
        }
        Object best = null;
        Object bestKey = null;
        for (Object v = it.next(); v != null; v = it.next()) {
            Object k = key == null ? v : Ops.call(key, new Object[] {v}, null);
            if (best == null || Compare.compare(k, bestKey, op)) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw PyErr.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    static Object sum(Object[] a, String[] kw) {
        Object[] p = Args.parse("sum", a, kw, new String[] {"iterable", "start"}, 1, 2);
        Object total = p[1] == null ? (Object) 0L : p[1];
        if (total instanceof String) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyIterator it = Ops.iterate(p[0]);
        for (Object v = it.next(); v != null; v = it.next()) total = Ops.add(total, v);
        return total;
    }

    static Object reversed(Object o) {
        if (o instanceof PyList l) return new Iterators.ListReverseIterator(l);
        if (o instanceof org.pyjit.interp.runtime.PyDict || o instanceof org.pyjit.interp.runtime.DictView) {
            PyList items = new PyList();
            org.pyjit.interp.runtime.Sequences.extend(items, o);
            return new Iterators.ListReverseIterator(items);
        }
        Object m = Ops.type(o).lookup("__reversed__");
        if (m != null) return Ops.callDescriptor(m, o, new Object[0]);
        if (o instanceof PyTuple || o instanceof String || o instanceof org.pyjit.interp.runtime.PyRange
                || o instanceof org.pyjit.interp.runtime.PyBytes
                || Ops.type(o).lookup("__getitem__") != null) {
            long n = Ops.len(o);
            return new PyIterator() {
                private long i = n - 1;

                @Override
                public PyType type() { return REVERSED; }

                @Override
                public Object next() {
                    if (i < 0) return null;
                    return Ops.getItem(o, i--);
                }
            };
        }
        throw PyErr.typeError("'" + Ops.typeName(o) + "' object is not reversible");
    }

    /** enumerate(iterable), counting from 0. */
    static Object enumerate(Object iterable) { return new EnumerateIterator(ENUMERATE, Ops.iterate(iterable), 0L); }

    /**
     * enumerate(iterable, start=0), its arguments checked as CPython 3.11's enumerate does (its own vectorcall,
     * not the general parse: its messages differ, e.g. enumerate(start=1) names 'start' an invalid keyword).
     * enumerate(xs), the common call, costs no more than the iterator: a loop that enumerates a short sequence
     * calls it as often as it runs (nqueens: ten million times).
     */
    static Object enumerate(Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int n = a.length;
        if (n == 1) {
            if (nkw == 1) checkEnumerateKeyword(kw[0], "iterable");
            return enumerate(a[0]);
        }
        if (n == 2) {
            Object iterable = a[0];
            Object start = a[1];
            if (nkw == 1) {
                checkEnumerateKeyword(kw[0], "start");
            } else if (nkw == 2) {
                if (kw[0].equals("start")) {
                    checkEnumerateKeyword(kw[1], "iterable");
                    iterable = a[1];
                    start = a[0];
                } else {
                    checkEnumerateKeyword(kw[0], "iterable");
                    checkEnumerateKeyword(kw[1], "start");
                }
            }
            PyIterator it = Ops.iterate(iterable);
            Object count = Ops.indexOrNull(start);
            if (count == null) {
                throw PyErr.typeError("'" + Ops.typeName(start) + "' object cannot be interpreted as an integer");
            }
            return new EnumerateIterator(ENUMERATE, it, count);
        }
        if (n == nkw) throw PyErr.typeError("enumerate() missing required argument 'iterable'");
        throw PyErr.typeError("enumerate() takes at most 2 arguments (" + n + " given)");
    }

    private static void checkEnumerateKeyword(String given, String expected) {
        if (!given.equals(expected)) {
            throw PyErr.typeError("'" + given + "' is an invalid keyword argument for enumerate()");
        }
    }

    static Object zip(Object[] a, String[] kw) {
        boolean strict = false;
        int nkw = kw == null ? 0 : kw.length;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("strict")) throw PyErr.typeError("zip() got an unexpected keyword argument '" + kw[k] + "'");
            strict = Ops.isTrue(a[a.length - nkw + k]);
        }
        int n = a.length - nkw;
        PyIterator[] its = new PyIterator[n];
        for (int i = 0; i < n; i++) its[i] = Ops.iterate(a[i]);
        boolean strictMode = strict;
        return new PyIterator() {
            private boolean done = n == 0;

            @Override
            public PyType type() { return ZIP; }

            @Override
            public Object next() {
                if (done) return null;
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = its[i].next();
                    if (v == null) {
                        done = true;
                        if (strictMode) {
                            if (i > 0) {
                                throw PyErr.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                        + (i == 1 ? " 1" : "s 1-" + i));
                            }
                            for (int j = 1; j < n; j++) {
                                if (its[j].next() != null) {
                                    throw PyErr.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                            + (j == 1 ? " 1" : "s 1-" + j));
                                }
                            }
                        }
                        return null;
                    }
                    row[i] = v;
                }
                return PyTuple.of(row);
            }
        };
    }

    static Object map(Object[] a) {
        Object fn = a[0];
        int n = a.length - 1;
        PyIterator[] its = new PyIterator[n];
        for (int i = 0; i < n; i++) its[i] = Ops.iterate(a[i + 1]);
        return new PyIterator() {
            @Override
            public PyType type() { return MAP; }

            @Override
            public Object next() {
                Object[] args = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = its[i].next();
                    if (v == null) return null;
                    args[i] = v;
                }
                return Ops.call(fn, args, null);
            }
        };
    }

    static Object filter(Object[] a) {
        Object fn = a[0];
        PyIterator it = Ops.iterate(a[1]);
        return new PyIterator() {
            @Override
            public PyType type() { return FILTER; }

            @Override
            public Object next() {
                for (Object v = it.next(); v != null; v = it.next()) {
                    boolean keep = fn == PyNone.NONE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(fn, new Object[] {v}, null));
                    if (keep) return v;
                }
                return null;
            }
        };
    }
}
