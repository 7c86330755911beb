package org.pyjit.interp.runtime;

import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Interpreter;

/**
 * A function defined in Python: its code, the globals it was defined in, default values and closure cells.
 * Calling it binds the arguments into a new frame and runs it on the interpreter that created it.
 */
public final class PyFunction implements PyValue, PyCallable {
    public final CodeObject code;
    public final PyDict globals;
    public final Interpreter interp;
    public String name;
    public String qualname;
    public final String module;
    /** Defaults of the last positional parameters, or null. */
    public Object[] defaults;
    /** Defaults of keyword-only parameters by name, or null. */
    public PyDict kwDefaults;
    public final PyCell[] closure;
    public Object doc = PyNone.NONE;
    /** Attributes set on the function object (created on first use). */
    public PyDict attributes;

    public PyFunction(Interpreter interp, CodeObject code, PyDict globals, Object[] defaults, PyDict kwDefaults,
                      PyCell[] closure) {
        this.interp = interp;
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        Object mod = globals.get("__name__");
        this.module = mod instanceof String s ? s : "__main__";
        if (code.docstring != null) this.doc = code.docstring;
    }

    /**
     * What a {@code def} or a lambda makes at run time (MAKE_FUNCTION): the tuples of defaults and of closure
     * cells and the dict of keyword-only defaults are each null when the code has none.
     */
    public static PyFunction define(Interpreter interp, CodeObject code, PyDict globals, PyTuple defaults,
                                    PyDict kwDefaults, PyTuple closure) {
        PyCell[] cells = null;
        if (closure != null) {
            cells = new PyCell[closure.items.length];
            for (int i = 0; i < cells.length; i++) cells[i] = (PyCell) closure.items[i];
        }
        return new PyFunction(interp, code, globals, defaults == null ? null : defaults.items, kwDefaults, cells);
    }

    @Override
    public PyType type() { return Types.FUNCTION; }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return interp.callFunction(this, args, kwnames);
    }
}
