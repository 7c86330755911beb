package org.pyjit.interp.runtime;

/**
 * Rich comparison: numbers compared exactly across int/float, sequences lexicographically, sets by inclusion,
 * and user classes through their special methods with CPython's reflection order.
 */
public final class Compare {
    private Compare() {}

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final String[] SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    public static String symbol(int op) { return SYMBOL[op]; }

    private static boolean fromOrder(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** {@code a op b} as a Python object (user __lt__ may return anything). */
    public static Object richCompare(Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) return fromOrder(Long.compare(x, y), op);
        if (a instanceof Double x && b instanceof Double y) return compareDoubles(x, y, op);
        if (a instanceof String x && b instanceof String y) return fromOrder(x.compareTo(y), op);
        Object r = builtinCompare(a, b, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        return userCompare(a, b, op);
    }

    public static boolean compare(Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) return fromOrder(Long.compare(x, y), op);
        return Ops.isTrue(richCompare(a, b, op));
    }

    public static boolean compareDoubles(double x, double y, int op) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    private static Object builtinCompare(Object a, Object b, int op) {
        boolean aInt = IntOps.isInt(a);
        boolean bInt = IntOps.isInt(b);
        if (aInt && bInt) return fromOrder(IntOps.compare(IntOps.asInt(a), IntOps.asInt(b)), op);
        if ((aInt || a instanceof Double) && (bInt || b instanceof Double)) {
            if (a instanceof Double x && b instanceof Double y) return compareDoubles(x, y, op);
            if (a instanceof Double x) {
                if (Double.isNaN(x)) return op == NE;
                return fromOrder(-IntOps.compareWithDouble(IntOps.asInt(b), x), op);
            }
            double y = (Double) b;
            if (Double.isNaN(y)) return op == NE;
            return fromOrder(IntOps.compareWithDouble(IntOps.asInt(a), y), op);
        }
        if (a instanceof PyList x && b instanceof PyList y) return sequences(x.items, x.size, y.items, y.size, op);
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequences(x.items, x.items.length, y.items, y.items.length, op);
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) return fromOrder(java.util.Arrays.compareUnsigned(x.bytes, y.bytes), op);
        if (a instanceof PySet x && b instanceof PySet y) return sets(x, y, op);
        if (a instanceof PyDict x && b instanceof PyDict y && (op == EQ || op == NE)) {
            return dictsEqual(x, y) == (op == EQ);
        }
        if (a instanceof PyRange x && b instanceof PyRange y && (op == EQ || op == NE)) {
            boolean same = x.length == y.length && (x.length == 0 || (x.start == y.start && (x.length == 1 || x.step == y.step)));
            return same == (op == EQ);
        }
        if (a instanceof DictView x && b instanceof DictView y && x.kind != Iterators.DictIterator.VALUES
                && y.kind != Iterators.DictIterator.VALUES) {
            return sets(x.toSet(), y.toSet(), op);
        }
        if (a instanceof DictView x && b instanceof PySet y && x.kind != Iterators.DictIterator.VALUES) {
            return sets(x.toSet(), y, op);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static boolean dictsEqual(PyDict x, PyDict y) {
        if (x.size() != y.size()) return false;
        if (x.type().name.equals("OrderedDict") && y.type().name.equals("OrderedDict")) {
            // OrderedDict == OrderedDict also compares the order of the keys.
            Object[] kx = x.keysArray();
            Object[] ky = y.keysArray();
            for (int i = 0; i < kx.length; i++) {
                if (!Ops.eq(kx[i], ky[i])) return false;
            }
        }
        for (int e = 0; e < x.entryLimit(); e++) {
            Object k = x.keyAt(e);
            if (k == null) continue;
            Object v = y.get(k);
            if (v == null || !Ops.eq(x.valueAt(e), v)) return false;
        }
        return true;
    }

    private static Object sequences(Object[] xs, int nx, Object[] ys, int ny, int op) {
        int n = Math.min(nx, ny);
        for (int i = 0; i < n; i++) {
            if (!Ops.eq(xs[i], ys[i])) {
                if (op == EQ) return false;
                if (op == NE) return true;
                return richCompare(xs[i], ys[i], op);
            }
        }
        return fromOrder(Integer.compare(nx, ny), op);
    }

    private static boolean subset(PySet a, PySet b) {
        if (a.size() > b.size()) return false;
        for (Object k : a.toArray()) {
            if (!b.contains(k)) return false;
        }
        return true;
    }

    private static Object sets(PySet a, PySet b, int op) {
        switch (op) {
            case EQ: return a.size() == b.size() && subset(a, b);
            case NE: return !(a.size() == b.size() && subset(a, b));
            case LE: return subset(a, b);
            case GE: return subset(b, a);
            case LT: return a.size() < b.size() && subset(a, b);
            default: return b.size() < a.size() && subset(b, a);
        }
    }

    private static Object userCompare(Object a, Object b, int op) {
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        boolean tryReflectedFirst = ta != tb && tb.isSubtypeOf(ta) && !tb.builtin;
        if (tryReflectedFirst) {
            Object r = tryMethod(b, a, SWAPPED[op]);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        Object r = tryMethod(a, b, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        if (!tryReflectedFirst) {
            r = tryMethod(b, a, SWAPPED[op]);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (op == EQ) return a == b;
        if (op == NE) return a != b;
        throw PyErr.typeError("'" + SYMBOL[op] + "' not supported between instances of '" + ta.name + "' and '"
                + tb.name + "'");
    }

    private static Object tryMethod(Object self, Object other, int op) {
        PyType t = Ops.type(self);
        if (t.builtin) return PyNotImplemented.NOT_IMPLEMENTED;
        Object m = t.lookup(DUNDER[op]);
        if (m != null && !(m instanceof PyBuiltinFunction)) return Ops.callDescriptor1(m, self, other);
        if (op == NE) {
            Object eq = t.lookup("__eq__");
            if (eq != null && !(eq instanceof PyBuiltinFunction)) {
                Object r = Ops.callDescriptor1(eq, self, other);
                if (r == PyNotImplemented.NOT_IMPLEMENTED) return r;
                return !Ops.isTrue(r);
            }
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** Orders two values for sort(): a < b. */
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        if (a instanceof Double x && b instanceof Double y) return x < y;
        if (a instanceof String x && b instanceof String y) return x.compareTo(y) < 0;
        return Ops.isTrue(richCompare(a, b, LT));
    }
}
