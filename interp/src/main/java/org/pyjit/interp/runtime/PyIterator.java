package org.pyjit.interp.runtime;

/**
 * The Java side of Python's iterator protocol for our own iterators: {@link #next()} returns null when
 * exhausted instead of raising StopIteration, so for-loops over builtins never allocate an exception.
 */
public abstract class PyIterator implements PyValue {
    /** The next item, or null when exhausted. */
    public abstract Object next();

    /** A Python-visible type for an iterator class ("list_iterator", "map" ...). */
    public static PyType iteratorType(String name) {
        return PyType.builtin(name, Types.OBJECT, PyType.Layout.BUILTIN);
    }
}
