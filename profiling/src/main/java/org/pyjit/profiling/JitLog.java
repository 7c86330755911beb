package org.pyjit.profiling;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TracePrinter;
import org.pyjit.tracer.JitEvents;

/**
 * The --jit-log file: every trace before and after optimization with the Python source lines it came from,
 * and one line per recording, abort, compile failure and discarded trace. The format is versioned (first
 * line) so tools can rely on it: sections start with {@code [kind] function (file:line)}.
 */
public final class JitLog implements JitEvents {
    public static final String HEADER = "# pyjit jit log v1";

    private final PrintWriter out;
    private final Function<String, String> sourceOf;
    private final Map<String, String[]> lines = new HashMap<>();

    /** sourceOf gives a file's source text by file name (null when unknown). */
    public JitLog(PrintWriter out, Function<String, String> sourceOf) {
        this.out = out;
        this.sourceOf = sourceOf;
        out.println(HEADER);
    }

    static String where(CodeObject code, int pc) {
        return code.qualname + " (" + baseName(code.filename) + ":" + code.lines[pc] + ")";
    }

    static String baseName(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? file : file.substring(slash + 1);
    }

    private String sourceLine(String file, int line) {
        String[] ls = lines.computeIfAbsent(file, f -> {
            String s = sourceOf.apply(f);
            return s == null ? new String[0] : s.split("\n", -1);
        });
        return line >= 1 && line <= ls.length ? ls[line - 1] : null;
    }

    private String print(Trace t) { return TracePrinter.print(t, line -> sourceLine(t.code.filename, line)); }

    @Override
    public void recordingStarted(CodeObject code, int headerPc) {
        out.println("[record] " + where(code, headerPc));
    }

    @Override
    public void recordingAborted(CodeObject code, int headerPc, String reason) {
        out.println("[abort] " + where(code, headerPc) + ": " + reason);
        out.flush();
    }

    @Override
    public void traceRecorded(Trace trace) {
        out.println("[trace] " + where(trace.code, trace.headerPc) + " as recorded, " + trace.ops.size() + " ops");
        out.print(print(trace));
    }

    @Override
    public void traceCompiled(Trace optimized, String className, String methodName, int bytecodeSize, long nanos) {
        out.printf("[optimized] %s, %d ops -> %s.%s, %d bytes of bytecode, %.2f ms%n",
                where(optimized.code, optimized.headerPc), optimized.ops.size(), className, methodName, bytecodeSize,
                nanos / 1e6);
        out.print(print(optimized));
        out.flush();
    }

    @Override
    public void bridgesCompiled(Trace loop, List<Bridge> added, String className, int bytecodeSize, long nanos) {
        Bridge last = added.get(added.size() - 1);
        String held = added.size() == 1 ? "" : " and " + (added.size() - 1) + " held";
        out.printf("[bridge] %s, from line %d, %d ops%s; loop recompiled: %d bytes of bytecode, %.2f ms%n",
                where(loop.code, loop.headerPc), last.guard().line, last.ops().size(), held, bytecodeSize, nanos / 1e6);
        out.print(print(loop));
        out.flush();
    }

    @Override
    public void bridgeHeld(Trace loop, Bridge bridge) {
        out.printf("[bridge] %s, from line %d, %d ops; held for the loop's next recompile (other exits are warm)%n",
                where(loop.code, loop.headerPc), bridge.guard().line, bridge.ops().size());
        out.flush();
    }

    @Override
    public void sideTraceCompiled(Trace parent, Op exit, Trace side, String className, String methodName,
            int bytecodeSize, long nanos) {
        out.printf("[side] %s, from line %d, %d ops -> %s.%s, %d bytes of bytecode, %.2f ms%n",
                where(side.code, side.headerPc), exit.line, side.ops.size(), className, methodName, bytecodeSize,
                nanos / 1e6);
        out.print(print(side));
        out.flush();
    }

    @Override
    public void compileFailed(Trace trace, String reason) {
        out.println("[compile-failed] " + where(trace.code, trace.headerPc) + ": " + reason);
        out.flush();
    }

    @Override
    public void traceDiscarded(Trace trace, String reason) {
        out.println("[discard] " + where(trace.code, trace.headerPc) + ": " + reason);
        out.flush();
    }

    @Override
    public void loopTooShort(CodeObject code, int headerPc, double backEdgesPerRun) {
        out.printf("[short] %s: %.1f back edges per run, not compiled alone%n", where(code, headerPc), backEdgesPerRun);
        out.flush();
    }

    @Override
    public void loopBlacklisted(CodeObject code, int headerPc, int failures) {
        out.println("[blacklist] " + where(code, headerPc) + ": " + failures + " failures, left to the interpreter");
        out.flush();
    }
}
