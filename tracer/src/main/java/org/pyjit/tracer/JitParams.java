package org.pyjit.tracer;

/**
 * Every knob of the JIT in one place, with the defaults DESIGN.md §7 argues for. Immutable; the CLI builds
 * one from its flags.
 *
 * @param threshold      back edges of a loop before it is recorded (1: record on the first one)
 * @param traceLimit     instructions recorded before a trace is given up as too long
 * @param inlineDepth    Python calls inlined into a trace, nested
 * @param exitHotness    failures of one guard after which it gets a bridge (or, if it cannot, the loop is
 *                       recorded again)
 * @param maxRetraces    times a loop may be recorded again before it is left to the interpreter for a while
 * @param maxBridges     bridges per loop
 * @param bridgeTries    failed attempts to record a bridge from one exit before it stops trying
 * @param stressPeriod   deopt stress mode: every N-th guard check fails on purpose (0: off)
 */
public record JitParams(int threshold, int traceLimit, int inlineDepth, int exitHotness, int maxRetraces,
        int maxBridges, int bridgeTries, int stressPeriod) {
    public static final JitParams DEFAULTS = new JitParams(1000, 4000, 3, 200, 4, 32, 4, 0);

    public JitParams {
        if (threshold < 1) throw new IllegalArgumentException("the JIT threshold must be at least 1");
        if (stressPeriod < 0) throw new IllegalArgumentException("the stress period must be 0 (off) or more");
    }

    /** The threshold also caps exit hotness: threshold 1 compiles every loop and every bridge at once. */
    public JitParams withThreshold(int n) {
        return new JitParams(n, traceLimit, inlineDepth, Math.min(exitHotness, n), maxRetraces, maxBridges, bridgeTries,
                stressPeriod);
    }

    public JitParams withStressPeriod(int n) {
        return new JitParams(threshold, traceLimit, inlineDepth, exitHotness, maxRetraces, maxBridges, bridgeTries, n);
    }
}
