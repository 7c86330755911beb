package org.pyjit.interp.runtime;

/**
 * A Python exception travelling through Java code. It is stackless (no Java stack trace is ever filled in or
 * shown): Python tracebacks come from the frames the exception passes, recorded in its {@link PyBaseException}.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final transient PyBaseException value;

    PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The Python type name, e.g. "ValueError". */
    public String typeName() { return value.type.name; }

    public boolean isInstance(PyType t) { return value.type.isSubtypeOf(t); }

    @Override
    public String getMessage() { return value.type.name + ": " + value.str(); }
}
