package org.pyjit.tracer;

/**
 * The deopt stress mode's clock (--jit-stress=N): every N-th tick says "fail now", so guards that never
 * fail in a test run still leave their trace and their snapshots are exercised. One per JIT instance.
 */
public final class StressCounter {
    private final int period;
    private int count;

    public StressCounter(int period) { this.period = period; }

    public boolean tick() {
        if (++count < period) return false;
        count = 0;
        return true;
    }
}
