package org.pyjit.interp.builtins;

import java.util.Arrays;
import java.util.Comparator;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Sequences;
import org.pyjit.interp.runtime.Types;

/** The methods of list. */
final class ListMethods {
    private ListMethods() {}

    static void install() {
        PyType t = Types.LIST;
        t.define("append", PyBuiltinFunction.method1(t, "append", (s, v) -> {
            ((PyList) s).append(v);
            return PyNone.NONE;
        }));
        t.define("extend", PyBuiltinFunction.method1(t, "extend", (s, v) -> {
            Sequences.extend((PyList) s, v == s ? PyList.of(((PyList) s).toArray()) : v);
            return PyNone.NONE;
        }));
        t.define("insert", PyBuiltinFunction.method2(t, "insert", (s, i, v) -> {
            PyList l = (PyList) s;
            long idx = Ops.toLong(i);
            if (idx < 0) idx = Math.max(0, idx + l.size);
            l.insert((int) Math.min(idx, l.size), v);
            return PyNone.NONE;
        }));
        t.define("pop", PyBuiltinFunction.methodN(t, "pop", 0, 1, a -> {
            PyList l = (PyList) a[0];
            if (l.size == 0) throw PyErr.indexError("pop from empty list");
            long i = a.length > 1 ? Ops.toLong(a[1]) : -1;
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw PyErr.indexError("pop index out of range");
            return l.removeAt((int) i);
        }));
        t.define("remove", PyBuiltinFunction.method1(t, "remove", (s, v) -> {
            PyList l = (PyList) s;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], v)) {
                    l.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("list.remove(x): x not in list");
        }));
        t.define("index", PyBuiltinFunction.methodN(t, "index", 1, 3, a -> {
            PyList l = (PyList) a[0];
            int start = a.length > 2 ? clamp(Ops.toLong(a[2]), l.size) : 0;
            int stop = a.length > 3 ? clamp(Ops.toLong(a[3]), l.size) : l.size;
            for (int i = start; i < Math.min(stop, l.size); i++) {
                if (Ops.eq(l.items[i], a[1])) return (long) i;
            }
            throw PyErr.valueError(Ops.repr(a[1]) + " is not in list");
        }));
        t.define("count", PyBuiltinFunction.method1(t, "count", (s, v) -> {
            PyList l = (PyList) s;
            long n = 0;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], v)) n++;
            }
            return n;
        }));
        t.define("reverse", PyBuiltinFunction.method0(t, "reverse", s -> {
            PyList l = (PyList) s;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                Object x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return PyNone.NONE;
        }));
        t.define("copy", PyBuiltinFunction.method0(t, "copy", s -> ((PyList) s).copy()));
        t.define("clear", PyBuiltinFunction.method0(t, "clear", s -> {
            ((PyList) s).clear();
            return PyNone.NONE;
        }));
        t.define("sort", PyBuiltinFunction.methodKw(t, "sort", (a, kw) -> {
            sort(a, kw);
            return PyNone.NONE;
        }));
    }

    private static int clamp(long i, int n) {
        if (i < 0) i = Math.max(0, i + n);
        return (int) Math.min(i, n);
    }

    /** list.sort(key=None, reverse=False): stable, and a failing comparison leaves the list unchanged. */
    static void sort(Object[] a, String[] kw) {
        PyList l = (PyList) a[0];
        int nkw = kw == null ? 0 : kw.length;
        if (a.length - nkw > 1) throw PyErr.typeError("sort() takes no positional arguments");
        Object key = PyNone.NONE;
        boolean reverse = false;
        for (int k = 0; k < nkw; k++) {
            Object v = a[a.length - nkw + k];
            switch (kw[k]) {
                case "key" -> key = v;
                case "reverse" -> reverse = Ops.isTrue(v);
                default -> throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for sort()");
            }
        }
        int n = l.size;
        Object[] items = l.toArray();
        Object[] keys = items;
        if (key != PyNone.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) keys[i] = Ops.call(key, new Object[] {items[i]}, null);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = reverse ? n - 1 - i : i;
        Object[] ks = keys;
        Comparator<Integer> cmp = (x, y) -> {
            if (Compare.lessThan(ks[x], ks[y])) return -1;
            if (Compare.lessThan(ks[y], ks[x])) return 1;
            return 0;
        };
        try {
            Arrays.sort(order, cmp);
        } catch (IllegalArgumentException e) {
            // An inconsistent __lt__: keep the partial order TimSort produced, as CPython would not raise either.
        }
        if (reverse) {
            // As CPython: reverse, stable sort, reverse again, so equal keys keep their original order.
            java.util.Collections.reverse(Arrays.asList(order));
        }
        Object[] sorted = new Object[Math.max(n, 4)];
        for (int i = 0; i < n; i++) sorted[i] = items[order[i]];
        l.items = sorted;
        l.size = n;
    }
}
