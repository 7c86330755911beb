package org.pyjit.tracer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.interp.ast.Operator;
import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.compile.LocalLiveness;
import org.pyjit.interp.compile.Opcode;
import org.pyjit.interp.exec.Frame;
import org.pyjit.interp.lib.RandomFunctions;
import org.pyjit.interp.lib.StructCodec;
import org.pyjit.interp.exec.JitHooks;
import org.pyjit.interp.runtime.Assumption;
import org.pyjit.interp.runtime.Attributes;
import org.pyjit.interp.runtime.Iterators;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBoundMethod;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyProperty;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyRange;
import org.pyjit.interp.runtime.PySet;
import org.pyjit.interp.runtime.PySlice;
import org.pyjit.interp.runtime.Shape;
import org.pyjit.interp.runtime.Types;
import org.pyjit.interp.runtime.PySuper;
import org.pyjit.interp.runtime.PyClassMethod;
import org.pyjit.interp.runtime.PyStaticMethod;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyNotImplemented;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.EnumerateIterator;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.CallDescr;
import org.pyjit.optimizer.ir.CallKind;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.MergeParam;
import org.pyjit.optimizer.ir.SlotFacts;
import org.pyjit.optimizer.ir.MergePoint;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Snapshot;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.TraceBuilder;
import org.pyjit.optimizer.ir.Value;
import org.pyjit.optimizer.ir.TupleOps;
import org.pyjit.optimizer.ir.Virtual;

/**
 * Records one iteration of a hot loop as the interpreter executes it. Before each instruction the recorder
 * sees the real frame (concrete values) and appends IR for what the instruction does with the values it
 * actually has: a guard for every assumption (the class of an operand, a branch's direction, a global's
 * dict version, a called function's identity), typed ops on unboxed ints and floats, and calls of
 * {@link TraceHelpers} for the rest. Calls of small Python functions are inlined (their frames are tracked
 * too); other calls are residual: the recorder ignores the instructions of the frames they run.
 *
 * <p>Every guard gets the snapshot of the state before the instruction it protects, so a failing guard resumes
 * the interpreter at that instruction, which then does what the trace assumed would not happen.
 */
final class Recorder implements JitHooks.InstructionListener {
    private final TracingJit jit;
    final Frame root;
    /** The loop header's pc; 0 for a function trace. */
    final int headerPc;
    /** Recording a function from its entry to its return (a function trace) rather than a loop iteration. */
    final boolean function;
    private final int loopEndPc;
    private final int maxLength;
    private final int maxInlineDepth;
    /** Functions never inlined into this loop's traces (they made it too big to compile). */
    private final Set<CodeObject> residual;

    private final TraceBuilder body = new TraceBuilder();
    private final List<Op> inputs = new ArrayList<>();
    /** Per input, in input order: the root frame slot it reads (locals first, then the stack). */
    private final List<Integer> inputSlots = new ArrayList<>();
    private final Map<Integer, Op> inputBySlot = new HashMap<>();
    private final List<SymbolicFrame> frames = new ArrayList<>();
    /** An unboxed view already guarded and made of a ref value. */
    private final Map<Op, Op> unboxed = new IdentityHashMap<>();
    /** The dicts whose version is guarded, with the residual-call count at that time. */
    private final Map<PyDict, Integer> guardedDicts = new IdentityHashMap<>();
    /** The dicts whose keys version is guarded, with the residual-call count at that time. */
    private final Map<PyDict, Integer> guardedKeys = new IdentityHashMap<>();
    /**
     * That the classes, globals and shapes relied on stay as they are: each of them invalidates it when it
     * changes. A bridge shares its loop's: one flag stands for the loop and all its bridges.
     */
    private final Assumption assumptions;
    /** The residual-call count when assumptions was last checked (-1: never). */
    private int assumptionsCheckedAt = -1;
    /** The instances whose type and shape are guarded (their class relied on): when, and the shape they had. */
    private final Map<Op, KnownLayout> guardedObjects = new IdentityHashMap<>();
    /**
     * What the trace last read from or wrote to a cell, while no residual call may have changed it since
     * (at): LOAD_DEREF then reuses the value. The cells of inlined calls and of the comprehensions they make
     * are the common case: every read of a captured variable would otherwise be a load and a null check.
     */
    private final Map<Op, KnownCell> knownCells = new IdentityHashMap<>();

    /** value: null when the cell is empty (its variable unbound), which LOAD_DEREF must find out itself. */
    private record KnownCell(int at, Value value) {}
    /** The globals of each code object seen (to rebuild inlined frames). */
    final Map<CodeObject, PyDict> globalsOf = new IdentityHashMap<>();
    private int residualCalls;

    /** While a residual call runs: the frame that made it (other frames' instructions are not ours). */
    private Frame residualCaller;
    /** An inlined call was entered: the next instruction is the callee's first. */
    private PyFunction enteringCallee;
    private PendingBranch pendingBranch;
    /** A FOR_ITER over a general iterator seen at the previous instruction (see resolveForIter). */
    private PendingForIter pendingForIter;
    /** Backward jumps of inner loops followed in this recording (they are unrolled into the trace). */
    private int innerIterations;
    /** The line of the inner loop unrolled last (for the abort message). */
    private int unrolledLoopLine;
    /** The function of the inner loop unrolled last when it is an inlined call's loop, else null. */
    private CodeObject unrolledInlinedLoop;
    /** The function of the inner loop unrolled last. */
    private CodeObject unrolledLoopCode;
    /** Guards on data branches recorded since the first unrolled iteration, per branch: see tooManyCopies. */
    private final Map<BranchSite, Integer> unrolledBranches = new HashMap<>();
    private int recorded;
    /** The deepest nesting of inlined calls recorded so far (leaves inlined below inlineDepth not counted). */
    private int deepestInline;

    private record BranchSite(CodeObject code, int pc) {
        // equals and hashCode written out: a record's own link through an invokedynamic bootstrap on first use.
        @Override
        public boolean equals(Object other) { return other instanceof BranchSite b && b.code == code && b.pc == pc; }

        @Override
        public int hashCode() { return 31 * System.identityHashCode(code) + pc; }
    }

    /** A branch seen at the previous instruction: its direction is known when the next one comes. */
    private record PendingBranch(Value cond, boolean jumpIfTrue, int target, int fallThrough, Snapshot before,
            boolean popOnFallThroughOnly, boolean inRoot) {}

    /** count: for an enumerate taken apart, the count that goes with next (the item); else null. */
    private record PendingForIter(int pc, int target, Op next, boolean rootLoop, Op count) {}

    /** Thrown inside the recorder to give up on the trace. */
    static class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort(String reason) { super(reason, null, false, false); }
    }

    /**
     * An inlined function's loop cannot be unrolled into the trace (it runs too long, or its copies would
     * multiply the paths): the loop is recorded again at once with calls of that function residual, where
     * the function's loop gets a trace of its own.
     */
    static final class NotInlinable extends Abort {
        private static final long serialVersionUID = 1L;
        final transient CodeObject function;

        NotInlinable(CodeObject function, String reason) {
            super(reason);
            this.function = function;
        }
    }

    /**
     * A bridge from the loop's own end that reaches the return or a yield of the loop's function: no loop runs
     * around this one there, so recording from that exit again would end the same way. It is not tried again.
     */
    static final class Unbridgeable extends Abort {
        private static final long serialVersionUID = 1L;

        Unbridgeable(String reason) { super(reason); }
    }

    /**
     * The loop's run ended during the recording: bad timing rather than a trace that cannot be made (the
     * recording began at the run's last back edge); the next run's first back edge may try again.
     */
    static final class LoopEnded extends Abort {
        private static final long serialVersionUID = 1L;

        LoopEnded() { this("the loop ended while it was recorded"); }

        LoopEnded(String reason) { super(reason); }
    }

    /** For a bridge: the compiled loop it belongs to and the exit it starts from; null for a loop. */
    final Trace parent;
    /** For a bridge: the parent's loop body reuses its preamble's version reads (see mustRestart). */
    private final boolean parentKeepsState;
    final Op bridgeFrom;
    /** A bridge from the loop's own end of a range loop: it starts at the header's FOR_ITER, exhausted. */
    private boolean resumesAtLoopEnd;
    /** For a bridge: the frame slot each of the loop's INPUTs reads. */
    private final int[] parentSlots;
    /** For a bridge: slots the loop does not carry that the bridge uses; they become new INPUTs of the loop. */
    private final Map<Integer, Op> extraInputs = new java.util.LinkedHashMap<>();
    /** For a bridge: whether it writes one of those slots (then it must restart the trace). */
    private boolean writesExtra;

    /** For a loop or function recording with merge points: where they go (null: none). */
    private final JoinPoints joinPoints;
    /** The join points of the functions inlined, by code (a callee's region is all of its code). */
    private final Map<CodeObject, JoinPoints> calleeJoins = new HashMap<>();
    /** The sites given a merge point already (a site an unrolled inner loop reaches again gets none). */
    private final Set<MergeSite> merged = new java.util.HashSet<>();
    /** The loop frame's stack depth at the header: the slots below it (a for loop's iterator) are inputs. */
    private final int headerSp;
    /**
     * The recording ran code of the loop's frame outside the loop (an inner loop's recording that went on
     * through its outer loop): slots the loop does not store, and the iterators below the header's stack,
     * may have changed, so merge points carry them too.
     */
    private boolean leftLoop;
    /** For a bridge compiled into its loop: the loop's merge points after its guard, by site. */
    private final Map<MergeSite, Op> mergeTargets;
    /** The bridge ended at a merge point of its loop. */
    private boolean mergeJumped;
    /**
     * For a bridge: it may end where the loop's function returns or (in a generator) yields, leaving for the
     * interpreter there. One from a loop's end (its own, or an outer loop's in a bridge that went around it) only
     * when compiled into the loop: the exit then takes the cheap way out of a RETURN (no frame to rebuild; fannkuch's
     * count_flips ends so at every call, where `while first != 0` fails). As a side trace it would only add a
     * call to the exit.
     */
    private final boolean mayLeave;

    /**
     * A recording of the loop at root's pc, or with function, of root's function from its first instruction to
     * its return; calls are inlined up to inlineDepth deep.
     */
    Recorder(TracingJit jit, Frame root, JitParams params, int inlineDepth, boolean function,
            Set<CodeObject> residual) {
        this.jit = jit;
        this.residual = residual;
        this.root = root;
        this.function = function;
        this.headerPc = function ? 0 : root.pc;
        this.loopEndPc = function ? -1 : loopEnd(root.code, root.pc);
        this.maxLength = params.traceLimit();
        this.maxInlineDepth = inlineDepth;
        this.parent = null;
        this.assumptions = new Assumption();
        this.parentKeepsState = false;
        this.bridgeFrom = null;
        this.parentSlots = null;
        this.headerSp = root.sp;
        this.joinPoints = params.mergePoints()
                ? new JoinPoints(root.code, headerPc, function ? root.code.ops.length - 1 : loopEndPc) : null;
        this.mergeTargets = Map.of();
        this.mayLeave = false;
        SymbolicFrame r = new SymbolicFrame(root, root.code, root.sp);
        frames.add(r);
        // The values on the stack at the loop header (a for loop's iterator) are inputs of every iteration.
        for (int i = 0; i < root.sp; i++) r.stack[i] = input(r.locals.length + i);
        globalsOf.put(root.code, root.globals);
    }

    /**
     * A recorder for a bridge: the frames of the exit's snapshot have just been written (frames[0] is the
     * loop's frame, the others are the inlined calls that had not returned, not yet run), and the recording
     * starts where the snapshot resumes. Every slot holds the parent trace's value from the snapshot (the
     * bridge uses it directly); a slot of the loop's frame that the loop does not carry becomes an extra input.
     * intoLoop: the bridge is to be compiled into its loop's method (else it becomes a side trace).
     */
    Recorder(TracingJit jit, Frame[] rebuilt, JitParams params, LoopTrace loop, Op exit,
            Set<CodeObject> residual, boolean intoLoop) {
        Trace parent = loop.trace();
        this.jit = jit;
        this.joinPoints = null;
        this.headerSp = 0;
        this.mergeTargets = intoLoop && params.mergePoints() ? mergesAfter(parent, exit) : Map.of();
        this.mayLeave = !exit.expectedExit || intoLoop;
        this.residual = residual;
        this.root = rebuilt[0];
        this.parentSlots = loop.inputSlots();
        this.headerPc = parent.headerPc;
        this.loopEndPc = loopEnd(root.code, headerPc);
        this.maxLength = params.traceLimit();
        this.maxInlineDepth = params.inlineDepth();
        this.parent = parent;
        this.assumptions = loop.assumptions();
        this.parentKeepsState = parent.bodyKeepsState();
        this.function = parent.isFunction();
        this.bridgeFrom = exit;
        List<FrameState> states = exit.snapshot().frames();
        this.resumesAtLoopEnd = !function && exit.expectedExit && states.size() == 1 && states.get(0).pc() == headerPc;
        if (states.size() != rebuilt.length) throw new Abort("the exit's frames differ from the rebuilt ones");
        for (int i = 0; i < rebuilt.length; i++) {
            FrameState at = states.get(i);
            SymbolicFrame sf = new SymbolicFrame(rebuilt[i], at.code(), at.stack().length);
            System.arraycopy(at.locals(), 0, sf.locals, 0, at.locals().length);
            System.arraycopy(at.stack(), 0, sf.stack, 0, at.stack().length);
            for (int k = 0; k < at.stack().length; k++) {
                if (sf.stack[k] == null) throw new Abort("the exit's stack has an untracked slot");
            }
            // An outer frame continues after its call returns, where the snapshot resumes it.
            sf.returnPc = at.pc();
            sf.callKind = at.callKind();
            frames.add(sf);
            PyDict globals = i == 0 ? root.globals : loop.globalsOf().get(at.code());
            if (globals == null) throw new Abort("no globals for an inlined frame");
            globalsOf.put(at.code(), globals);
        }
        allocateVirtuals();
        startKnowing(exit.exitFacts);
    }

    /**
     * The objects the parent trace did not allocate (its exit's snapshot describes them) are allocated at the
     * bridge's start, as the exit allocated them for the interpreter: the bridge's ops need references.
     */
    private void allocateVirtuals() {
        Map<Virtual, Op> made = new IdentityHashMap<>();
        for (SymbolicFrame sf : frames) {
            for (Value[] slots : List.of(sf.locals, sf.stack)) {
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] instanceof Virtual o) {
                        Op done = made.get(o);
                        if (done == null) made.put(o, done = allocate(o, made));
                        slots[i] = done;
                    }
                }
            }
        }
    }

    private Op allocate(Virtual o, Map<Virtual, Op> made) {
        Value[] slots = new Value[o.slots().length];
        for (int i = 0; i < slots.length; i++) {
            // The objects in its slots first (one allocation per object, however many slots hold it).
            Value v = o.slots()[i];
            if (v instanceof Virtual inner) {
                Op done = made.get(inner);
                if (done == null) made.put(inner, done = allocate(inner, made));
                v = done;
            }
            slots[i] = ref(v);
        }
        if (o.isTuple()) return call(TupleOps.newTuple(slots.length), null, slots);
        Op obj = call(TraceHelpers.NEW_INSTANCE, null, Const.ofRef(o.type()));
        for (int i = 0; i < slots.length; i++) call(TraceHelpers.ADD_SLOT, null, obj, Const.ofRef(o.shapes()[i]), slots[i]);
        return obj;
    }

    /**
     * The merge points of a trace a bridge from exit may end at, by pc: those after the point where its path
     * left the trace's own ops (the exit's guard, or the guard of the bridge the exit is in, and so on); a
     * bridge that leaves from the preamble merges nowhere.
     */
    private static Map<MergeSite, Op> mergesAfter(Trace parent, Op exit) {
        int from = parent.leavesAt(exit);
        if (from < 0 || parent.reachedFromPreamble(exit)) return Map.of();
        Map<MergeSite, Op> bySite = new HashMap<>();
        for (int i = from + 1; i < parent.ops.size(); i++) {
            Op op = parent.ops.get(i);
            if (op.opcode == OpCode.MERGE) bySite.putIfAbsent(MergeSite.of(op.snapshot()), op);
        }
        return bySite;
    }

    /** The last backward jump to the header: the loop is [header, that jump]. */
    private static int loopEnd(CodeObject code, int header) {
        int end = header;
        for (int pc = header; pc < code.ops.length; pc++) {
            if (code.ops[pc] == Opcode.JUMP && code.args[pc] == header) end = pc;
        }
        return end;
    }

    /** Whether a branch of the loop's frame to pc leaves the loop: its exit is then the loop's expected end. */
    private boolean leavesLoop(int pc) { return !function && (pc < headerPc || pc > loopEndPc); }

    /** Whether f is at the header of the loop recorded (a function trace has none). */
    boolean atHeader(Frame f) { return !function && f == root && f.pc == headerPc; }

    // ---- the listener ----

    @Override
    public void before(Frame f, int pc, int sp) {
        if (residualCaller != null) {
            if (f != residualCaller) return;
            residualCaller = null;
        }
        try {
            SymbolicFrame top = top();
            if (enteringCallee != null) {
                if (f.code != enteringCallee.code || pc != 0) throw new Abort("lost the inlined call");
                top.frame = f;
                enteringCallee = null;
            }
            if (f != top.frame) throw new Abort("lost track of the frame");
            if (pendingForIter != null) resolveForIter(pc);
            if (pendingBranch != null) resolveBranch(pc);
            if (top.sp != sp) throw new Abort("stack depth mismatch at pc " + pc);
            if (++recorded > maxLength) throw new Abort("trace too long");
            body.atLine(f.code.lines[pc]);
            if (frames.size() == 1 && f == root && !function && (pc < headerPc || pc > loopEndPc)) leftLoop = true;
            if (joinPoints != null && joinsAt(f, pc)) {
                addMergePoint(pc);
            } else if (!mergeTargets.isEmpty()) {
                Op merge = mergeTargets.get(siteHere(pc));
                if (merge != null && mergeInto(merge, pc)) {
                    jit.bridgeMerged(this);
                    return;
                }
            }
            record(top, f, pc);
        } catch (LoopEnded a) {
            jit.abortRecording(this, a.getMessage(), true);
        } catch (NotInlinable a) {
            jit.notInlinable(this, a.function, a.getMessage());
        } catch (Unbridgeable a) {
            jit.exitUnbridgeable(this, a.getMessage());
        } catch (Abort a) {
            jit.abortRecording(this, a.getMessage());
        } catch (RuntimeException e) {
            jit.abortRecording(this, "recorder error: " + e);
        }
    }

    @Override
    public void onException(Frame f, int pc) {
        if (residualCaller != null && f != residualCaller) {
            // Raised inside a residual call; if it escapes, the caller's own handler will report it.
            return;
        }
        jit.abortRecording(this, "an exception was raised at line " + f.code.lines[pc]);
    }

    /** True when f is one of the frames this recording follows (the loop's frame or an inlined call). */
    boolean follows(Frame f) {
        for (SymbolicFrame s : frames) if (s.frame == f) return true;
        return false;
    }

    boolean inResidualCall() { return residualCaller != null; }

    /** A list's length, behind a guard that it is one. */
    private Value listLength(Op list, Snapshot before) {
        body.guardClass(list, PyList.class, before);
        return call(TraceHelpers.LIST_LEN, null, list);
    }

    /**
     * Whether o is a collections.deque, not of a subclass: its len, append and popleft are then Java calls
     * (Deques) that run no Python code. Its class is relied on like any other (guardLayout).
     */
    private boolean isDeque(PyObject o) {
        PyModule collections = jit.module("collections");
        return collections != null && o.type == collections.globals.get("deque") && settled(o.type);
    }

    /** A constant whose identity is its value: `is` against it is a reference compare (see Ops.isSame). */
    private static boolean identityConstant(Value v) {
        return v instanceof Const c && c.kind() == Kind.REF && c.refValue() != null
                && !(c.refValue() instanceof Long || c.refValue() instanceof Boolean || c.refValue() instanceof String
                        || c.refValue() instanceof Double);
    }

    int deepestInline() { return deepestInline; }

    /**
     * An inner loop of the loop being recorded jumped back: its iterations are unrolled into this trace (as
     * LuaJIT does for short inner loops), up to a budget. False when the budget is spent.
     */
    boolean unrollInnerLoop(Frame inner) {
        unrolledLoopLine = inner.code.lines[inner.pc];
        unrolledInlinedLoop = inner == root ? null : inner.code;
        unrolledLoopCode = inner.code;
        return ++innerIterations <= MAX_UNROLLED_ITERATIONS;
    }

    /** Inner-loop iterations a trace may unroll: short loops (a few bodies, a small vector) fit. */
    private static final int MAX_UNROLLED_ITERATIONS = 64;

    /**
     * How often one branch may be guarded in a trace that unrolls an inner loop. Each unrolled copy of a
     * branch on data doubles the paths through the loop, and every path that runs needs a bridge (and a
     * recompile): data_driven's 9-iteration loop over an `is None` test and nqueens' safety test made hundreds.
     * Such an outer loop is left to the interpreter, and its inner loop compiled on its own if it is long enough.
     */
    private static final int MAX_UNROLLED_BRANCH_COPIES = 2;

    // ---- instructions ----

    private void record(SymbolicFrame s, Frame f, int pc) {
        CodeObject code = f.code;
        int op = code.ops[pc];
        int arg = code.args[pc];
        Object[] cs = f.stack;
        int sp = s.sp;
        switch (op) {
            case Opcode.NOP, Opcode.JUMP, Opcode.LOOP_ENTRY -> { }
            case Opcode.POP_TOP, Opcode.END_FOR -> s.pop();
            case Opcode.COPY -> s.push(s.stack[sp - arg]);
            case Opcode.SWAP -> {
                Value t = s.stack[sp - 1];
                s.stack[sp - 1] = s.stack[sp - arg];
                s.stack[sp - arg] = t;
            }
            case Opcode.LOAD_CONST -> s.push(constant(code.consts[arg]));
            case Opcode.LOAD_FAST -> {
                if (f.locals[arg] == null) throw new Abort("unbound local");
                s.push(readLocal(s, arg));
            }
            case Opcode.STORE_FAST -> writeLocal(s, arg, s.pop());
            case Opcode.LOAD_DEREF -> {
                Value cell = readLocal(s, arg);
                KnownCell known = cell instanceof Op o ? knownCells.get(o) : null;
                if (known != null && known.at() == residualCalls && known.value() != null) {
                    s.push(known.value());
                } else {
                    Op v = call(TraceHelpers.CELL_VALUE, null, cell);
                    guard(OpCode.GUARD_NONNULL, snapshot(pc), v);
                    if (cell instanceof Op o) knownCells.put(o, new KnownCell(residualCalls, v));
                    s.push(v);
                }
            }
            case Opcode.STORE_DEREF -> {
                Value v = s.pop();
                Value cell = readLocal(s, arg);
                call(TraceHelpers.CELL_SET, null, cell, ref(v));
                // Another value may be the same cell (one read from a function's closure, one the trace made):
                // what the trace knew of the others may be stale now.
                knownCells.clear();
                if (cell instanceof Op o) knownCells.put(o, new KnownCell(residualCalls, v));
            }
            case Opcode.LOAD_GLOBAL -> s.push(loadGlobal(f, pc, code.names[arg]));
            case Opcode.LOAD_NAME -> {
                if (f.namespace != f.globals) throw new Abort("LOAD_NAME outside module code");
                s.push(loadGlobal(f, pc, code.names[arg]));
            }
            case Opcode.STORE_GLOBAL, Opcode.STORE_NAME -> {
                if (op == Opcode.STORE_NAME && f.namespace != f.globals) throw new Abort("STORE_NAME in a class body");
                Value v = ref(s.pop());
                call(TraceHelpers.STORE_GLOBAL, null, Const.ofRef(f.globals), Const.ofRef(code.names[arg]), v);
                residualCalls++;
            }
            case Opcode.BINARY_OP -> binaryOp(s, pc, arg, cs[sp - 2], cs[sp - 1]);
            case Opcode.COMPARE_OP -> s.push(compare(s, pc, arg, cs[sp - 2], cs[sp - 1]));
            case Opcode.COMPARE_AND_JUMP -> {
                Snapshot before = snapshot(pc);
                Value cond = compareCondition(s, pc, (arg >>> 24) & 7, cs[sp - 2], cs[sp - 1]);
                pendingBranch = new PendingBranch(cond, (arg & Opcode.JUMP_IF_TRUE) != 0, arg & Opcode.TARGET_MASK,
                        pc + 1, before, false, frames.size() == 1);
            }
            case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE -> {
                Snapshot before = snapshot(pc);
                Value cond = truth(s.pop(), cs[sp - 1], before);
                pendingBranch = new PendingBranch(cond, op == Opcode.POP_JUMP_IF_TRUE, arg, pc + 1, before, false,
                        frames.size() == 1);
            }
            case Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP -> {
                Snapshot before = snapshot(pc);
                Value cond = truth(s.stack[sp - 1], cs[sp - 1], before);
                pendingBranch = new PendingBranch(cond, op == Opcode.JUMP_IF_TRUE_OR_POP, arg, pc + 1, before, true,
                        frames.size() == 1);
            }
            case Opcode.UNARY_NEGATIVE -> {
                Object c = cs[sp - 1];
                Snapshot before = snapshot(pc);
                if (inlineOperand(s, pc, c, "__neg__", before)) return;
                Value v = s.pop();
                if (c instanceof Long) {
                    s.push(guard(OpCode.INT_SUB_OVF, before, Const.ofLong(0), asLong(v, before)));
                } else if (c instanceof Double) {
                    s.push(body.op(OpCode.FLOAT_NEG, asDouble(v, before)));
                } else {
                    s.push(residual(TraceHelpers.NEGATIVE, before, ref(v)));
                }
            }
            case Opcode.UNARY_POSITIVE -> s.push(residual(TraceHelpers.POSITIVE, snapshot(pc), ref(s.pop())));
            case Opcode.UNARY_INVERT -> s.push(residual(TraceHelpers.INVERT, snapshot(pc), ref(s.pop())));
            case Opcode.UNARY_NOT -> {
                Snapshot before = snapshot(pc);
                s.push(body.op(OpCode.BOOL_NOT, truth(s.pop(), cs[sp - 1], before)));
            }
            case Opcode.IS_OP -> {
                Value rawB = s.pop();
                Value rawA = s.pop();
                if (rawA == rawB) {
                    // One value is itself, whatever it is: boxing an unboxed float twice would make two objects.
                    s.push(Const.ofBool(arg == 0));
                    return;
                }
                Value b = ref(rawB);
                Value a = ref(rawA);
                // Against None (or a class, a function ...) `is` compares references; only small ints, bools and
                // one-character strings need the helper, which makes equal ones the same object.
                Value r = identityConstant(a) || identityConstant(b) ? body.op(OpCode.REF_EQ, a, b)
                        : call(TraceHelpers.IS_SAME, null, a, b);
                s.push(arg == 1 ? body.op(OpCode.BOOL_NOT, r) : r);
            }
            case Opcode.CONTAINS_OP -> {
                Snapshot before = snapshot(pc);
                Value container = ref(s.pop());
                Value item = ref(s.pop());
                Value r = residual(TraceHelpers.CONTAINS, before, container, item);
                s.push(arg == 1 ? body.op(OpCode.BOOL_NOT, r) : r);
            }
            case Opcode.GET_ITER -> {
                Object c = cs[sp - 1];
                Snapshot before = snapshot(pc);
                Value v = s.pop();
                if (v instanceof Op o && (c instanceof PyRange || c instanceof PyList || c instanceof PyTuple)) {
                    // Iterating a builtin sequence runs no Python code: not a residual call.
                    body.guardClass(o, c.getClass(), before);
                    s.push(call(TraceHelpers.NEW_ITER, null, o));
                } else if (v instanceof Op o && c instanceof PyIterator) {
                    // iter() of an iterator (an enumerate, a generator) is the iterator itself.
                    body.guardClass(o, c.getClass(), before);
                    s.push(o);
                } else {
                    s.push(residual(TraceHelpers.GET_ITER, before, ref(v)));
                }
            }
            case Opcode.FOR_ITER -> forIter(s, pc, arg, cs[sp - 1]);
            case Opcode.BINARY_SUBSCR -> subscript(s, pc, cs[sp - 2], cs[sp - 1]);
            case Opcode.STORE_SUBSCR -> storeSubscript(s, pc, cs[sp - 2], cs[sp - 1]);
            case Opcode.LOAD_ATTR -> {
                Snapshot before = snapshot(pc);
                if (inlineGetter(s, pc, cs[sp - 1], code.names[arg], before)) return;
                Value obj = s.pop();
                s.push(loadAttr(obj, cs[sp - 1], code.names[arg], before));
            }
            case Opcode.STORE_ATTR -> storeAttr(s, pc, cs[sp - 1], cs[sp - 2], code.names[arg]);
            case Opcode.LOAD_METHOD -> loadMethod(s, pc, cs[sp - 1], code.names[arg]);
            case Opcode.CALL -> call(s, f, pc, arg, cs[sp - arg - 1], sp - arg);
            case Opcode.CALL_METHOD -> {
                Value self = s.stack[sp - arg - 1];
                boolean noSelf = self instanceof Const c && c.refValue() == null;
                boolean concreteNoSelf = cs[sp - arg - 1] == null;
                if (noSelf) {
                    // (callable, null, args) calls like CALL: drop the null, but exits re-execute the
                    // CALL_METHOD, so their snapshot is the stack with it. Where the interpreter found
                    // (function, self), the recorder got a bound method (it looked the method up
                    // generically): the callable is not a constant of the trace then.
                    Snapshot before = snapshot(pc);
                    System.arraycopy(s.stack, sp - arg, s.stack, sp - arg - 1, arg);
                    s.stack[--s.sp] = null;
                    call(s, f, pc, arg, concreteNoSelf ? cs[sp - arg - 2] : null, sp - arg, before);
                } else if (concreteNoSelf) {
                    throw new Abort("CALL_METHOD differs from the interpreter");
                } else {
                    call(s, f, pc, arg + 1, cs[sp - arg - 2], sp - arg - 1);
                }
            }
            case Opcode.BUILD_TUPLE -> buildSequence(s, arg, true);
            case Opcode.BUILD_LIST -> buildSequence(s, arg, false);
            case Opcode.LIST_APPEND -> {
                Value v = ref(s.pop());
                call(TraceHelpers.LIST_APPEND, null, s.stack[s.sp - arg], v);
            }
            case Opcode.LIST_EXTEND -> {
                Snapshot before = snapshot(pc);
                Value v = ref(s.pop());
                int depth = arg & 0xff;
                Value fn = (arg & Opcode.CALL_ARGUMENTS) != 0 ? ref(s.stack[s.sp - depth - 1]) : Const.ofRef(PyNone.NONE);
                residual(TraceHelpers.LIST_EXTEND, before, s.stack[s.sp - depth], v, fn);
            }
            case Opcode.LIST_TO_TUPLE -> s.push(call(TraceHelpers.LIST_TO_TUPLE, null, s.pop()));
            case Opcode.BUILD_SET -> {
                Snapshot before = snapshot(pc);
                Value[] items = popRefs(s, arg);
                Op set = call(TraceHelpers.NEW_SET, null);
                for (Value item : items) residual(TraceHelpers.SET_ADD, before, set, item);
                s.push(set);
            }
            case Opcode.SET_ADD -> {
                Snapshot before = snapshot(pc);
                Value v = ref(s.pop());
                residual(TraceHelpers.SET_ADD, before, s.stack[s.sp - arg], v);
            }
            case Opcode.BUILD_MAP -> {
                Snapshot before = snapshot(pc);
                Value[] items = popRefs(s, 2 * arg);
                Op dict = call(TraceHelpers.NEW_DICT, null);
                for (int i = 0; i < items.length; i += 2) {
                    residual(TraceHelpers.DICT_PUT, before, dict, items[i], items[i + 1]);
                }
                s.push(dict);
            }
            case Opcode.MAP_ADD -> {
                Snapshot before = snapshot(pc);
                Value v = ref(s.pop());
                Value k = ref(s.pop());
                residual(TraceHelpers.DICT_PUT, before, s.stack[s.sp - arg], k, v);
            }
            case Opcode.DICT_MERGE -> {
                Snapshot before = snapshot(pc);
                Value v = ref(s.pop());
                residual(TraceHelpers.MERGE_KEYWORDS, before, ref(s.stack[s.sp - arg - 2]), s.stack[s.sp - arg], v);
            }
            case Opcode.BUILD_SLICE -> {
                Value step = arg == 3 ? ref(s.pop()) : Const.ofRef(PyNone.NONE);
                Value stop = ref(s.pop());
                Value start = ref(s.pop());
                s.push(call(TraceHelpers.NEW_SLICE, null, start, stop, step));
            }
            case Opcode.LOAD_CLOSURE -> s.push(readLocal(s, arg));
            case Opcode.MAKE_FUNCTION -> {
                Value fnCode = ref(s.pop());
                Value none = Const.ofRef(PyNone.NONE);
                Value closure = (arg & 8) != 0 ? ref(s.pop()) : none;
                Value kwDefaults = (arg & 2) != 0 ? ref(s.pop()) : none;
                Value defaults = (arg & 1) != 0 ? ref(s.pop()) : none;
                if ((arg & ~11) != 0) throw new Abort("MAKE_FUNCTION with flags " + arg);
                s.push(call(TraceHelpers.MAKE_FUNCTION, null, Const.ofRef(jit.interpreter()), Const.ofRef(f.globals),
                        fnCode, defaults, kwDefaults, closure));
            }
            case Opcode.CALL_FUNCTION_EX -> {
                Snapshot before = snapshot(pc);
                Value kwargs = (arg & 1) != 0 ? ref(s.pop()) : null;
                Value positional = ref(s.pop());
                Value fn = ref(s.pop());
                CallDescr withKeywords = (arg & Opcode.KWARGS_AS_WRITTEN) != 0 ? TraceHelpers.CALL_EX_MAPPING
                        : TraceHelpers.CALL_EX_KW;
                s.push(kwargs == null ? residual(TraceHelpers.CALL_EX, before, fn, positional)
                        : residual(withKeywords, before, fn, positional, kwargs));
            }
            case Opcode.UNPACK_SEQUENCE -> {
                Snapshot before = snapshot(pc);
                if (cs[sp - 1] instanceof PyTuple && s.stack[sp - 1] instanceof Op tuple) {
                    // A tuple's items, behind guards on its class and length (a tuple the trace built is
                    // never allocated then: allocation removal knows its items).
                    s.pop();
                    body.guardClass(tuple, PyTuple.class, before);
                    guard(OpCode.GUARD_VALUE, before, call(TupleOps.TUPLE_LEN, null, tuple), Const.ofLong(arg));
                    for (int i = arg - 1; i >= 0; i--) s.push(call(TupleOps.TUPLE_ITEM, null, tuple, Const.ofLong(i)));
                    return;
                }
                Value seq = ref(s.pop());
                Op items = residual(TraceHelpers.UNPACK, before, seq, Const.ofLong(arg));
                for (int i = arg - 1; i >= 0; i--) s.push(call(TraceHelpers.ARRAY_ITEM, null, items, Const.ofLong(i)));
            }
            case Opcode.RETURN_VALUE -> {
                if (frames.size() == 1 && (function || mayLeave)) {
                    // The end of a function trace, or a loop's bridge that returns from the loop's function (a
                    // return inside the loop): the interpreter returns the value on the stack.
                    leave(OpCode.RETURN, pc);
                    return;
                }
                if (frames.size() == 1 && parent == null) {
                    // The iteration recorded was the one that returns: the next one is recorded instead, as when
                    // a loop ends while recorded. Backing off (a multiple of the threshold of back edges) could
                    // land on the returning iteration of a later call each time and blacklist the loop.
                    throw new LoopEnded("the loop's function returned while it was recorded");
                }
                if (frames.size() == 1) throw leaving("the loop's function returned");
                returnToCaller(s, pc, cs[sp - 1]);
            }
            case Opcode.YIELD_VALUE -> {
                // Calls of generator functions are residual: only the loop's own frame (a generator's) yields.
                if (frames.size() != 1) throw new Abort("an inlined frame yields");
                if (mayLeave) {
                    // A bridge of a loop in a generator that reaches a yield: the interpreter yields the value.
                    leave(OpCode.YIELD, pc);
                    return;
                }
                throw leaving("the generator yielded before the loop's back edge");
            }
            default -> throw new Abort("unsupported instruction " + Opcode.name(op));
        }
    }

    /** Ends a bridge with op (RETURN or YIELD): an expected exit that resumes the interpreter at pc. */
    private void leave(OpCode op, int pc) {
        Op end = body.op(op);
        end.setSnapshot(snapshot(pc));
        end.expectedExit = true;
        jit.recordingLeft(this);
    }

    /**
     * The loop's frame returns or yields where the recording cannot end: a loop's own recording (it must get
     * back to its header), or a bridge from the loop's end, which will always end the same way there.
     */
    private Abort leaving(String reason) {
        return parent != null ? new Unbridgeable(reason) : new Abort(reason);
    }

    /**
     * An inlined frame returns: its caller takes the result as the instruction that made the call does (see
     * {@link CallKind}). Guards here resume the callee at its RETURN_VALUE, so a deoptimized return completes
     * the caller's instruction in the FrameRebuilder the same way.
     */
    private void returnToCaller(SymbolicFrame s, int pc, Object concreteResult) {
        switch (s.callKind) {
            case CALL -> {
                Value r = s.pop();
                frames.remove(frames.size() - 1);
                top().push(r);
            }
            case INIT -> {
                // The caller holds the instance already; __init__'s None is dropped (other results raise).
                if (concreteResult != PyNone.NONE) throw new Abort("__init__ returned a value");
                guardValue(s.stack[s.sp - 1], PyNone.NONE, snapshot(pc));
                frames.remove(frames.size() - 1);
            }
            case DISCARD -> {
                // A __setitem__ run by a store: the store has no result.
                s.pop();
                frames.remove(frames.size() - 1);
            }
            case LEN -> {
                // len() takes an int of at least 0 from __len__ (anything else raises there: not recorded).
                if (!(concreteResult instanceof Long n) || n < 0) throw new Abort("__len__ returned no length");
                Snapshot at = snapshot(pc);
                Value length = asLong(s.stack[s.sp - 1], at);
                guard(OpCode.GUARD_TRUE, at, body.op(OpCode.INT_GE, length, Const.ofLong(0)));
                s.pop();
                frames.remove(frames.size() - 1);
                top().push(length);
            }
            case BINARY_OP -> {
                // The operands are replaced by the result; NotImplemented would make the operator raise.
                if (concreteResult == PyNotImplemented.NOT_IMPLEMENTED) throw new Abort("an operator method returned NotImplemented");
                Value r = s.stack[s.sp - 1];
                if (r.kind() == Kind.REF && !(r instanceof Const)) {
                    guard(OpCode.GUARD_FALSE, snapshot(pc),
                            body.op(OpCode.REF_EQ, r, Const.ofRef(PyNotImplemented.NOT_IMPLEMENTED)));
                }
                s.pop();
                frames.remove(frames.size() - 1);
                SymbolicFrame caller = top();
                caller.pop();
                caller.pop();
                caller.push(r);
            }
        }
    }

    // ---- merge points ----

    /**
     * Where a merge point is: the code and pc of each frame, the loop's frame first. A join inside an inlined
     * call is one site per chain of callers (their resume pcs), so a bridge merges only into the same call.
     */
    private record MergeSite(List<FrameAt> frames) {
        static MergeSite of(Snapshot s) {
            List<FrameAt> at = new ArrayList<>();
            for (FrameState f : s.frames()) at.add(new FrameAt(f.code(), f.pc()));
            return new MergeSite(at);
        }

        // equals and hashCode written out: a record's own link through an invokedynamic bootstrap on first use.
        @Override
        public boolean equals(Object other) { return other instanceof MergeSite m && m.frames.equals(frames); }

        @Override
        public int hashCode() { return frames.hashCode(); }
    }

    private record FrameAt(CodeObject code, int pc) {
        @Override
        public boolean equals(Object other) { return other instanceof FrameAt f && f.code == code && f.pc == pc; }

        @Override
        public int hashCode() { return 31 * System.identityHashCode(code) + pc; }
    }

    private MergeSite siteHere(int pc) {
        List<FrameAt> at = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            SymbolicFrame s = frames.get(i);
            at.add(new FrameAt(s.code, i == frames.size() - 1 ? pc : s.returnPc));
        }
        return new MergeSite(at);
    }

    /** The pc each frame is at: the top frame's pc, and its callers' resume pcs. */
    private int pcOf(int frame, int topPc) {
        return frame == frames.size() - 1 ? topPc : frames.get(frame).returnPc;
    }

    /** Whether pc is a join of f's code: of the loop's region in the loop's frame, of all its code in a callee. */
    private boolean joinsAt(Frame f, int pc) {
        if (frames.size() == 1) return f == root && joinPoints.joins.get(pc);
        return calleeJoins.computeIfAbsent(f.code, c -> new JoinPoints(c, 0, c.ops.length - 1)).joins.get(pc);
    }

    /**
     * A merge point at a join: the values a bridge that took the other side of a branch may hold differently
     * become the MERGE's params. In the loop's frame those are the live slots the loop may write; in the frames
     * of inlined calls (made in this iteration) every live slot. What the recorder knew of earlier values
     * (unboxed views, guarded dicts, classes and shapes) is forgotten, since a bridge that jumps here did not
     * compute it. No merge point where a live slot is unbound, nor twice at one site. Params are numbered
     * across the frames, the loop's frame first: each frame's locals, then its stack.
     */
    private void addMergePoint(int pc) {
        MergeSite site = siteHere(pc);
        if (merged.contains(site)) return;
        java.util.BitSet stored = leftLoop ? joinPoints.storedAnywhere : joinPoints.stored;
        // First whether every slot that must be carried is bound; nothing is changed before.
        for (int i = 0; i < frames.size(); i++) {
            SymbolicFrame s = frames.get(i);
            LocalLiveness live = LocalLiveness.of(s.code);
            int at = pcOf(i, pc);
            for (int k = 0; k < s.locals.length; k++) {
                if (!live.isLive(at, k) || i == 0 && !stored.get(k)) continue;
                if (i == 0 ? s.frame.locals[k] == null : s.locals[k] == null) return;
            }
        }
        merged.add(site);
        List<Integer> slots = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        int base = 0;
        for (int i = 0; i < frames.size(); i++) {
            SymbolicFrame s = frames.get(i);
            LocalLiveness live = LocalLiveness.of(s.code);
            int at = pcOf(i, pc);
            int nlocals = s.locals.length;
            for (int k = 0; k < nlocals; k++) {
                if (i == 0 && !stored.get(k)) continue;
                if (!live.isLive(at, k)) {
                    // Written before it is read on every path from here (the loop's next iteration included): its
                    // value from before the merge is never needed, and a bridge's would not be there.
                    if (s.locals[k] != null) s.locals[k] = i == 0 ? Const.ofRef(PyNone.NONE) : null;
                    continue;
                }
                slots.add(base + k);
                values.add(i == 0 ? readLocal(s, k) : s.locals[k]);
            }
            // The loop's iterators below the header's stack are inputs, unless the recording left the loop.
            for (int k = i == 0 && !leftLoop ? headerSp : 0; k < s.sp; k++) {
                // LOAD_METHOD's "no self" marker is not a value: the same on every path, and CALL_METHOD must
                // still see it (carried, it became a param, and the recording aborted there).
                if (s.stack[k] instanceof Const c && c.kind() == Kind.REF && c.refValue() == null) continue;
                slots.add(base + nlocals + k);
                values.add(s.stack[k]);
            }
            base += nlocals + s.sp;
        }
        Snapshot here = snapshot(pc);
        SlotFacts facts = factsOf(here);
        Op merge = body.add(new Op(OpCode.MERGE, new MergePoint(pc, slots.stream().mapToInt(Integer::intValue).toArray(),
                facts), values.toArray(new Value[0])));
        merge.setSnapshot(here);
        for (int i = 0; i < slots.size(); i++) {
            Op param = body.add(new Op(OpCode.MERGE_PARAM, new MergeParam(i, values.get(i).kind())));
            setSlot(slots.get(i), param);
        }
        unboxed.clear();
        // A bridge that joins here may come from any guard before it, the guards of these layouts included: the
        // trace knows only what each bridge makes sure of before it joins (mergeInto).
        guardedObjects.clear();
        residualCalls++;
        int[] known = facts.slots();
        Shape[] shapes = facts.shapes();
        for (int i = 0; i < known.length; i++) {
            if (slotAcrossFrames(known[i]) instanceof Op o) guardedObjects.put(o, new KnownLayout(residualCalls, shapes[i]));
        }
        if (facts.checked() != null) assumptionsCheckedAt = residualCalls;
    }

    /** The frame holding a slot numbered across the frames (as a merge point's), and the slot's index in it. */
    private int[] frameSlot(int slot) {
        for (int i = 0; i < frames.size(); i++) {
            SymbolicFrame s = frames.get(i);
            int size = s.locals.length + s.sp;
            if (slot < size) return new int[] {i, slot};
            slot -= size;
        }
        throw new Abort("a merge slot beyond the frames");
    }

    private Value slotAcrossFrames(int slot) {
        int[] at = frameSlot(slot);
        return slotValue(frames.get(at[0]), at[1]);
    }

    private void setSlot(int slot, Value v) {
        int[] at = frameSlot(slot);
        SymbolicFrame s = frames.get(at[0]);
        if (at[1] < s.locals.length) s.locals[at[1]] = v; else s.stack[at[1] - s.locals.length] = v;
    }

    /**
     * Ends the bridge at a merge point of its loop when its frames fit: the same frames at the same pcs (the
     * site matched) with the same stack depths, every live slot that is not a param holding the very value the
     * loop's path holds there, and every param slot a value of the param's kind (or one that unboxes to it).
     * Then a MERGE_JUMP gives the params those values.
     */
    private boolean mergeInto(Op merge, int pc) {
        if (mustRestart()) return false;
        List<FrameState> at = merge.snapshot().frames();
        if (at.size() != frames.size()) return false;
        for (int i = 0; i < at.size(); i++) if (frames.get(i).sp != at.get(i).stack().length) return false;
        int[] slots = merge.mergePoint().slots();
        java.util.BitSet params = new java.util.BitSet();
        for (int s : slots) params.set(s);
        int base = 0;
        for (int i = 0; i < at.size(); i++) {
            SymbolicFrame r = frames.get(i);
            FrameState want = at.get(i);
            LocalLiveness live = LocalLiveness.of(r.code);
            int nlocals = r.locals.length;
            for (int k = 0; k < nlocals + r.sp; k++) {
                if (params.get(base + k) || k < nlocals && !live.isLive(pcOf(i, pc), k)) continue;
                Value loops = k < nlocals ? want.locals()[k] : want.stack()[k - nlocals];
                Value mine = slotValue(r, k);
                if (i == 0 ? !sameSlotValue(k, loops, mine) : !java.util.Objects.equals(loops, mine)) return false;
            }
            base += nlocals + r.sp;
        }
        for (int i = 0; i < slots.length; i++) {
            Value mine = slotAcrossFrames(slots[i]);
            Kind kind = merge.arg(i).kind();
            if (mine == null || mine.kind() != kind && (mine.kind() != Kind.REF || mine instanceof Const)
                    && kind != Kind.REF) {
                return false;
            }
        }
        SlotFacts facts = merge.mergePoint().facts();
        int[] known = facts.slots();
        Shape[] shapes = facts.shapes();
        for (int i = 0; i < known.length; i++) {
            if (!(concreteSlot(known[i]) instanceof PyObject p) || p.shape != shapes[i]) return false;
        }
        Snapshot here = snapshot(pc);
        // What the loop's path knows after the merge point, made sure of here (see factsOf).
        for (int i = 0; i < known.length; i++) {
            int[] where = frameSlot(known[i]);
            Value v = where[0] == 0 && where[1] < frames.get(0).locals.length ? readLocal(frames.get(0), where[1])
                    : slotAcrossFrames(known[i]);
            KnownLayout layout = v instanceof Op o ? guardedObjects.get(o) : null;
            if (layout == null || layout.at() != residualCalls || layout.shape() != shapes[i]) {
                guard(OpCode.GUARD_VALUE, here, call(TraceHelpers.SHAPE_OF, null, v), Const.ofRef(shapes[i]));
                if (v instanceof Op o) guardedObjects.put(o, new KnownLayout(residualCalls, shapes[i]));
            }
        }
        if (facts.checked() == assumptions) {
            checkAssumptions(here);
        } else if (facts.checked() != null) {
            guard(OpCode.GUARD_TRUE, here, call(TraceHelpers.ASSUMPTIONS_HOLD, null, Const.ofRef(facts.checked())));
        }
        Value[] values = new Value[slots.length];
        for (int i = 0; i < slots.length; i++) values[i] = convert(slotAcrossFrames(slots[i]), merge.arg(i).kind(), here);
        body.add(new Op(OpCode.MERGE_JUMP, merge, values));
        mergeJumped = true;
        return true;
    }

    /** The interpreter's value in a slot numbered across the frames (as a merge point's). */
    private Object concreteSlot(int slot) {
        int[] at = frameSlot(slot);
        Frame f = frames.get(at[0]).frame;
        return at[1] < f.locals.length ? f.locals[at[1]] : f.stack[at[1] - f.locals.length];
    }

    /**
     * Whether a slot the merge point does not carry holds the same value on the bridge as on the loop's path:
     * the same IR value, or "what the frame held on entry" on both (null on one side, the slot's input on the
     * other: the loop's, or one the bridge adds).
     */
    private boolean sameSlotValue(int slot, Value loops, Value mine) {
        if (java.util.Objects.equals(loops, mine)) return true;
        if (loops == null) return mine != null && mine == extraInputs.get(slot);
        if (mine != null) return false;
        for (int k = 0; k < parentSlots.length; k++) {
            if (parentSlots[k] == slot) return loops == parent.inputs().get(k);
        }
        return false;
    }

    // ---- values ----

    private SymbolicFrame top() { return frames.get(frames.size() - 1); }

    private Value constant(Object o) {
        if (o instanceof Long l) return Const.ofLong(l);
        if (o instanceof Double d) return Const.ofDouble(d);
        if (o instanceof Boolean b) return Const.ofBool(b);
        return Const.ofRef(o);
    }

    private Value readLocal(SymbolicFrame s, int slot) {
        Value v = s.locals[slot];
        if (v == null && s == frames.get(0) && parent != null) {
            v = extraInput(slot);
            s.locals[slot] = v;
        }
        if (v == null && s == frames.get(0)) {
            v = input(slot);
            s.locals[slot] = v;
        }
        if (v == null) throw new Abort("read of an empty slot");
        return v;
    }

    private void writeLocal(SymbolicFrame s, int slot, Value v) {
        if (function) {
            // A function trace runs once per call: what it writes is no input of a next iteration.
            s.locals[slot] = v;
            return;
        }
        // A slot the loop carries may be empty here too: the exit left out a local it knew to be dead.
        if (s == frames.get(0) && parent != null && !isParentSlot(slot)
                && (s.locals[slot] == null || extraInputs.containsKey(slot))) {
            extraInput(slot);
            writesExtra = true;
        }
        if (s == frames.get(0) && parent == null) input(slot);
        s.locals[slot] = v;
    }

    /** The INPUT of a root frame slot (locals first, then stack slots), made on first use. */
    private Op input(int slot) {
        Op in = inputBySlot.get(slot);
        if (in == null) {
            in = new Op(OpCode.INPUT, inputs.size());
            in.line = root.code.lines[headerPc];
            inputs.add(in);
            inputSlots.add(slot);
            inputBySlot.put(slot, in);
        }
        return in;
    }

    /** A value as a boxed reference (boxing an unboxed one). */
    private Value ref(Value v) {
        if (v == null) throw new Abort("untracked stack slot");
        return switch (v.kind()) {
            case REF -> v;
            case I64 -> v instanceof Const c ? Const.ofRef(c.longValue()) : body.op(OpCode.BOX_INT, v);
            case F64 -> v instanceof Const c ? Const.ofRef(c.doubleValue()) : body.op(OpCode.BOX_FLOAT, v);
            case BOOL -> v instanceof Const c ? Const.ofRef(c.boolValue()) : body.op(OpCode.BOX_BOOL, v);
            case VOID -> throw new Abort("void value");
        };
    }

    /** A value known (by its concrete value) to be an int, as an i64: a guard and an unbox for a ref. */
    private Value asLong(Value v, Snapshot before) {
        if (v.kind() == Kind.I64) return v;
        if (v instanceof Const c && c.refValue() instanceof Long l) return Const.ofLong(l);
        return unbox(v, Long.class, OpCode.UNBOX_INT, before);
    }

    private Value asDouble(Value v, Snapshot before) {
        if (v.kind() == Kind.F64) return v;
        if (v.kind() == Kind.I64) return body.op(OpCode.CAST_INT_TO_FLOAT, v);
        if (v instanceof Const c && c.refValue() instanceof Double d) return Const.ofDouble(d);
        if (v instanceof Const c && c.refValue() instanceof Long l) return Const.ofDouble(l);
        return unbox(v, Double.class, OpCode.UNBOX_FLOAT, before);
    }

    /** An int-or-float operand as f64 (CPython converts the int operand of a mixed operation). */
    private Value numberAsDouble(Value v, Object concrete, Snapshot before) {
        return concrete instanceof Long ? body.op(OpCode.CAST_INT_TO_FLOAT, asLong(v, before)) : asDouble(v, before);
    }

    private Value unbox(Value v, Class<?> cls, OpCode unboxOp, Snapshot before) {
        if (!(v instanceof Op ref) || ref.kind() != Kind.REF) throw new Abort("cannot unbox " + v);
        Op u = unboxed.get(ref);
        if (u != null && u.opcode == unboxOp) return u;
        body.guardClass(ref, cls, before);
        u = body.op(unboxOp, ref);
        unboxed.put(ref, u);
        return u;
    }

    /** The truth of a value as a bool, guarding what the concrete value tells. */
    private Value truth(Value v, Object concrete, Snapshot before) {
        if (v.kind() == Kind.BOOL) return v;
        if (v.kind() == Kind.I64) return body.op(OpCode.INT_NE, v, Const.ofLong(0));
        if (v.kind() == Kind.F64) return body.op(OpCode.FLOAT_NE, v, Const.ofDouble(0.0));
        if (v instanceof Const c) return Const.ofBool(TraceHelpers.isTrue(c.refValue()));
        if (concrete instanceof Boolean) return unbox(v, Boolean.class, OpCode.UNBOX_BOOL, before);
        if (concrete == PyNone.NONE) {
            guard(OpCode.GUARD_VALUE, before, v, Const.ofRef(PyNone.NONE));
            return Const.ofBool(false);
        }
        if (concrete instanceof Long) return body.op(OpCode.INT_NE, asLong(v, before), Const.ofLong(0));
        // `while todo:` of a list or a deque: its length, not a residual call after which nothing is known.
        if (concrete instanceof PyList && v instanceof Op list) {
            return body.op(OpCode.INT_NE, listLength(list, before), Const.ofLong(0));
        }
        if (concrete instanceof PyObject p && isDeque(p) && v instanceof Op deque) {
            guardLayout(deque, p, before);
            return body.op(OpCode.INT_NE, call(TraceHelpers.DEQUE_LEN, null, deque), Const.ofLong(0));
        }
        return residual(TraceHelpers.IS_TRUE, before, v);
    }

    // ---- ops ----

    private Op guard(OpCode code, Snapshot s, Value... args) {
        Op g = body.guard(code, s, args);
        g.exitFacts = factsOf(s);
        return g;
    }

    /**
     * What the trace knows where it leaves (or merges) with snapshot s, in terms of s's live slots: the shapes
     * known since the last residual call, and that the assumptions were checked since then. A bridge recorded
     * from an exit starts knowing them (startKnowing); one that joins at a merge point makes sure of them
     * (mergeInto). A shape the trace knew only because no instance ever left it (guardLayout) is known since
     * the last call too: the check of the flag stood for it.
     */
    private SlotFacts factsOf(Snapshot s) {
        if (assumptionsCheckedAt != residualCalls) return SlotFacts.NONE;
        List<Integer> known = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        int base = 0;
        for (FrameState fs : s.frames()) {
            Value[] locals = fs.locals();
            Value[] stack = fs.stack();
            LocalLiveness live = LocalLiveness.of(fs.code());
            for (int k = 0; k < locals.length + stack.length; k++) {
                if (k < locals.length && !live.isLive(fs.pc(), k)) continue;
                Value v = k < locals.length ? locals[k] : stack[k - locals.length];
                KnownLayout layout = v instanceof Op o ? guardedObjects.get(o) : null;
                if (layout != null && layout.at() == residualCalls) {
                    known.add(base + k);
                    shapes.add(layout.shape());
                }
            }
            base += locals.length + stack.length;
        }
        return new SlotFacts(known.stream().mapToInt(Integer::intValue).toArray(), shapes.toArray(new Shape[0]),
                assumptions);
    }

    /** A bridge starts knowing what its loop knew where it left (see factsOf), where the objects agree. */
    private void startKnowing(SlotFacts facts) {
        if (facts == null || facts.checked() != assumptions) return;
        int[] slots = facts.slots();
        Shape[] shapes = facts.shapes();
        for (int i = 0; i < slots.length; i++) {
            if (slotAcrossFrames(slots[i]) instanceof Op o && concreteSlot(slots[i]) instanceof PyObject p
                    && p.shape == shapes[i]) {
                guardedObjects.put(o, new KnownLayout(residualCalls, shapes[i]));
            }
        }
        assumptionsCheckedAt = residualCalls;
    }


    /** A helper call that cannot raise (or whose snapshot is given). */
    private Op call(CallDescr d, Snapshot s, Value... args) { return body.call(d, s, args); }

    /** A helper call that may run arbitrary code: later guards on dict versions must be redone. */
    private Op residual(CallDescr d, Snapshot s, Value... args) {
        residualCalls++;
        // Any helper may run Python code (a dunder method, a property, a generator): the recorder ignores
        // the frames it runs until control is back in the frame being recorded.
        residualCaller = top().frame;
        return body.call(d, s, args);
    }

    private Snapshot snapshot(int pc) {
        FrameState[] fs = new FrameState[frames.size()];
        for (int i = 0; i < fs.length; i++) {
            SymbolicFrame s = frames.get(i);
            fs[i] = s.state(i == fs.length - 1 ? pc : s.returnPc);
        }
        return new Snapshot(fs);
    }

    private void resolveBranch(int pc) {
        PendingBranch b = pendingBranch;
        pendingBranch = null;
        if (b.target == b.fallThrough) return;
        boolean jumped = pc == b.target;
        if (!jumped && pc != b.fallThrough) throw new Abort("branch went neither way");
        if (b.popOnFallThroughOnly && !jumped) top().pop();
        // The condition equalled jumpIfTrue exactly when the branch was taken.
        boolean condWas = jumped == b.jumpIfTrue;
        if (b.cond instanceof Const c) {
            if (c.boolValue() != condWas) throw new Abort("constant branch went the other way");
            return;
        }
        if (provenByFailedGuard(b.cond, condWas)) return;
        CodeObject branchCode = top().frame.code;
        // A function trace of a function whose loops test only their end unrolls as many copies of the test
        // as the call ran iterations: its paths are one per trip count, not one per combination of branches.
        if (innerIterations > 0 && !(function && frames.size() == 1 && loopsOnlyTestTheirEnd(branchCode))
                && tooManyCopies(branchCode, unrolledBranches.merge(new BranchSite(branchCode, b.fallThrough - 1),
                        condWas ? 1 : 1 << 16, Integer::sum))) {
            String reason = "the inner loop at line " + unrolledLoopLine + " branches on data at line "
                    + branchCode.lines[b.fallThrough - 1] + ": unrolled, its paths would multiply";
            // The inlined function the branch is in, when it has a loop (a while loop's own test, a branch in
            // its loop body), rather than its caller whose loop was unrolled last: chaos's Spline.__call__ stays
            // inlined, and only the small search loop it calls (Spline.span) stays residual.
            CodeObject blamed = frames.size() > 1 && hasLoop(branchCode) ? branchCode : unrolledInlinedLoop;
            if (blamed != null) throw new NotInlinable(blamed, reason);
            throw new Abort(reason);
        }
        Op g = guard(condWas ? OpCode.GUARD_TRUE : OpCode.GUARD_FALSE, b.before, b.cond);
        int other = jumped ? b.fallThrough : b.target;
        g.expectedExit = b.inRoot && leavesLoop(other);
    }

    /**
     * Whether a branch has more copies in this recording than MAX_UNROLLED_BRANCH_COPIES (taken: the count of
     * copies that found the condition true in the low 16 bits, false in the high). Copies of a branch in the
     * unrolled loop's own function that all went one way do not count: that is a rare case the loop tests at
     * every iteration (richards's `if self.letter > 26` in WorkTask.run's four-iteration loop, which kept
     * WorkTask.run out of the scheduler's trace: 840,000 trips through the interpreter), and each later run
     * that takes it adds one bridge, not a path per combination. A branch elsewhere counts every copy (it may
     * be copied by calls rather than iterations: raytrace's to_byte, whose three copies keep Scene.trace out
     * of the main loop's trace, where its bridges came out too big for a method).
     */
    private boolean tooManyCopies(CodeObject branchCode, int taken) {
        int trueCopies = taken & 0xFFFF;
        int falseCopies = taken >>> 16;
        if (trueCopies + falseCopies <= MAX_UNROLLED_BRANCH_COPIES) return false;
        return branchCode != unrolledLoopCode || trueCopies > 0 && falseCopies > 0;
    }

    /**
     * A bridge starts by re-executing the branch whose guard failed: the failure already proves the
     * condition's value, so the bridge needs no guard of its own for the same (pure) condition.
     */
    private boolean provenByFailedGuard(Value cond, boolean value) {
        if (bridgeFrom == null || bridgeFrom.argCount() != 1) return false;
        if (bridgeFrom.opcode != OpCode.GUARD_TRUE && bridgeFrom.opcode != OpCode.GUARD_FALSE) return false;
        boolean failedValue = bridgeFrom.opcode == OpCode.GUARD_FALSE;
        Value known = bridgeFrom.arg(0);
        boolean same = cond == known || cond instanceof Op c && known instanceof Op k && c.opcode == k.opcode
                && c.opcode.isPure() && c.descr == k.descr && c.args().equals(k.args());
        return same && value == failedValue;
    }

    private Value loadGlobal(Frame f, int pc, String name) {
        Object v = f.globals.get(name);
        boolean fromBuiltins = v == null;
        if (fromBuiltins) v = f.builtins.get(name);
        if (v == null) throw new Abort("undefined global " + name);
        boolean mutated = f.namespace != null || storesGlobals(f.code);
        if (mutated) {
            return residual(TraceHelpers.LOAD_GLOBAL, snapshot(pc), Const.ofRef(f.globals), Const.ofRef(f.builtins),
                    Const.ofRef(name));
        }
        Snapshot before = snapshot(pc);
        if (settled(f.globals, name) && (!fromBuiltins || settled(f.builtins, name))) {
            // Absent from the globals and bound in the builtins, or bound in the globals: a constant while so.
            relyOnBinding(f.globals, name, before);
            if (fromBuiltins) relyOnBinding(f.builtins, name, before);
            return constant(v);
        }
        // The name's entry in the globals (or its absence) holds while their keys do; a rebinding of another
        // global (a counter the program keeps in one) changes nothing the trace assumed.
        guardKeys(f.globals, before);
        if (fromBuiltins) {
            guardVersion(f.builtins, before);
            return constant(v);
        }
        Op current = call(TraceHelpers.DICT_VALUE_AT, null, Const.ofRef(f.globals),
                Const.ofLong(f.globals.entryOf(name)));
        if (!specializesOn(v)) return current;
        // A function, class or module: the trace inlines it or looks into it, so it is this very object.
        guardValue(current, v, before);
        return constant(v);
    }

    /**
     * Whether a trace may take a global as a constant. One the program keeps rebinding (a counter, an
     * accumulator) would discard the trace at every change: it is read from its dict entry each time instead.
     */
    private static boolean settled(PyDict globals, String name) {
        return globals.changesOf(name) <= MAX_GLOBAL_CHANGES;
    }

    /** Changes of a global relied on (rebinding, deleting) after which it is not settled. */
    private static final int MAX_GLOBAL_CHANGES = 8;

    /** Values whose identity a trace builds on (it inlines a function, constructs a class, reads a module). */
    private static boolean specializesOn(Object v) {
        return v instanceof PyFunction || v instanceof PyType || v instanceof PyModule || v instanceof PyBuiltinFunction;
    }

    /** The dict's keys (so the entry of each) must be the ones seen now. */
    private void guardKeys(PyDict d, Snapshot before) {
        guardDict(d, TraceHelpers.DICT_KEYS_VERSION, d.keysVersion, guardedKeys, before);
    }

    private static boolean storesGlobals(CodeObject code) {
        for (byte op : code.ops) if (op == Opcode.STORE_GLOBAL || op == Opcode.DELETE_GLOBAL) return true;
        return false;
    }

    /** Makes the dict's contents a constant of the trace: its version must be the one seen now. */
    private void guardVersion(PyDict d, Snapshot before) {
        guardDict(d, TraceHelpers.DICT_VERSION, d.version, guardedDicts, before);
    }

    /** Guards a version of d (read by the helper) once until a residual call may change it; guarded remembers. */
    private void guardDict(PyDict d, CallDescr version, int now, Map<PyDict, Integer> guarded, Snapshot before) {
        Integer at = guarded.get(d);
        if (at != null && at == residualCalls) return;
        guard(OpCode.GUARD_VALUE, before, call(version, null, Const.ofRef(d)), Const.ofLong(now));
        guarded.put(d, residualCalls);
    }

    private Value loadAttr(Value obj, Object concrete, String name, Snapshot before) {
        if (concrete instanceof PyModule m && m.globals.get(name) != null) {
            guardValue(obj, m, before);
            if (settled(m.globals, name)) relyOnBinding(m.globals, name, before); else guardVersion(m.globals, before);
            return constant(m.globals.get(name));
        }
        if (concrete instanceof PyObject p && p.type.layout == PyType.Layout.OBJECT && settled(p.type)
                && obj instanceof Op o) {
            int slot = p.shape.slotOf(name);
            Object onType = p.type.lookup(name);
            if (slot >= 0 && p.slots[slot] != PyObject.DELETED && !(onType instanceof PyProperty)) {
                guardLayout(o, p, before);
                if (p.shape.isFloatSlot(slot)) {
                    // The guarded shape says the slot holds a float: no check of what it holds.
                    return call(TraceHelpers.FLOAT_FIELD, null, o, Const.ofLong(slot));
                }
                if (PyObject.attributeValue(p.slots[slot]) instanceof Double) {
                    // A float attribute is read unboxed, whether the slot keeps it boxed or not.
                    guard(OpCode.GUARD_TRUE, before, call(TraceHelpers.HOLDS_FLOAT, null, o, Const.ofLong(slot)));
                    return call(TraceHelpers.FLOAT_SLOT, null, o, Const.ofLong(slot));
                }
                Op v = call(TraceHelpers.OBJECT_SLOT, null, o, Const.ofLong(slot));
                guard(OpCode.GUARD_FALSE, before, body.op(OpCode.REF_EQ, v, Const.ofRef(PyObject.DELETED)));
                return v;
            }
            if (slot < 0 && Attributes.readsAsItself(onType)) {
                guardLayout(o, p, before);
                return constant(onType);
            }
        }
        if (concrete instanceof PyType t && !t.builtin && settled(t) && !isDunder(name)) {
            // A class's attribute (`Strength.weaker(a, b)`): what the MRO lookup finds holds while the class's
            // version does, so a static method becomes a constant function that calls can inline. Dunder names
            // may be the type's own attributes (__name__, __dict__); a class method makes a new bound method.
            Object d = t.lookup(name);
            Object v = d instanceof PyStaticMethod sm ? sm.function : d instanceof PyClassMethod ? null : d;
            if (v != null) {
                guardValue(obj, t, before);
                relyOnClass(t, before);
                return constant(v);
            }
        }
        return residual(TraceHelpers.GET_ATTR, before, ref(obj), Const.ofRef(name));
    }

    private static boolean isDunder(String name) { return name.startsWith("__") && name.endsWith("__"); }

    private void storeAttr(SymbolicFrame s, int pc, Object concrete, Object concreteValue, String name) {
        Snapshot before = snapshot(pc);
        Value obj = s.pop();
        Value value = s.pop();
        if (concrete instanceof PyObject p && p.type.layout == PyType.Layout.OBJECT && settled(p.type)
                && obj instanceof Op o && !p.type.builtin && Attributes.storesPlainly(p.type, name)) {
            guardLayout(o, p, before);
            boolean storesFloat = value != null
                    && (value.kind() == Kind.F64 || value.kind() == Kind.REF && concreteValue instanceof Double);
            int at = p.shape.slotOf(name);
            if (at < 0) {
                // A new attribute (an __init__ setting up its instance): the guarded shape's successor is fixed,
                // and so is the kind of slot the value gets (a float slot needs a float: guarded).
                Shape next = p.shape.adding(name, concreteValue);
                if (next.isFloatSlot(next.size() - 1) && value instanceof Op && value.kind() == Kind.REF) {
                    body.guardClass(value, Double.class, before);
                }
                call(TraceHelpers.ADD_SLOT, null, o, Const.ofRef(next), ref(value));
                guardedObjects.put(o, new KnownLayout(residualCalls, next));
                return;
            }
            Const slot = Const.ofLong(at);
            if (p.shape.isFloatSlot(at)) {
                if (storesFloat) {
                    call(TraceHelpers.SET_FLOAT_FIELD, null, o, slot, asDouble(value, before));
                } else {
                    // The slot stops being a float slot: the object changes shape (the generic path does it).
                    residual(TraceHelpers.SET_ATTR, before, ref(obj), Const.ofRef(name), ref(value));
                }
                return;
            }
            if (storesFloat) {
                // Kept unboxed in the slot: the loop's updates of a float attribute allocate nothing.
                call(TraceHelpers.SET_FLOAT_SLOT, null, o, slot, asDouble(value, before));
                return;
            }
            call(TraceHelpers.SET_OBJECT_SLOT, null, o, slot, ref(value));
            return;
        }
        residual(TraceHelpers.SET_ATTR, before, ref(obj), Const.ofRef(name), ref(value));
    }

    /** LOAD_METHOD as the interpreter does it: (function, self) for a method, else (attribute, null). */
    private void loadMethod(SymbolicFrame s, int pc, Object concrete, String name) {
        Snapshot before = snapshot(pc);
        Value obj = s.pop();
        if (concrete instanceof PySuper sup && callOf(obj, TraceHelpers.NEW_SUPER) instanceof Op o
                && sup.self instanceof PyObject self && o.arg(1) instanceof Op selfOp
                && PySuper.lookupAfter(self.type, sup.start, name) instanceof PyFunction fn) {
            // (function, self), as the interpreter leaves them: the function is the class's, behind self's
            // layout guard, and the call inlines it like any method.
            guardLayout(selfOp, self, before);
            s.push(Const.ofRef(fn));
            s.push(selfOp);
            return;
        }
        if (concrete instanceof PyObject p && settled(p.type) && obj instanceof Op o) {
            Object d = p.type.lookup(name);
            if (Attributes.callsAsMethod(p, d) && p.getOwn(name) == null) {
                guardLayout(o, p, before);
                s.push(Const.ofRef(d));
                s.push(o);
                return;
            }
        } else if (!(concrete instanceof PyType) && !(concrete instanceof PyModule) && !(concrete instanceof PySuper)
                && !(concrete instanceof PyObject)) {
            PyType t = Ops.type(concrete);
            if (t.lookup(name) instanceof PyBuiltinFunction b && b.isMethod()) {
                guardValue(call(TraceHelpers.TYPE_OF, null, ref(obj)), t, before);
                s.push(Const.ofRef(b));
                s.push(ref(obj));
                return;
            }
        }
        s.push(loadAttr(obj, concrete, name, before));
        s.push(Const.ofRef(null));
    }

    /**
     * Whether a trace may count on a class staying as it is (guarding its version). The version of a class
     * whose attributes the program keeps rebinding (a counter kept in a class attribute) would fail that guard
     * at every iteration, and each failure grow a bridge: its instances go through the generic helpers.
     */
    private static boolean settled(PyType t) { return t.version() <= MAX_CLASS_CHANGES; }

    /** Changes of a class (rebinding, adding or deleting its attributes) after which it is not settled. */
    private static final int MAX_CLASS_CHANGES = 8;

    /** The value is this very object (a function about to be inlined, a module). */
    private void guardValue(Value v, Object expected, Snapshot before) {
        if (v instanceof Const c && c.refValue() == expected) return;
        if (!(v instanceof Op)) throw new Abort("a constant differs from the interpreter's value");
        guard(OpCode.GUARD_VALUE, before, v, Const.ofRef(expected));
    }

    /**
     * An instance's attribute lookups hold while its type, the type's version and its shape do: the facts
     * the interpreter's inline caches check, guarded once per object until a residual call may change them.
     * The shape implies the type (each class has shapes of its own, and an instance never changes class), so
     * the type is not checked apart; its class is relied on (see relyOnClass).
     */
    private void guardLayout(Op obj, PyObject p, Snapshot before) {
        relyOnClass(p.type, before);
        KnownLayout known = guardedObjects.get(obj);
        if (known != null && known.at() == residualCalls) return;
        if (known != null && known.shape() == p.shape && p.shape.keepsItsInstances()) {
            // It had this shape before the residual calls since, and no instance ever left this shape: the
            // shape invalidates the recording's assumptions if one does (checked by relyOnClass just now).
            p.shape.addDependent(assumptions);
        } else {
            guardValue(call(TraceHelpers.SHAPE_OF, null, obj), p.shape, before);
        }
        guardedObjects.put(obj, new KnownLayout(residualCalls, p.shape));
    }

    /** An instance's shape as the trace knows it, and the residual-call count when it was last made sure of. */
    private record KnownLayout(int at, Shape shape) {}

    /**
     * A class's attributes (its methods, properties, operator methods) hold while its version does. Each class
     * the recording relies on holds its assumptions (PyPy's quasi-immutable class versions), which it
     * invalidates when it changes: so the version it has now holds as long as that one flag does (see
     * checkAssumptions).
     */
    private void relyOnClass(PyType t, Snapshot before) {
        t.addDependent(assumptions);
        checkAssumptions(before);
    }

    /**
     * A global (or a module's attribute) is taken as the constant it is now, or as absent: its dict invalidates
     * the recording's assumptions when the name is bound, rebound or deleted (PyPy's module cells).
     */
    private void relyOnBinding(PyDict d, String name, Snapshot before) {
        d.addDependent(name, assumptions);
        checkAssumptions(before);
    }

    /**
     * One check of the flag, once at the start and once after each residual call that may change a class or
     * a global, stands for the versions of all classes relied on and the values of all globals read
     * (deltablue's traces read class versions 1,305 times, almost all again after residual calls). A failed
     * check discards the loop: it is recorded again as the classes and globals are now.
     */
    private void checkAssumptions(Snapshot before) {
        // A class or global changed while this was recorded: what follows was recorded with it changed, while
        // the check would fail on every run.
        if (!assumptions.isValid()) throw new Abort("a class or global changed while the loop was recorded");
        if (assumptionsCheckedAt != residualCalls) {
            guard(OpCode.GUARD_TRUE, before, call(TraceHelpers.ASSUMPTIONS_HOLD, null, Const.ofRef(assumptions)));
            assumptionsCheckedAt = residualCalls;
        }
    }

    private void binaryOp(SymbolicFrame s, int pc, int arg, Object ca, Object cb) {
        Snapshot before = snapshot(pc);
        if (inlineOperatorMethod(s, pc, arg, ca, cb, before)) return;
        Value b = s.pop();
        Value a = s.pop();
        int o = arg & 15;
        Value r = null;
        if (ca instanceof Long && cb instanceof Long) {
            r = intOp(o, asLong(a, before), asLong(b, before), cb, before);
        } else if ((ca instanceof Double || ca instanceof Long) && (cb instanceof Double || cb instanceof Long)) {
            r = floatOp(o, numberAsDouble(a, ca, before), numberAsDouble(b, cb, before), before);
        }
        if (r == null) r = residual(TraceHelpers.BINARY_OP, before, ref(a), ref(b), Const.ofLong(arg));
        s.push(r);
    }

    private static final Operator[] OPERATORS = Operator.values();

    /**
     * a op b where a Python class implements the operator: the method the interpreter calls first, a.__op__(b)
     * or (a a number) b.__rop__(a), is inlined, its caller keeping both operands on its stack until it returns
     * ({@link CallKind#BINARY_OP}). Only where the interpreter would try nothing after that method but raise
     * the TypeError: no __iop__ to try first, and b a number or of a's very class (no reflected method of a
     * subclass to try before, or after). The classes of both operands are guarded; a class's version vouches
     * for the methods found on it. False when not inlined; nothing is recorded then.
     */
    private boolean inlineOperatorMethod(SymbolicFrame s, int pc, int arg, Object ca, Object cb, Snapshot before) {
        Operator operator = OPERATORS[arg & ~Opcode.INPLACE];
        Object method;
        boolean reflected;
        if (ca instanceof PyObject pa && plainClass(pa.type) && (isNumber(cb) || cb instanceof PyObject pb && pb.type == pa.type)) {
            if (arg >= Opcode.INPLACE && pa.type.lookup(operator.inplace) != null) return false;
            method = pa.type.lookup(operator.method);
            reflected = false;
        } else if (isNumber(ca) && cb instanceof PyObject pb && plainClass(pb.type)) {
            method = pb.type.lookup(operator.reflected);
            reflected = true;
        } else {
            return false;
        }
        if (!(method instanceof PyFunction fn) || !inlinable(fn, 2)) return false;
        Value b = s.stack[s.sp - 1];
        Value a = s.stack[s.sp - 2];
        guardOperandClass(a, ca, before);
        guardOperandClass(b, cb, before);
        enter(s, pc, fn, reflected ? new Value[] {b, a} : new Value[] {a, b}, null, CallKind.BINARY_OP);
        return true;
    }

    /** A unary operator (dunder: its method) on an instance of a Python class: the method is inlined. */
    private boolean inlineOperand(SymbolicFrame s, int pc, Object concrete, String dunder, Snapshot before) {
        if (!(concrete instanceof PyObject p) || !plainClass(p.type)) return false;
        if (!(p.type.lookup(dunder) instanceof PyFunction fn) || !inlinable(fn, 1)) return false;
        Value v = s.pop();
        guardOperandClass(v, concrete, before);
        enter(s, pc, fn, new Value[] {v}, null, CallKind.CALL);
        return true;
    }

    /**
     * len() of an instance of a Python class: its __len__ is inlined (readpoly's {@code index >= len(self)} in
     * __getitem__ was a residual call, after which the trace knew nothing of the objects it had guarded).
     */
    private boolean inlineLen(SymbolicFrame s, int pc, Frame f, Object fn, Value fnValue, Value v, Object concrete,
            Snapshot before) {
        if (fn != f.builtins.get("len") || !(concrete instanceof PyObject p) || !plainClass(p.type)) return false;
        if (!(p.type.lookup("__len__") instanceof PyFunction len) || !inlinable(len, 1)) return false;
        guardValue(fnValue, fn, before);
        guardOperandClass(v, concrete, before);
        enter(s, pc, len, new Value[] {v}, null, CallKind.LEN);
        return true;
    }

    /** Reading a property of an instance of a Python class: its getter is inlined. */
    private boolean inlineGetter(SymbolicFrame s, int pc, Object concrete, String name, Snapshot before) {
        if (!(concrete instanceof PyObject p) || !plainClass(p.type)) return false;
        if (!(p.type.lookup(name) instanceof PyProperty prop) || !(prop.fget instanceof PyFunction fn)
                || !inlinable(fn, 1)) {
            return false;
        }
        Value v = s.pop();
        guardOperandClass(v, concrete, before);
        enter(s, pc, fn, new Value[] {v}, null, CallKind.CALL);
        return true;
    }

    /**
     * obj[key] (n 2: the stack holds obj, key) or obj[key] = value (n 3: value, obj, key) on an instance of a
     * Python class: its __getitem__ or __setitem__ is inlined with (obj, key[, value]), as the interpreter
     * calls it; a store's result is dropped.
     */
    private boolean inlineItemMethod(SymbolicFrame s, int pc, Object container, String dunder, int n, CallKind kind,
            Snapshot before) {
        if (!(container instanceof PyObject p) || !plainClass(p.type)) return false;
        if (!(p.type.lookup(dunder) instanceof PyFunction fn) || !inlinable(fn, n)) return false;
        Value key = s.pop();
        Value obj = s.pop();
        Value[] args = n == 2 ? new Value[] {obj, key} : new Value[] {obj, key, s.pop()};
        guardOperandClass(obj, container, before);
        enter(s, pc, fn, args, null, kind);
        return true;
    }

    /** A class of the program whose instances keep attributes in slots, and which is not being rebound. */
    private static boolean plainClass(PyType t) {
        return t.layout == PyType.Layout.OBJECT && !t.builtin && settled(t);
    }

    private static boolean isNumber(Object o) { return o instanceof Long || o instanceof Double; }

    private static boolean allLongs(Object[] values, int from, int n) {
        for (int i = from; i < from + n; i++) if (!(values[i] instanceof Long)) return false;
        return true;
    }

    /**
     * The class of an operand whose method a trace inlines (or, for a number, whose unboxed form it uses): a
     * number's box class, an instance's type and the type's version (not its shape: the method is looked up
     * on the type).
     */
    private void guardOperandClass(Value v, Object concrete, Snapshot before) {
        if (v.kind() != Kind.REF) return;
        if (isNumber(concrete)) {
            if (v instanceof Op o) body.guardClass(o, concrete.getClass(), before);
            return;
        }
        PyObject p = (PyObject) concrete;
        relyOnClass(p.type, before);
        if (v instanceof Op o) {
            KnownLayout known = guardedObjects.get(o);
            if (known != null && known.at() == residualCalls) return;
            guardValue(call(TraceHelpers.TYPE_OF, null, o), p.type, before);
        }
    }

    /** int op int on longs; null when it must go through the generic helper. */
    private Value intOp(int o, Value a, Value b, Object concreteB, Snapshot before) {
        long cb = (Long) concreteB;
        switch (o) {
            case 0: return guard(OpCode.INT_ADD_OVF, before, a, b);
            case 1: return guard(OpCode.INT_SUB_OVF, before, a, b);
            case 2: return guard(OpCode.INT_MUL_OVF, before, a, b);
            case 4: return call(TraceHelpers.INT_TRUEDIV, before, a, b);
            case 5:
            case 6:
                if (cb == 0 || cb == -1) return null;
                if (!(b instanceof Const) && cb > 0) {
                    guard(OpCode.GUARD_TRUE, before, body.op(OpCode.INT_GT, b, Const.ofLong(0)));
                } else if (!(b instanceof Const)) {
                    // A negative divisor: anything but 0 and -1 (MIN_VALUE // -1 overflows).
                    guard(OpCode.GUARD_TRUE, before, body.op(OpCode.INT_LT, b, Const.ofLong(-1)));
                }
                return body.op(o == 5 ? OpCode.INT_FLOORDIV : OpCode.INT_MOD, a, b);
            case 9:
                if (cb < 0 || cb > 63) return null;
                if (!(b instanceof Const)) {
                    guard(OpCode.GUARD_TRUE, before, body.op(OpCode.INT_GE, b, Const.ofLong(0)));
                    guard(OpCode.GUARD_TRUE, before, body.op(OpCode.INT_LE, b, Const.ofLong(63)));
                }
                return body.op(OpCode.INT_RSHIFT, a, b);
            case 10: return body.op(OpCode.INT_OR, a, b);
            case 11: return body.op(OpCode.INT_XOR, a, b);
            case 12: return body.op(OpCode.INT_AND, a, b);
            default: return null;
        }
    }

    private Value floatOp(int o, Value a, Value b, Snapshot before) {
        switch (o) {
            case 0: return body.op(OpCode.FLOAT_ADD, a, b);
            case 1: return body.op(OpCode.FLOAT_SUB, a, b);
            case 2: return body.op(OpCode.FLOAT_MUL, a, b);
            case 4:
                if (!(b instanceof Const c && c.doubleValue() != 0.0)) {
                    guard(OpCode.GUARD_TRUE, before, body.op(OpCode.FLOAT_NE, b, Const.ofDouble(0.0)));
                }
                return body.op(OpCode.FLOAT_DIV, a, b);
            case 5: return call(TraceHelpers.FLOAT_FLOORDIV, before, a, b);
            case 6: return call(TraceHelpers.FLOAT_MOD, before, a, b);
            default: return null;
        }
    }

    private static final OpCode[] INT_COMPARE = {
        OpCode.INT_LT, OpCode.INT_LE, OpCode.INT_EQ, OpCode.INT_NE, OpCode.INT_GT, OpCode.INT_GE,
    };
    private static final OpCode[] FLOAT_COMPARE = {
        OpCode.FLOAT_LT, OpCode.FLOAT_LE, OpCode.FLOAT_EQ, OpCode.FLOAT_NE, OpCode.FLOAT_GT, OpCode.FLOAT_GE,
    };

    /** COMPARE_OP: a bool for numbers, else the rich comparison's result. */
    private Value compare(SymbolicFrame s, int pc, int cmp, Object ca, Object cb) {
        Snapshot before = snapshot(pc);
        Value b = s.pop();
        Value a = s.pop();
        Value r = numericCompare(cmp, a, b, ca, cb, before);
        return r != null ? r : residual(TraceHelpers.RICH_COMPARE, before, ref(a), ref(b), Const.ofLong(cmp));
    }

    /** COMPARE_AND_JUMP's condition (its operands are popped either way). */
    private Value compareCondition(SymbolicFrame s, int pc, int cmp, Object ca, Object cb) {
        Snapshot before = snapshot(pc);
        Value b = s.pop();
        Value a = s.pop();
        Value r = numericCompare(cmp, a, b, ca, cb, before);
        if (r != null) return r;
        Op result = residual(TraceHelpers.RICH_COMPARE, before, ref(a), ref(b), Const.ofLong(cmp));
        return residual(TraceHelpers.IS_TRUE, before, result);
    }

    private Value numericCompare(int cmp, Value a, Value b, Object ca, Object cb, Snapshot before) {
        if (cmp > 5) return null;
        if (ca instanceof Long && cb instanceof Long) return body.op(INT_COMPARE[cmp], asLong(a, before), asLong(b, before));
        if (ca instanceof Double && cb instanceof Double) {
            return body.op(FLOAT_COMPARE[cmp], asDouble(a, before), asDouble(b, before));
        }
        // == and != of two strings (`kind == "i"`): String.equals, no rich comparison and no truth test.
        if (ca instanceof String && cb instanceof String && (cmp == 2 || cmp == 3)) {
            Op eq = call(TraceHelpers.STR_EQ, null, asString(a, before), asString(b, before));
            return cmp == 2 ? eq : body.op(OpCode.BOOL_NOT, eq);
        }
        // A float and an int (`if cross < 0:`): as floats while the int converts exactly.
        if (ca instanceof Double && cb instanceof Long l && exactAsDouble(l)) {
            return body.op(FLOAT_COMPARE[cmp], asDouble(a, before), exactDouble(b, before));
        }
        if (ca instanceof Long l && cb instanceof Double && exactAsDouble(l)) {
            return body.op(FLOAT_COMPARE[cmp], exactDouble(a, before), asDouble(b, before));
        }
        return null;
    }

    /** A value known (by its concrete value) to be a str: a class guard unless it is a constant. */
    private Value asString(Value v, Snapshot before) {
        if (v instanceof Const c && c.refValue() instanceof String) return v;
        if (!(v instanceof Op o) || o.kind() != Kind.REF) throw new Abort("not a string: " + v);
        body.guardClass(o, String.class, before);
        return o;
    }

    /** Ints up to 2**53 in magnitude convert to floats exactly. */
    private static final long EXACT_LIMIT = 1L << 53;

    private static boolean exactAsDouble(long v) { return v >= -EXACT_LIMIT && v <= EXACT_LIMIT; }

    /**
     * An int compared with a float, as an f64. CPython compares the two exactly, which a conversion does only
     * up to 2**53: a guard keeps a variable int there (a larger one goes through the interpreter).
     */
    private Value exactDouble(Value v, Snapshot before) {
        Value i = asLong(v, before);
        if (i instanceof Const c) return Const.ofDouble(c.longValue());
        guard(OpCode.GUARD_TRUE, before, body.op(OpCode.INT_LE, i, Const.ofLong(EXACT_LIMIT)));
        guard(OpCode.GUARD_TRUE, before, body.op(OpCode.INT_GE, i, Const.ofLong(-EXACT_LIMIT)));
        return body.op(OpCode.CAST_INT_TO_FLOAT, i);
    }

    private void forIter(SymbolicFrame s, int pc, int target, Object concreteIterator) {
        Snapshot before = snapshot(pc);
        Value it = s.stack[s.sp - 1];
        boolean rootLoop = !function && frames.size() == 1 && pc == headerPc;
        // A bridge from the loop's end resumes at this FOR_ITER, exhausted: that is where it starts, not an end.
        boolean exitItself = rootLoop && resumesAtLoopEnd;
        resumesAtLoopEnd = false;
        if (!(it instanceof Op itOp)) throw new Abort("constant iterator");
        if (concreteIterator instanceof Iterators.RangeIterator range) {
            if (!range.hasNext() && rootLoop && !exitItself) throw new LoopEnded();
            body.guardClass(itOp, Iterators.RangeIterator.class, before);
            Op has = call(TraceHelpers.RANGE_HAS_NEXT, null, it);
            if (!range.hasNext()) {
                // An inner loop, unrolled into this trace, ends here.
                guard(OpCode.GUARD_FALSE, before, has);
                s.pop();
                return;
            }
            Op g = guard(OpCode.GUARD_TRUE, before, has);
            g.expectedExit = frames.size() == 1 && leavesLoop(target);
            s.push(call(TraceHelpers.RANGE_NEXT, null, it));
            return;
        }
        if (!(concreteIterator instanceof org.pyjit.interp.runtime.PyIterator)) throw new Abort("not an iterator");
        body.guardClass(itOp, concreteIterator.getClass(), before);
        if (concreteIterator instanceof EnumerateIterator e && enumNextItem(e.items) != null) {
            // The count and the item apart: the pair is built after, where allocation removal can drop it
            // (`for i, x in enumerate(xs)` unpacks it at once).
            Op items = call(TraceHelpers.ENUM_ITEMS, null, it);
            body.guardClass(items, e.items.getClass(), before);
            // The count as an i64 while it is a long, so that a loop using it as an int neither boxes it nor
            // checks its class.
            Op count;
            if (e.countIsLong()) {
                guard(OpCode.GUARD_TRUE, before, call(TraceHelpers.ENUM_COUNT_IS_LONG, null, it));
                count = call(TraceHelpers.ENUM_LONG_COUNT, null, it);
            } else {
                count = call(TraceHelpers.ENUM_COUNT, null, it);
            }
            Op item = call(enumNextItem(e.items), null, it);
            pendingForIter = new PendingForIter(pc, target, item, rootLoop, count);
            return;
        }
        CallDescr seqNext = sequenceNext(concreteIterator);
        if (concreteIterator instanceof Iterators.PythonIterator p && p.nextMethod() instanceof PyFunction f) {
            jit.iteratedResidually(f.code);
        }
        Op next = seqNext != null ? call(seqNext, null, it) : residual(TraceHelpers.ITER_NEXT, before, it);
        // Whether it was exhausted shows at the next instruction (resolveForIter).
        pendingForIter = new PendingForIter(pc, target, next, rootLoop, null);
    }

    /**
     * The helper that takes the next item of a list's or a tuple's iterator (its next runs no Python code and
     * raises nothing; each class its own helper, so that C2 inlines its next), or null for other iterators.
     */
    private static CallDescr sequenceNext(Object it) {
        if (it instanceof Iterators.ListIterator) return TraceHelpers.LIST_ITER_NEXT;
        if (it instanceof Iterators.ArrayIterator) return TraceHelpers.TUPLE_ITER_NEXT;
        return null;
    }

    /** As sequenceNext, for an enumerate over items (a range's too); null: the enumerate is not taken apart. */
    private static CallDescr enumNextItem(Object items) {
        if (items instanceof Iterators.ListIterator) return TraceHelpers.ENUM_NEXT_LIST_ITEM;
        if (items instanceof Iterators.ArrayIterator) return TraceHelpers.ENUM_NEXT_TUPLE_ITEM;
        if (items instanceof Iterators.RangeIterator) return TraceHelpers.ENUM_NEXT_RANGE_ITEM;
        return null;
    }

    /**
     * The iterator has been asked already, so both ways resume after FOR_ITER: exhausted, at its target
     * without the iterator; not, at the next instruction with the item pushed.
     */
    private void resolveForIter(int pc) {
        PendingForIter p = pendingForIter;
        pendingForIter = null;
        SymbolicFrame t = top();
        boolean exhausted = pc == p.target && p.target != p.pc + 1;
        if (exhausted && p.rootLoop) throw new LoopEnded();
        Value it = t.pop();
        FrameState[] fs = snapshot(p.pc).frames().toArray(new FrameState[0]);
        FrameState atTarget = t.state(p.target);
        t.push(it);
        // Where the exhausted guard fails, an enumerate's pair is made (it is only in that snapshot: virtual).
        t.push(exhausted ? forIterItem(p) : p.next);
        FrameState withItem = t.state(p.pc + 1);
        t.pop();
        if (exhausted) {
            fs[fs.length - 1] = withItem;
            guard(OpCode.GUARD_TRUE, Snapshot.after(fs), body.op(OpCode.REF_EQ, p.next, Const.ofRef(null)));
            t.pop();
        } else {
            fs[fs.length - 1] = atTarget;
            Op g = guard(OpCode.GUARD_NONNULL, Snapshot.after(fs), p.next);
            g.expectedExit = frames.size() == 1 && leavesLoop(p.target);
            t.push(forIterItem(p));
        }
    }

    /** What FOR_ITER pushes: the item, or for an enumerate taken apart, the (count, item) pair. */
    private Value forIterItem(PendingForIter p) {
        return p.count == null ? p.next : call(TupleOps.NEW_TUPLE2, null, ref(p.count), p.next);
    }

    private void subscript(SymbolicFrame s, int pc, Object container, Object key) {
        Snapshot before = snapshot(pc);
        if (inlineItemMethod(s, pc, container, "__getitem__", 2, CallKind.CALL, before)) return;
        Value k = s.pop();
        Value c = s.pop();
        if (container instanceof PyList && isFullSlice(k, key) && c instanceof Op co) {
            // list[:], as fannkuch copies its permutation at every step: no slice taken apart.
            body.guardClass(co, PyList.class, before);
            s.push(call(TraceHelpers.LIST_COPY, null, co));
            return;
        }
        if (key instanceof Long && (container instanceof PyList || container instanceof PyTuple)
                && (c instanceof Op || c instanceof Const)) {
            // A constant container (a global list or tuple, deltablue's STRENGTHS[i]) has its class.
            Value co = c;
            if (c instanceof Op o) body.guardClass(o, container.getClass(), before);
            Value index = asLong(k, before);
            if (container instanceof PyTuple && index instanceof Const i && i.longValue() >= 0) {
                // t[0] and the like: a tuple the trace built is then never made (allocation removal knows its
                // length and items; struct.unpack_from(...)[0] of readpoly's records).
                Op length = call(TupleOps.TUPLE_LEN, null, co);
                guard(OpCode.GUARD_TRUE, before, body.op(OpCode.INT_GT, length, i));
                s.push(call(TupleOps.TUPLE_ITEM, null, co, i));
                return;
            }
            CallDescr d = container instanceof PyList ? TraceHelpers.LIST_GET : TraceHelpers.TUPLE_GET;
            s.push(call(d, before, co, index));
            return;
        }
        s.push(residual(TraceHelpers.GET_ITEM, before, ref(c), ref(k)));
    }

    /** Whether key is a slice the trace made from three Nones ({@code [:]} or {@code [::]}). */
    private static boolean isFullSlice(Value k, Object key) {
        if (!(key instanceof PySlice) || !(k instanceof Op o) || o.opcode != OpCode.CALL
                || o.call() != TraceHelpers.NEW_SLICE) {
            return false;
        }
        for (Value v : o.args()) {
            if (!(v instanceof Const c) || c.kind() != Kind.REF || c.refValue() != PyNone.NONE) return false;
        }
        return true;
    }

    private void storeSubscript(SymbolicFrame s, int pc, Object container, Object key) {
        Snapshot before = snapshot(pc);
        if (inlineItemMethod(s, pc, container, "__setitem__", 3, CallKind.DISCARD, before)) return;
        Value k = s.pop();
        Value c = s.pop();
        Value v = ref(s.pop());
        if (key instanceof Long && container instanceof PyList && c instanceof Op co) {
            body.guardClass(co, PyList.class, before);
            call(TraceHelpers.LIST_SET, before, co, asLong(k, before), v);
            return;
        }
        residual(TraceHelpers.SET_ITEM, before, ref(c), ref(k), v);
    }

    /** Pops n values as references, returned in stack order. */
    private Value[] popRefs(SymbolicFrame s, int n) {
        Value[] items = new Value[n];
        for (int i = n - 1; i >= 0; i--) items[i] = ref(s.pop());
        return items;
    }

    private void buildSequence(SymbolicFrame s, int n, boolean tuple) {
        CallDescr d = tuple ? TupleOps.newTuple(n) : switch (n) {
            case 0 -> TraceHelpers.NEW_LIST0;
            case 1 -> TraceHelpers.NEW_LIST1;
            case 2 -> TraceHelpers.NEW_LIST2;
            case 3 -> TraceHelpers.NEW_LIST3;
            default -> null;
        };
        if (d == null) throw new Abort((tuple ? "BUILD_TUPLE " : "BUILD_LIST ") + n);
        Value[] items = new Value[n];
        for (int i = n - 1; i >= 0; i--) items[i] = ref(s.pop());
        s.push(call(d, null, items));
    }

    /**
     * A call of fn (the concrete callable; null when the trace cannot know it) with the argc arguments above
     * it on the stack: inlined when fn is a small Python function (its frame is then followed from its first
     * instruction), otherwise a residual call of the generic call helper. The callable and the arguments are popped either way.
     */
    private void call(SymbolicFrame s, Frame f, int pc, int argc, Object fn, int concreteArgs) {
        call(s, f, pc, argc, fn, concreteArgs, snapshot(pc));
    }

    /** A call of fn with argc arguments on the symbolic stack; before is the state its exits resume from. */
    private void call(SymbolicFrame s, Frame f, int pc, int argc, Object fn, int concreteArgs, Snapshot before) {
        Value[] args = new Value[argc];
        for (int i = argc - 1; i >= 0; i--) args[i] = s.pop();
        Value fnValue = s.pop();
        if (argc == 1 && inlineLen(s, pc, f, fn, fnValue, args[0], f.stack[concreteArgs], before)) return;
        Value special = argc == 0 ? randomOfGenerator(fn, fnValue, before)
                : builtinCall(f, fn, fnValue, args, argc == 1 ? f.stack[concreteArgs] : null, before);
        if (special == null && argc == 2) {
            special = builtinCall2(f, fn, fnValue, args, f.stack[concreteArgs], f.stack[concreteArgs + 1], before);
        }
        if (special == null && argc == 3) special = structUnpackFrom(f, fn, fnValue, args, concreteArgs, before);
        if (special != null) {
            s.push(special);
            return;
        }
        if (fn == Types.SUPER && argc == 2 && f.stack[concreteArgs] instanceof PyType start
                && f.stack[concreteArgs + 1] instanceof PyObject self && self.type.isSubtypeOf(start)
                && settled(self.type) && args[1] instanceof Op selfOp) {
            // super(__class__, self), as the compiler writes super(): which class's attributes it finds
            // depends on self's class only, which self's layout guard vouches for.
            guardValue(fnValue, fn, before);
            guardValue(args[0], start, before);
            guardLayout(selfOp, self, before);
            s.push(call(TraceHelpers.NEW_SUPER, null, Const.ofRef(start), selfOp));
            return;
        }
        if (fn instanceof PyFunction pf && inlinable(pf, argc)) {
            Value[] closure = closureOf(fnValue, pf, before);
            if (closure != null) {
                enter(s, pc, pf, args, null, CallKind.CALL, closure);
                return;
            }
        }
        if (fn instanceof PyType t && t.instantiatesPlainly() && settled(t)
                && construct(s, pc, t, fnValue, args, before)) {
            return;
        }
        if (fn == Types.RANGE && argc >= 1 && argc <= 3 && allLongs(f.stack, concreteArgs, argc)) {
            // range(n), range(a, b), range(a, b, step) of ints: made in the trace, no generic call.
            guardValue(fnValue, fn, before);
            Value start = argc == 1 ? Const.ofLong(0) : asLong(args[0], before);
            Value stop = asLong(args[argc == 1 ? 0 : 1], before);
            Value step = argc == 3 ? asLong(args[2], before) : Const.ofLong(1);
            s.push(call(TraceHelpers.NEW_RANGE, before, start, stop, step));
            return;
        }
        if (fn instanceof PyObject p && plainClass(p.type) && p.type.lookup("__call__") instanceof PyFunction m
                && inlinable(m, argc + 1)) {
            // An instance called: its class's __call__ is inlined with the instance as self.
            guardOperandClass(fnValue, p, before);
            Value[] withSelf = new Value[argc + 1];
            withSelf[0] = fnValue;
            System.arraycopy(args, 0, withSelf, 1, argc);
            enter(s, pc, m, withSelf, null);
            return;
        }
        if (argc >= TraceHelpers.CALL_N.length) throw new Abort("call with " + argc + " arguments");
        Value[] callArgs = new Value[argc + 1];
        callArgs[0] = ref(fnValue);
        for (int i = 0; i < argc; i++) callArgs[i + 1] = ref(args[i]);
        if (fn instanceof PyBuiltinFunction b && runsNoPythonCode(f, b, f.stack, concreteArgs, argc)
                || fn instanceof PyType t && constructsWithoutPythonCode(f, t, f.stack, concreteArgs, argc)) {
            // The classes of the arguments are what makes the call safe: guarded, it is an ordinary helper
            // call, and what the trace checked before it still holds after it.
            guardValue(fnValue, fn, before);
            for (int i = 0; i < argc; i++) {
                if (callArgs[i + 1] instanceof Op a && a.opcode != OpCode.BOX_INT && a.opcode != OpCode.BOX_FLOAT
                        && a.opcode != OpCode.BOX_BOOL) {
                    body.guardClass(a, f.stack[concreteArgs + i].getClass(), before);
                }
            }
            s.push(call(TraceHelpers.SAFE_CALL_N[argc], before, callArgs));
            return;
        }
        s.push(residual(TraceHelpers.CALL_N[argc], before, callArgs));
    }

    /**
     * Whether calling a builtin with these arguments can run no Python code (no method of a program's class,
     * no iteration of a generator): math and struct functions and number and string builtins on numbers,
     * strings, bytes and None, len() of a builtin container, isinstance() with classes (there are no
     * metaclasses). Such a call is not residual: it changes nothing the trace relies on.
     */
    private boolean runsNoPythonCode(Frame f, PyBuiltinFunction b, Object[] values, int from, int argc) {
        if (b.isMethod() || argc == 0) return false;
        PyModule math = jit.module("math");
        PyModule struct = jit.module("struct");
        boolean inModule = math != null && math.globals.get(b.name) == b || struct != null && struct.globals.get(b.name) == b;
        String name = inModule ? null : b.name;
        if (!inModule && f.builtins.get(b.name) != b) return false;
        if ("len".equals(name)) return argc == 1 && isBuiltinContainer(values[from]);
        if ("isinstance".equals(name)) {
            return argc == 2 && isPlainValue(values[from]) || argc == 2 && values[from] instanceof PyObject
                    && (values[from + 1] instanceof PyType || values[from + 1] instanceof PyTuple t && allTypes(t));
        }
        if (!inModule && CONTAINER_BUILTINS.contains(name)) return containersOrPlainValues(values, from, argc);
        if (!inModule && !SAFE_BUILTINS.contains(name)) return false;
        for (int i = from; i < from + argc; i++) if (!isPlainValue(values[i])) return false;
        return true;
    }

    /**
     * Whether calling a builtin type with these arguments makes a new object without running Python code or
     * changing an existing one: a list, tuple or deque copied from a builtin container (deltablue's
     * {@code deque([c])}). Such a call is not residual.
     */
    private boolean constructsWithoutPythonCode(Frame f, PyType t, Object[] values, int from, int argc) {
        if (argc == 0) return false;
        PyModule collections = jit.module("collections");
        boolean known = collections != null && collections.globals.get("deque") == t
                || f.builtins.get(t.name) == t && CONTAINER_BUILTINS.contains(t.name);
        return known && containersOrPlainValues(values, from, argc);
    }

    /**
     * Builtins that make a new object from builtin containers and plain values without running Python code:
     * iterators over them (nqueens' {@code enumerate(queens)}) and copies.
     */
    private static final Set<String> CONTAINER_BUILTINS = Set.of("enumerate", "zip", "reversed", "list", "tuple");

    private static boolean containersOrPlainValues(Object[] values, int from, int argc) {
        for (int i = from; i < from + argc; i++) {
            if (!isPlainValue(values[i]) && !isBuiltinContainer(values[i])) return false;
        }
        return true;
    }

    /** Builtins that call no Python code when their arguments are plain values (see isPlainValue). */
    private static final Set<String> SAFE_BUILTINS = Set.of("abs", "min", "max", "int", "float",
            "round", "divmod", "pow", "chr", "ord", "hash", "bool");

    /** Numbers, strings, bytes and None: their builtin operations call no Python code. */
    private static boolean isPlainValue(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String
                || v instanceof PyBytes || v == PyNone.NONE;
    }

    private static boolean isBuiltinContainer(Object v) {
        return v instanceof String || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict
                || v instanceof PySet || v instanceof PyBytes
                || v instanceof PyRange;
    }

    private static boolean allTypes(PyTuple t) {
        for (Object o : t.items) if (!(o instanceof PyType)) return false;
        return true;
    }

    /**
     * Follows the call of an inlined function from its first instruction: its frame gets the arguments (after
     * the instance, for an __init__ run by a class call: the instance is already the caller's result).
     */
    private void enter(SymbolicFrame caller, int pc, PyFunction pf, Value[] args, Op instance) {
        enter(caller, pc, pf, args, instance, instance != null ? CallKind.INIT : CallKind.CALL);
    }

    private void enter(SymbolicFrame caller, int pc, PyFunction pf, Value[] args, Op instance, CallKind kind) {
        enter(caller, pc, pf, args, instance, kind, constantClosure(pf));
    }

    /**
     * Follows a call of pf into its code. closure: the cells of its free variables (the function's own, as
     * constants, when the trace guarded which function it is; the ones MAKE_FUNCTION was given when the trace
     * made it).
     */
    private void enter(SymbolicFrame caller, int pc, PyFunction pf, Value[] args, Op instance, CallKind kind,
            Value[] closure) {
        caller.returnPc = pc + 1;
        SymbolicFrame callee = new SymbolicFrame(null, pf.code, 0);
        int first = instance == null ? 0 : 1;
        if (instance != null) callee.locals[0] = instance;
        System.arraycopy(args, 0, callee.locals, first, args.length);
        setUpCells(callee, closure);
        callee.callKind = kind;
        frames.add(callee);
        // A leaf below inlineDepth does not count: recording again with one level less must leave out a call.
        deepestInline = Math.max(deepestInline, Math.min(frames.size() - 1, maxInlineDepth));
        globalsOf.put(pf.code, pf.globals);
        enteringCallee = pf;
    }

    /**
     * A class call made in the trace, as {@code Instantiation} does it: a new instance, then its class's
     * __init__ inlined on it. The class and its version are guarded (the version vouches for the __init__
     * found). False when __init__ cannot be inlined; nothing is recorded then.
     */
    private boolean construct(SymbolicFrame s, int pc, PyType t, Value typeValue, Value[] args, Snapshot before) {
        Object init = t.lookup("__init__");
        boolean runsInit = init != null && !(init instanceof PyBuiltinFunction);
        PyFunction initFunction = init instanceof PyFunction pf && inlinable(pf, args.length + 1) ? pf : null;
        // Not followed: an __init__ that is not inlinable, or object's __init__ given arguments (it raises).
        if (runsInit ? initFunction == null : args.length > 0) return false;
        guardValue(typeValue, t, before);
        relyOnClass(t, before);
        Op instance = call(TraceHelpers.NEW_INSTANCE, null, Const.ofRef(t));
        // Its type, the type's version and its (root) shape are known: no layout guards for its attributes.
        guardedObjects.put(instance, new KnownLayout(residualCalls, t.instanceRootShape()));
        s.push(instance);
        if (initFunction != null) enter(s, pc, initFunction, args, instance);
        return true;
    }

    /**
     * Builtins worth open-coding when the argument's type is known: abs and math.sqrt of a float (sqrt
     * guards x >= 0; the interpreter raises for the rest), len of a list, a tuple or bytes, the math functions
     * of one number (see mathFunction), enumerate of a list, a tuple or a range. Null when fn is not one of them.
     */
    private Value builtinCall(Frame f, Object fn, Value fnValue, Value[] args, Object arg, Snapshot before) {
        if (args.length == 1 && (fn == Types.INT || fn == Types.FLOAT) && (arg instanceof Long || arg instanceof Double)) {
            return numberConversion(fn == Types.INT, fnValue, args[0], arg, before);
        }
        if (args.length != 1 || !(fn instanceof PyBuiltinFunction)) return null;
        if (fn == f.builtins.get("abs") && arg instanceof Double) {
            guardValue(fnValue, fn, before);
            return body.op(OpCode.FLOAT_ABS, asDouble(args[0], before));
        }
        if (fn == f.builtins.get("abs") && arg instanceof Long) {
            guardValue(fnValue, fn, before);
            Value x = asLong(args[0], before);
            // abs of the most negative long is a big int: the interpreter makes it.
            guard(OpCode.GUARD_FALSE, before, body.op(OpCode.INT_EQ, x, Const.ofLong(Long.MIN_VALUE)));
            return call(TraceHelpers.INT_ABS, null, x);
        }
        if (arg instanceof PyObject p && isDeque(p) && fn == p.type.lookup("popleft") && args[0] instanceof Op deque) {
            guardValue(fnValue, fn, before);
            guardLayout(deque, p, before);
            return call(TraceHelpers.DEQUE_POPLEFT, before, deque);
        }
        if (fn == f.builtins.get("len") && arg instanceof PyList && args[0] instanceof Op list) {
            guardValue(fnValue, fn, before);
            return listLength(list, before);
        }
        if (fn == f.builtins.get("len") && (arg instanceof PyTuple || arg instanceof PyBytes) && args[0] instanceof Op o) {
            // Pure: a tuple's length is known where the trace built it (allocation removal).
            guardValue(fnValue, fn, before);
            body.guardClass(o, arg.getClass(), before);
            return call(arg instanceof PyTuple ? TupleOps.TUPLE_LEN : TraceHelpers.BYTES_LEN, null, o);
        }
        PyModule math = jit.module("math");
        if (math != null && fn == math.globals.get("sqrt") && (arg instanceof Double || arg instanceof Long)) {
            guardValue(fnValue, fn, before);
            Value x = numberAsDouble(args[0], arg, before);
            guard(OpCode.GUARD_TRUE, before, body.op(OpCode.FLOAT_GE, x, Const.ofDouble(0.0)));
            return call(TraceHelpers.SQRT, null, x);
        }
        if (math != null && (arg instanceof Double || arg instanceof Long)) {
            Value r = mathFunction(math, fn, fnValue, args[0], arg, before);
            if (r != null) return r;
        }
        if (fn == f.builtins.get("enumerate") && (arg instanceof PyList || arg instanceof PyTuple || arg instanceof PyRange)
                && args[0] instanceof Op seq) {
            // nqueens' `for r, qc in enumerate(queens)`, entered ten million times: no generic call.
            guardValue(fnValue, fn, before);
            body.guardClass(seq, arg.getClass(), before);
            return call(TraceHelpers.NEW_ENUMERATE, null, seq);
        }
        return null;
    }

    /**
     * random.random(), a method bound to the module's generator: the generator's next float, drawn by a
     * helper that changes only the generator (chaos chooses a spline with one, data_driven and readpoly make
     * their data with them); a generic call of the bound method was residual. Null for any other call.
     */
    private Value randomOfGenerator(Object fn, Value fnValue, Snapshot before) {
        if (!(fn instanceof PyBoundMethod m) || !RandomFunctions.isRandomOfGenerator(m.self, m.function)) return null;
        guardValue(fnValue, fn, before);
        return call(TraceHelpers.RANDOM_FLOAT, null, Const.ofRef(m.self));
    }

    /**
     * math.sin(x) and the other functions of one float MathModule computes with java.lang.Math (the same
     * methods here, so the same results), and math.floor/ceil of a float: computed in the trace. Where the
     * interpreter would raise (a NaN or an infinite result of an argument that is not; a floor beyond 2**63
     * is a big int) a guard fails and the interpreter calls the function. Null for any other function.
     */
    private Value mathFunction(PyModule math, Object fn, Value fnValue, Value arg, Object concrete, Snapshot before) {
        boolean floor = fn == math.globals.get("floor");
        if (floor || fn == math.globals.get("ceil")) {
            guardValue(fnValue, fn, before);
            if (concrete instanceof Long) return asLong(arg, before);
            return floatToInt(call(floor ? TraceHelpers.FLOOR : TraceHelpers.CEIL, null, asDouble(arg, before)), before);
        }
        for (Map.Entry<String, CallDescr> e : TraceHelpers.MATH_FUNCTIONS.entrySet()) {
            if (fn != math.globals.get(e.getKey())) continue;
            guardValue(fnValue, fn, before);
            Value r = call(e.getValue(), null, numberAsDouble(arg, concrete, before));
            // One guard: neither NaN nor infinite.
            guardMagnitudeBelow(r, Double.POSITIVE_INFINITY, before);
            return r;
        }
        return null;
    }

    /**
     * struct.unpack_from(fmt, buf, offset) of a format of doubles only (at most three: the tuples a trace
     * builds) from a bytes object, as readpoly reads its records: each double is read in the trace, into
     * a tuple that allocation removal leaves unmade when the trace only takes items from it. An offset that
     * is negative (it counts from the end) or leaves too few bytes fails a guard: the interpreter unpacks, or
     * raises struct.error. Null when the call is not one of these.
     */
    private Value structUnpackFrom(Frame f, Object fn, Value fnValue, Value[] args, int concreteArgs,
            Snapshot before) {
        PyModule struct = jit.module("struct");
        if (struct == null || fn != struct.globals.get("unpack_from") || !(fn instanceof PyBuiltinFunction)) return null;
        if (!(f.stack[concreteArgs] instanceof String fmt) || !(args[1] instanceof Op buf)
                || !(f.stack[concreteArgs + 1] instanceof PyBytes) || !(f.stack[concreteArgs + 2] instanceof Long)) {
            return null;
        }
        int n = StructCodec.onlyDoubles(fmt);
        if (n < 1 || TupleOps.newTuple(n) == null) return null;
        guardValue(fnValue, fn, before);
        // A format passed in rather than written at the call: this very string (a literal is one object).
        if (!(args[0] instanceof Const)) guardValue(args[0], fmt, before);
        body.guardClass(buf, PyBytes.class, before);
        Value offset = asLong(args[2], before);
        Value length = call(TraceHelpers.BYTES_LEN, null, buf);
        guard(OpCode.GUARD_FALSE, before, body.op(OpCode.INT_LT, offset, Const.ofLong(0)));
        Value last = body.op(OpCode.INT_SUB, length, Const.ofLong(8L * n));
        guard(OpCode.GUARD_FALSE, before, body.op(OpCode.INT_GT, offset, last));
        CallDescr read = StructCodec.bigEndian(fmt) ? TraceHelpers.STRUCT_DOUBLE_BE : TraceHelpers.STRUCT_DOUBLE_LE;
        Value[] items = new Value[n];
        for (int k = 0; k < n; k++) {
            Value at = k == 0 ? offset : body.op(OpCode.INT_ADD, offset, Const.ofLong(8L * k));
            items[k] = ref(call(read, null, buf, at));
        }
        return call(TupleOps.newTuple(n), null, items);
    }

    /**
     * int() or float() of an int or a float (chaos's `int(point.x * GRID)`), converted in the trace. int() of a
     * float truncates; one whose magnitude reaches 2**63 (a big int), an infinity or a NaN (which raise) fails
     * a guard and the interpreter converts it.
     */
    private Value numberConversion(boolean toInt, Value fnValue, Value x, Object concrete, Snapshot before) {
        guardValue(fnValue, toInt ? Types.INT : Types.FLOAT, before);
        if (!toInt) return numberAsDouble(x, concrete, before);
        if (concrete instanceof Long) return asLong(x, before);
        return floatToInt(asDouble(x, before), before);
    }

    /** An integral float as an int, behind a guard on |d| < 2**63 (beyond, a NaN or an infinity: the interpreter). */
    private Value floatToInt(Value d, Snapshot before) {
        guardMagnitudeBelow(d, 0x1p63, before);
        return call(TraceHelpers.FLOAT_TO_INT, null, d);
    }

    /** A guard that |d| < bound: false for a NaN too, as every comparison with one is. */
    private void guardMagnitudeBelow(Value d, double bound, Snapshot before) {
        guard(OpCode.GUARD_TRUE, before, body.op(OpCode.FLOAT_LT, body.op(OpCode.FLOAT_ABS, d), Const.ofDouble(bound)));
    }

    /**
     * Two-argument builtins worth open-coding: min and max of two floats or two ints (the first of equals,
     * as the builtin returns it), math.gcd of two ints, a deque's and a list's append. Null when fn is not
     * one of them.
     */
    private Value builtinCall2(Frame f, Object fn, Value fnValue, Value[] args, Object a, Object b, Snapshot before) {
        if (!(fn instanceof PyBuiltinFunction)) return null;
        boolean min = fn == f.builtins.get("min");
        if ((min || fn == f.builtins.get("max")) && a.getClass() == b.getClass()
                && (a instanceof Double || a instanceof Long)) {
            guardValue(fnValue, fn, before);
            if (a instanceof Double) {
                return call(min ? TraceHelpers.FLOAT_MIN : TraceHelpers.FLOAT_MAX, null,
                        asDouble(args[0], before), asDouble(args[1], before));
            }
            return call(min ? TraceHelpers.INT_MIN : TraceHelpers.INT_MAX, null,
                    asLong(args[0], before), asLong(args[1], before));
        }
        PyModule math = jit.module("math");
        if (math != null && fn == math.globals.get("gcd") && a instanceof Long && b instanceof Long) {
            // math.gcd of two ints: the interpreter takes the magnitude of Long.MIN_VALUE, a big int.
            guardValue(fnValue, fn, before);
            Value x = asLong(args[0], before);
            Value y = asLong(args[1], before);
            guard(OpCode.GUARD_FALSE, before, body.op(OpCode.INT_EQ, x, Const.ofLong(Long.MIN_VALUE)));
            guard(OpCode.GUARD_FALSE, before, body.op(OpCode.INT_EQ, y, Const.ofLong(Long.MIN_VALUE)));
            return call(TraceHelpers.INT_GCD, null, x, y);
        }
        if (a instanceof PyObject p && isDeque(p) && fn == p.type.lookup("append") && args[0] instanceof Op deque) {
            guardValue(fnValue, fn, before);
            guardLayout(deque, p, before);
            call(TraceHelpers.DEQUE_APPEND, null, deque, ref(args[1]));
            return Const.ofRef(PyNone.NONE);
        }
        if (fn == Types.LIST.lookup("append") && a instanceof PyList && args[0] instanceof Op list) {
            // loadMethod guarded the receiver's type; the helper takes a PyList.
            body.guardClass(list, PyList.class, before);
            call(TraceHelpers.LIST_APPEND, null, list, ref(args[1]));
            return Const.ofRef(PyNone.NONE);
        }
        return null;
    }

    /**
     * The callee's cells, as ArgBinder.setupCells makes them: a new cell for each of its variables that an
     * inner function captures (holding the argument when the variable is a parameter), then its closure's
     * cells for its free variables.
     */
    private void setUpCells(SymbolicFrame callee, Value[] closure) {
        CodeObject c = callee.code;
        int base = c.varnames.length;
        for (int i = 0; i < c.cellvars.length; i++) {
            int arg = c.cell2arg[i];
            Value initial = arg >= 0 ? callee.locals[arg] : null;
            Op cell = call(TraceHelpers.NEW_CELL, null, initial == null ? Const.ofRef(null) : ref(initial));
            knownCells.put(cell, new KnownCell(residualCalls, initial));
            callee.locals[base + i] = cell;
        }
        System.arraycopy(closure, 0, callee.locals, base + c.cellvars.length, c.freevars.length);
    }

    private static Value[] constantClosure(PyFunction pf) {
        int n = pf.code.freevars.length;
        Value[] cells = new Value[n];
        for (int i = 0; i < n; i++) cells[i] = Const.ofRef(pf.closure[i]);
        return cells;
    }

    /**
     * Makes sure the callable is a function with pf's code, and returns the cells its free
     * variables are bound to, as trace values; null when the trace cannot tell them (a function it made from
     * a closure tuple it did not build itself). A function the trace made itself needs no guard; a closure
     * made elsewhere (by the comprehension's caller, or a call before) is a new function at every call of
     * the function that makes it, so its code is guarded and its cells read from it; any other function is
     * the very one recorded.
     */
    private Value[] closureOf(Value fnValue, PyFunction pf, Snapshot before) {
        int n = pf.code.freevars.length;
        if (!madeInTrace(fnValue, pf)) {
            if (n == 0 || !(fnValue instanceof Op fnOp)) {
                guardValue(fnValue, pf, before);
                return constantClosure(pf);
            }
            // The code implies the globals: only the frames of its module's code make its functions (there is
            // no exec).
            body.guardClass(fnOp, PyFunction.class, before);
            guardValue(call(TraceHelpers.FUNCTION_CODE, null, fnOp), pf.code, before);
            Value[] cells = new Value[n];
            for (int i = 0; i < n; i++) cells[i] = call(TraceHelpers.FUNCTION_CELL, null, fnOp, Const.ofLong(i));
            return cells;
        }
        if (n == 0) return new Value[0];
        if (!(((Op) fnValue).arg(MAKE_FUNCTION_CLOSURE) instanceof Op tuple) || !(tuple.descr instanceof CallDescr d)
                || TupleOps.builtSize(d) != n) {
            return null;
        }
        Value[] cells = new Value[n];
        for (int i = 0; i < n; i++) cells[i] = tuple.arg(i);
        return cells;
    }

    /** The operand of a make_function call that is the closure tuple. */
    private static final int MAKE_FUNCTION_CLOSURE = 5;

    /**
     * Whether the trace made this function itself (MAKE_FUNCTION, as a comprehension's caller does each time):
     * then it knows its code without a guard, which a new function each iteration would fail.
     */
    private static boolean madeInTrace(Value fnValue, PyFunction pf) {
        return callOf(fnValue, TraceHelpers.MAKE_FUNCTION) instanceof Op o && o.arg(2) instanceof Const code
                && code.refValue() == pf.code;
    }

    /** The value as a call of that helper (a value the trace made), or null. */
    private static Op callOf(Value v, CallDescr helper) {
        return v instanceof Op o && o.opcode == OpCode.CALL && o.descr == helper ? o : null;
    }

    private boolean inlinable(PyFunction pf, int argc) {
        CodeObject c = pf.code;
        if (c.argCount != argc || c.hasVarargs || c.hasVarkw || c.kwOnlyCount != 0 || c.isGenerator) return false;
        if (frames.size() > maxInlineDepth && !(frames.size() == maxInlineDepth + 1 && isSmallLeaf(c))) return false;
        for (SymbolicFrame s : frames) if (s.code == c) return false;
        // A function with a loop is inlined and its loop unrolled (a short loop over a few items), unless an
        // earlier recording found the loop too long or too branchy to unroll.
        return !jit.keepsResidual(c) && !residual.contains(c);
    }

    /**
     * Whether the code is a small leaf: no calls, no loop, at most LEAF_SIZE instructions (an __init__ that
     * stores its arguments, a getter). Such a callee is inlined one level deeper than inlineDepth: it cannot
     * nest further calls, so it adds a few ops, where a residual call of it would cost a frame in the
     * interpreter (readpoly's Point(...) made by a method called from a property called from the loop).
     */
    static boolean isSmallLeaf(CodeObject c) {
        if (c.ops.length > LEAF_SIZE) return false;
        for (int pc = 0; pc < c.ops.length; pc++) {
            if (isCall(c.ops[pc]) || isBackEdge(c, pc)) return false;
        }
        return true;
    }

    private static boolean isCall(int op) {
        return op == Opcode.CALL || op == Opcode.CALL_METHOD || op == Opcode.CALL_KW || op == Opcode.CALL_FUNCTION_EX;
    }

    private static final int LEAF_SIZE = 40;

    /**
     * Whether every loop of the code has one conditional branch, the test of whether to go on, and no call
     * (a search such as chaos's Spline.span: {@code while knots[k + 1] <= u: k += 1}). Unrolled, such a loop
     * makes one path per trip count, where branches in a loop's body multiply them.
     */
    static boolean loopsOnlyTestTheirEnd(CodeObject c) {
        for (int end = 0; end < c.ops.length; end++) {
            if (!isBackEdge(c, end)) continue;
            int tests = 0;
            for (int pc = c.args[end]; pc < end; pc++) {
                int op = c.ops[pc];
                if (isCall(op)) return false;
                if (Opcode.isJump(op) && op != Opcode.JUMP) tests++;
            }
            if (tests != 1) return false;
        }
        return true;
    }

    /** Whether the instruction at pc jumps back: a loop's end, whose target is the loop's header. */
    static boolean isBackEdge(CodeObject c, int pc) { return c.ops[pc] == Opcode.JUMP && c.args[pc] < pc; }

    /** Whether the code has a loop (a backward jump). */
    static boolean hasLoop(CodeObject c) {
        for (int pc = 0; pc < c.ops.length; pc++) {
            if (isBackEdge(c, pc)) return true;
        }
        return false;
    }

    // ---- the end ----

    /**
     * The recorded iteration as a trace: INPUTs, the body, boxes of the loop-carried values and the JUMP.
     * Snapshots taken before a slot was first written said "as on entry" for it; in later iterations the
     * slot holds the previous iteration's value, so they now name the slot's INPUT instead.
     */
    LoopTrace finish() {
        if (function) return finishFunction();
        if (pendingBranch != null || pendingForIter != null || frames.size() != 1) {
            throw new Abort("unfinished instruction at the loop's end");
        }
        SymbolicFrame r = frames.get(0);
        if (r.sp != root.sp) throw new Abort("stack depth differs at the loop's end");
        Value[] next = new Value[inputs.size()];
        boolean[] dead = new boolean[next.length];
        for (int k = 0; k < next.length; k++) {
            int slot = inputSlots.get(k);
            Value v = slot < r.locals.length ? r.locals[slot] : r.stack[slot - r.locals.length];
            // A local the next iteration writes before it reads it is not carried around the loop: its input
            // stays as it entered (no exit can need the value, see DeadLocals), and what the iteration made
            // for it (an object) need not outlive the iteration.
            dead[k] = v != null && slot < r.locals.length && deadAtHeader(slot);
            next[k] = v == null || dead[k] ? inputs.get(k) : ref(v);
        }
        Op jump = body.op(OpCode.JUMP, next);
        // The header state: slot k holds the k-th input's next value (what bridges must provide).
        Value[] hl = new Value[r.locals.length];
        Value[] hs = new Value[r.sp];
        for (int k = 0; k < next.length; k++) {
            int slot = inputSlots.get(k);
            if (dead[k]) continue;
            if (slot < hl.length) hl[slot] = next[k]; else hs[slot - hl.length] = next[k];
        }
        jump.setSnapshot(new Snapshot(new FrameState(root.code, headerPc, hl, hs)));
        List<Op> ops = new ArrayList<>(inputs);
        for (Op op : body.ops()) {
            // The header state leaves a dead local empty: a bridge rejoining need not hold any value there.
            if (op.snapshot() != null && op != jump) op.setSnapshot(op.snapshot().withOuterSlots(inputBySlot));
            if (op != jump) ops.add(op);
        }
        ops.add(jump);
        int[] slots = inputSlots.stream().mapToInt(Integer::intValue).toArray();
        return new LoopTrace(new Trace(root.code, headerPc, ops), slots, new IdentityHashMap<>(globalsOf), assumptions);
    }

    /**
     * The recorded path as a bridge that rejoins the loop at its header: the JUMP gives each loop-carried
     * value (LABEL operand) the slot's value now, unboxed or boxed to the operand's kind; slots the loop
     * treats as invariant must still hold their value. The parent JUMP's snapshot says which slot is which.
     * With toStart (a bridge to become a side trace, which cannot reach the loop's LABEL), or when it cannot
     * rejoin there, it jumps to the start with the slots' boxed values as the next inputs.
     */
    Bridge finishBridge(boolean toStart) {
        if (mergeJumped) return new Bridge(bridgeFrom, body.ops(), false);
        if (endsInInterpreter()) {
            // A function trace's bridge, or a loop's that left where its function returns or its generator
            // yields: it goes nowhere in the loop (as a side trace too, it leaves there).
            return new Bridge(bridgeFrom, body.ops(), false);
        }
        if (function) throw new Abort("a function trace's bridge ends at its return");
        if (pendingBranch != null || pendingForIter != null || frames.size() != 1) {
            throw new Abort("unfinished instruction at the loop's end");
        }
        SymbolicFrame r = frames.get(0);
        Op parentJump = parent.jump();
        if (parentJump.snapshot() == null) throw new Abort("the loop has no header state");
        FrameState header = parentJump.snapshot().frames().get(0);
        if (r.sp != header.stack().length) throw new Abort("stack depth differs at the loop's end");
        Op label = parent.label();
        boolean fromPreamble = parent.reachedFromPreamble(bridgeFrom);
        if (!toStart && label != null && !fromPreamble && !writesExtra && !mustRestart()
                && canRejoin(r, header, parentJump)) {
            body.op(OpCode.JUMP, rejoinValues(r, header, parentJump, label.args()));
            return new Bridge(bridgeFrom, body.ops(), false);
        }
        if (toStart) {
            // A side trace may hold slots the loop does not carry (it started from another side trace's exit,
            // which wrote them): they become extras too, so that they are written back to the frame.
            for (int slot = 0; slot < r.locals.length + r.sp; slot++) {
                if (slotValue(r, slot) != null && !isParentSlot(slot)) extraInput(slot);
            }
        }
        // Back to the start with the slots' values as the next inputs: the preamble runs again for them.
        Value[] next = new Value[parentSlots.length + extraInputs.size()];
        for (int k = 0; k < parentSlots.length; k++) {
            int slot = parentSlots[k];
            // A local dead at the header is not carried (the loop's JUMP passes its input on unchanged, no exit
            // reads it): a placeholder rather than its value, which would be boxed at every rejoin (nbody's
            // side trace around its pairs loop boxed seven floats per step).
            next[k] = deadAtHeader(slot) ? placeholder(Kind.REF) : ref(orDead(slotValue(r, slot), slot, Kind.REF));
        }
        int k = parentSlots.length;
        for (int slot : extraInputs.keySet()) next[k++] = ref(slotValue(r, slot));
        body.op(OpCode.JUMP, next);
        return new Bridge(bridgeFrom, body.ops(), true);
    }

    /**
     * Whether the bridge must go back to the trace's start rather than to its LABEL or a merge point: the loop
     * body reuses the preamble's reads of dicts and classes (it changes none: {@link Trace#bodyKeepsState}),
     * and the bridge may have changed one, so the preamble must read them again.
     */
    private boolean mustRestart() {
        if (!parentKeepsState) return false;
        if (changesState(body.ops())) return true;
        // A bridge from a guard inside other bridges: their paths ran before this one.
        Op g = bridgeFrom;
        for (int depth = 0; depth <= parent.bridges.size(); depth++) {
            Bridge in = null;
            for (Bridge b : parent.bridges) if (b.ops().contains(g)) in = b;
            if (in == null) return false;
            if (changesState(in.ops())) return true;
            g = in.guard();
        }
        return true;
    }

    private static boolean changesState(List<Op> ops) {
        for (Op op : ops) if (op.mayChangeState()) return true;
        return false;
    }

    /**
     * Whether a function trace (or a bridge) reached the function's return, or a bridge its generator's yield:
     * it ends with a RETURN or a YIELD.
     */
    private boolean endsInInterpreter() {
        List<Op> ops = body.ops();
        return !ops.isEmpty() && ops.get(ops.size() - 1).opcode.leavesForInterpreter();
    }

    /** The recorded call as a function trace: its INPUTs (the frame's slots it reads) and body, to the RETURN. */
    private LoopTrace finishFunction() {
        if (!endsInInterpreter()) throw new Abort("the function has not returned");
        List<Op> ops = new ArrayList<>(inputs);
        ops.addAll(body.ops());
        int[] slots = inputSlots.stream().mapToInt(Integer::intValue).toArray();
        return new LoopTrace(new Trace(root.code, headerPc, ops), slots, new IdentityHashMap<>(globalsOf), assumptions);
    }

    /** Whether no path from the header reads the loop frame's slot before writing it (stack slots are live). */
    private boolean deadAtHeader(int slot) {
        return !LocalLiveness.of(root.code).isLive(headerPc, slot);
    }

    /**
     * A slot's value at the loop's end, or for a slot the bridge never had (its exit left out a dead local)
     * and that is dead at the header too, a placeholder of the kind wanted: nothing reads it before a write.
     */
    private Value orDead(Value v, int slot, Kind kind) {
        if (v != null) return v;
        if (!deadAtHeader(slot)) throw new Abort("untracked slot at the loop's end");
        return placeholder(kind);
    }

    /** A value of the kind for a slot dead at the header: nothing reads it before a write. */
    private static Value placeholder(Kind kind) {
        return switch (kind) {
            case I64 -> Const.ofLong(0);
            case F64 -> Const.ofDouble(0.0);
            case BOOL -> Const.ofBool(false);
            default -> Const.ofRef(PyNone.NONE);
        };
    }

    private boolean isParentSlot(int slot) {
        for (int p : parentSlots) if (p == slot) return true;
        return false;
    }

    /** A new INPUT of the loop for a slot it did not carry (numbered after the loop's own inputs). */
    private Op extraInput(int slot) {
        return extraInputs.computeIfAbsent(slot, k -> {
            Op in = new Op(OpCode.INPUT, parentSlots.length + extraInputs.size());
            in.line = root.code.lines[headerPc];
            return in;
        });
    }

    /** The slots the bridge made new inputs of, in their input order, with their INPUT ops. */
    Map<Integer, Op> extraInputs() { return extraInputs; }

    private static Value slotValue(SymbolicFrame r, int slot) {
        return slot < r.locals.length ? r.locals[slot] : r.stack[slot - r.locals.length];
    }

    /**
     * Whether the bridge can jump to the LABEL: every value the loop holds invariant is still the same, and
     * every loop-carried value has a slot whose value can become the carried kind.
     */
    private boolean canRejoin(SymbolicFrame r, FrameState header, Op parentJump) {
        int nlocals = r.locals.length;
        boolean[] covered = new boolean[parentJump.argCount()];
        for (int k = 0; k < nlocals + header.stack().length; k++) {
            Value carried = k < nlocals ? header.locals()[k] : header.stack()[k - nlocals];
            if (carried == null) continue;
            Value mine = slotValue(r, k);
            int param = parentJump.args().indexOf(carried);
            if (param < 0) {
                if (!carried.equals(mine)) return false;
                continue;
            }
            Kind want = parentJump.arg(param).kind();
            if (mine == null && deadAtHeader(k)) {
                covered[param] = true;
                continue;
            }
            if (mine == null || mine.kind() != want && mine.kind() != Kind.REF && want != Kind.REF) return false;
            covered[param] = true;
        }
        for (boolean c : covered) if (!c) return false;
        return true;
    }

    /** The JUMP operands for the LABEL: each carried value from its slot, converted to the carried kind. */
    private Value[] rejoinValues(SymbolicFrame r, FrameState header, Op parentJump, List<Value> targets) {
        Value[] next = new Value[targets.size()];
        Snapshot atHeader = snapshot(headerPc);
        int nlocals = r.locals.length;
        for (int k = 0; k < nlocals + header.stack().length; k++) {
            Value carried = k < nlocals ? header.locals()[k] : header.stack()[k - nlocals];
            int param = carried == null ? -1 : parentJump.args().indexOf(carried);
            if (param < 0) continue;
            Kind kind = targets.get(param).kind();
            Value mine = slotValue(r, k);
            if (mine == null && next[param] != null) continue;  // another slot holds the value
            Value v = convert(orDead(mine, k, kind), kind, atHeader);
            if (next[param] != null && !next[param].equals(v)) throw new Abort("two slots of one loop value differ");
            next[param] = v;
        }
        return next;
    }

    /** A value as the kind a loop-carried value has: an unbox (guarded unless it is a box), or a box. */
    private Value convert(Value v, Kind kind, Snapshot atHeader) {
        if (v == null) throw new Abort("untracked slot at the loop's end");
        if (v.kind() == kind) return v;
        if (kind == Kind.REF) return ref(v);
        if (v.kind() != Kind.REF) throw new Abort("a loop value changes type in the bridge");
        if (v instanceof Op box && box.opcode == switch (kind) {
            case I64 -> OpCode.BOX_INT;
            case F64 -> OpCode.BOX_FLOAT;
            default -> OpCode.BOX_BOOL;
        }) {
            return box.arg(0);
        }
        return switch (kind) {
            case I64 -> unbox(v, Long.class, OpCode.UNBOX_INT, atHeader);
            case F64 -> unbox(v, Double.class, OpCode.UNBOX_FLOAT, atHeader);
            case BOOL -> unbox(v, Boolean.class, OpCode.UNBOX_BOOL, atHeader);
            default -> throw new Abort("cannot convert to " + kind);
        };
    }

}
