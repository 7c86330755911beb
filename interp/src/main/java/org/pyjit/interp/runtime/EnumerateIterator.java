package org.pyjit.interp.runtime;

/**
 * enumerate(iterable, start): pairs of a count and the next item. Public, with its parts, so that a trace can
 * take the count and the item apart without building the pair (see the JIT's open-coded enumerate).
 */
public final class EnumerateIterator extends PyIterator {
    private final PyType type;
    /** The iterator of the iterable. */
    public final PyIterator items;
    private Object count;

    public EnumerateIterator(PyType type, PyIterator items, Object start) {
        this.type = type;
        this.items = items;
        this.count = start;
    }

    @Override
    public PyType type() { return type; }

    /** The count the next pair gets. */
    public Object count() { return count; }

    /** The next item of the iterable (the count moves on), or null at its end. */
    public Object nextItem() {
        Object v = items.next();
        if (v != null) count = Ops.add(count, 1L);
        return v;
    }

    @Override
    public Object next() {
        Object c = count;
        Object v = nextItem();
        return v == null ? null : PyTuple.of(c, v);
    }
}
