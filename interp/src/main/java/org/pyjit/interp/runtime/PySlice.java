package org.pyjit.interp.runtime;

/** A slice object {@code start:stop:step}; parts are PyNone.NONE when omitted. */
public final class PySlice implements PyValue {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return Types.SLICE; }

    /** The slice resolved against a sequence length: start, stop, step and the number of items. */
    public record Bounds(int start, int stop, int step, int length) {}

    /** CPython's PySlice_GetIndicesEx: clamp the bounds to length. */
    public Bounds indices(int length) {
        long st = step == PyNone.NONE ? 1 : Ops.indexValue(step);
        if (st == 0) throw PyErr.valueError("slice step cannot be zero");
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(Ops.indexValue(start), length, 0, length);
            hi = stop == PyNone.NONE ? length : clamp(Ops.indexValue(stop), length, 0, length);
        } else {
            lo = start == PyNone.NONE ? length - 1 : clamp(Ops.indexValue(start), length, -1, length - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(Ops.indexValue(stop), length, -1, length - 1);
        }
        long n;
        if (st > 0) n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        else n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        return new Bounds((int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE),
                (int) n);
    }

    private static long clamp(long v, int length, long min, long max) {
        if (v < 0) v += length;
        if (v < min) return min;
        return Math.min(v, max);
    }
}
