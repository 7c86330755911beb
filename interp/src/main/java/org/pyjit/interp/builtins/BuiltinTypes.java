package org.pyjit.interp.builtins;

import java.math.BigInteger;
import org.pyjit.interp.exec.PyGenerator;
import org.pyjit.interp.runtime.Attributes;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.FloatOps;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.Iterators;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBaseException;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyClassMethod;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyNotImplemented;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyProperty;
import org.pyjit.interp.runtime.PyRange;
import org.pyjit.interp.runtime.PySet;
import org.pyjit.interp.runtime.PySlice;
import org.pyjit.interp.runtime.PySuper;
import org.pyjit.interp.runtime.PyStaticMethod;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Reprs;
import org.pyjit.interp.runtime.Sequences;
import org.pyjit.interp.runtime.SetOps;
import org.pyjit.interp.runtime.Types;
import org.pyjit.interp.runtime.format.NumberParser;

/** Gives the builtin types their constructors and methods, once per JVM (the types are immutable after). */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    private static boolean done;

    public static synchronized void init() {
        if (done) return;
        done = true;
        objectAndType();
        numbers();
        containers();
        StrMethods.install();
        BytesMethods.install();
        ListMethods.install();
        DictMethods.install();
        exceptions();
        descriptors();
        for (PyType t : Iterators.types()) iteratorProtocol(t);
        for (PyType t : new PyType[] {Reductions.ENUMERATE, Reductions.ZIP, Reductions.MAP, Reductions.FILTER,
            Reductions.REVERSED, Types.GENERATOR}) {
            iteratorProtocol(t);
        }
        Types.GENERATOR.define("send", PyBuiltinFunction.method1(Types.GENERATOR, "send",
                (g, v) -> ((PyGenerator) g).send(v)));
        Types.GENERATOR.define("throw", PyBuiltinFunction.method1(Types.GENERATOR, "throw",
                (g, e) -> ((PyGenerator) g).throwValue(e)));
        Types.GENERATOR.define("close", PyBuiltinFunction.method0(Types.GENERATOR, "close", g -> {
            ((PyGenerator) g).close();
            return PyNone.NONE;
        }));
    }

    private static void iteratorProtocol(PyType t) {
        t.define("__iter__", PyBuiltinFunction.method0(t, "__iter__", s -> s));
        t.define("__next__", PyBuiltinFunction.method0(t, "__next__", s -> {
            Object v = ((PyIterator) s).next();
            if (v == null) {
                if (s instanceof PyGenerator g) throw PyErr.stopIteration(g.returnValue);
                throw PyErr.of(ExceptionTypes.STOP_ITERATION, null);
            }
            return v;
        }));
    }

    private static void objectAndType() {
        PyType o = Types.OBJECT;
        o.setConstructor((t, a, kw) -> {
            if (a.length > 0) throw PyErr.typeError("object() takes no arguments");
            return new PyObject(Types.OBJECT);
        });
        o.define("__init__", PyBuiltinFunction.methodKw(o, "__init__", (a, kw) -> PyNone.NONE));
        o.define("__repr__", PyBuiltinFunction.method0(o, "__repr__", s -> s instanceof PyObject p
                ? Reprs.defaultRepr(p) : Ops.repr(s)));
        o.define("__str__", PyBuiltinFunction.method0(o, "__str__", s -> s instanceof PyObject p
                && !(p.type.lookup("__repr__") instanceof PyBuiltinFunction) ? Ops.repr(s)
                : s instanceof PyObject p2 ? Reprs.defaultRepr(p2) : Ops.str(s)));
        o.define("__eq__", PyBuiltinFunction.method1(o, "__eq__", (s, x) -> s == x ? Boolean.TRUE
                : PyNotImplemented.NOT_IMPLEMENTED));
        o.define("__ne__", PyBuiltinFunction.method1(o, "__ne__", (s, x) -> s == x ? Boolean.FALSE
                : PyNotImplemented.NOT_IMPLEMENTED));
        o.define("__hash__", PyBuiltinFunction.method0(o, "__hash__", s -> (long) System.identityHashCode(s) >>> 4));
        o.define("__setattr__", PyBuiltinFunction.method2(o, "__setattr__", (s, n, v) -> {
            if (s instanceof PyObject p) Attributes.setPlain(p, Builtins.attrName(n), v);
            else Ops.setAttr(s, Builtins.attrName(n), v);
            return PyNone.NONE;
        }));
        o.define("__getattribute__", PyBuiltinFunction.method1(o, "__getattribute__",
                (s, n) -> Ops.getAttr(s, Builtins.attrName(n))));
        o.define("__format__", PyBuiltinFunction.method1(o, "__format__", (s, spec) -> {
            if (!"".equals(spec)) {
                throw PyErr.typeError("unsupported format string passed to " + Ops.typeName(s) + ".__format__");
            }
            return Ops.str(s);
        }));
        PyType t = Types.TYPE;
        t.setConstructor((ty, a, kw) -> {
            if (a.length == 1) return Ops.type(a[0]);
            throw PyErr.typeError("type() takes 1 or 3 arguments");
        });
        t.define("mro", PyBuiltinFunction.method0(t, "mro", s -> PyList.of((Object[]) ((PyType) s).mro().clone())));
    }

    private static void numbers() {
        Types.INT.setConstructor((t, a, kw) -> {
            Object[] p = Args.parse("int", a, kw, new String[] {"x", "base"}, 0, 2);
            if (p[0] == null) return 0L;
            if (p[1] != null) {
                if (!(p[0] instanceof String s)) {
                    throw PyErr.typeError("int() can't convert non-string with explicit base");
                }
                return NumberParser.parseInt(s, Ops.toInt(p[1]));
            }
            Object x = p[0];
            if (x instanceof Long || x instanceof BigInteger) return x;
            if (x instanceof Boolean b) return b ? 1L : 0L;
            if (x instanceof Double d) return FloatOps.toInt(d);
            if (x instanceof String s) return NumberParser.parseInt(s, 10);
            if (x instanceof PyBytes b) return NumberParser.parseInt(new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1), 10);
            Object m = Ops.type(x).lookup("__int__");
            if (m == null) m = Ops.type(x).lookup("__index__");
            if (m != null) return Ops.callDescriptor(m, x, new Object[0]);
            m = Ops.type(x).lookup("__trunc__");
            if (m != null) return Ops.callDescriptor(m, x, new Object[0]);
            throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + Ops.typeName(x) + "'");
        });
        Types.INT.define("bit_length", PyBuiltinFunction.method0(Types.INT, "bit_length", s -> IntOps.bitLength(s)));
        Types.INT.define("__index__", PyBuiltinFunction.method0(Types.INT, "__index__", IntOps::asInt));
        Types.BOOL.setConstructor((t, a, kw) -> {
            if (a.length > 1) throw PyErr.typeError("bool expected at most 1 argument, got " + a.length);
            return a.length == 1 && Ops.isTrue(a[0]);
        });
        Types.FLOAT.setConstructor((t, a, kw) -> {
            if (a.length == 0) return 0.0;
            if (a.length > 1) throw PyErr.typeError("float expected at most 1 argument, got " + a.length);
            Object x = a[0];
            if (x instanceof Double) return x;
            if (x instanceof String s) return NumberParser.parseFloat(s);
            if (IntOps.isInt(x)) return IntOps.toDouble(x);
            Object m = Ops.type(x).lookup("__float__");
            if (m != null) return Ops.callDescriptor(m, x, new Object[0]);
            throw PyErr.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(x) + "'");
        });
        Types.FLOAT.define("is_integer", PyBuiltinFunction.method0(Types.FLOAT, "is_integer",
                s -> { double d = (Double) s; return !Double.isInfinite(d) && d == Math.floor(d); }));
    }

    private static void containers() {
        Types.LIST.setConstructor((t, a, kw) -> {
            if (a.length > 1) throw PyErr.typeError("list expected at most 1 argument, got " + a.length);
            PyList l = new PyList();
            if (a.length == 1) Sequences.extend(l, a[0]);
            return l;
        });
        Types.TUPLE.setConstructor((t, a, kw) -> {
            if (a.length > 1) throw PyErr.typeError("tuple expected at most 1 argument, got " + a.length);
            if (a.length == 0) return PyTuple.EMPTY;
            if (a[0] instanceof PyTuple) return a[0];
            return PyTuple.of(Sequences.toArray(a[0]).clone());
        });
        Types.TUPLE.define("index", PyBuiltinFunction.methodN(Types.TUPLE, "index", 1, 3, a -> {
            Object[] items = ((PyTuple) a[0]).items;
            int n = items.length;
            long lo = a.length > 2 ? Ops.toLong(a[2]) : 0;
            long hi = a.length > 3 ? Ops.toLong(a[3]) : n;
            if (lo < 0) lo = Math.max(0, lo + n);
            if (hi < 0) hi = Math.max(0, hi + n);
            for (int i = (int) Math.min(lo, n); i < Math.min(hi, n); i++) {
                if (Ops.eq(items[i], a[1])) return (long) i;
            }
            throw PyErr.valueError("tuple.index(x): x not in tuple");
        }));
        Types.TUPLE.define("count", PyBuiltinFunction.method1(Types.TUPLE, "count", (s, v) -> {
            long n = 0;
            for (Object x : ((PyTuple) s).items) {
                if (Ops.eq(x, v)) n++;
            }
            return n;
        }));
        Types.SET.setConstructor((t, a, kw) -> newSet(a, false));
        Types.FROZENSET.setConstructor((t, a, kw) -> newSet(a, true));
        SetMethods.install(Types.SET);
        SetMethods.install(Types.FROZENSET);
        Types.RANGE.setConstructor((t, a, kw) -> {
            if (a.length < 1 || a.length > 3) {
                throw PyErr.typeError(a.length == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + a.length);
            }
            if (a.length == 1) return new PyRange(0, Ops.toLong(a[0]), 1);
            return new PyRange(Ops.toLong(a[0]), Ops.toLong(a[1]), a.length == 3 ? Ops.toLong(a[2]) : 1);
        });
        Types.RANGE.define("index", PyBuiltinFunction.method1(Types.RANGE, "index", (s, v) -> {
            PyRange r = (PyRange) s;
            if (!Ops.contains(r, v)) throw PyErr.valueError(Ops.repr(v) + " is not in range");
            return (Ops.toLong(v) - r.start) / r.step;
        }));
        Types.RANGE.define("count", PyBuiltinFunction.method1(Types.RANGE, "count",
                (s, v) -> Ops.contains(s, v) ? 1L : 0L));
        Types.SLICE.setConstructor((t, a, kw) -> {
            if (a.length == 1) return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
            if (a.length == 2) return new PySlice(a[0], a[1], PyNone.NONE);
            if (a.length == 3) return new PySlice(a[0], a[1], a[2]);
            throw PyErr.typeError("slice expected at least 1 argument, got " + a.length);
        });
        Types.DICT.setConstructor((t, a, kw) -> {
            PyDict d = new PyDict();
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - nkw;
            if (npos > 1) throw PyErr.typeError("dict expected at most 1 argument, got " + npos);
            if (npos == 1) Sequences.dictUpdate(d, a[0]);
            for (int k = 0; k < nkw; k++) d.put(kw[k], a[npos + k]);
            return d;
        });
    }

    private static PySet newSet(Object[] a, boolean frozen) {
        if (a.length > 1) {
            throw PyErr.typeError((frozen ? "frozenset" : "set") + " expected at most 1 argument, got " + a.length);
        }
        PySet s = new PySet(frozen);
        if (a.length == 1) {
            if (a[0] instanceof PySet o) {
                s.addAll(o);
            } else {
                PyIterator it = Ops.iterate(a[0]);
                for (Object v = it.next(); v != null; v = it.next()) s.add(v);
            }
        }
        return s;
    }

    private static void exceptions() {
        PyType b = ExceptionTypes.BASE_EXCEPTION;
        b.define("__init__", PyBuiltinFunction.methodKw(b, "__init__", (a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            e.args = PyTuple.of(rest);
            return PyNone.NONE;
        }));
        b.define("__str__", PyBuiltinFunction.method0(b, "__str__", s -> ((PyBaseException) s).str()));
        b.define("__repr__", PyBuiltinFunction.method0(b, "__repr__", s -> ((PyBaseException) s).repr()));
        b.define("with_traceback", PyBuiltinFunction.method1(b, "with_traceback", (s, tb) -> s));
    }

    private static void descriptors() {
        Types.STATICMETHOD.setConstructor((t, a, kw) -> new PyStaticMethod(a[0]));
        Types.CLASSMETHOD.setConstructor((t, a, kw) -> new PyClassMethod(a[0]));
        PyType p = Types.PROPERTY;
        p.setConstructor((t, a, kw) -> {
            Object[] v = Args.parse("property", a, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0, 4);
            Object doc = v[3];
            if (doc == null && v[0] != null && v[0] != PyNone.NONE) doc = Ops.getAttrOrNull(v[0], "__doc__");
            return new PyProperty(v[0], v[1], v[2], doc == null ? PyNone.NONE : doc);
        });
        p.define("setter", PyBuiltinFunction.method1(p, "setter", (s, f) -> {
            PyProperty o = (PyProperty) s;
            return new PyProperty(o.fget, f, o.fdel, o.doc);
        }));
        p.define("getter", PyBuiltinFunction.method1(p, "getter", (s, f) -> {
            PyProperty o = (PyProperty) s;
            return new PyProperty(f, o.fset, o.fdel, o.doc);
        }));
        p.define("deleter", PyBuiltinFunction.method1(p, "deleter", (s, f) -> {
            PyProperty o = (PyProperty) s;
            return new PyProperty(o.fget, o.fset, f, o.doc);
        }));
        Types.SUPER.setConstructor((t, a, kw) -> {
            if (a.length != 2) throw PyErr.runtimeError("super(): no arguments");
            if (!(a[0] instanceof PyType cls)) throw PyErr.typeError("super() argument 1 must be a type, not " + Ops.typeName(a[0]));
            return new PySuper(cls, a[1]);
        });
    }
}
