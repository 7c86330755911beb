package org.pyjit.interp.runtime;

/** A variable shared between a function and the closures defined in it; null contents mean unbound. */
public final class PyCell implements PyValue {
    public Object value;

    public PyCell(Object value) { this.value = value; }

    @Override
    public PyType type() { return Types.CELL; }
}
