package org.pyjit.interp.runtime;

/** {@code property(fget, fset, fdel)}: a data descriptor calling Python functions for get, set and delete. */
public final class PyProperty implements PyValue {
    public final Object fget;
    public final Object fset;
    public final Object fdel;
    public final Object doc;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() { return Types.PROPERTY; }
}
