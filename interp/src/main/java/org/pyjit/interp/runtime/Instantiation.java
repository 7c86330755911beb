package org.pyjit.interp.runtime;

/** Calling a class: make the instance (with its Java layout), then run __init__ on it. */
final class Instantiation {
    private Instantiation() {}

    static Object instantiate(PyType type, Object[] args, String[] kwnames) {
        PyObject obj;
        if (type.layout == PyType.Layout.EXCEPTION) {
            PyBaseException e = new PyBaseException(type);
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            Object[] pos = new Object[npos];
            System.arraycopy(args, 0, pos, 0, npos);
            e.args = PyTuple.of(pos);
            obj = e;
        } else {
            obj = new PyObject(type);
        }
        Object init = type.lookup("__init__");
        if (init != null && !(init instanceof PyBuiltinFunction)) {
            Object r = Ops.callDescriptorKw(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
            }
        } else if (args.length > 0 && type.layout == PyType.Layout.OBJECT) {
            throw PyErr.typeError(type.name + "() takes no arguments");
        }
        return obj;
    }

    /** Calling a builtin exception type: ValueError("msg"). */
    static Object instantiateException(PyType type, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError(type.name + "() takes no keyword arguments");
        }
        PyBaseException e = new PyBaseException(type);
        e.args = PyTuple.of(args.clone());
        return e;
    }
}
