package org.pyjit.interp.lib;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyCallable;
import org.pyjit.interp.runtime.PyClassMethod;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyNotImplemented;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Sequences;
import org.pyjit.interp.runtime.Types;

/**
 * collections: deque, namedtuple, and the dict subclasses defaultdict, Counter and OrderedDict. The dict
 * subclasses are {@link PyDict}s with their own builtin types (whose methods come first in lookup, dict's
 * after); deque and the namedtuple classes are made per interpreter.
 */
final class CollectionsModule {
    private CollectionsModule() {}

    static final PyType DEFAULTDICT = PyType.builtin("defaultdict", Types.DICT, PyType.Layout.BUILTIN).inModule("collections");
    static final PyType COUNTER = PyType.builtin("Counter", Types.DICT, PyType.Layout.BUILTIN).inModule("collections");
    static final PyType ORDEREDDICT = PyType.builtin("OrderedDict", Types.DICT, PyType.Layout.BUILTIN).inModule("collections");
    static final PyType COUNTER_ELEMENTS = LibSupport.iteratorType("chain");

    static {
        defaultdictMethods();
        counterMethods();
        orderedDictMethods();
    }

    static PyModule create() {
        PyModule m = new PyModule("collections");
        m.define("deque", PyDeque.makeType());
        m.define("defaultdict", DEFAULTDICT);
        m.define("Counter", COUNTER);
        m.define("OrderedDict", ORDEREDDICT);
        m.define("namedtuple", PyBuiltinFunction.kw("namedtuple", NamedTuple::namedtuple));
        return m;
    }

    static boolean isCallable(Object o) {
        if (o instanceof PyCallable) return true;
        return o instanceof PyObject p && p.type.lookup("__call__") != null;
    }

    /** dict(*args, **kwargs)'s filling of d; name is "dict" for defaultdict, null for OrderedDict's message. */
    private static void dictInit(PyDict d, String name, Object[] a, String[] kw, int from) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw - from;
        if (npos > 1) {
            throw PyErr.typeError(name == null ? "expected at most 1 arguments, got " + npos
                    : name + " expected at most 1 argument, got " + npos);
        }
        if (npos == 1) Sequences.dictUpdate(d, a[from]);
        for (int k = 0; k < nkw; k++) d.put(kw[k], a[a.length - nkw + k]);
    }

    private static PyDict dict(Object self, PyType type, String method) {
        if (self instanceof PyDict d && d.type().isSubtypeOf(type)) return d;
        throw PyErr.typeError("descriptor '" + method + "' for '" + type.name + "' objects doesn't apply to a '"
                + Ops.typeName(self) + "' object");
    }

    // ---- defaultdict ----

    private static void defaultdictMethods() {
        PyType t = DEFAULTDICT;
        t.setConstructor((type, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            PyDict d = new PyDict(type);
            int from = 0;
            if (a.length - nkw > 0) {
                Object f = a[0];
                if (f != PyNone.NONE && !isCallable(f)) throw PyErr.typeError("first argument must be callable or None");
                d.defaultFactory = f == PyNone.NONE ? null : f;
                from = 1;
            }
            dictInit(d, "dict", a, kw, from);
            return d;
        });
        t.define("__missing__", PyBuiltinFunction.method1(t, "__missing__", (s, k) -> {
            PyDict d = dict(s, t, "__missing__");
            if (d.defaultFactory == null) throw PyErr.keyError(k);
            Object v = Ops.call(d.defaultFactory, new Object[0], null);
            d.put(k, v);
            return v;
        }));
        t.define("default_factory", LibSupport.getter("default_factory", s -> {
            Object f = dict(s, t, "default_factory").defaultFactory;
            return f == null ? PyNone.NONE : f;
        }));
        t.define("__copy__", PyBuiltinFunction.method0(t, "__copy__", s -> dict(s, t, "__copy__").copy()));
        t.define("fromkeys", new PyClassMethod(PyBuiltinFunction.ofN("fromkeys", 2, 3, a -> {
            PyDict d = new PyDict((PyType) a[0]);
            fill(d, a);
            return d;
        })));
    }

    private static void fill(PyDict d, Object[] a) {
        Object v = a.length > 2 ? a[2] : PyNone.NONE;
        PyIterator it = Ops.iterate(a[1]);
        for (Object k = it.next(); k != null; k = it.next()) d.put(k, v);
    }

    // ---- OrderedDict ----

    private static int firstEntry(PyDict d) {
        for (int e = 0; e < d.entryLimit(); e++) {
            if (d.keyAt(e) != null) return e;
        }
        return -1;
    }

    private static void orderedDictMethods() {
        PyType t = ORDEREDDICT;
        t.setConstructor((type, a, kw) -> {
            PyDict d = new PyDict(type);
            dictInit(d, null, a, kw, 0);
            return d;
        });
        t.define("move_to_end", PyBuiltinFunction.methodKw(t, "move_to_end", (a, kw) -> {
            Object[] p = LibSupport.parse("move_to_end", a, kw, 1, new String[] {"key", "last"}, 1, 2);
            PyDict d = dict(a[0], t, "move_to_end");
            boolean last = p[1] == null || Ops.isTrue(p[1]);
            if (!d.containsKey(p[0])) throw PyErr.keyError(p[0]);
            if (last) {
                d.moveToEnd(p[0]);
            } else {
                Object v = d.remove(p[0]);
                PyDict rest = d.copy();
                d.clear();
                d.put(p[0], v);
                d.putAll(rest);
            }
            return PyNone.NONE;
        }));
        t.define("popitem", PyBuiltinFunction.methodKw(t, "popitem", (a, kw) -> {
            Object[] p = LibSupport.parse("popitem", a, kw, 1, new String[] {"last"}, 0, 1);
            PyDict d = dict(a[0], t, "popitem");
            boolean last = p[0] == null || Ops.isTrue(p[0]);
            int e = last ? d.lastEntry() : firstEntry(d);
            if (e < 0) throw PyErr.keyError("dictionary is empty");
            Object k = d.keyAt(e);
            Object v = d.valueAt(e);
            d.remove(k);
            return PyTuple.of(k, v);
        }));
        t.define("fromkeys", new PyClassMethod(PyBuiltinFunction.ofN("fromkeys", 2, 3, a -> {
            PyDict d = new PyDict((PyType) a[0]);
            fill(d, a);
            return d;
        })));
        t.define("__reversed__", PyBuiltinFunction.method0(t, "__reversed__", s -> {
            Object[] keys = dict(s, t, "__reversed__").keysArray();
            for (int i = 0, j = keys.length - 1; i < j; i++, j--) {
                Object x = keys[i];
                keys[i] = keys[j];
                keys[j] = x;
            }
            return Ops.iter(PyTuple.of(keys));
        }));
    }

    // ---- Counter ----

    private static boolean isMapping(Object o) { return o instanceof PyDict; }

    /** Counter.update's counting: a mapping adds its counts, any other iterable counts its items. */
    static void counterUpdate(PyDict c, Object iterable, boolean subtract) {
        if (isMapping(iterable)) {
            PyDict m = (PyDict) iterable;
            Object[] keys = m.keysArray();
            if (!subtract && c.size() == 0) {
                for (Object k : keys) c.put(k, m.get(k));
                return;
            }
            for (Object k : keys) {
                Object count = m.get(k);
                Object mine = c.get(k);
                if (subtract) c.put(k, Ops.binaryOp(mine == null ? 0L : mine, count, SUB));
                else c.put(k, Ops.add(count, mine == null ? 0L : mine));
            }
            return;
        }
        PyIterator it = Ops.iterate(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            Object mine = c.get(v);
            if (subtract) c.put(v, Ops.binaryOp(mine == null ? 0L : mine, 1L, SUB));
            else c.put(v, mine == null ? (Object) 1L : Ops.add(mine, 1L));
        }
    }

    private static final int SUB = org.pyjit.interp.ast.Operator.SUB.ordinal();

    private static void counterArgs(PyDict c, String name, Object[] a, String[] kw, int from, boolean subtract) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw - from;
        if (npos > 1) {
            throw PyErr.typeError("Counter." + name + "() takes from 1 to 2 positional arguments but " + (npos + 1)
                    + " were given");
        }
        if (npos == 1 && a[from] != PyNone.NONE) counterUpdate(c, a[from], subtract);
        if (nkw > 0) {
            PyDict kwargs = new PyDict();
            for (int k = 0; k < nkw; k++) kwargs.put(kw[k], a[a.length - nkw + k]);
            counterUpdate(c, kwargs, subtract);
        }
    }

    /** The (key, count) pairs ordered by count, largest first, ties in insertion order. */
    static List<PyTuple> mostCommon(PyDict c) {
        List<PyTuple> items = new ArrayList<>();
        for (int e = 0; e < c.entryLimit(); e++) {
            Object k = c.keyAt(e);
            if (k != null) items.add(PyTuple.of(k, c.valueAt(e)));
        }
        try {
            items.sort((x, y) -> {
                if (Compare.lessThan(y.items[1], x.items[1])) return -1;
                if (Compare.lessThan(x.items[1], y.items[1])) return 1;
                return 0;
            });
        } catch (IllegalArgumentException e) {
            // An inconsistent ordering (NaN counts): keep what the sort produced, as CPython does not raise.
        }
        return items;
    }

    private static Object counterBinary(Object self, Object other, int kind) {
        PyDict a = dict(self, COUNTER, "__op__");
        if (!(other instanceof PyDict b) || !b.type().isSubtypeOf(COUNTER)) return PyNotImplemented.NOT_IMPLEMENTED;
        PyDict r = new PyDict(COUNTER);
        for (Object k : a.keysArray()) {
            Object count = a.get(k);
            Object o = b.get(k);
            if (o == null) o = 0L;
            Object n = switch (kind) {
                case 0 -> Ops.add(count, o);
                case 1 -> Ops.binaryOp(count, o, SUB);
                case 2 -> Compare.lessThan(count, o) ? o : count;
                default -> Compare.lessThan(count, o) ? count : o;
            };
            if (Compare.compare(n, 0L, Compare.GT)) r.put(k, n);
        }
        if (kind != 3) {
            for (Object k : b.keysArray()) {
                if (a.containsKey(k)) continue;
                Object count = b.get(k);
                if (kind == 1) {
                    if (Compare.lessThan(count, 0L)) r.put(k, Ops.binaryOp(0L, count, SUB));
                } else if (Compare.compare(count, 0L, Compare.GT)) {
                    r.put(k, count);
                }
            }
        }
        return r;
    }

    private static void counterMethods() {
        PyType t = COUNTER;
        t.setConstructor((type, a, kw) -> {
            PyDict c = new PyDict(type);
            counterArgs(c, "__init__", a, kw, 0, false);
            return c;
        });
        t.define("__missing__", PyBuiltinFunction.method1(t, "__missing__", (s, k) -> 0L));
        t.define("update", PyBuiltinFunction.methodKw(t, "update", (a, kw) -> {
            counterArgs(dict(a[0], t, "update"), "update", a, kw, 1, false);
            return PyNone.NONE;
        }));
        t.define("subtract", PyBuiltinFunction.methodKw(t, "subtract", (a, kw) -> {
            counterArgs(dict(a[0], t, "subtract"), "subtract", a, kw, 1, true);
            return PyNone.NONE;
        }));
        t.define("most_common", PyBuiltinFunction.methodKw(t, "most_common", (a, kw) -> {
            if (LibSupport.npos(a, kw) > 2) {
                throw PyErr.typeError("Counter.most_common() takes from 1 to 2 positional arguments but "
                        + LibSupport.npos(a, kw) + " were given");
            }
            Object[] p = LibSupport.parse("most_common", a, kw, 1, new String[] {"n"}, 0, 1);
            List<PyTuple> items = mostCommon(dict(a[0], t, "most_common"));
            if (p[0] != null && p[0] != PyNone.NONE) {
                long n = Ops.toLong(p[0]);
                if (n < 0) n = 0;
                if (n < items.size()) items = items.subList(0, (int) n);
            }
            return PyList.of(items.toArray());
        }));
        t.define("elements", PyBuiltinFunction.method0(t, "elements", s -> {
            PyDict c = dict(s, t, "elements");
            PyIterator entries = Ops.iterate(c.copy());
            return new PyIterator() {
                private Object key;
                private long left;

                @Override
                public PyType type() { return COUNTER_ELEMENTS; }

                @Override
                public Object next() {
                    while (left <= 0) {
                        key = entries.next();
                        if (key == null) return null;
                        Object count = c.get(key);
                        if (count == null) count = 0L;
                        if (!(count instanceof Long) && !(count instanceof Boolean)
                                && !(count instanceof java.math.BigInteger)) {
                            throw PyErr.typeError("'" + Ops.typeName(count) + "' object cannot be interpreted as an integer");
                        }
                        left = Ops.toLong(count);
                    }
                    left--;
                    return key;
                }
            };
        }));
        t.define("total", PyBuiltinFunction.method0(t, "total", s -> {
            PyDict c = dict(s, t, "total");
            Object sum = 0L;
            for (Object k : c.keysArray()) sum = Ops.add(sum, c.get(k));
            return sum;
        }));
        t.define("fromkeys", new PyClassMethod(PyBuiltinFunction.ofN("fromkeys", 2, 3, a -> {
            throw PyErr.notImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
        })));
        t.define("__add__", PyBuiltinFunction.method1(t, "__add__", (s, o) -> counterBinary(s, o, 0)));
        t.define("__sub__", PyBuiltinFunction.method1(t, "__sub__", (s, o) -> counterBinary(s, o, 1)));
        t.define("__or__", PyBuiltinFunction.method1(t, "__or__", (s, o) -> counterBinary(s, o, 2)));
        t.define("__and__", PyBuiltinFunction.method1(t, "__and__", (s, o) -> counterBinary(s, o, 3)));
        t.define("__pos__", PyBuiltinFunction.method0(t, "__pos__", s -> counterBinary(s, new PyDict(COUNTER), 0)));
        t.define("__neg__", PyBuiltinFunction.method0(t, "__neg__", s -> counterBinary(new PyDict(COUNTER), s, 1)));
        t.define("__repr__", PyBuiltinFunction.method0(t, "__repr__", s -> {
            PyDict c = dict(s, t, "__repr__");
            if (c.size() == 0) return c.type().name + "()";
            PyDict ordered = new PyDict();
            try {
                for (PyTuple kv : mostCommon(c)) ordered.put(kv.items[0], kv.items[1]);
            } catch (org.pyjit.interp.runtime.PyException e) {
                if (!e.isInstance(org.pyjit.interp.runtime.ExceptionTypes.TYPE_ERROR)) throw e;
                ordered = new PyDict();
                ordered.putAll(c);
            }
            return c.type().name + "(" + Ops.repr(ordered) + ")";
        }));
    }
}
