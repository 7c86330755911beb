package org.pyjit.interp.runtime;

/** Python's None: one instance per JVM (it is immutable, so sharing it is safe). */
public final class PyNone {
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public String toString() { return "None"; }
}
