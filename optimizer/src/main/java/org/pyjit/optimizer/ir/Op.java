package org.pyjit.optimizer.ir;

import java.util.Arrays;
import java.util.List;

/**
 * One IR instruction, which is also the SSA value it defines. Operands are other ops or constants. Guards
 * (and calls that can raise) carry the snapshot the interpreter resumes from when they fail.
 */
public final class Op implements Value {
    public final OpCode opcode;
    private final Kind kind;
    private Value[] args;
    /** INPUT: the input index (Integer); GUARD_CLASS: the Class; CALL: the CallDescr; otherwise null. */
    public final Object descr;
    private Snapshot snapshot;
    /** The Python source line the op was recorded at (0 when unknown): the generated LineNumberTable. */
    public int line;
    /**
     * A guard whose failure is the loop's own normal exit (its condition turning false): generated code
     * returns instead of throwing, since this is expected rather than a failed speculation.
     */
    public boolean expectedExit;
    /** For an exit: what the trace knew when it left here, which a bridge recorded from it starts with; or null. */
    public SlotFacts exitFacts;
    /** The number in the text form; assigned by {@link Trace#renumber()}. */
    int id = -1;

    public Op(OpCode opcode, Object descr, Value... args) {
        this.opcode = opcode;
        this.descr = descr;
        this.args = args.clone();
        this.kind = switch (opcode) {
            case CALL -> ((CallDescr) descr).resultKind();
            case MERGE_PARAM -> ((MergeParam) descr).kind();
            case COPY -> (Kind) descr;
            default -> opcode.result;
        };
    }

    /**
     * Takes the marks of op that a copy keeps (its line, whether it is the expected exit, its exit facts): every
     * pass or transformation that copies an op calls this, so a new mark is copied everywhere at once.
     */
    public void keepMarksOf(Op op) {
        line = op.line;
        expectedExit = op.expectedExit;
        exitFacts = op.exitFacts;
    }

    @Override public Kind kind() { return kind; }

    public int argCount() { return args.length; }

    public Value arg(int i) { return args[i]; }

    public List<Value> args() { return List.of(args); }

    public void setArg(int i, Value v) { args[i] = v; }

    public void setArgs(Value... vs) { args = vs.clone(); }

    public Snapshot snapshot() { return snapshot; }

    public void setSnapshot(Snapshot s) { this.snapshot = s; }

    /** True for ops that leave the trace when a condition fails (guards, overflow checks). */
    public boolean isGuard() { return opcode.isGuard(); }

    /**
     * True when the op has an exit: a guard, or a call that can raise (the snapshot of a JUMP or a MERGE is a
     * frame state for bridges, not an exit).
     */
    public boolean hasExit() { return snapshot != null && opcode != OpCode.JUMP && opcode != OpCode.MERGE; }

    public MergePoint mergePoint() { return (MergePoint) descr; }

    public int inputIndex() { return (Integer) descr; }

    public CallDescr call() { return (CallDescr) descr; }

    /** A call of a helper that may change a dict or a class (see {@link CallDescr.Effect#ANY}). */
    public boolean mayChangeState() { return opcode == OpCode.CALL && call().mayChangeState(); }

    /** The text form's name of the value: {@code i3}; {@code ?} before numbering. */
    public String name() { return kind.prefix + (id < 0 ? "?" : Integer.toString(id)); }

    public int id() { return id; }

    @Override
    public String toString() { return opcode.textName() + Arrays.toString(args); }
}
