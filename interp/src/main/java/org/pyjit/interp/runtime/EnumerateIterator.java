package org.pyjit.interp.runtime;

/**
 * enumerate(iterable, start): pairs of a count and the next item. Public, with its parts, so that a trace can
 * take the count and the item apart without building the pair (see the JIT's open-coded enumerate).
 */
public final class EnumerateIterator extends PyIterator {
    private final PyType type;
    /** The iterator of the iterable. */
    public final PyIterator items;
    /** The count the next pair gets, while it is a long (bigCount is null)... */
    private long count;
    /** ...or else (a big int). */
    private Object bigCount;

    /** start: an int (a Long or a BigInteger). */
    public EnumerateIterator(PyType type, PyIterator items, Object start) {
        this.type = type;
        this.items = items;
        if (start instanceof Long l) count = l; else bigCount = start;
    }

    @Override
    public PyType type() { return type; }

    /** The count the next pair gets. */
    public Object count() { return bigCount == null ? Long.valueOf(count) : bigCount; }

    /** Whether the count is a long (it leaves that range only after 2**63 - 1)... */
    public boolean countIsLong() { return bigCount == null; }

    /** ...and then it, unboxed. */
    public long longCount() { return count; }

    /** The next item of the iterable (the count moves on), or null at its end. */
    public Object nextItem() { return counted(items.next()); }

    /**
     * v, the next item of {@link #items} (taken by the caller: a trace that knows the iterator's class calls
     * its next directly), and the count moves on; or null at its end.
     */
    public Object counted(Object v) {
        if (v != null) {
            if (bigCount == null && count != Long.MAX_VALUE) {
                count++;
            } else {
                bigCount = Ops.add(count(), 1L);
            }
        }
        return v;
    }

    @Override
    public Object next() {
        Object c = count();
        Object v = nextItem();
        return v == null ? null : PyTuple.of(c, v);
    }
}
