package org.pyjit.interp.runtime;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import org.pyjit.interp.runtime.format.StrRepr;

/** str() and repr() of everything but the primitive fast paths in {@link Ops}. */
public final class Reprs {
    private Reprs() {}

    /** Containers being printed on this thread, so a list that contains itself prints as [...]. */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    static String str(Object o) {
        if (o instanceof PyObject p) {
            Object m = p.type.lookup("__str__");
            if (m != null) return checkString(Ops.callDescriptor(m, p, new Object[0]), "__str__");
            return repr(o);
        }
        if (o instanceof BigInteger b) return IntOps.toString(b);
        return repr(o);
    }

    private static String checkString(Object r, String method) {
        if (r instanceof String s) return s;
        throw PyErr.typeError(method + " returned non-string (type " + Ops.typeName(r) + ")");
    }

    static String repr(Object o) {
        if (o instanceof String s) return StrRepr.repr(s);
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o == PyNone.NONE) return "None";
        if (o instanceof BigInteger b) return IntOps.toString(b);
        if (o instanceof PyObject p) {
            Object m = p.type.lookup("__repr__");
            if (m != null) return checkString(Ops.callDescriptor(m, p, new Object[0]), "__repr__");
            return defaultRepr(p);
        }
        if (o instanceof PyList l) return guarded(l, "[...]", () -> join("[", l.items, l.size, "]"));
        if (o instanceof PyTuple t) {
            if (t.items.length == 1) return guarded(t, "(...)", () -> "(" + Ops.repr(t.items[0]) + ",)");
            return guarded(t, "(...)", () -> join("(", t.items, t.items.length, ")"));
        }
        if (o instanceof PyDict d) return guarded(d, "{...}", () -> dictRepr(d));
        if (o instanceof PySet s) return guarded(s, "{...}", () -> setRepr(s));
        if (o instanceof PyBytes b) return StrRepr.reprBytes(b.bytes);
        if (o instanceof PyRange r) {
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? ")" : ", " + r.step + ")");
        }
        if (o instanceof PySlice s) {
            return "slice(" + Ops.repr(s.start) + ", " + Ops.repr(s.stop) + ", " + Ops.repr(s.step) + ")";
        }
        if (o instanceof PyType t) return t.toString();
        if (o instanceof PyFunction f) return "<function " + f.qualname + " at " + address(f) + ">";
        if (o instanceof PyBuiltinFunction b) {
            return b.owner == null ? "<built-in function " + b.name + ">"
                    : "<method '" + b.name + "' of '" + b.owner.name + "' objects>";
        }
        if (o instanceof PyBoundMethod m) {
            if (m.function instanceof PyBuiltinFunction b) {
                return "<built-in method " + b.name + " of " + Ops.typeName(m.self) + " object at " + address(m.self) + ">";
            }
            return "<bound method " + Ops.getAttr(m.function, "__qualname__") + " of " + Ops.repr(m.self) + ">";
        }
        if (o instanceof PyModule m) return "<module '" + m.name + "'>";
        if (o instanceof DictView v) {
            PyList items = new PyList();
            Sequences.extend(items, v);
            return Ops.typeName(v) + "(" + repr(items) + ")";
        }
        if (o == PyEllipsis.ELLIPSIS) return "Ellipsis";
        if (o == PyNotImplemented.NOT_IMPLEMENTED) return "NotImplemented";
        return "<" + Ops.typeName(o) + " object at " + address(o) + ">";
    }

    /** object.__repr__: {@code <__main__.Foo object at 0x...>}. */
    public static String defaultRepr(PyObject p) {
        String mod = p.type.moduleName();
        String prefix = mod.equals("builtins") ? "" : mod + ".";
        return "<" + prefix + p.type.qualname() + " object at " + address(p) + ">";
    }

    public static String address(Object o) {
        return String.format("0x7f%010x", (long) System.identityHashCode(o) << 4);
    }

    private static String guarded(Object o, String recursive, java.util.function.Supplier<String> body) {
        IdentityHashMap<Object, Boolean> active = IN_PROGRESS.get();
        if (active.containsKey(o)) return recursive;
        active.put(o, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(o);
        }
    }

    private static String join(String open, Object[] items, int n, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Ops.repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String dictBody(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int e = 0; e < d.entryLimit(); e++) {
            Object k = d.keyAt(e);
            if (k == null) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(Ops.repr(k)).append(": ").append(Ops.repr(d.valueAt(e)));
        }
        return sb.append('}').toString();
    }

    private static String dictRepr(PyDict d) {
        PyType t = d.type();
        if (t == Types.DICT) return dictBody(d);
        Object own = t.lookup("__repr__");
        if (own != null && own != Types.OBJECT.lookup("__repr__")) {
            return checkString(Ops.callDescriptor(own, d, new Object[0]), "__repr__");
        }
        if (d.defaultFactory != null || t.name.equals("defaultdict")) {
            Object f = d.defaultFactory == null ? PyNone.NONE : d.defaultFactory;
            return t.name + "(" + Ops.repr(f) + ", " + dictBody(d) + ")";
        }
        if (d.size() == 0) return t.name + "()";
        if (t.name.equals("OrderedDict")) {
            StringBuilder sb = new StringBuilder(t.name).append("([");
            boolean first = true;
            for (int e = 0; e < d.entryLimit(); e++) {
                Object k = d.keyAt(e);
                if (k == null) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append('(').append(Ops.repr(k)).append(", ").append(Ops.repr(d.valueAt(e))).append(')');
            }
            return sb.append("])").toString();
        }
        return t.name + "(" + dictBody(d) + ")";
    }

    private static String setRepr(PySet s) {
        String name = s.frozen ? "frozenset" : "set";
        if (s.size() == 0) return name + "()";
        Object[] items = s.toArray();
        String body = join("{", items, items.length, "}");
        return s.frozen ? name + "(" + body + ")" : body;
    }
}
