package org.pyjit.tracer;

/**
 * Every knob of the JIT in one place, with the defaults DESIGN.md §7 argues for. Immutable; the CLI builds
 * one from its flags.
 *
 * @param threshold      back edges of a loop before it is recorded (1: record on the first one); calls of a
 *                       function before it is recorded from its entry (a function trace)
 * @param traceLimit     instructions recorded before a trace is given up as too long
 * @param inlineDepth    Python calls inlined into a trace, nested
 * @param exitHotness    failures of one guard after which it gets a bridge (or, if it cannot, the loop is
 *                       recorded again)
 * @param blacklistAfter failures of one loop (aborted recordings, discarded traces, failed compiles) after which
 *                       it is blacklisted: left to the interpreter for good
 * @param maxBridges     bridges per loop (compiled into the loop, and side traces)
 * @param inlineBridges  bridges compiled into the loop's own method: each costs a recompile of the loop (by us,
 *                       then by C2), but a bridge there runs as fast as the loop. Later bridges are side traces,
 *                       compiled apart and attached without a recompile; taking one costs a loop exit and entry
 * @param bridgeTries    failed attempts to record a bridge from one exit before it stops trying
 * @param minTrips       a loop that runs fewer back edges than this per run (on average, once it has run a few
 *                       times) is not compiled on its own: entering and leaving compiled code costs more than
 *                       the few iterations gain; it stays interpreted, or is unrolled into an outer loop's trace.
 *                       3 since loops are entered before their first iteration too (it was 5: nqueens 4.14 -> 3.09 s,
 *                       chaos 4.16 -> 3.28, nbody 1.16 -> 1.27, deltablue 4.78 -> 5.02; geomean of 12 programs
 *                       about 6% faster; 2 was worse for richards and raytrace)
 * @param stressPeriod   deopt stress mode: every N-th guard check fails on purpose (0: off)
 * @param mergePoints    whether a loop's trace has merge points at the joins of its branches (bridges compiled into
 *                       the loop end there, so independent ifs cost a bridge each rather than one per path)
 * @param functionTraces whether hot functions without loops are compiled from their entry (function traces),
 *                       besides loops. On by default: readpoly, raytrace and chaos run 20-40% faster with them;
 *                       deltablue ~15% slower (HotSpot compiles its dozens of function traces and their
 *                       recompiles with bridges: ~2 s more CPU in C1 and C2)
 */
public record JitParams(int threshold, int traceLimit, int inlineDepth, int exitHotness, int blacklistAfter,
        int maxBridges, int inlineBridges, int bridgeTries, int minTrips, int stressPeriod, boolean functionTraces,
        boolean mergePoints) {
    public static final JitParams DEFAULTS = new JitParams(1000, 4000, 3, 200, 8, 64, 4, 4, 3, 0, true, true);

    public JitParams {
        if (threshold < 1) throw new IllegalArgumentException("the JIT threshold must be at least 1");
        if (blacklistAfter < 1) throw new IllegalArgumentException("blacklistAfter must be at least 1");
        if (stressPeriod < 0) throw new IllegalArgumentException("the stress period must be 0 (off) or more");
    }

    /** The threshold also caps exit hotness: threshold 1 compiles every loop and every bridge at once. */
    public JitParams withThreshold(int n) {
        return new JitParams(n, traceLimit, inlineDepth, Math.min(exitHotness, n), blacklistAfter, maxBridges,
                inlineBridges, bridgeTries, minTrips, stressPeriod, functionTraces, mergePoints);
    }

    public JitParams withStressPeriod(int n) {
        return new JitParams(threshold, traceLimit, inlineDepth, exitHotness, blacklistAfter, maxBridges, inlineBridges,
                bridgeTries, minTrips, n, functionTraces, mergePoints);
    }

    /** The knobs {@link #with(String, int)} can set, by name (as in the record). */
    public static final java.util.List<String> TUNABLE = java.util.List.of("threshold", "traceLimit", "inlineDepth",
            "exitHotness", "blacklistAfter", "maxBridges", "inlineBridges", "bridgeTries", "minTrips", "mergePoints");

    /**
     * These parameters with one knob set by name (for tuning from the command line: {@code --jit-param=NAME=N}).
     * Throws IllegalArgumentException for an unknown name or a value out of range.
     */
    public JitParams with(String name, int value) {
        if (value < 0) throw new IllegalArgumentException(name + " must not be negative");
        return switch (name) {
            case "threshold" -> withThreshold(value);
            case "traceLimit" -> new JitParams(threshold, value, inlineDepth, exitHotness, blacklistAfter, maxBridges,
                    inlineBridges, bridgeTries, minTrips, stressPeriod, functionTraces, mergePoints);
            case "inlineDepth" -> new JitParams(threshold, traceLimit, value, exitHotness, blacklistAfter, maxBridges,
                    inlineBridges, bridgeTries, minTrips, stressPeriod, functionTraces, mergePoints);
            case "exitHotness" -> new JitParams(threshold, traceLimit, inlineDepth, Math.max(1, value), blacklistAfter,
                    maxBridges, inlineBridges, bridgeTries, minTrips, stressPeriod, functionTraces, mergePoints);
            case "blacklistAfter" -> new JitParams(threshold, traceLimit, inlineDepth, exitHotness, value, maxBridges,
                    inlineBridges, bridgeTries, minTrips, stressPeriod, functionTraces, mergePoints);
            case "maxBridges" -> new JitParams(threshold, traceLimit, inlineDepth, exitHotness, blacklistAfter, value,
                    inlineBridges, bridgeTries, minTrips, stressPeriod, functionTraces, mergePoints);
            case "inlineBridges" -> new JitParams(threshold, traceLimit, inlineDepth, exitHotness, blacklistAfter,
                    maxBridges, value, bridgeTries, minTrips, stressPeriod, functionTraces, mergePoints);
            case "bridgeTries" -> new JitParams(threshold, traceLimit, inlineDepth, exitHotness, blacklistAfter,
                    maxBridges, inlineBridges, value, minTrips, stressPeriod, functionTraces, mergePoints);
            case "minTrips" -> new JitParams(threshold, traceLimit, inlineDepth, exitHotness, blacklistAfter, maxBridges,
                    inlineBridges, bridgeTries, value, stressPeriod, functionTraces, mergePoints);
            case "mergePoints" -> new JitParams(threshold, traceLimit, inlineDepth, exitHotness, blacklistAfter,
                    maxBridges, inlineBridges, bridgeTries, minTrips, stressPeriod, functionTraces, value != 0);
            default -> throw new IllegalArgumentException("unknown JIT parameter '" + name + "' (known: "
                    + String.join(", ", TUNABLE) + ")");
        };
    }

    public JitParams withMergePoints(boolean on) { return with("mergePoints", on ? 1 : 0); }

    public JitParams withFunctionTraces(boolean on) {
        return new JitParams(threshold, traceLimit, inlineDepth, exitHotness, blacklistAfter, maxBridges, inlineBridges,
                bridgeTries, minTrips, stressPeriod, on, mergePoints);
    }
}
