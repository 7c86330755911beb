package org.pyjit.profiling;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
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
 * traces, bridges (compiled into their loop, and in how many recompiles, or side traces), blacklisted and
 * too-short loops, exits by site (expected loop exits apart from failed guards, and by loop: each one is a trip from
 * compiled code back to the interpreter, whose cost shows when a loop is entered and left millions of times),
 * compile time and bytecode size.
 * {@link #print} writes the summary (to stderr at the end of a run).
 */
public final class JitStats implements JitEvents {
    private int recordings;
    private int compiled;
    private int compileFailures;
    private int discarded;
    private int bridges;
    private int recompiles;
    private int sideTraces;
    private long compileNanos;
    private long bytecodeBytes;
    private long expectedExits;
    private long guardFailures;
    private final Map<String, Integer> aborts = new TreeMap<>();
    private final List<String> blacklisted = new ArrayList<>();
    private final List<String> tooShort = new ArrayList<>();
    private final List<String> failedCompiles = new ArrayList<>();
    /** Failures per guard, counted by op; the site's text is made only when the summary is printed. */
    private final Map<Op, Site> failuresBySite = new IdentityHashMap<>();
    /** Expected exits per exit op, with the text of their loop (summed over the loop's exits when printed). */
    private final Map<Op, Site> expectedBySite = new IdentityHashMap<>();

    private static final class Site {
        final String where;
        final int exitId;
        long count;

        Site(String where, int exitId) {
            this.where = where;
            this.exitId = exitId;
        }
    }

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
    public void bridgesCompiled(Trace loop, List<Bridge> added, String className, int bytecodeSize, long nanos) {
        bridges += added.size();
        recompiles++;
        compileNanos += nanos;
    }

    @Override
    public void sideTraceCompiled(Trace parent, Op exit, Trace side, String className, String methodName,
            int bytecodeSize, long nanos) {
        sideTraces++;
        compileNanos += nanos;
    }

    @Override
    public void compileFailed(Trace trace, String reason) {
        compileFailures++;
        failedCompiles.add(JitLog.where(trace.code, trace.headerPc) + ": " + reason);
    }

    @Override
    public void traceDiscarded(Trace trace, String reason) { discarded++; }

    @Override
    public void loopTooShort(CodeObject code, int headerPc, double backEdgesPerRun) {
        tooShort.add(String.format("%s, %.1f back edges per run", JitLog.where(code, headerPc), backEdgesPerRun));
    }

    @Override
    public void loopBlacklisted(CodeObject code, int headerPc, int failures) {
        blacklisted.add(JitLog.where(code, headerPc) + " after " + failures + " failures");
    }

    @Override
    public void exitTaken(Trace trace, int exitId, Op exit) {
        if (exit.expectedExit) {
            expectedExits++;
            expectedBySite.computeIfAbsent(exit, k -> new Site(JitLog.where(trace.code, trace.headerPc)
                    + (trace.isFunction() ? " function trace" : trace.isSide() ? " side trace" : ""), exitId)).count++;
            return;
        }
        guardFailures++;
        failuresBySite.computeIfAbsent(exit, k -> new Site(JitLog.baseName(trace.code.filename) + ":" + exit.line + " "
                + trace.code.qualname + (trace.isSide() ? " side trace" : ""), exitId)).count++;
    }

    public int compiledLoops() { return compiled; }

    public void print(PrintStream out) {
        out.println("pyjit JIT statistics");
        out.printf("  loops recorded:      %d%n", recordings);
        out.printf("  loops compiled:      %d (%d bytes of bytecode, %.1f ms recording to install)%n", compiled,
                bytecodeBytes, compileNanos / 1e6);
        out.printf("  compile failures:    %d%n", compileFailures);
        failedCompiles.stream().limit(10).forEach(w -> out.printf("            %s%n", w));
        out.printf("  traces discarded:    %d%n", discarded);
        out.printf("  bridges:             %d (%d compiled into their loop in %d recompiles, %d side traces)%n",
                bridges + sideTraces, bridges, recompiles, sideTraces);
        out.printf("  loops blacklisted:   %d%n", blacklisted.size());
        blacklisted.stream().limit(10).forEach(w -> out.printf("            %s%n", w));
        out.printf("  loops too short:     %d (hot, but too few iterations per run to compile alone)%n",
                tooShort.size());
        tooShort.stream().limit(10).forEach(w -> out.printf("            %s%n", w));
        out.printf("  loop exits:          %d expected, %d failed guards%n", expectedExits, guardFailures);
        if (!expectedBySite.isEmpty()) {
            out.println("  expected exits by loop (each leaves compiled code for the interpreter):");
            Map<String, Long> byLoop = new TreeMap<>();
            for (Site site : expectedBySite.values()) byLoop.merge(site.where, site.count, Long::sum);
            byLoop.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(10)
                    .forEach(e -> out.printf("    %8d  %s%n", e.getValue(), e.getKey()));
        }
        int totalAborts = aborts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("  aborts:              %d%n", totalAborts);
        aborts.forEach((reason, n) -> out.printf("    %6d  %s%n", n, reason));
        if (!failuresBySite.isEmpty()) {
            out.println("  guard failures by site:");
            failuresBySite.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().count, a.getValue().count))
                    .limit(20).forEach(e -> out.printf("    %8d  %s exit %d: %s%n", e.getValue().count,
                            e.getValue().where, e.getValue().exitId,
                            TracePrinter.opText(e.getKey()).replaceAll(" \\[.*", "")));
        }
    }
}
