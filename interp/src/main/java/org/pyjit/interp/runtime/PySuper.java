package org.pyjit.interp.runtime;

/** super(cls, obj): reads attributes from the classes after cls in the MRO of obj's type, bound to obj. */
public final class PySuper implements PyValue {
    public final PyType start;
    public final Object self;

    public PySuper(PyType start, Object self) {
        this.start = start;
        this.self = self;
    }

    @Override
    public PyType type() { return Types.SUPER; }

    public Object getAttr(String name) {
        boolean classBinding = self instanceof PyType st && !Ops.type(self).isSubtypeOf(start) && st.isSubtypeOf(start);
        PyType selfType = classBinding ? (PyType) self : Ops.type(self);
        Object d = lookupAfter(selfType, start, name);
        if (d != null) {
            if (classBinding) {
                if (d instanceof PyClassMethod c) return new PyBoundMethod(self, c.function);
                if (d instanceof PyStaticMethod s) return s.function;
                return d;
            }
            return Attributes.bind(d, self, selfType);
        }
        if (name.equals("__class__")) return Types.SUPER;
        throw PyErr.attributeError("'super' object has no attribute '" + name + "'");
    }

    /** The attribute as the first class after start in selfType's MRO has it, unbound; null when none has. */
    public static Object lookupAfter(PyType selfType, PyType start, String name) {
        PyType[] mro = selfType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != start) i++;
        for (i++; i < mro.length; i++) {
            Object d = mro[i].namespace().get(name);
            if (d != null) return d;
        }
        return null;
    }
}
