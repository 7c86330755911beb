package org.pyjit.interp.runtime;

import java.math.BigInteger;
import org.pyjit.interp.ast.Operator;
import org.pyjit.interp.runtime.format.FloatRepr;
import org.pyjit.interp.runtime.format.PyHash;

/**
 * The semantics of Python operations on any values: the one implementation that the interpreter and the
 * generated code both call. Each entry point tests the common Java types first (Long, Double, String), which
 * C2 turns into a class-pointer compare and a direct operation, and leaves the rest to slower helpers.
 */
public final class Ops {
    private Ops() {}

    // ---- types and truth ----

    public static PyType type(Object o) {
        if (o instanceof PyValue v) return v.type();
        if (o instanceof Long || o instanceof BigInteger) return Types.INT;
        if (o instanceof String) return Types.STR;
        if (o instanceof Double) return Types.FLOAT;
        if (o instanceof Boolean) return Types.BOOL;
        if (o == PyNone.NONE) return Types.NONE_TYPE;
        if (o == PyEllipsis.ELLIPSIS) return Types.ELLIPSIS_TYPE;
        if (o instanceof PyBytes) return Types.BYTES;
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    public static String typeName(Object o) { return type(o).name; }

    /** {@code a is b}: identity, except that equal small values of our boxed kinds count as identical. */
    public static boolean isSame(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof Boolean x && b instanceof Boolean y) return x.booleanValue() == y.booleanValue();
        if (a instanceof String x && b instanceof String y) return x.length() <= 1 && x.equals(y);
        return false;
    }

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) return b;
        if (o instanceof Long l) return l != 0;
        if (o == PyNone.NONE) return false;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof Double d) return d != 0.0;
        if (o instanceof PyList l) return l.size != 0;
        if (o instanceof PyTuple t) return t.items.length != 0;
        if (o instanceof PyDict d) return d.size() != 0;
        if (o instanceof PySet s) return s.size() != 0;
        if (o instanceof BigInteger) return true;
        if (o instanceof PyObject p) return objectTruth(p);
        if (o instanceof PyRange r) return r.length != 0;
        if (o instanceof PyBytes b) return b.bytes.length != 0;
        return true;
    }

    private static boolean objectTruth(PyObject p) {
        Object m = p.type.lookup("__bool__");
        if (m != null) {
            Object r = callDescriptor(m, p, new Object[0]);
            if (r instanceof Boolean b) return b;
            throw PyErr.typeError("__bool__ should return bool, returned " + typeName(r));
        }
        m = p.type.lookup("__len__");
        if (m != null) return len(p) != 0;
        return true;
    }

    // ---- hashing and equality ----

    private static final long HASH_MODULUS = (1L << 61) - 1;

    public static long hash(Object o) {
        if (o instanceof Long l) {
            long v = l;
            if (v > -HASH_MODULUS && v < HASH_MODULUS) return v == -1 ? -2 : v;
            return PyHash.hashLong(v);
        }
        if (o instanceof String s) return s.hashCode();
        if (o instanceof Double d) return d == 0.0 ? 0 : PyHash.hashDouble(d);
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof PyTuple t) {
            long[] hs = new long[t.items.length];
            for (int i = 0; i < hs.length; i++) hs[i] = hash(t.items[i]);
            return PyHash.hashTuple(hs);
        }
        if (o instanceof BigInteger b) return PyHash.hashBig(b);
        if (o instanceof PyObject p) return objectHash(p);
        if (o instanceof PyBytes b) return java.util.Arrays.hashCode(b.bytes);
        if (o instanceof PySet s) {
            if (!s.frozen) throw PyErr.typeError("unhashable type: 'set'");
            return frozensetHash(s);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySlice) {
            throw PyErr.typeError("unhashable type: '" + typeName(o) + "'");
        }
        if (o instanceof PyRange r) return PyHash.hashTuple(new long[] {r.length, r.start, r.step});
        return System.identityHashCode(o);
    }

    private static long objectHash(PyObject p) {
        Object m = p.type.lookup("__hash__");
        if (m == PyNone.NONE) throw PyErr.typeError("unhashable type: '" + p.type.name + "'");
        if (m != null && !(m instanceof PyBuiltinFunction)) {
            Object r = callDescriptor(m, p, new Object[0]);
            if (r instanceof Long l) return l == -1 ? -2 : l;
            if (r instanceof BigInteger b) return PyHash.hashBig(b);
            if (r instanceof Boolean b) return b ? 1 : 0;
            throw PyErr.typeError("__hash__ method should return an integer");
        }
        return System.identityHashCode(p) >>> 4;
    }

    private static long frozensetHash(PySet s) {
        long h = 0;
        for (Object k : s.toArray()) {
            long x = hash(k);
            h ^= ((x ^ 89869747L) ^ (x << 16)) * 3644798167L;
        }
        h ^= ((long) s.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    /** Python {@code a == b} as a Java boolean (identity first, as containers do). */
    public static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof String x && b instanceof String) return x.equals(b);
        return isTrue(Compare.richCompare(a, b, Compare.EQ));
    }

    // ---- arithmetic ----

    /** {@code a op b}; op is an {@link org.pyjit.interp.ast.Operator} ordinal. */
    public static Object binaryOp(Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) return IntOps.binaryLong(x, y, op);
        if (a instanceof Double x) {
            if (b instanceof Double y) return FloatOps.binary(x, y, op);
            if (b instanceof Long y && isFloatOp(op)) return FloatOps.binary(x, (double) y, op);
        } else if (a instanceof Long x && b instanceof Double y && isFloatOp(op)) {
            return FloatOps.binary((double) x, y, op);
        }
        return Arithmetic.binarySlow(a, b, op, false);
    }

    /** Operators that int/float mixes compute as floats (not @, shifts or bitwise ones). */
    private static boolean isFloatOp(int op) {
        return op < Operator.LSHIFT.ordinal() && op != Operator.MATMUL.ordinal();
    }

    /** {@code a op= b}: the in-place form, falling back to the binary one. */
    public static Object inplaceOp(Object a, Object b, int op) {
        if (a instanceof Long x && b instanceof Long y) return IntOps.binaryLong(x, y, op);
        if (a instanceof Double x) {
            if (b instanceof Double y) return FloatOps.binary(x, y, op);
            if (b instanceof Long y && isFloatOp(op)) return FloatOps.binary(x, (double) y, op);
        } else if (a instanceof Long x && b instanceof Double y && isFloatOp(op)) {
            return FloatOps.binary((double) x, y, op);
        }
        return Arithmetic.binarySlow(a, b, op, true);
    }

    /**
     * The TypeError of a binary operator (op as in {@link #binaryOp}) whose operands do not implement it for
     * each other: what the interpreter raises once every method it tries returned NotImplemented.
     */
    public static PyException unsupportedOperands(Object a, Object b, int op, boolean inplace) {
        return Arithmetic.unsupportedOperands(a, b, op, inplace);
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return IntOps.add(x, y);
        if (a instanceof Double x && b instanceof Double y) return x + y;
        return Arithmetic.binarySlow(a, b, 0, false);
    }

    public static Object negative(Object a) {
        if (a instanceof Long l) return IntOps.neg(l);
        if (a instanceof Double d) return -d;
        return Arithmetic.unary(a, "__neg__", "-");
    }

    public static Object positive(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) return a;
        return Arithmetic.unary(a, "__pos__", "+");
    }

    public static Object invert(Object a) {
        if (a instanceof Long l) return ~l;
        return Arithmetic.unary(a, "__invert__", "~");
    }

    // ---- calls and attributes ----

    public static Object call(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyCallable c) return c.call(args, kwnames);
        if (f instanceof PyObject p) {
            Object m = p.type.lookup("__call__");
            if (m != null) return callDescriptorKw(m, p, args, kwnames);
        }
        throw PyErr.typeError("'" + typeName(f) + "' object is not callable");
    }

    public static Object call0(Object f) { return call(f, new Object[0], null); }

    public static Object call1(Object f, Object a) { return call(f, new Object[] {a}, null); }

    /** Calls an attribute found on self's type (a special method), binding self as a descriptor would. */
    public static Object callDescriptor(Object descr, Object self, Object[] args) {
        return callDescriptorKw(descr, self, args, null);
    }

    /**
     * A special method with one argument (an operator's, __getitem__, __eq__ ...): a Python function gets self
     * and arg in one array, without the argument array the general form copies.
     */
    public static Object callDescriptor1(Object descr, Object self, Object arg) {
        if (descr instanceof PyFunction fn) return fn.call(new Object[] {self, arg}, null);
        return callDescriptorKw(descr, self, new Object[] {arg}, null);
    }

    public static Object callDescriptorKw(Object descr, Object self, Object[] args, String[] kwnames) {
        if (descr instanceof PyFunction || (descr instanceof PyBuiltinFunction b && b.isMethod())) {
            Object[] full = new Object[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return ((PyCallable) descr).call(full, kwnames);
        }
        return call(Attributes.bind(descr, self, type(self)), args, kwnames);
    }

    /** The special method name on o's type (not the instance), or null. */
    public static Object lookupSpecial(Object o, String name) { return type(o).lookup(name); }

    public static Object getAttr(Object o, String name) { return Attributes.get(o, name); }

    /** getattr without raising AttributeError: null if absent. */
    public static Object getAttrOrNull(Object o, String name) {
        try {
            return Attributes.get(o, name);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    public static void setAttr(Object o, String name, Object v) { Attributes.set(o, name, v); }

    public static void delAttr(Object o, String name) { Attributes.delete(o, name); }

    // ---- containers ----

    public static Object getItem(Object o, Object key) {
        if (o instanceof PyList l && key instanceof Long i) return l.getItem(i);
        return Subscripts.get(o, key);
    }

    public static void setItem(Object o, Object key, Object v) {
        if (o instanceof PyList l && key instanceof Long i) {
            l.setItem(i, v);
            return;
        }
        Subscripts.set(o, key, v);
    }

    public static void delItem(Object o, Object key) { Subscripts.delete(o, key); }

    public static boolean contains(Object container, Object item) { return Subscripts.contains(container, item); }

    public static long len(Object o) {
        if (o instanceof PyList l) return l.size;
        if (o instanceof String s) return Strings.length(s);
        if (o instanceof PyTuple t) return t.items.length;
        if (o instanceof PyDict d) return d.size();
        if (o instanceof PySet s) return s.size();
        if (o instanceof PyRange r) return r.length;
        if (o instanceof PyBytes b) return b.bytes.length;
        if (o instanceof DictView v) return v.dict.size();
        Object m = type(o).lookup("__len__");
        if (m != null) return lenResult(callDescriptor(m, o, new Object[0]));
        throw PyErr.typeError("object of type '" + typeName(o) + "' has no len()");
    }

    /** What len() makes of what a __len__ returned: an int of at least 0, or it raises. */
    public static long lenResult(Object r) {
        if (!IntOps.isInt(r)) {
            throw PyErr.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
        }
        if (r instanceof BigInteger) throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        long n = r instanceof Boolean bb ? (bb ? 1 : 0) : (Long) r;
        if (n < 0) throw PyErr.valueError("__len__() should return >= 0");
        return n;
    }

    // ---- iteration ----

    /** Python's iter(o). */
    public static Object iter(Object o) {
        if (o instanceof PyIterator) return o;
        if (o instanceof PyList l) return new Iterators.ListIterator(l);
        if (o instanceof PyTuple t) return new Iterators.ArrayIterator(t.items, t.items.length);
        if (o instanceof PyRange r) return new Iterators.RangeIterator(r.start, r.step, r.length);
        if (o instanceof String s) return new Iterators.StrIterator(s);
        if (o instanceof PyDict d) return new Iterators.DictIterator(d, Iterators.DictIterator.KEYS);
        if (o instanceof PySet s) return new Iterators.SetIterator(s);
        if (o instanceof DictView v) return new Iterators.DictIterator(v.dict, v.kind);
        if (o instanceof PyBytes b) return new Iterators.BytesIterator(b.bytes);
        PyType t = type(o);
        Object m = t.lookup("__iter__");
        if (m != null && m != PyNone.NONE) {
            Object it = callDescriptor(m, o, new Object[0]);
            if (!(it instanceof PyIterator) && type(it).lookup("__next__") == null) {
                throw PyErr.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return it;
        }
        if (m == null && t.lookup("__getitem__") != null && !(o instanceof PyType)) {
            return new Iterators.SequenceIterator(o);
        }
        throw PyErr.typeError("'" + t.name + "' object is not iterable");
    }

    /** iter(o) as our iterator protocol, for loops and builtins that consume iterables. */
    public static PyIterator iterate(Object o) {
        Object it = iter(o);
        if (it instanceof PyIterator p) return p;
        return new Iterators.PythonIterator(it, type(it).lookup("__next__"));
    }

    /** One step of the iterator protocol: the next item or null at the end. */
    public static Object next(Object it) {
        if (it instanceof PyIterator p) return p.next();
        Object m = type(it).lookup("__next__");
        if (m == null) throw PyErr.typeError("'" + typeName(it) + "' object is not an iterator");
        try {
            return callDescriptor(m, it, new Object[0]);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) return null;
            throw e;
        }
    }

    // ---- conversions ----

    /** The int value of an index-like value (int, bool, __index__), or null if it is not one. */
    public static Object indexOrNull(Object o) {
        if (o instanceof Long) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof BigInteger) return o;
        if (o instanceof PyObject p) {
            Object m = p.type.lookup("__index__");
            if (m != null) {
                Object r = callDescriptor(m, p, new Object[0]);
                if (!IntOps.isInt(r)) {
                    throw PyErr.typeError("__index__ returned non-int (type " + typeName(r) + ")");
                }
                return IntOps.asInt(r);
            }
        }
        return null;
    }

    /** An index as a long; IndexError if it does not fit, TypeError if it is not an int. */
    public static long indexValue(Object o) {
        Object i = indexOrNull(o);
        if (i == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return (Long) i;
    }

    /** An int argument as a Java long: TypeError if not an int, OverflowError if too big. */
    public static long toLong(Object o) {
        Object i = indexOrNull(o);
        if (i == null) {
            throw PyErr.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (i instanceof BigInteger) throw PyErr.overflowError("Python int too large to convert to C long");
        return (Long) i;
    }

    public static int toInt(Object o) {
        long l = toLong(o);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    /** A number as a double (float(x) for int/float/bool, __float__ for objects). */
    public static double toDouble(Object o) {
        if (o instanceof Double d) return d;
        if (IntOps.isInt(o)) return IntOps.toDouble(o);
        Object m = type(o).lookup("__float__");
        if (m != null) {
            Object r = callDescriptor(m, o, new Object[0]);
            if (r instanceof Double d) return d;
        }
        Object i = indexOrNull(o);
        if (i != null) return IntOps.toDouble(i);
        throw PyErr.typeError("must be real number, not " + typeName(o));
    }

    // ---- text ----

    public static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof Long l) return Long.toString(l);
        if (o instanceof Double d) return FloatRepr.repr(d);
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o == PyNone.NONE) return "None";
        return Reprs.str(o);
    }

    public static String repr(Object o) {
        if (o instanceof Long l) return Long.toString(l);
        if (o instanceof Double d) return FloatRepr.repr(d);
        return Reprs.repr(o);
    }
}
