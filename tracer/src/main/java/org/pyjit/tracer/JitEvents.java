package org.pyjit.tracer;

import java.util.List;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Trace;

/**
 * What the JIT reports as it works, for logs and statistics (module profiling subscribes). Every method
 * has an empty default, so a listener implements only what it needs; the JIT calls them on its own thread.
 */
public interface JitEvents {
    /** A loop is hot: recording starts at its header. */
    default void recordingStarted(CodeObject code, int headerPc) { }

    /** Recording gave up; the reason says why (too long, unsupported instruction, ...). */
    default void recordingAborted(CodeObject code, int headerPc, String reason) { }

    /** A trace as recorded, before the optimizer. */
    default void traceRecorded(Trace trace) { }

    /** The optimized trace was compiled: class and method names, bytecode size, time from record to install. */
    default void traceCompiled(Trace optimized, String className, String methodName, int bytecodeSize, long nanos) { }

    /**
     * The loop was recompiled with bridges added (the last one recorded, and those held for it): the trace
     * shows all its bridges.
     */
    default void bridgesCompiled(Trace loop, List<Bridge> added, String className, int bytecodeSize, long nanos) { }

    /** A bridge was recorded and waits to be compiled into the loop with others at its next recompile. */
    default void bridgeHeld(Trace loop, Bridge bridge) { }

    /**
     * A bridge was recorded and compiled as a side trace in a class of its own, attached to exit of parent (the
     * loop, or another side trace) without recompiling it.
     */
    default void sideTraceCompiled(Trace parent, Op exit, Trace side, String className, String methodName,
            int bytecodeSize, long nanos) { }

    /** The optimizer or code generator failed; the loop stays interpreted. */
    default void compileFailed(Trace trace, String reason) { }

    /** A compiled loop left through exit (a guard that failed, or the loop's expected exit). */
    default void exitTaken(Trace trace, int exitId, Op exit) { }

    /** A compiled loop was thrown away (an exit failed too often, an assumption changed). */
    default void traceDiscarded(Trace trace, String reason) { }

    /**
     * A hot loop runs too few iterations each time to gain from compiling it alone (reported once per loop):
     * it stays interpreted, or unrolled into an outer loop's trace.
     */
    default void loopTooShort(CodeObject code, int headerPc, double backEdgesPerRun) { }

    /** A loop failed too often (failures counts them): it stays interpreted from now on. */
    default void loopBlacklisted(CodeObject code, int headerPc, int failures) { }
}
