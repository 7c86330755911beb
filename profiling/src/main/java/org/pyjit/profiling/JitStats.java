package org.pyjit.profiling;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TracePrinter;
import org.pyjit.tracer.JitEvents;

/**
 * The --jit-stats counters: loops recorded and compiled, aborts by reason, compile failures, discarded
 * traces, exits by site (expected loop exits apart from failed guards), compile time and bytecode size.
 * {@link #print} writes the summary (to stderr at the end of a run).
 */
public final class JitStats implements JitEvents {
    private int recordings;
    private int compiled;
    private int compileFailures;
    private int discarded;
    private int bridges;
    private long compileNanos;
    private long bytecodeBytes;
    private long expectedExits;
    private long guardFailures;
    private final Map<String, Integer> aborts = new TreeMap<>();
    private final Map<String, long[]> failuresBySite = new LinkedHashMap<>();

    @Override
    public void recordingStarted(CodeObject code, int headerPc) { recordings++; }

    @Override
    public void recordingAborted(CodeObject code, int headerPc, String reason) { aborts.merge(reason, 1, Integer::sum); }

    @Override
    public void traceCompiled(Trace optimized, String className, String methodName, int bytecodeSize, long nanos) {
        compiled++;
        compileNanos += nanos;
        bytecodeBytes += bytecodeSize;
    }

    @Override
    public void bridgeCompiled(Trace loop, Bridge bridge, String className, int bytecodeSize, long nanos) {
        bridges++;
        compileNanos += nanos;
    }

    @Override
    public void compileFailed(Trace trace, String reason) { compileFailures++; }

    @Override
    public void traceDiscarded(Trace trace, String reason) { discarded++; }

    @Override
    public void exitTaken(Trace trace, int exitId, Op exit) {
        if (exit.expectedExit) {
            expectedExits++;
            return;
        }
        guardFailures++;
        String site = JitLog.baseName(trace.code.filename) + ":" + exit.line + " " + trace.code.qualname + " exit "
                + exitId + ": " + TracePrinter.opText(exit).replaceAll(" \\[.*", "");
        failuresBySite.computeIfAbsent(site, k -> new long[1])[0]++;
    }

    public int compiledLoops() { return compiled; }

    public void print(PrintStream out) {
        out.println("pyjit JIT statistics");
        out.printf("  loops recorded:      %d%n", recordings);
        out.printf("  loops compiled:      %d (%d bytes of bytecode, %.1f ms recording to install)%n", compiled,
                bytecodeBytes, compileNanos / 1e6);
        out.printf("  compile failures:    %d%n", compileFailures);
        out.printf("  traces discarded:    %d%n", discarded);
        out.printf("  bridges:             %d%n", bridges);
        out.printf("  loop exits:          %d expected, %d failed guards%n", expectedExits, guardFailures);
        int totalAborts = aborts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("  aborts:              %d%n", totalAborts);
        aborts.forEach((reason, n) -> out.printf("    %6d  %s%n", n, reason));
        if (!failuresBySite.isEmpty()) {
            out.println("  guard failures by site:");
            failuresBySite.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(20).forEach(e -> out.printf("    %8d  %s%n", e.getValue()[0], e.getKey()));
        }
    }
}
