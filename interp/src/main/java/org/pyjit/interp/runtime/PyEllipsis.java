package org.pyjit.interp.runtime;

/** Python's Ellipsis ({@code ...}): one immutable instance per JVM. */
public final class PyEllipsis {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public String toString() { return "Ellipsis"; }
}
