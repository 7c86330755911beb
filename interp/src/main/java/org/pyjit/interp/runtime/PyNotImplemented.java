package org.pyjit.interp.runtime;

/** Python's NotImplemented: what binary special methods return to let the other operand try. */
public final class PyNotImplemented implements PyValue {
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() { return Types.NOT_IMPLEMENTED_TYPE; }
}
