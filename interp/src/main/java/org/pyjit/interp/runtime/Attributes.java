package org.pyjit.interp.runtime;

/**
 * Attribute access with Python's rules: data descriptors (properties) on the type win over the instance's own
 * attributes, which win over the rest of the type's attributes; functions found on the type bind to the
 * instance; {@code __getattr__} is the last resort.
 */
public final class Attributes {
    /**
     * A class attribute that reads as itself through an instance (no binding, no descriptor): what the
     * interpreter's inline caches and the JIT's traces may treat as a constant of the class.
     */
    public static boolean readsAsItself(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean
                || v instanceof PyTuple || v == PyNone.NONE || v instanceof PyType;
    }

    /**
     * Whether LOAD_METHOD on the instance p, whose class has d for the name (and p none of its own), leaves
     * (d, p) for CALL_METHOD rather than a bound method: a Python function, or a Java method of a library
     * class's instance (a deque's popleft). Not for exceptions, whose special attributes come first.
     */
    public static boolean callsAsMethod(PyObject p, Object d) {
        return d instanceof PyFunction || d instanceof PyBuiltinFunction b && b.isMethod() && !(p instanceof PyBaseException);
    }

    /** A store of name on t's instances goes straight to the instance: no property, no user __setattr__. */
    public static boolean storesPlainly(PyType t, String name) {
        if (t.lookup(name) instanceof PyProperty) return false;
        Object hook = t.lookup("__setattr__");
        return hook == null || hook instanceof PyBuiltinFunction;
    }

    private Attributes() {}

    public static Object get(Object o, String name) {
        if (o instanceof PyObject p) return getInstance(p, name);
        if (o instanceof PyType t) return getType(t, name);
        if (o instanceof PySuper s) return s.getAttr(name);
        if (o instanceof PyModule m) {
            Object v = m.globals.get(name);
            if (v != null) return v;
            if (name.equals("__dict__")) return m.globals;
            throw PyErr.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        }
        PyType t = Ops.type(o);
        Object special = SpecialAttributes.get(o, name);
        if (special != null) return special;
        Object d = t.lookup(name);
        if (d != null) return bind(d, o, t);
        throw noAttribute(o, name);
    }

    static PyException noAttribute(Object o, String name) {
        return PyErr.attributeError("'" + Ops.typeName(o) + "' object has no attribute '" + name + "'");
    }

    static Object getInstance(PyObject p, String name) {
        PyType t = p.type;
        Object d = t.lookup(name);
        if (d instanceof PyProperty prop) {
            if (prop.fget == null || prop.fget == PyNone.NONE) {
                throw PyErr.attributeError("property '" + name + "' of '" + t.name + "' object has no getter");
            }
            return Ops.call(prop.fget, new Object[] {p}, null);
        }
        Object v = p.getOwn(name);
        if (v != null) return v;
        if (p instanceof PyBaseException e) {
            v = SpecialAttributes.exception(e, name);
            if (v != null) return v;
        }
        if (d != null) return bind(d, p, t);
        if (name.equals("__class__")) return t;
        if (name.equals("__dict__")) return p.ownAttributes();
        Object hook = t.getattrHook();
        if (hook != null) return Ops.callDescriptor1(hook, p, name);
        throw noAttribute(p, name);
    }

    static Object getType(PyType t, String name) {
        Object special = SpecialAttributes.type(t, name);
        if (special != null) return special;
        Object d = t.lookup(name);
        if (d != null) {
            if (d instanceof PyStaticMethod s) return s.function;
            if (d instanceof PyClassMethod c) return new PyBoundMethod(t, c.function);
            return d;
        }
        Object meta = Types.TYPE.lookup(name);
        if (meta != null) return bind(meta, t, Types.TYPE);
        throw PyErr.attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
    }

    /** What reading a type attribute d through instance o gives. */
    public static Object bind(Object d, Object o, PyType t) {
        if (d instanceof PyFunction) return new PyBoundMethod(o, d);
        if (d instanceof PyBuiltinFunction b) return b.isMethod() ? new PyBoundMethod(o, d) : d;
        if (d instanceof PyStaticMethod s) return s.function;
        if (d instanceof PyClassMethod c) return new PyBoundMethod(t, c.function);
        if (d instanceof PyProperty prop) return Ops.call(prop.fget, new Object[] {o}, null);
        return d;
    }

    public static void set(Object o, String name, Object v) {
        if (o instanceof PyObject p) {
            PyType t = p.type;
            Object d = t.lookup(name);
            if (d instanceof PyProperty prop) {
                if (prop.fset == null || prop.fset == PyNone.NONE) {
                    throw PyErr.attributeError("property '" + name + "' of '" + t.name + "' object has no setter");
                }
                Ops.call(prop.fset, new Object[] {p, v}, null);
                return;
            }
            if (!t.builtin) {
                Object hook = t.lookup("__setattr__");
                if (hook != null && !(hook instanceof PyBuiltinFunction)) {
                    Ops.callDescriptor(hook, p, new Object[] {name, v});
                    return;
                }
            }
            if (p instanceof PyBaseException e && SpecialAttributes.setException(e, name, v)) return;
            if (t.builtin && t.layout != PyType.Layout.EXCEPTION) throw noAttribute(p, name);
            p.setOwn(name, v);
            return;
        }
        if (o instanceof PyType t) {
            t.setAttribute(name, v);
            return;
        }
        if (o instanceof PyModule m) {
            m.globals.put(name, v);
            return;
        }
        if (o instanceof PyFunction f) {
            SpecialAttributes.setFunction(f, name, v);
            return;
        }
        throw noAttribute(o, name);
    }

    /** object.__setattr__: store on the instance, bypassing a user __setattr__. */
    public static void setPlain(PyObject p, String name, Object v) {
        p.setOwn(name, v);
    }

    public static void delete(Object o, String name) {
        if (o instanceof PyObject p) {
            Object d = p.type.lookup(name);
            if (d instanceof PyProperty prop) {
                if (prop.fdel == null || prop.fdel == PyNone.NONE) {
                    throw PyErr.attributeError("property '" + name + "' of '" + p.type.name + "' object has no deleter");
                }
                Ops.call(prop.fdel, new Object[] {p}, null);
                return;
            }
            Object hook = p.type.builtin ? null : p.type.lookup("__delattr__");
            if (hook != null && !(hook instanceof PyBuiltinFunction)) {
                Ops.callDescriptor1(hook, p, name);
                return;
            }
            if (!p.deleteOwn(name)) throw noAttribute(p, name);
            return;
        }
        if (o instanceof PyType t) {
            t.deleteAttribute(name);
            return;
        }
        if (o instanceof PyModule m) {
            if (m.globals.remove(name) == null) {
                throw PyErr.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
            }
            return;
        }
        if (o instanceof PyFunction f && f.attributes != null && f.attributes.remove(name) != null) return;
        throw noAttribute(o, name);
    }
}
