package org.pyjit.interp.runtime;

import org.pyjit.interp.runtime.format.ObjectFormatting;

/** What printf-style {@code str % args} needs from the object model. */
final class PercentHooks implements ObjectFormatting {
    static final PercentHooks INSTANCE = new PercentHooks();

    private PercentHooks() {}

    @Override
    public String str(Object o) { return Ops.str(o); }

    @Override
    public String repr(Object o) { return Ops.repr(o); }

    @Override
    public Object[] asTuple(Object args) {
        if (args instanceof PyTuple t) return t.items;
        if (args instanceof PyObject p && p.type.isSubtypeOf(Types.TUPLE)) return Sequences.toArray(p);
        return null;
    }

    @Override
    public Object getItem(Object mapping, String key) { return Ops.getItem(mapping, key); }

    @Override
    public boolean isMapping(Object o) {
        return o instanceof PyDict || (o instanceof PyObject p && p.type.lookup("__getitem__") != null);
    }

    @Override
    public Object toInt(Object o) {
        if (o instanceof Double d) return FloatOps.toInt(d);
        Object i = Ops.indexOrNull(o);
        if (i != null) return i;
        throw PyErr.typeError("%d format: a real number is required, not " + Ops.typeName(o));
    }

    @Override
    public double toFloat(Object o) {
        if (o instanceof Double || IntOps.isInt(o)) return FloatOps.toDouble(o);
        Object m = Ops.type(o).lookup("__float__");
        if (m != null) return Ops.toDouble(o);
        throw PyErr.typeError("must be real number, not " + Ops.typeName(o));
    }

    @Override
    public String typeName(Object o) { return Ops.typeName(o); }
}
