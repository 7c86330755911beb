package org.pyjit.interp.exec;

import org.pyjit.interp.runtime.Attributes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyType;

/** Entering a with statement: look up __enter__ and __exit__ on the manager's type, call __enter__. */
final class With {
    private With() {}

    static int before(Object[] stack, int sp) {
        Object mgr = stack[sp - 1];
        PyType t = Ops.type(mgr);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null) {
            throw PyErr.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw PyErr.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        stack[sp - 1] = Attributes.bind(exit, mgr, t);
        stack[sp++] = Ops.callDescriptor(enter, mgr, new Object[0]);
        return sp;
    }
}
