package org.pyjit.interp.lib;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyNotImplemented;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/**
 * collections.deque: a ring buffer with an optional maximum length. Instances are objects of a class made
 * per interpreter (so comparisons reach its __eq__ and __lt__, and truth its __len__); the methods are Java.
 */
final class PyDeque extends PyObject {
    /** Names the methods in messages ("deque.append()"); never exposed itself. */
    private static final PyType NAMES = PyType.builtin("deque", Types.OBJECT, PyType.Layout.BUILTIN).inModule("collections");
    static final PyType ITERATOR = LibSupport.iteratorType("_deque_iterator");
    static final PyType REVERSE_ITERATOR = LibSupport.iteratorType("_deque_reverse_iterator");

    private Object[] buf = new Object[8];
    private int head;
    private int size;
    /** The maximum length, or -1 for none. */
    final int maxlen;
    /** Bumped by every mutation, so iterators notice. */
    private int state;
    private boolean inRepr;

    PyDeque(PyType type, int maxlen) {
        super(type);
        this.maxlen = maxlen;
    }

    int size() { return size; }

    Object get(int i) { return buf[(head + i) & (buf.length - 1)]; }

    private void set(int i, Object v) { buf[(head + i) & (buf.length - 1)] = v; }

    private void grow() {
        Object[] n = new Object[buf.length * 2];
        for (int i = 0; i < size; i++) n[i] = get(i);
        buf = n;
        head = 0;
    }

    void append(Object v) {
        state++;
        if (maxlen == 0) return;
        if (size == maxlen) popLeft();
        if (size == buf.length) grow();
        set(size, v);
        size++;
    }

    void appendLeft(Object v) {
        state++;
        if (maxlen == 0) return;
        if (size == maxlen) pop();
        if (size == buf.length) grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
    }

    Object pop() {
        if (size == 0) throw PyErr.indexError("pop from an empty deque");
        state++;
        size--;
        Object v = get(size);
        set(size, null);
        return v;
    }

    Object popLeft() {
        if (size == 0) throw PyErr.indexError("pop from an empty deque");
        state++;
        Object v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    void clear() {
        state++;
        buf = new Object[8];
        head = 0;
        size = 0;
    }

    Object[] toArray() {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) out[i] = get(i);
        return out;
    }

    void extend(Object iterable) {
        Object[] items = iterable == this ? toArray() : null;
        if (items != null) {
            for (Object v : items) append(v);
            return;
        }
        PyIterator it = Ops.iterate(iterable);
        for (Object v = it.next(); v != null; v = it.next()) append(v);
    }

    void extendLeft(Object iterable) {
        Object[] items = iterable == this ? toArray() : null;
        if (items != null) {
            for (Object v : items) appendLeft(v);
            return;
        }
        PyIterator it = Ops.iterate(iterable);
        for (Object v = it.next(); v != null; v = it.next()) appendLeft(v);
    }

    void rotate(long n) {
        if (size <= 1) return;
        state++;
        long k = n % size;
        if (k < 0) k += size;
        if (k == 0) return;
        Object[] items = toArray();
        for (int i = 0; i < size; i++) set((int) ((i + k) % size), items[i]);
    }

    private int index(Object key) {
        Object i = Ops.indexOrNull(key);
        if (i == null) throw PyErr.typeError("sequence index must be integer, not '" + Ops.typeName(key) + "'");
        long k = i instanceof Long l ? l : Long.MAX_VALUE;
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw PyErr.indexError("deque index out of range");
        return (int) k;
    }

    private void removeAt(int i) {
        Object[] items = toArray();
        clearKeepState();
        for (int j = 0; j < items.length; j++) {
            if (j != i) appendRaw(items[j]);
        }
        state++;
    }

    private void clearKeepState() {
        buf = new Object[Math.max(8, Integer.highestOneBit(Math.max(1, size)) * 2)];
        head = 0;
        size = 0;
    }

    private void appendRaw(Object v) {
        if (size == buf.length) grow();
        set(size, v);
        size++;
    }

    private static PyDeque self(Object o, String method) {
        if (o instanceof PyDeque d) return d;
        throw PyErr.typeError("descriptor '" + method + "' requires a 'collections.deque' object but received a '"
                + Ops.typeName(o) + "'");
    }

    String repr() {
        if (inRepr) return "[...]";
        inRepr = true;
        try {
            StringBuilder sb = new StringBuilder("deque([");
            Object[] items = toArray();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(items[i]));
            }
            sb.append(']');
            if (maxlen >= 0) sb.append(", maxlen=").append(maxlen);
            return sb.append(')').toString();
        } finally {
            inRepr = false;
        }
    }

    static final class Iter extends PyIterator {
        private final PyDeque d;
        private final int state;
        private final boolean reverse;
        private int i;

        Iter(PyDeque d, boolean reverse) {
            this.d = d;
            this.state = d.state;
            this.reverse = reverse;
        }

        @Override
        public PyType type() { return reverse ? REVERSE_ITERATOR : ITERATOR; }

        @Override
        public Object next() {
            if (i == Integer.MAX_VALUE) return null;
            if (d.state != state) {
                i = Integer.MAX_VALUE;
                throw PyErr.runtimeError("deque mutated during iteration");
            }
            if (i >= d.size) {
                i = Integer.MAX_VALUE;
                return null;
            }
            Object v = reverse ? d.get(d.size - 1 - i) : d.get(i);
            i++;
            return v;
        }
    }

    private static int maxlenArg(Object v) {
        if (v == null || v == PyNone.NONE) return -1;
        Object i = Ops.indexOrNull(v);
        if (i == null) throw PyErr.typeError("an integer is required");
        if (!(i instanceof Long l)) throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        if (l < 0) throw PyErr.valueError("maxlen must be non-negative");
        if (l > Integer.MAX_VALUE) throw PyErr.of(org.pyjit.interp.runtime.ExceptionTypes.MEMORY_ERROR, null);
        return (int) (long) l;
    }

    private static Object compare(Object a, Object b, int op) {
        if (!(a instanceof PyDeque x) || !(b instanceof PyDeque y)) return PyNotImplemented.NOT_IMPLEMENTED;
        return Compare.richCompare(PyList.of(x.toArray()), PyList.of(y.toArray()), op);
    }

    /** A new deque class for one interpreter's collections module. */
    static PyType makeType() {
        Map<String, Object> ns = new LinkedHashMap<>();
        PyType n = NAMES;
        ns.put("__doc__", "A list-like sequence optimized for data accesses near its endpoints.");
        ns.put("append", PyBuiltinFunction.method1(n, "append", (s, v) -> {
            self(s, "append").append(v);
            return PyNone.NONE;
        }));
        ns.put("appendleft", PyBuiltinFunction.method1(n, "appendleft", (s, v) -> {
            self(s, "appendleft").appendLeft(v);
            return PyNone.NONE;
        }));
        ns.put("pop", PyBuiltinFunction.method0(n, "pop", s -> self(s, "pop").pop()));
        ns.put("popleft", PyBuiltinFunction.method0(n, "popleft", s -> self(s, "popleft").popLeft()));
        ns.put("extend", PyBuiltinFunction.method1(n, "extend", (s, v) -> {
            self(s, "extend").extend(v);
            return PyNone.NONE;
        }));
        ns.put("extendleft", PyBuiltinFunction.method1(n, "extendleft", (s, v) -> {
            self(s, "extendleft").extendLeft(v);
            return PyNone.NONE;
        }));
        ns.put("rotate", PyBuiltinFunction.methodKw(n, "rotate", (a, kw) -> {
            LibSupport.noKeywords("deque.rotate", kw);
            if (a.length > 2) throw PyErr.typeError("deque.rotate expected at most 1 argument, got " + (a.length - 1));
            self(a[0], "rotate").rotate(a.length > 1 ? LibSupport.ssize(a[1]) : 1);
            return PyNone.NONE;
        }));
        ns.put("clear", PyBuiltinFunction.method0(n, "clear", s -> {
            self(s, "clear").clear();
            return PyNone.NONE;
        }));
        ns.put("copy", PyBuiltinFunction.method0(n, "copy", s -> copy(self(s, "copy"))));
        ns.put("__copy__", PyBuiltinFunction.method0(n, "__copy__", s -> copy(self(s, "__copy__"))));
        ns.put("count", PyBuiltinFunction.method1(n, "count", (s, v) -> {
            PyDeque d = self(s, "count");
            long c = 0;
            int st = d.state;
            for (int i = 0; i < d.size; i++) {
                if (Ops.eq(d.get(i), v)) c++;
                if (d.state != st) throw PyErr.runtimeError("deque mutated during iteration");
            }
            return c;
        }));
        ns.put("index", PyBuiltinFunction.methodKw(n, "index", (a, kw) -> {
            LibSupport.noKeywords("index", kw);
            if (a.length < 2) throw PyErr.typeError("index() takes at least 1 argument (" + (a.length - 1) + " given)");
            if (a.length > 4) throw PyErr.typeError("index() takes at most 3 arguments (" + (a.length - 1) + " given)");
            PyDeque d = self(a[0], "index");
            long start = a.length > 2 ? clampIndex(sliceIndex(a[2]), d.size) : 0;
            long stop = a.length > 3 ? clampIndex(sliceIndex(a[3]), d.size) : d.size;
            int st = d.state;
            for (long i = start; i < stop && i < d.size; i++) {
                if (Ops.eq(d.get((int) i), a[1])) return i;
                if (d.state != st) throw PyErr.runtimeError("deque mutated during iteration");
            }
            throw PyErr.valueError(Ops.repr(a[1]) + " is not in deque");
        }));
        ns.put("insert", PyBuiltinFunction.method2(n, "insert", (s, i, v) -> {
            PyDeque d = self(s, "insert");
            if (d.maxlen >= 0 && d.size >= d.maxlen) throw PyErr.indexError("deque already at its maximum size");
            long k = clampIndex(Ops.indexValue(i), d.size);
            Object[] items = d.toArray();
            d.clearKeepState();
            for (int j = 0; j <= items.length; j++) {
                if (j == k) d.appendRaw(v);
                if (j < items.length) d.appendRaw(items[j]);
            }
            d.state++;
            return PyNone.NONE;
        }));
        ns.put("remove", PyBuiltinFunction.method1(n, "remove", (s, v) -> {
            PyDeque d = self(s, "remove");
            int st = d.state;
            for (int i = 0; i < d.size; i++) {
                boolean eq = Ops.eq(d.get(i), v);
                if (d.state != st) throw PyErr.indexError("deque mutated during remove().");
                if (eq) {
                    d.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError(Ops.repr(v) + " is not in deque");
        }));
        ns.put("reverse", PyBuiltinFunction.method0(n, "reverse", s -> {
            PyDeque d = self(s, "reverse");
            Object[] items = d.toArray();
            for (int i = 0; i < items.length; i++) d.set(i, items[items.length - 1 - i]);
            d.state++;
            return PyNone.NONE;
        }));
        ns.put("maxlen", LibSupport.getter("maxlen", s -> {
            PyDeque d = self(s, "maxlen");
            return d.maxlen < 0 ? PyNone.NONE : (Object) (long) d.maxlen;
        }));
        ns.put("__len__", PyBuiltinFunction.method0(n, "__len__", s -> (long) self(s, "__len__").size));
        ns.put("__iter__", PyBuiltinFunction.method0(n, "__iter__", s -> new Iter(self(s, "__iter__"), false)));
        ns.put("__reversed__", PyBuiltinFunction.method0(n, "__reversed__",
                s -> new Iter(self(s, "__reversed__"), true)));
        ns.put("__getitem__", PyBuiltinFunction.method1(n, "__getitem__", (s, k) -> {
            PyDeque d = self(s, "__getitem__");
            return d.get(d.index(k));
        }));
        ns.put("__setitem__", PyBuiltinFunction.method2(n, "__setitem__", (s, k, v) -> {
            PyDeque d = self(s, "__setitem__");
            d.set(d.index(k), v);
            return PyNone.NONE;
        }));
        ns.put("__delitem__", PyBuiltinFunction.method1(n, "__delitem__", (s, k) -> {
            PyDeque d = self(s, "__delitem__");
            d.removeAt(d.index(k));
            return PyNone.NONE;
        }));
        ns.put("__contains__", PyBuiltinFunction.method1(n, "__contains__", (s, v) -> {
            PyDeque d = self(s, "__contains__");
            int st = d.state;
            for (int i = 0; i < d.size; i++) {
                if (Ops.eq(d.get(i), v)) return true;
                if (d.state != st) throw PyErr.runtimeError("deque mutated during iteration");
            }
            return false;
        }));
        ns.put("__repr__", PyBuiltinFunction.method0(n, "__repr__", s -> self(s, "__repr__").repr()));
        ns.put("__str__", PyBuiltinFunction.method0(n, "__str__", Ops::repr));
        ns.put("__hash__", PyNone.NONE);
        ns.put("__add__", PyBuiltinFunction.method1(n, "__add__", (s, o) -> {
            PyDeque d = self(s, "__add__");
            if (!(o instanceof PyDeque other)) {
                throw PyErr.typeError("can only concatenate deque (not \"" + Ops.typeName(o) + "\") to deque");
            }
            PyDeque r = copy(d);
            r.extend(other);
            return r;
        }));
        ns.put("__iadd__", PyBuiltinFunction.method1(n, "__iadd__", (s, o) -> {
            self(s, "__iadd__").extend(o);
            return s;
        }));
        ns.put("__mul__", PyBuiltinFunction.method1(n, "__mul__", (s, k) -> {
            if (Ops.indexOrNull(k) == null) {
                throw PyErr.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(k) + "'");
            }
            return repeat(copy(self(s, "__mul__")), k);
        }));
        ns.put("__rmul__", PyBuiltinFunction.method1(n, "__rmul__", (s, k) -> repeat(copy(self(s, "__rmul__")), k)));
        ns.put("__imul__", PyBuiltinFunction.method1(n, "__imul__", (s, k) -> repeat(self(s, "__imul__"), k)));
        ns.put("__module__", "collections");
        ns.put("__qualname__", "deque");
        // Named as CPython's tp_name, so messages say 'collections.deque'; __name__ comes from the qualname.
        PyType t = PyType.newClass("collections.deque", new PyType[] {Types.OBJECT}, ns);
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            t.setAttribute(cmp[op], LibSupport.slot2(n, cmp[op], (a, b) -> compare(a, b, o)));
        }
        t.setConstructor((type, a, kw) -> {
            Object[] p = LibSupport.parse("deque", a, kw, 0, new String[] {"iterable", "maxlen"}, 0, 2);
            PyDeque d = new PyDeque(type, maxlenArg(p[1]));
            if (p[0] != null) d.extend(p[0]);
            return d;
        });
        return t;
    }

    private static long sliceIndex(Object v) {
        Object i = Ops.indexOrNull(v);
        if (i == null) throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        if (i instanceof Long l) return l;
        return ((java.math.BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    private static long clampIndex(long i, int size) {
        if (i < 0) i = Math.max(0, i + size);
        return Math.min(i, size);
    }

    private static PyDeque copy(PyDeque d) {
        PyDeque r = new PyDeque(d.type, d.maxlen);
        for (int i = 0; i < d.size; i++) r.appendRaw(d.get(i));
        return r;
    }

    private static Object repeat(PyDeque d, Object k) {
        Object i = Ops.indexOrNull(k);
        if (i == null) return PyNotImplemented.NOT_IMPLEMENTED;
        long n = i instanceof Long l ? l : Long.MAX_VALUE;
        if (n <= 0) {
            d.clear();
            return d;
        }
        Object[] items = d.toArray();
        if (items.length * (double) n > Integer.MAX_VALUE) throw PyErr.of(org.pyjit.interp.runtime.ExceptionTypes.MEMORY_ERROR, null);
        for (long r = 1; r < n; r++) {
            for (Object v : items) d.append(v);
        }
        return d;
    }
}
