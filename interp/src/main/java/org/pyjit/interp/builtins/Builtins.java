package org.pyjit.interp.builtins;

import java.math.BigInteger;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.FloatOps;
import org.pyjit.interp.runtime.Formatting;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.Iterators;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyCallable;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyEllipsis;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyNotImplemented;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Sequences;
import org.pyjit.interp.runtime.Types;
import org.pyjit.interp.runtime.format.NumberParser;

/** The builtins module of one interpreter (functions that print or read need that interpreter's streams). */
public final class Builtins {
    private Builtins() {}

    /** enumerate(iterable), as compiled code makes it for a list, a tuple or a range. */
    public static Object enumerate(Object iterable) { return Reductions.enumerate(iterable); }

    public static PyDict create(Interpreter interp) {
        BuiltinTypes.init();
        PyDict b = new PyDict();
        b.put("__name__", "builtins");
        for (var e : ExceptionTypes.all().entrySet()) b.put(e.getKey(), e.getValue());
        for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.STR,
            Types.BYTES, Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE,
            Types.PROPERTY, Types.STATICMETHOD, Types.CLASSMETHOD, Types.SUPER}) {
            b.put(t.name, t);
        }
        b.put("None", PyNone.NONE);
        b.put("Ellipsis", PyEllipsis.ELLIPSIS);
        b.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        b.put("True", Boolean.TRUE);
        b.put("False", Boolean.FALSE);
        def(b, PyBuiltinFunction.kw("print", (a, kw) -> print(interp, a, kw)));
        def(b, PyBuiltinFunction.of1("len", Ops::len));
        def(b, PyBuiltinFunction.of1("repr", Ops::repr));
        def(b, PyBuiltinFunction.of1("abs", Builtins::abs));
        def(b, PyBuiltinFunction.of1("hash", Ops::hash));
        def(b, PyBuiltinFunction.of1("id", o -> (long) System.identityHashCode(o)));
        def(b, PyBuiltinFunction.of1("callable", Builtins::callable));
        def(b, PyBuiltinFunction.of1("chr", Builtins::chr));
        def(b, PyBuiltinFunction.of1("ord", Builtins::ord));
        def(b, PyBuiltinFunction.of1("hex", o -> NumberParser.toString(index(o), 16)));
        def(b, PyBuiltinFunction.of1("oct", o -> NumberParser.toString(index(o), 8)));
        def(b, PyBuiltinFunction.of1("bin", o -> NumberParser.toString(index(o), 2)));
        def(b, PyBuiltinFunction.of2("isinstance", Builtins::isinstance));
        def(b, PyBuiltinFunction.of2("issubclass", Builtins::issubclass));
        def(b, PyBuiltinFunction.of2("divmod", Builtins::divmod));
        def(b, PyBuiltinFunction.ofN("getattr", 2, 3, a -> {
            String name = attrName(a[1]);
            if (a.length == 3) {
                Object v = Ops.getAttrOrNull(a[0], name);
                return v == null ? a[2] : v;
            }
            return Ops.getAttr(a[0], name);
        }));
        def(b, PyBuiltinFunction.ofN("setattr", 3, 3, a -> {
            Ops.setAttr(a[0], attrName(a[1]), a[2]);
            return PyNone.NONE;
        }));
        def(b, PyBuiltinFunction.ofN("delattr", 2, 2, a -> {
            Ops.delAttr(a[0], attrName(a[1]));
            return PyNone.NONE;
        }));
        def(b, PyBuiltinFunction.ofN("hasattr", 2, 2, a -> Ops.getAttrOrNull(a[0], attrName(a[1])) != null));
        def(b, PyBuiltinFunction.ofN("iter", 1, 2, a -> a.length == 1 ? Ops.iter(a[0])
                : new Iterators.CallableIterator(a[0], a[1])));
        def(b, PyBuiltinFunction.ofN("next", 1, 2, a -> {
            if (!(a[0] instanceof PyIterator) && Ops.type(a[0]).lookup("__next__") == null) {
                throw PyErr.typeError("'" + Ops.typeName(a[0]) + "' object is not an iterator");
            }
            if (a.length == 2) {
                Object v = Ops.next(a[0]);
                return v == null ? a[1] : v;
            }
            if (a[0] instanceof org.pyjit.interp.exec.PyGenerator g) {
                Object v = g.step(PyNone.NONE);
                if (v == null) throw PyErr.stopIteration(g.returnValue);
                return v;
            }
            if (a[0] instanceof PyIterator p) {
                Object v = p.next();
                if (v == null) throw PyErr.of(ExceptionTypes.STOP_ITERATION, null);
                return v;
            }
            return Ops.callDescriptor(Ops.type(a[0]).lookup("__next__"), a[0], new Object[0]);
        }));
        def(b, PyBuiltinFunction.kw("min", (a, kw) -> Reductions.minMax("min", a, kw, Compare.LT)));
        def(b, PyBuiltinFunction.kw("max", (a, kw) -> Reductions.minMax("max", a, kw, Compare.GT)));
        def(b, PyBuiltinFunction.kw("sum", Reductions::sum));
        def(b, PyBuiltinFunction.kw("sorted", (a, kw) -> {
            if (a.length - (kw == null ? 0 : kw.length) != 1) {
                throw PyErr.typeError("sorted expected 1 argument, got " + (a.length - (kw == null ? 0 : kw.length)));
            }
            PyList l = new PyList();
            Sequences.extend(l, a[0]);
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            Object[] full = new Object[a.length];
            full[0] = l;
            System.arraycopy(rest, 0, full, 1, rest.length);
            ListMethods.sort(full, kw);
            return l;
        }));
        def(b, PyBuiltinFunction.of1("reversed", Reductions::reversed));
        def(b, PyBuiltinFunction.kw("enumerate", Reductions::enumerate));
        def(b, PyBuiltinFunction.kw("zip", Reductions::zip));
        def(b, PyBuiltinFunction.ofN("map", 2, Integer.MAX_VALUE, Reductions::map));
        def(b, PyBuiltinFunction.ofN("filter", 2, 2, Reductions::filter));
        def(b, PyBuiltinFunction.of1("any", o -> {
            PyIterator it = Ops.iterate(o);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (Ops.isTrue(v)) return true;
            }
            return false;
        }));
        def(b, PyBuiltinFunction.of1("all", o -> {
            PyIterator it = Ops.iterate(o);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (!Ops.isTrue(v)) return false;
            }
            return true;
        }));
        def(b, PyBuiltinFunction.kw("pow", Builtins::pow));
        def(b, PyBuiltinFunction.kw("round", Builtins::round));
        def(b, PyBuiltinFunction.ofN("format", 1, 2, a -> Formatting.format(a[0], a.length > 1 ? (String) a[1] : "")));
        def(b, PyBuiltinFunction.ofN("vars", 0, 1, a -> {
            if (a.length == 0) throw PyErr.typeError("vars() without arguments is not supported by pyjit");
            if (a[0] instanceof PyObject p) return p.ownAttributes();
            Object d = Ops.getAttrOrNull(a[0], "__dict__");
            if (d == null) throw PyErr.typeError("vars() argument must have __dict__ attribute");
            return d;
        }));
        def(b, PyBuiltinFunction.kw("open", (a, kw) -> Files.open(interp, a, kw)));
        def(b, PyBuiltinFunction.ofN("input", 0, 1, a -> {
            if (a.length == 1) {
                interp.stdout.print(Ops.str(a[0]));
                interp.stdout.flush();
            }
            return Files.readLine(interp);
        }));
        return b;
    }

    private static void def(PyDict b, PyBuiltinFunction f) { b.put(f.name, f); }

    static String attrName(Object o) {
        if (o instanceof String s) return s;
        throw PyErr.typeError("attribute name must be string, not '" + Ops.typeName(o) + "'");
    }

    private static Object index(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw PyErr.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        return i;
    }

    private static Object print(Interpreter interp, Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        String sep = " ";
        String end = "\n";
        Object file = null;
        boolean flush = false;
        for (int k = 0; k < nkw; k++) {
            Object v = a[npos + k];
            switch (kw[k]) {
                case "sep" -> sep = v == PyNone.NONE ? " " : strArg("sep", v);
                case "end" -> end = v == PyNone.NONE ? "\n" : strArg("end", v);
                case "file" -> file = v == PyNone.NONE ? null : v;
                case "flush" -> flush = Ops.isTrue(v);
                default -> throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) sb.append(sep);
            sb.append(Ops.str(a[i]));
        }
        sb.append(end);
        if (file == null) {
            interp.stdout.print(sb);
            if (flush) interp.stdout.flush();
        } else {
            Object write = Ops.getAttr(file, "write");
            Ops.call(write, new Object[] {sb.toString()}, null);
        }
        return PyNone.NONE;
    }

    private static String strArg(String name, Object v) {
        if (v instanceof String s) return s;
        throw PyErr.typeError(name + " must be None or a string, not " + Ops.typeName(v));
    }

    private static Object abs(Object o) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) return IntOps.abs(o);
        if (o instanceof Double d) return Math.abs(d);
        Object m = Ops.type(o).lookup("__abs__");
        if (m != null) return Ops.callDescriptor(m, o, new Object[0]);
        throw PyErr.typeError("bad operand type for abs(): '" + Ops.typeName(o) + "'");
    }

    private static Object callable(Object o) {
        if (o instanceof PyCallable) return true;
        return o instanceof PyObject p && p.type.lookup("__call__") != null;
    }

    private static Object chr(Object o) {
        long c = Ops.toLong(o);
        if (c < 0 || c > 0x10FFFF) throw PyErr.valueError("chr() arg not in range(0x110000)");
        return org.pyjit.interp.runtime.Strings.ofCodePoint((int) c);
    }

    private static Object ord(Object o) {
        if (o instanceof String s) {
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return (long) s.codePointAt(0);
        }
        if (o instanceof org.pyjit.interp.runtime.PyBytes b) {
            if (b.bytes.length != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length " + b.bytes.length + " found");
            }
            return (long) (b.bytes[0] & 0xff);
        }
        throw PyErr.typeError("ord() expected string of length 1, but " + Ops.typeName(o) + " found");
    }

    static boolean isinstance(Object o, Object cls) {
        if (cls instanceof PyType t) return Ops.type(o).isSubtypeOf(t);
        if (cls instanceof PyTuple tu) {
            for (Object c : tu.items) {
                if (isinstance(o, c)) return true;
            }
            return false;
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean issubclass(Object c, Object cls) {
        if (!(c instanceof PyType t)) throw PyErr.typeError("issubclass() arg 1 must be a class");
        if (cls instanceof PyType u) return t.isSubtypeOf(u);
        if (cls instanceof PyTuple tu) {
            for (Object x : tu.items) {
                if (issubclass(c, x)) return true;
            }
            return false;
        }
        throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static Object divmod(Object a, Object b) {
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            return PyTuple.of(IntOps.binary(IntOps.asInt(a), IntOps.asInt(b), 5), IntOps.binary(IntOps.asInt(a), IntOps.asInt(b), 6));
        }
        if (FloatOps.isNumber(a) && FloatOps.isNumber(b)) {
            double[] r = FloatOps.divmod(FloatOps.toDouble(a), FloatOps.toDouble(b));
            return PyTuple.of(r[0], r[1]);
        }
        Object m = Ops.type(a).lookup("__divmod__");
        if (m != null) return Ops.callDescriptor1(m, a, b);
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(a) + "' and '"
                + Ops.typeName(b) + "'");
    }

    private static Object pow(Object[] a, String[] kw) {
        Object[] p = Args.parse("pow", a, kw, new String[] {"base", "exp", "mod"}, 2, 3);
        if (p[2] == null || p[2] == PyNone.NONE) return Ops.binaryOp(p[0], p[1], 7);
        if (!IntOps.isInt(p[0]) || !IntOps.isInt(p[1]) || !IntOps.isInt(p[2])) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return IntOps.powMod(p[0], p[1], p[2]);
    }

    private static Object round(Object[] a, String[] kw) {
        Object[] p = Args.parse("round", a, kw, new String[] {"number", "ndigits"}, 1, 2);
        Object x = p[0];
        Object nd = p[1] == null ? PyNone.NONE : p[1];
        if (x instanceof Double d) {
            if (nd == PyNone.NONE) {
                if (Double.isNaN(d)) throw PyErr.valueError("cannot convert float NaN to integer");
                if (Double.isInfinite(d)) throw PyErr.overflowError("cannot convert float infinity to integer");
                return FloatOps.toInt(Math.rint(d));
            }
            return org.pyjit.interp.runtime.format.Formatter.roundHalfEven(d, Ops.toInt(nd));
        }
        if (IntOps.isInt(x)) {
            if (nd == PyNone.NONE) return IntOps.asInt(x);
            long n = Ops.toLong(nd);
            if (n >= 0) return IntOps.asInt(x);
            BigInteger v = IntOps.big(x);
            BigInteger pow = BigInteger.TEN.pow((int) Math.min(-n, 400));
            BigInteger[] qr = v.divideAndRemainder(pow);
            BigInteger q = qr[0];
            BigInteger r = qr[1];
            if (r.signum() < 0) {
                q = q.subtract(BigInteger.ONE);
                r = r.add(pow);
            }
            int c = r.shiftLeft(1).compareTo(pow);
            if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
            return IntOps.normalize(q.multiply(pow));
        }
        Object m = Ops.type(x).lookup("__round__");
        if (m != null) {
            return Ops.callDescriptor(m, x, nd == PyNone.NONE ? new Object[0] : new Object[] {nd});
        }
        throw PyErr.typeError("type " + Ops.typeName(x) + " doesn't define __round__ method");
    }

}
