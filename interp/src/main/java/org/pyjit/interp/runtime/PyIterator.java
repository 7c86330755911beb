package org.pyjit.interp.runtime;

/**
 * The Java side of Python's iterator protocol for our own iterators: {@link #next()} returns null when
 * exhausted instead of raising StopIteration, so for-loops over builtins never allocate an exception.
 */
public abstract class PyIterator implements PyValue {
    private static int made;

    /**
     * Tells this iterator from the ones made just before and after it, for the price of a counter (a JIT sees
     * a for loop start a new run when the iterator it steps changes; unsynchronized: a hint, not an identity).
     */
    public final int serial = ++made;

    /** The next item, or null when exhausted. */
    public abstract Object next();

    /** A Python-visible type for an iterator class ("list_iterator", "map" ...). */
    public static PyType iteratorType(String name) {
        return PyType.builtin(name, Types.OBJECT, PyType.Layout.BUILTIN);
    }
}
