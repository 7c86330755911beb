package org.pyjit.interp.runtime;

/** Python tuple: an immutable array of values. The array is never changed after construction. */
public final class PyTuple implements PyValue {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    public final Object[] items;

    public PyTuple(Object[] items) { this.items = items; }

    public static PyTuple of(Object... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    public int size() { return items.length; }

    public Object get(int i) { return items[i]; }

    /** {@code tuple[i]} for an int index (negative from the end), raising IndexError as CPython does. */
    public Object getItem(long i) {
        long k = i < 0 ? i + items.length : i;
        if (k < 0 || k >= items.length) throw PyErr.indexError("tuple index out of range");
        return items[(int) k];
    }

    @Override
    public PyType type() { return Types.TUPLE; }
}
