package org.pyjit.interp.runtime;

/**
 * Factories for the Python exceptions that Java code raises. Every error a user can cause is one of these,
 * with CPython's message; a plain Java exception escaping to a user is a bug.
 */
public final class PyErr {
    private PyErr() {}

    /** A new exception of type with one string argument (no argument if msg is null). */
    public static PyException of(PyType type, String msg) {
        PyBaseException e = new PyBaseException(type);
        e.args = msg == null ? PyTuple.EMPTY : PyTuple.of(msg);
        return e.asThrowable();
    }

    /** A new exception of type with the given args. */
    public static PyException withArgs(PyType type, Object... args) {
        PyBaseException e = new PyBaseException(type);
        e.args = PyTuple.of(args);
        return e.asThrowable();
    }

    public static PyException typeError(String msg) { return of(ExceptionTypes.TYPE_ERROR, msg); }
    public static PyException valueError(String msg) { return of(ExceptionTypes.VALUE_ERROR, msg); }
    public static PyException overflowError(String msg) { return of(ExceptionTypes.OVERFLOW_ERROR, msg); }
    public static PyException zeroDivisionError(String msg) { return of(ExceptionTypes.ZERO_DIVISION_ERROR, msg); }
    public static PyException indexError(String msg) { return of(ExceptionTypes.INDEX_ERROR, msg); }
    public static PyException attributeError(String msg) { return of(ExceptionTypes.ATTRIBUTE_ERROR, msg); }
    public static PyException nameError(String msg) { return of(ExceptionTypes.NAME_ERROR, msg); }
    public static PyException runtimeError(String msg) { return of(ExceptionTypes.RUNTIME_ERROR, msg); }
    public static PyException notImplementedError(String msg) { return of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, msg); }
    public static PyException recursionError(String msg) { return of(ExceptionTypes.RECURSION_ERROR, msg); }
    public static PyException systemError(String msg) { return of(ExceptionTypes.SYSTEM_ERROR, msg); }
    public static PyException importError(String msg) { return of(ExceptionTypes.IMPORT_ERROR, msg); }
    public static PyException osError(String msg) { return of(ExceptionTypes.OS_ERROR, msg); }
    /** KeyError carries the key itself, so str(e) is the key's repr. */
    public static PyException keyError(Object key) { return withArgs(ExceptionTypes.KEY_ERROR, key); }
    /** StopIteration carrying a generator's return value (no argument for None, as CPython). */
    public static PyException stopIteration(Object value) {
        return value == PyNone.NONE ? of(ExceptionTypes.STOP_ITERATION, null)
                : withArgs(ExceptionTypes.STOP_ITERATION, value);
    }
    /** struct.error, raised by the struct module for bad formats and values. */
    public static PyException structError(String msg) { return of(ExceptionTypes.STRUCT_ERROR, msg); }
}
