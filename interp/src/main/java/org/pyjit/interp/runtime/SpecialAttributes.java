package org.pyjit.interp.runtime;

import java.math.BigInteger;

/** The attributes that objects have by their nature rather than in a dict: __name__, __class__, args ... */
final class SpecialAttributes {
    private SpecialAttributes() {}

    /** A special attribute of a builtin-typed value, or null. */
    static Object get(Object o, String name) {
        if (name.equals("__class__")) return Ops.type(o);
        if (o instanceof PyFunction f) return function(f, name);
        if (o instanceof PyBuiltinFunction b) {
            switch (name) {
                case "__name__": return b.name;
                case "__qualname__": return b.owner == null ? b.name : b.owner.name + "." + b.name;
                case "__doc__": return PyNone.NONE;
                case "__module__": return b.owner == null ? "builtins" : PyNone.NONE;
                default: return null;
            }
        }
        if (o instanceof PyBoundMethod m) {
            switch (name) {
                case "__self__": return m.self;
                case "__func__": return m.function;
                case "__name__": case "__qualname__": case "__doc__": return Ops.getAttr(m.function, name);
                default: return null;
            }
        }
        if (o instanceof PyProperty p) {
            switch (name) {
                case "fget": return p.fget == null ? PyNone.NONE : p.fget;
                case "fset": return p.fset == null ? PyNone.NONE : p.fset;
                case "fdel": return p.fdel == null ? PyNone.NONE : p.fdel;
                case "__doc__": return p.doc;
                default: return null;
            }
        }
        if (o instanceof PyTraceback tb) {
            switch (name) {
                case "tb_lineno": return tb.lineno();
                case "tb_next": return tb.next == null ? PyNone.NONE : tb.next;
                default: return null;
            }
        }
        if (o instanceof PyStaticMethod s && name.equals("__func__")) return s.function;
        if (o instanceof PyClassMethod c && name.equals("__func__")) return c.function;
        if (o instanceof PyRange r) {
            switch (name) {
                case "start": return r.start;
                case "stop": return r.stop;
                case "step": return r.step;
                default: return null;
            }
        }
        if (o instanceof PySlice s) {
            switch (name) {
                case "start": return s.start;
                case "stop": return s.stop;
                case "step": return s.step;
                default: return null;
            }
        }
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            switch (name) {
                case "real": case "numerator": return IntOps.asInt(o);
                case "imag": return 0L;
                case "denominator": return 1L;
                default: return null;
            }
        }
        if (o instanceof Double d) {
            switch (name) {
                case "real": return d;
                case "imag": return 0.0;
                default: return null;
            }
        }
        return null;
    }

    static Object function(PyFunction f, String name) {
        switch (name) {
            case "__name__": return f.name;
            case "__qualname__": return f.qualname;
            case "__module__": return f.module;
            case "__doc__": return f.doc;
            case "__defaults__": return f.defaults == null ? PyNone.NONE : PyTuple.of(f.defaults.clone());
            case "__kwdefaults__": return f.kwDefaults == null ? PyNone.NONE : f.kwDefaults;
            case "__globals__": return f.globals;
            case "__code__": return f.code;
            case "__dict__":
                if (f.attributes == null) f.attributes = new PyDict();
                return f.attributes;
            case "__wrapped__":
            default:
                return f.attributes == null ? null : f.attributes.get(name);
        }
    }

    static void setFunction(PyFunction f, String name, Object v) {
        switch (name) {
            case "__name__": f.name = Ops.str(v); return;
            case "__qualname__": f.qualname = Ops.str(v); return;
            case "__doc__": f.doc = v; return;
            case "__defaults__": f.defaults = v == PyNone.NONE ? null : Sequences.toArray(v); return;
            default:
                if (f.attributes == null) f.attributes = new PyDict();
                f.attributes.put(name, v);
        }
    }

    static Object type(PyType t, String name) {
        switch (name) {
            case "__name__": return t.builtin ? t.name : nameOf(t);
            case "__qualname__": return t.qualname();
            case "__module__": return t.moduleName();
            case "__mro__": return PyTuple.of((Object[]) t.mro().clone());
            case "__bases__": return PyTuple.of((Object[]) t.bases.clone());
            case "__base__": return t.bases.length == 0 ? PyNone.NONE : t.bases[0];
            case "__class__": return Types.TYPE;
            case "__dict__": {
                PyDict d = new PyDict();
                for (var e : t.namespace().entrySet()) d.put(e.getKey(), e.getValue());
                return d;
            }
            case "__doc__": {
                Object doc = t.namespace().get("__doc__");
                return doc == null ? PyNone.NONE : doc;
            }
            default: return null;
        }
    }

    private static String nameOf(PyType t) {
        String q = t.qualname();
        int dot = q.lastIndexOf('.');
        return dot < 0 ? q : q.substring(dot + 1);
    }

    static Object exception(PyBaseException e, String name) {
        switch (name) {
            case "args": return e.args;
            case "__cause__": return e.cause == null ? PyNone.NONE : e.cause;
            case "__context__": return e.context == null ? PyNone.NONE : e.context;
            case "__suppress_context__": return e.suppressContext;
            case "__traceback__": return PyTraceback.of(e);
            case "value":
                if (e.isInstance(ExceptionTypes.STOP_ITERATION)) return e.args.size() > 0 ? e.args.get(0) : PyNone.NONE;
                return null;
            case "code":
                if (e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                    if (e.args.size() == 0) return PyNone.NONE;
                    return e.args.size() == 1 ? e.args.get(0) : e.args;
                }
                return null;
            case "errno":
                if (e.isInstance(ExceptionTypes.OS_ERROR)) return e.args.size() >= 2 ? e.args.get(0) : PyNone.NONE;
                return null;
            case "strerror":
                if (e.isInstance(ExceptionTypes.OS_ERROR)) return e.args.size() >= 2 ? e.args.get(1) : PyNone.NONE;
                return null;
            case "filename":
                if (e.isInstance(ExceptionTypes.OS_ERROR)) return e.args.size() >= 3 ? e.args.get(2) : PyNone.NONE;
                return null;
            default: return null;
        }
    }

    static boolean setException(PyBaseException e, String name, Object v) {
        switch (name) {
            case "args": e.args = PyTuple.of(Sequences.toArray(v)); return true;
            case "__cause__":
                e.cause = v == PyNone.NONE ? null : (PyBaseException) v;
                e.suppressContext = true;
                return true;
            case "__context__": e.context = v == PyNone.NONE ? null : (PyBaseException) v; return true;
            case "__suppress_context__": e.suppressContext = Ops.isTrue(v); return true;
            case "__traceback__": return true;
            default: return false;
        }
    }
}
