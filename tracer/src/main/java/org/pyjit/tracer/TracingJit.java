package org.pyjit.tracer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.codegen.CodegenException;
import org.pyjit.codegen.CompiledLoop;
import org.pyjit.codegen.ExitLinks;
import org.pyjit.codegen.TraceCode;
import org.pyjit.codegen.TraceCompiler;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.exec.Frame;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.exec.JitHooks;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.optimizer.Optimizer;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.DeoptException;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceVerifier;

/**
 * The JIT of one interpreter: counts loop back edges, records a loop when it is hot, has it optimized and
 * compiled, runs the compiled loop when the interpreter reaches its header, and turns exits back into
 * interpreter state. All its state is per instance (per interpreter); the policy knobs are in
 * {@link JitParams}. Attach with {@link #attach}.
 */
public final class TracingJit implements JitHooks {
    private final Interpreter interp;
    private final JitParams params;
    private final List<JitEvents> listeners = new ArrayList<>();
    private final FrameRebuilder rebuilder;
    private final StressCounter stress;
    private Recorder recorder;
    private LoopState recordingLoop;
    /** While a bridge is recorded: where it goes. */
    private BridgeSite bridgeSite;
    /** Functions whose loops a recording could not unroll: calls of them are residual in every trace. */
    private final java.util.Set<CodeObject> residualFunctions =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Functions a loop's recording left out to make its trace small enough: their calls from it are residual. */
    private final java.util.Set<CodeObject> cutForSize = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The __next__ methods of Python iterators that recorded loops iterate over: traces call them residually. */
    private final java.util.Set<CodeObject> residualNexts =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private TracingJit(Interpreter interp, JitParams params) {
        this.interp = interp;
        this.params = params;
        this.rebuilder = new FrameRebuilder(interp);
        this.stress = params.stressPeriod() > 0 ? new StressCounter(params.stressPeriod()) : null;
    }

    /** Creates a JIT with these parameters and attaches it to the interpreter. */
    public static TracingJit attach(Interpreter interp, JitParams params) {
        TracingJit jit = new TracingJit(interp, params);
        interp.setJit(jit);
        return jit;
    }

    public void addListener(JitEvents l) { listeners.add(l); }

    public JitParams params() { return params; }

    /** The interpreter the JIT runs in (functions made in a trace belong to it). */
    Interpreter interpreter() { return interp; }

    /** A module the program has imported, or null (the recorder open-codes some of their functions). */
    PyModule module(String name) { return interp.getModule(name); }

    // ---- per-loop state ----

    /** What the JIT knows of one loop header. */
    static final class LoopState {
        int counter;
        Installed compiled;
        /** Aborted recordings, discarded traces and failed compiles so far. */
        int failures;
        /** Failed too often: never recorded again. */
        boolean blacklisted;
        /** The compiled loop could not take a bridge (too big): its hot exits discard it instead. */
        boolean full;
        /** Back edges to wait before the loop may be recorded again (after aborts and discarded traces). */
        int backoff;
        /** What tells short loops apart: runs of the loop seen (see countRun) and back edges in them. */
        int runs;
        int backEdges;
        private int runToken;
        /** Reported once as short. */
        boolean reportedShort;
        /** How deep the loop's recordings inline calls: lowered when leaving out functions did not help. */
        int inlineDepth = -1;
        /** Functions the loop's recordings keep residual: inlined, they made its trace too big to compile. */
        final java.util.Set<CodeObject> residual = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Inner loops this loop's recordings must not unroll: they ran longer than a trace had unrolled them. */
        final java.util.Set<InnerLoop> notUnrolled = new java.util.HashSet<>();
        /**
         * Entered at its LOOP_ENTRY too, not only at back edges. Cleared when an entry there fails a guard in
         * the first iteration: what holds at the back edges (a local's type) may not before the loop, and the
         * failures would look like a hot exit.
         */
        boolean enteredFromBefore = true;
        /** Before it was compiled: arrivals at its LOOP_ENTRY, and back edges (onLoopEntry compares them). */
        int arrivals;
        int arrivalBackEdges;
        /** Failed attempts to record a bridge, per exit (by op, which survives recompiles). */
        final Map<Op, Integer> bridgeTries = new IdentityHashMap<>();

        void countBridgeTry(Op exit) { bridgeTries.merge(exit, 1, Integer::sum); }

        /** The exit has used up its tries at a bridge (allowed: how many it has). */
        void noMoreBridgeTries(Op exit, int allowed) { bridgeTries.put(exit, allowed); }
    }

    /**
     * Counts a back edge, and a new run of the loop when what the loop iterates changed: the iterator on the
     * stack of a for loop, else the frame (a new call). Only serial numbers (or identity hashes) are kept, not
     * the objects: a fresh object's first identity hash is a slow call into the VM, paid per run of every loop.
     */
    private static void countRun(LoopState s, Frame f) {
        Object top = f.sp > 0 ? f.stack[f.sp - 1] : null;
        int token = top instanceof PyIterator it ? it.serial : top == null ? f.serial : System.identityHashCode(top);
        if (token != s.runToken) {
            s.runToken = token;
            s.runs++;
        }
        s.backEdges++;
        s.arrivalBackEdges++;
    }

    /** An inner loop whose end is taken often: see SHORT_INNER_LOOP. */
    private static boolean runsShort(LoopState s) {
        return s.runs > 0 && s.backEdges < (long) SHORT_INNER_LOOP * s.runs;
    }

    /**
     * Whether every loop of the function that has run averaged fewer than SHORT_INNER_LOOP back edges per
     * run: too short to compile alone, they are unrolled in the function's trace, as they would be in a
     * caller's (chaos's Spline.__call__, residual in its caller's trace as too big, loops over the spline's
     * degree: 3 and 1-3 iterations).
     */
    private static boolean loopsAllShort(CodeObject c) {
        for (int pc = 0; pc < c.ops.length; pc++) {
            if (Recorder.isBackEdge(c, pc)) {
                LoopState loop = state(c, c.args[pc]);
                if (loop.runs > 0 && !runsShort(loop)) return false;
            }
        }
        return true;
    }

    /** Short: seen over several runs, it averages fewer than minTrips back edges per run. */
    private boolean isShort(LoopState s) {
        return s.runs >= 8 && s.backEdges < (long) params.minTrips() * s.runs;
    }

    /**
     * A compiled piece of a loop: the loop itself, or a side trace linked to an exit of another unit. It
     * keeps the exit counts that drive bridges, each exit's decoded snapshot, and the side traces by exit
     * (indexed by exit id minus the unit's base: the units of one loop number their exits apart).
     */
    static final class Unit {
        final CompiledLoop code;
        final Trace trace;
        /** The global id of the unit's first exit. */
        final int base;
        final int[] exitCounts;
        final Unit[] sides;
        private final ExitPlan[] plans;
        /** Which exits are RETURNs (a function's end), the exit taken at every call of a function trace. */
        final boolean[] returns;

        Unit(CompiledLoop code, Trace trace) {
            this.code = code;
            this.trace = trace;
            this.base = code.exitBase();
            int exits = code.exits().size();
            this.exitCounts = new int[exits];
            this.sides = new Unit[exits];
            this.plans = new ExitPlan[exits];
            this.returns = new boolean[exits];
            for (int i = 0; i < exits; i++) returns[i] = code.exits().get(i).opcode == OpCode.RETURN;
        }

        ExitPlan plan(int exit) {
            ExitPlan p = plans[exit];
            if (p == null) {
                p = ExitPlan.of(code.exits().get(exit).snapshot());
                plans[exit] = p;
            }
            return p;
        }
    }

    /**
     * A compiled loop in use: its trace with the JIT's data, its own code, and the side traces that hang off
     * it (directly or off other side traces). Units are kept in the order of their exit ids.
     */
    static final class Installed {
        final LoopTrace loop;
        final Unit root;
        private final List<Unit> units = new ArrayList<>();
        int sideTraces;
        /**
         * Bridges recorded while other exits of the loop were close to hot: they wait to be compiled into the
         * loop with those exits' bridges, in one recompile rather than one each (see holdsBridges).
         */
        final List<Bridge> held = new ArrayList<>();
        /** The frame the loop runs in, while it runs (its side traces read and write frame slots there). */
        Frame frame;

        /*
         * What every entry reads, held here rather than reached through the loop's records: a function trace is
         * entered at every call, and each hop was a load that missed the cache (raytrace's many small methods).
         */
        final int[] inputSlots;
        final int ioSize;
        final TraceCode entry;

        Installed(CompiledLoop code, LoopTrace loop) {
            this.loop = loop;
            this.root = new Unit(code, loop.trace());
            units.add(root);
            this.inputSlots = loop.inputSlots();
            this.ioSize = code.ioSize();
            this.entry = code.entry();
        }

        /** The exit id the next side trace's exits start at. */
        int nextExitBase() {
            Unit last = units.get(units.size() - 1);
            return last.base + last.exitCounts.length;
        }

        void add(Unit side) { units.add(side); }

        /** Whether exit has a bridge held for the next recompile. */
        boolean holds(Op exit) {
            for (Bridge b : held) if (b.guard() == exit) return true;
            return false;
        }

        /** The unit an exit id belongs to. */
        Unit unitOf(int exitId) {
            int lo = 0;
            int hi = units.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (units.get(mid).base <= exitId) lo = mid; else hi = mid - 1;
            }
            return units.get(lo);
        }
    }

    /** Functions a loop's recordings may leave out (residual) to make its trace small enough, before fewer levels are inlined. */
    private static final int MAX_CUTS = 6;

    /** A function trace may take this many times inlineBridges bridges compiled into it (later ones are side traces). */
    private static final int FUNCTION_BRIDGES = 2;

    /**
     * An inner loop that ran fewer back edges than this per run before it was compiled (runs as minTrips
     * counts them: a pass over an iterator, or a call of the function for a while loop) takes its end every
     * few iterations: the bridge from its end is compiled into it, making one JVM loop nest of the inner loop
     * and the outer loop's path around to it (fannkuch's flips: 4.1 -> 2.7 s), rather than a side trace,
     * which costs boxing the exit's values and entering the loop again every time. A longer inner loop's end
     * is rare: its side trace costs nothing measurable, and as a bridge it costs recompiles of the loop (with
     * every loop end compiled in, pythagorean took 2.0 -> 2.5 s).
     */
    private static final int SHORT_INNER_LOOP = 8;

    /** An inner loop's header. */
    private record InnerLoop(CodeObject code, int headerPc) {
        // equals and hashCode written out: a record's own link through an invokedynamic bootstrap on first use.
        @Override
        public boolean equals(Object other) {
            return other instanceof InnerLoop l && l.code == code && l.headerPc == headerPc;
        }

        @Override
        public int hashCode() { return 31 * System.identityHashCode(code) + headerPc; }
    }

    /** What a bridge being recorded attaches to: the installed loop, the unit and exit (global id) it leaves from. */
    private record BridgeSite(Installed in, Unit unit, int exitId, Op exit, boolean inline) {}

    /** The state of the loop at pc, or with pc == code.ops.length, of the function's entry (its function trace). */
    private static LoopState state(CodeObject code, int pc) {
        LoopState[] table = (LoopState[]) code.jitData;
        if (table == null) {
            table = new LoopState[code.ops.length + 1];
            code.jitData = table;
        }
        LoopState s = table[pc];
        if (s == null) {
            s = new LoopState();
            table[pc] = s;
        }
        return s;
    }

    // ---- the hook ----

    @Override
    public boolean onBackEdge(Frame f) {
        if (recorder != null) {
            if (recorder.atHeader(f) && recorder.parent != null) {
                finishBridge();
            } else if (recorder.atHeader(f)) {
                finishRecording();
            } else if (recorder.follows(f) && !recorder.inResidualCall()) {
                LoopState outer = recordingLoop;
                InnerLoop inner = new InnerLoop(f.code, f.pc);
                Recorder r = recorder;
                // The loop of a function the recording inlined (not one of the recorded loop's own frame).
                boolean inlinedLoop = f != r.root;
                if (!inlinedLoop && outer.notUnrolled.contains(inner)) {
                    abortRecording(r, "the inner loop at line " + f.code.lines[f.pc] + " runs too long here to unroll");
                    return false;
                }
                if (r.unrollInnerLoop(f)) return false;
                String reason = "the inner loop at line " + f.code.lines[f.pc] + " is too long to unroll";
                if (inlinedLoop) {
                    notInlinable(r, f.code, reason);
                } else {
                    abortRecording(r, reason);
                }
                if (!inlinedLoop && r.parent != null && outer.compiled != null && outer.compiled.loop.trace() == r.parent) {
                    // The loop's trace unrolled this inner loop for a shorter run: its exits at the unrolled
                    // iterations keep failing and cannot be bridged. Recorded again, the loop never unrolls
                    // it; it runs as the inner loop's side trace instead.
                    outer.notUnrolled.add(inner);
                    discard(outer, "the inner loop at line " + f.code.lines[f.pc] + " runs longer than it was unrolled");
                }
            } else {
                return false;
            }
        }
        LoopState s = state(f.code, f.pc);
        if (s.compiled != null) return run(s, f);
        if (s.blacklisted) return false;
        countRun(s, f);
        if (s.backoff > 0) {
            s.backoff--;
            return false;
        }
        if (++s.counter < params.threshold()) return false;
        s.counter = 0;
        if (isShort(s)) {
            // Looked at again after another threshold of back edges, on fresh counts (runs may get longer).
            if (!s.reportedShort) {
                for (JitEvents l : listeners) l.loopTooShort(f.code, f.pc, (double) s.backEdges / s.runs);
                s.reportedShort = true;
            }
            s.runs = 0;
            s.backEdges = 0;
            return false;
        }
        startRecording(f, s);
        return false;
    }

    /** Runs the loop's compiled code from its first iteration, if it has some (see LOOP_ENTRY). */
    @Override
    public boolean onLoopEntry(Frame f) {
        if (recorder != null) return false;
        LoopState s = state(f.code, f.pc);
        if (s.compiled == null) {
            s.arrivals++;
            return false;
        }
        // A loop that mostly ran one iteration (or none) per arrival before it was compiled: entering the
        // compiled code costs more than that iteration in the interpreter.
        if (!s.enteredFromBefore || s.arrivalBackEdges < s.arrivals) return false;
        return run(s, f, true);
    }

    /**
     * A call is counted like a loop's back edge, and a hot function is recorded from its entry to its return:
     * its function trace then runs the calls that take its path. Not while a recording follows the call (it
     * inlines it, or would lose track of it); inside a residual call, compiled code runs but nothing is recorded.
     */
    @Override
    public boolean tracesFunctions() { return params.functionTraces(); }

    @Override
    public Object onFunctionEntry(Frame f) {
        if (recorder != null && !recorder.inResidualCall()) return INTERPRET;
        LoopState s = state(f.code, f.code.ops.length);
        if (s.compiled != null) return runCompiled(s, f, false, true);
        if (recorder != null || s.blacklisted) return INTERPRET;
        if (s.backoff > 0) {
            s.backoff--;
            return INTERPRET;
        }
        if (++s.counter < params.threshold()) return INTERPRET;
        s.counter = 0;
        if (s.failures == 0 && Recorder.hasLoop(f.code) && !searchingNext(f.code)) {
            if (!loopsAllShort(f.code) || keepsResidual(f.code) && !Recorder.loopsOnlyTestTheirEnd(f.code)) {
                // Its loops get traces of their own, or a recording found one too long or too branchy to
                // unroll; a function trace would unroll their first iterations, and every path through them
                // would need a bridge (deltablue recompiled one function 20 times).
                s.blacklisted = true;
                return INTERPRET;
            }
            // Short loops, unrolled as a caller's trace would: only worth a trace of its own when callers'
            // traces call it residually, because it was too big for one (chaos's Spline.__call__, 42% of the
            // main thread in the interpreter), or because its loop's unrolled copies of its end test were too
            // many for a caller's trace, when that test is the loop's only branch (chaos's Spline.span).
            // Data-driven short loops (deltablue's walks over a variable's few constraints, with an if in
            // them) would multiply paths. Asked again after another threshold of calls.
            if (!cutForSize.contains(f.code) && !keepsResidual(f.code)) return INTERPRET;
        }
        startRecording(f, s, true);
        return INTERPRET;
    }

    // ---- recording ----

    private void startRecording(Frame f, LoopState s) { startRecording(f, s, false); }

    private void startRecording(Frame f, LoopState s, boolean function) {
        if (s.inlineDepth < 0) s.inlineDepth = params.inlineDepth();
        recorder = new Recorder(this, f, params, s.inlineDepth, function, s.residual);
        recordingLoop = s;
        for (JitEvents l : listeners) l.recordingStarted(f.code, f.pc);
        interp.setInstructionListener(recorder);
    }

    private void stopRecording() {
        interp.setInstructionListener(null);
        recorder = null;
        recordingLoop = null;
        bridgeSite = null;
    }

    /** Called by the recorder (or for it) when the loop cannot be traced. */
    void abortRecording(Recorder r, String reason) { abortRecording(r, reason, false); }

    /**
     * The recording inlined a function whose loop cannot be unrolled into a trace: from now on its calls are
     * residual (its loop gets a trace of its own), and the loop is recorded again at its next back edge,
     * without counting a failure. A bridge tries again at its exit's next failures; if the compiled loop
     * itself unrolled the function's loop (for shorter runs than this one), its code is discarded.
     */
    void notInlinable(Recorder r, CodeObject function, String reason) {
        if (r != recorder) return;
        residualFunctions.add(function);
        LoopState s = recordingLoop;
        stopRecording();
        String why = (r.parent != null ? "bridge: " : "") + reason + "; calls of " + function.qualname + " stay residual";
        for (JitEvents l : listeners) l.recordingAborted(r.root.code, r.headerPc, why);
        if (r.parent == null) {
            s.counter = params.threshold() - 1;
        } else if (s.compiled != null && s.compiled.loop.trace() == r.parent && inlines(r.parent, function)) {
            discard(s, reason);
        }
    }

    /** Whether any exit of the trace (or its bridges) is inside an inlined call of the function. */
    private static boolean inlines(Trace t, CodeObject function) {
        for (Op op : t.exits()) {
            List<org.pyjit.optimizer.ir.FrameState> fs = op.snapshot().frames();
            for (int i = 1; i < fs.size(); i++) if (fs.get(i).code() == function) return true;
        }
        return false;
    }

    /**
     * A Python iterator's __next__ that searches for its next item in short loops, whatever their branches:
     * a caller's trace cannot inline it (the iteration protocol calls it), so unrolled in a trace of its own is
     * the only way it leaves the interpreter (pythagorean's PairIterator: 418,000 calls).
     */
    private boolean searchingNext(CodeObject function) {
        return residualNexts.contains(function) && loopsAllShort(function);
    }

    /** A recording iterates over a Python iterator whose __next__ is this function (its trace calls it residually). */
    void iteratedResidually(CodeObject function) { residualNexts.add(function); }

    /** Whether calls of the function stay residual: its loop could not be unrolled into a trace. */
    boolean keepsResidual(CodeObject function) { return residualFunctions.contains(function); }

    /** loopEnded: the loop's run ended while recorded; the loop is recorded again at its next back edge. */
    void abortRecording(Recorder r, String reason, boolean loopEnded) {
        if (r != recorder) return;
        LoopState s = recordingLoop;
        stopRecording();
        if (r.parent != null) {
            // A bridge that cannot be recorded: the loop stays compiled; the exit may try again later.
            s.countBridgeTry(r.bridgeFrom);
            for (JitEvents l : listeners) l.recordingAborted(r.root.code, r.headerPc, "bridge: " + reason);
            return;
        }
        for (JitEvents l : listeners) l.recordingAborted(r.root.code, r.headerPc, reason);
        countFailure(s, r.root.code, r.headerPc, loopEnded ? 0 : backoffAfter(s.failures + 1));
        if (loopEnded) s.counter = params.threshold() - 1;
    }

    /** A bridge that cannot be recorded from its exit at all (see {@link Recorder.Unbridgeable}): no more tries. */
    void exitUnbridgeable(Recorder r, String reason) {
        if (r != recorder) return;
        LoopState s = recordingLoop;
        abortRecording(r, reason);
        s.noMoreBridgeTries(r.bridgeFrom, params.bridgeTries());
    }

    /** Exponential back-off: the loop waits longer after every failure. */
    private int backoffAfter(int failures) {
        return params.threshold() * (1 << Math.min(failures, 12));
    }

    /**
     * Counts a failure of the loop: past the budget the loop is blacklisted (a loop that keeps failing costs
     * recording and compiling time and gains nothing); else it waits backoff back edges before it is recorded
     * again.
     */
    private void countFailure(LoopState s, CodeObject code, int headerPc, int backoff) {
        s.failures++;
        if (s.failures >= params.blacklistAfter()) {
            s.blacklisted = true;
            for (JitEvents l : listeners) l.loopBlacklisted(code, headerPc, s.failures);
        } else {
            s.backoff = backoff;
        }
    }

    /** The bridge recorded reached a merge point of its loop: it ends there. */
    void bridgeMerged(Recorder r) {
        if (r == recorder && r.parent != null) finishBridge();
    }

    /** The recorder reached the return that ends a function trace or a bridge, or the yield that ends a bridge. */
    void recordingLeft(Recorder r) {
        if (r != recorder) return;
        if (r.parent != null) finishBridge(); else finishRecording();
    }

    private void finishRecording() {
        Recorder r = recorder;
        LoopState s = recordingLoop;
        LoopTrace raw;
        try {
            raw = r.finish();
        } catch (Recorder.Abort a) {
            abortRecording(r, a.getMessage());
            return;
        }
        stopRecording();
        compile(raw, s, r.deepestInline());
    }

    /** Optimizes and compiles a recorded loop; inlined: how deep the recording inlined calls. */
    private void compile(LoopTrace raw, LoopState s, int inlined) {
        long start = System.nanoTime();
        Trace trace = raw.trace();
        for (JitEvents l : listeners) l.traceRecorded(trace);
        if (recordedOverLimit(trace, false) > 1 && cutTooLarge(s, trace, "recorded " + trace.ops.size()
                + " ops: over the " + TraceCompiler.maxMethodBytes() + "-byte limit at the fewest bytes per op",
                recordedOverLimit(trace, true), inlined)) {
            return;
        }
        Trace optimized;
        try {
            DeadLocals.prune(trace);
            // The recording is checked here, the optimized trace by TraceCompiler (once: verifying is a
            // tenth of the JIT's own time on the main thread in deltablue).
            optimized = Optimizer.optimize(TraceVerifier.verify(trace));
            if (stress != null) optimized = StressGuards.insert(optimized, stress);
        } catch (RuntimeException e) {
            failed(s, trace, "optimizer: " + e);
            return;
        }
        CompiledLoop code;
        try {
            code = TraceCompiler.compile(optimized);
        } catch (CodegenException e) {
            if (!e.isTooLarge() || !cutTooLarge(s, optimized, e.getMessage(), e.overLimit(), inlined)) {
                failed(s, optimized, "codegen: " + e.getMessage());
            }
            return;
        } catch (RuntimeException e) {
            failed(s, optimized, "codegen: " + e.getMessage());
            return;
        }
        s.compiled = new Installed(code, raw.withTrace(optimized));
        s.full = false;
        long nanos = System.nanoTime() - start;
        for (JitEvents l : listeners) {
            l.traceCompiled(optimized, code.className(), code.methodName(), code.bytecodeSize(), nanos);
        }
    }

    /**
     * A trace too big for a method (overLimit: its size over the limit): the loop is recorded again at its next
     * back edge with less inlined. False when nothing is left to leave out.
     */
    private boolean cutTooLarge(LoopState s, Trace trace, String why, double overLimit, int inlined) {
        CodeObject cut = s.residual.size() < MAX_CUTS ? TraceTrimming.functionToCut(trace, overLimit) : null;
        if (cut != null) {
            // The biggest part that is enough to leave out becomes a residual call.
            s.residual.add(cut);
            cutForSize.add(cut);
            s.counter = params.threshold() - 1;
            for (JitEvents l : listeners) {
                l.compileFailed(trace, "codegen: " + why + "; recording again with calls of " + cut.qualname + " residual");
            }
            return true;
        }
        if (inlined > 0) {
            // Calls made residual shrink the trace.
            s.inlineDepth = inlined - 1;
            s.counter = params.threshold() - 1;
            for (JitEvents l : listeners) {
                l.compileFailed(trace, "codegen: " + why + "; recording again with calls inlined " + s.inlineDepth + " deep");
            }
            return true;
        }
        return false;
    }

    /**
     * How far over the method size limit a recording will be, by the bytes of bytecode per recorded op that
     * the traces of the benchmark programs compiled to: at least (the fewest: 11.7 for a loop, whose body is
     * peeled once; 5.2 for a function), or typically (about 20 and 9). When even the least is over, optimizing
     * and generating it would only find it too big (chaos's loop inlining three spline evaluations recorded
     * 1,855 ops, and 0.45 s went into optimizing, verifying and writing it and another like it before they
     * failed); the typical size says how much to leave out.
     */
    private static double recordedOverLimit(Trace t, boolean typical) {
        double bytesPerOp = t.isFunction() ? (typical ? 9 : 5) : (typical ? 20 : 11);
        return t.ops.size() * bytesPerOp / TraceCompiler.maxMethodBytes();
    }

    /**
     * A bridge reached the loop header: the loop is compiled again with it (the first inlineBridges), or it
     * becomes a side trace attached to its exit.
     */
    private void finishBridge() {
        Recorder r = recorder;
        LoopState s = recordingLoop;
        BridgeSite site = bridgeSite;
        Bridge bridge;
        try {
            bridge = r.finishBridge(!site.inline());
        } catch (Recorder.Abort a) {
            abortRecording(r, a.getMessage());
            return;
        }
        stopRecording();
        if (s.compiled != site.in()) return;
        long start = System.nanoTime();
        if (site.inline()) recompileWith(s, r, bridge, start); else attachSide(s, r, site, bridge, start);
    }

    /**
     * The bridge is compiled into the loop, with the bridges held for it; or held itself, when other exits are
     * about to get theirs (see holdsBridges).
     */
    private void recompileWith(LoopState s, Recorder r, Bridge bridge, long start) {
        Installed old = s.compiled;
        // Functions the bridge inlined: their frames are rebuilt with their globals on exits.
        old.loop.globalsOf().putAll(r.globalsOf);
        old.held.add(bridge);
        if (r.extraInputs().isEmpty() && holdsBridges(s, old)) {
            for (JitEvents l : listeners) l.bridgeHeld(old.loop.trace(), bridge);
            return;
        }
        compileHeld(s, r.extraInputs(), start);
    }

    /**
     * The loop compiled again with the bridges it holds; extras: slots the last of them reads that the loop
     * does not carry (they become inputs of the loop and of all its bridges).
     */
    private void compileHeld(LoopState s, Map<Integer, Op> extras, long start) {
        Installed old = s.compiled;
        List<Bridge> added = List.copyOf(old.held);
        old.held.clear();
        List<Bridge> bridges = new ArrayList<>(old.loop.trace().bridges);
        bridges.addAll(added);
        LoopTrace loop;
        if (extras.isEmpty()) {
            loop = old.loop.withTrace(old.loop.trace().withBridges(bridges));
        } else {
            Bridge last = bridges.remove(bridges.size() - 1);
            loop = ExtraInputs.add(old.loop.withTrace(old.loop.trace().withBridges(bridges)), extras, last);
        }
        compileBridges(s, loop, added, start);
    }

    private void compileBridges(LoopState s, LoopTrace loop, List<Bridge> added, long start) {
        Trace withBridges = loop.trace();
        CompiledLoop code;
        try {
            DeadLocals.prune(withBridges);
            code = TraceCompiler.compile(withBridges);
        } catch (CodegenException | RuntimeException e) {
            // Too big: later bridges of this loop are side traces.
            s.full = true;
            for (JitEvents l : listeners) l.compileFailed(withBridges, "bridge: " + e.getMessage());
            return;
        }
        s.compiled = new Installed(code, loop);
        long nanos = System.nanoTime() - start;
        for (JitEvents l : listeners) {
            l.bridgesCompiled(withBridges, added, code.className(), code.bytecodeSize(), nanos);
        }
    }

    /**
     * Whether the bridges held (the one just recorded among them) wait for the loop's next recompile: while
     * another exit of the loop that may still get a bridge compiled in has failed at least half as often as
     * makes it hot. Exits of a branchy body often go hot together (data_driven's f took 23 recompiles, one per
     * bridge), and each recompile costs the JVM a new class to warm up from its interpreter and compile twice.
     * The last bridge of such a batch finds no exit warm and compiles them all; an exit with a held bridge that
     * goes hot again compiles them too. A batch too big for the method makes the loop full, as one bridge does:
     * the held bridges' exits get side traces instead. With an exit hotness of 1 (--jit-threshold=1, the mode
     * that exercises every path) every exit counts as warm: bridges wait until a held one's exit fails again.
     */
    private boolean holdsBridges(LoopState s, Installed in) {
        if (!inlines(s, in, in.root)) return false;
        Unit root = in.root;
        int warm = params.exitHotness() / 2;
        Trace t = in.loop.trace();
        for (int k = 0; k < root.exitCounts.length; k++) {
            if (root.exitCounts[k] < warm || root.sides[k] != null) continue;
            Op exit = root.code.exit(root.base + k);
            if (exit.isGuard() && !exit.expectedExit && t.bridgeOf(exit) == null && !in.holds(exit)
                    && s.bridgeTries.getOrDefault(exit, 0) < params.bridgeTries()) {
                return true;
            }
        }
        return false;
    }

    /** The bridge compiled as a side trace of its own, attached to its exit: the loop is not recompiled. */
    private void attachSide(LoopState s, Recorder r, BridgeSite site, Bridge bridge, long start) {
        Trace side = SideTraces.of(site.unit().trace, site.exit(), bridge, r.extraInputs().values());
        if (side == null) {
            bridgeFailed(s, site, "it uses a value its exit does not pass");
            return;
        }
        CompiledLoop code;
        try {
            DeadLocals.prune(side);
            code = TraceCompiler.compile(side, site.in().nextExitBase());
        } catch (CodegenException | RuntimeException e) {
            s.countBridgeTry(site.exit());
            for (JitEvents l : listeners) l.compileFailed(side, "side trace: " + e.getMessage());
            return;
        }
        site.in().loop.globalsOf().putAll(r.globalsOf);
        int[] extraSlots = r.extraInputs().keySet().stream().mapToInt(Integer::intValue).toArray();
        Unit unit = new Unit(code, side);
        Unit parent = site.unit();
        parent.sides[site.exitId() - parent.base] = unit;
        site.in().add(unit);
        site.in().sideTraces++;
        // From now on the parent's code calls the side trace itself.
        parent.code.link(site.exitId(), code, extraSlots.length == 0 ? null : new FrameSlotPassing(site.in(), extraSlots),
                site.in().loop.inputSlots().length);
        long nanos = System.nanoTime() - start;
        for (JitEvents l : listeners) {
            l.sideTraceCompiled(site.unit().trace, site.exit(), side, code.className(), code.methodName(),
                    code.bytecodeSize(), nanos);
        }
    }

    private void bridgeFailed(LoopState s, BridgeSite site, String reason) {
        s.countBridgeTry(site.exit());
        Trace t = site.in().loop.trace();
        for (JitEvents l : listeners) l.recordingAborted(t.code, t.headerPc, "bridge: " + reason);
    }

    /**
     * Whether a hot exit gets a bridge: a guard without one, within the loop's bridge budget and the exit's
     * tries. A loop that is full (a recompile did not fit) still takes side traces.
     */
    private boolean bridgeable(LoopState s, Installed in, Unit unit, int exitId, Op exit) {
        if (!exit.isGuard() || unit.sides[exitId - unit.base] != null) return false;
        if (in.loop.trace().bridges.size() + in.held.size() + in.sideTraces >= params.maxBridges()) return false;
        if (s.bridgeTries.getOrDefault(exit, 0) >= params.bridgeTries()) return false;
        return unit != in.root || in.loop.trace().bridgeOf(exit) == null;
    }

    /**
     * The bridges of a trace that run to its end rather than to one of its merge points: each is a path of its
     * own. A bridge that merges is one side of one branch (as many as the code has branches, not paths), so it
     * does not count against the budget of bridges compiled into the trace; nor does one from a loop's end that
     * leaves where the function returns (the loop's way out, not a path through it: raytrace's Scene.nearest).
     */
    private static int pathBridges(List<Bridge> bridges) {
        int n = 0;
        for (Bridge b : bridges) if (!b.merges() && !(b.leaves() && b.guard().expectedExit)) n++;
        return n;
    }

    /**
     * Whether a bridge from this exit is compiled into the loop (a recompile) rather than as a side trace: the
     * first few, as long as they fit. A function trace may take more (its side traces run to the function's
     * return, where they leave; the JIT returns their value, as it does the trace's own).
     */
    private boolean inlines(LoopState s, Installed in, Unit unit) {
        int budget = params.inlineBridges() * (in.loop.trace().isFunction() ? FUNCTION_BRIDGES : 1);
        return unit == in.root && !s.full && in.sideTraces == 0
                && pathBridges(in.loop.trace().bridges) + pathBridges(in.held) < budget;
    }

    private void failed(LoopState s, Trace t, String reason) {
        for (JitEvents l : listeners) l.compileFailed(t, reason);
        countFailure(s, t.code, t.headerPc, backoffAfter(s.failures + 5));
    }

    // ---- running compiled loops ----

    /**
     * Runs the compiled loop from the frame's state until it leaves (the side traces linked to its exits run
     * inside the compiled code), then rebuilds the interpreter's frames from the exit and resumes them.
     */
    private boolean run(LoopState s, Frame f) { return run(s, f, false); }

    /** fromBefore: entered at the loop's LOOP_ENTRY rather than at a back edge. */
    private boolean run(LoopState s, Frame f, boolean fromBefore) {
        runCompiled(s, f, fromBefore, false);
        return true;
    }

    /**
     * As {@link #run}; when the code leaves where the function returns and returnsResult (a function trace run
     * from its call), the result instead of {@link #INTERPRET}: the frame is done, and the interpreter need not
     * be entered to run its RETURN_VALUE.
     */
    private Object runCompiled(LoopState s, Frame f, boolean fromBefore, boolean returnsResult) {
        Installed in = s.compiled;
        int[] slots = in.inputSlots;
        Object[] io = new Object[in.ioSize];
        for (int k = 0; k < slots.length; k++) io[k] = slot(f, slots[k]);
        int exit;
        Object[] values;
        RuntimeException pending = null;
        Frame outer = in.frame;
        in.frame = f;
        try {
            do {
                exit = in.entry.run(io);
            } while (exit == ExitLinks.REJOINED);
            values = io;
        } catch (DeoptException d) {
            exit = d.exitId;
            values = d.values();
            pending = d.pending;
        } finally {
            in.frame = outer;
        }
        Unit from = in.unitOf(exit);
        int local = exit - from.base;
        if (!listeners.isEmpty()) {
            for (JitEvents l : listeners) l.exitTaken(from.trace, local, from.code.exit(exit));
        }
        if (from.returns[local]) {
            ExitPlan plan = from.plan(local);
            if (returnsResult) return returned(f, plan, values);
            returnFrom(f, plan, values);
            return INTERPRET;
        }
        Op exitOp = from.code.exit(exit);
        if (fromBefore && from == in.root && !exitOp.expectedExit && !isBranch(exitOp)
                && inFirstIteration(from.trace, exitOp)) {
            // The first iteration failed a guard: what holds at the back edges may not before the loop (a
            // local's type). From now on the loop is entered at its back edges only, and this exit is not
            // counted towards a bridge. A branch the data takes the other way is not that: it goes the same
            // way at a back edge, and gets a bridge as it would there (nqueens's place() failed one branch
            // of its first iteration once, and paid the interpreted first iteration in 840,000 calls).
            s.enteredFromBefore = false;
            ExitPlan plan = from.plan(exit - from.base);
            rebuilder.run(rebuilder.frames(f, plan, values, in.loop.globalsOf()), plan, pending);
        } else {
            leave(s, f, in, from, exit, exitOp, values, pending);
        }
        return INTERPRET;
    }

    /** A guard on a condition the program branches on (rather than a class, a value or an overflow). */
    private static boolean isBranch(Op exit) {
        return exit.opcode == OpCode.GUARD_TRUE || exit.opcode == OpCode.GUARD_FALSE;
    }

    /** Whether the exit is in the loop's first iteration: before the LABEL (the peeled iteration). */
    private static boolean inFirstIteration(Trace loop, Op exit) {
        for (Op op : loop.ops) {
            if (op == exit) return true;
            if (op.opcode == OpCode.LABEL) return false;
        }
        return false;
    }

    /**
     * A function trace's end, taken at every call: the frame only needs the stack its RETURN_VALUE pops (its
     * locals die with it), and no bridge grows from it, so the general exit's bookkeeping is skipped.
     */
    private static void returnFrom(Frame f, ExitPlan plan, Object[] values) {
        ExitPlan.FramePlan fp = plan.frames[0];
        int[] stack = fp.stack();
        Object[] objects = plan.allocate(values);
        for (int i = 0; i < stack.length; i++) {
            if (stack[i] != ExitPlan.LEAVE) f.stack[i] = plan.value(stack[i], values, objects);
        }
        f.sp = stack.length;
        f.pc = fp.pc();
    }

    /** The result of a function trace's return, the frame finished as its RETURN_VALUE would. */
    private static Object returned(Frame f, ExitPlan plan, Object[] values) {
        int result = plan.returned;
        if (result == ExitPlan.LEAVE) {
            // The frame holds it already (nothing the trace wrote): the interpreter returns it.
            returnFrom(f, plan, values);
            return INTERPRET;
        }
        f.pc = -1;
        f.sp = 0;
        return plan.value(result, values, plan.allocate(values));
    }

    /** A side trace's frame slots, in the frame its loop runs in. */
    private record FrameSlotPassing(Installed in, int[] slots) implements ExitLinks.FrameSlots {
        @Override
        public int count() { return slots.length; }

        @Override
        public void read(Object[] io, int at) {
            for (int j = 0; j < slots.length; j++) io[at + j] = slot(in.frame, slots[j]);
        }

        @Override
        public void write(Object[] io, int at) {
            for (int j = 0; j < slots.length; j++) setSlot(in.frame, slots[j], io[at + j]);
        }
    }

    /** A frame slot: locals first, then the value stack. */
    private static Object slot(Frame f, int slot) {
        int nlocals = f.locals.length;
        return slot < nlocals ? f.locals[slot] : f.stack[slot - nlocals];
    }

    private static void setSlot(Frame f, int slot, Object v) {
        int nlocals = f.locals.length;
        if (slot < nlocals) f.locals[slot] = v; else f.stack[slot - nlocals] = v;
    }

    /**
     * An exit back to the interpreter; a hot one gets a bridge recorded, or discards the loop. The loop's own
     * end gets a side trace too when it is hot: the loop is then an inner loop, and its side trace runs the
     * outer loop's body around to this loop's header again (PyPy's way to compile an outer loop), or it
     * cannot be recorded (the function returns) and the loop just ends.
     */
    private void leave(LoopState s, Frame f, Installed in, Unit unit, int exit, Op exitOp, Object[] values,
            RuntimeException pending) {
        BridgeSite bridge = null;
        int local = exit - unit.base;
        if (s.compiled == in && checksAssumptions(exitOp)) {
            // Recorded again as the classes and globals are now, without counting a failure: a class or global
            // that keeps changing stops being relied on (Recorder.settled) before its loop would be blacklisted.
            drop(s, "a class or global it relies on changed (seen at line " + exitOp.line + ")");
        } else if (s.compiled == in && ++unit.exitCounts[local] >= params.exitHotness()) {
            if (recorder != null) {
                // Another recording is under way (often one whose residual calls run this trace): the exit
                // stays hot and takes its turn at its first failure after it, instead of counting again
                // from zero (deltablue's ScaleConstraint.execute lost 40 of its 42 turns this way).
                unit.exitCounts[local] = params.exitHotness();
            } else {
                unit.exitCounts[local] = 0;
                if (unit == in.root && in.holds(exitOp)) {
                    // Its bridge waited for others long enough.
                    compileHeld(s, Map.of(), System.nanoTime());
                } else if (pending == null && bridgeable(s, in, unit, exit, exitOp)) {
                    boolean inline = (in.loop.trace().isFunction() || !exitOp.expectedExit || runsShort(s))
                            && inlines(s, in, unit);
                    if (!inline && !in.held.isEmpty()) {
                        // A side trace would be lost with the recompile: the held bridges go first, and this
                        // exit gets its side trace when it goes hot on the new code.
                        compileHeld(s, Map.of(), System.nanoTime());
                    } else {
                        bridge = new BridgeSite(in, unit, exit, exitOp, inline);
                    }
                } else if (!exitOp.expectedExit && unit.sides[local] == null) {
                    // A function with more hot paths than its trace can take bridges and side traces for (or
                    // an exit whose bridge keeps failing) is left to the interpreter: recorded again, it would be
                    // recompiled as often (deltablue's compile time doubled), and calls still run the compiled
                    // loops and function traces of its callees.
                    if (in.loop.trace().isFunction()) s.failures = Math.max(s.failures, params.blacklistAfter() - 1);
                    discard(s, "exit " + exit + " at line " + exitOp.line + " failed " + params.exitHotness()
                            + " times");
                }
            }
        }
        ExitPlan plan = unit.plan(local);
        Frame[] frames = rebuilder.frames(f, plan, values, in.loop.globalsOf());
        // A bridge is recorded from the rebuilt frames: the inlined calls' frames run (and are recorded) first.
        if (bridge != null) startBridge(frames, s, bridge);
        rebuilder.run(frames, plan, pending);
    }

    /** The check that a trace's classes and globals are unchanged (Recorder.checkAssumptions): no bridge can help. */
    private static boolean checksAssumptions(Op exit) {
        return exit.opcode == OpCode.GUARD_TRUE && exit.arg(0) instanceof Op c && c.opcode == OpCode.CALL
                && c.descr == TraceHelpers.ASSUMPTIONS_HOLD;
    }

    private void startBridge(Frame[] frames, LoopState s, BridgeSite site) {
        try {
            recorder = new Recorder(this, frames, params, site.in().loop, site.exit(), s.residual, site.inline());
        } catch (Recorder.Abort a) {
            s.countBridgeTry(site.exit());
            return;
        }
        recordingLoop = s;
        bridgeSite = site;
        for (JitEvents l : listeners) l.recordingStarted(frames[0].code, frames[0].pc);
        interp.setInstructionListener(recorder);
    }

    /** Drops a loop's compiled code and counts a failure; it is recorded again later. */
    private void discard(LoopState s, String reason) {
        Trace t = drop(s, reason);
        // The first discards are often a phase change of the program: record again at once.
        countFailure(s, t.code, t.headerPc, s.failures < params.blacklistAfter() / 2 ? 0 : backoffAfter(s.failures + 1));
    }

    /** Drops a loop's compiled code (the hidden class is unloaded when unused); it is recorded again later. */
    private Trace drop(LoopState s, String reason) {
        Trace t = s.compiled.loop.trace();
        // Nothing checks it any more: the classes, globals and shapes that hold it may let it go.
        s.compiled.loop.assumptions().invalidate();
        s.compiled = null;
        s.counter = 0;
        for (JitEvents l : listeners) l.traceDiscarded(t, reason);
        return t;
    }
}
