package org.pyjit.optimizer.ir;

/**
 * How generated code leaves a trace through a failed guard: the exit id (the index of the guard in
 * {@link Trace#exits()}), the boxed live values of the guard's snapshot in {@link Snapshot#liveOps()} order,
 * and, when a helper call raised, the Python exception to re-raise at the snapshot's instruction.
 * Stackless: it is thrown about 170 ns per exit and a stack trace would only cost more.
 */
public final class DeoptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final int exitId;
    private final transient Object[] values;
    /** The exception a helper raised (a PyException or another RuntimeException), or null. */
    public final transient RuntimeException pending;

    public DeoptException(int exitId, Object[] values, RuntimeException pending) {
        super(null, null, false, false);
        this.exitId = exitId;
        this.values = values;
        this.pending = pending;
    }

    public Object[] values() { return values; }

    /**
     * The exit of a helper call that raised: a DeoptException of nested compiled code passes through
     * unchanged; any other exception becomes the pending exception of this exit.
     */
    public static DeoptException raised(int exitId, Object[] values, Object exception) {
        if (exception instanceof DeoptException d) return d;
        return new DeoptException(exitId, values, (RuntimeException) exception);
    }
}
