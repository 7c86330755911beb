package org.pyjit.interp.runtime;

/** range(start, stop, step) over longs (ranges past 64 bits are not supported). */
public final class PyRange implements PyValue {
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) throw PyErr.valueError("range() arg 3 must not be zero");
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = n;
    }

    @Override
    public PyType type() { return Types.RANGE; }

    public long get(long i) { return start + i * step; }
}
