package org.pyjit.optimizer.ir;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.interp.compile.CodeObject;

/**
 * A recorded loop: INPUT ops (the boxed frame slots it reads or writes, in input order), the body, and a
 * final JUMP. Before peeling the JUMP's operands are the inputs' next values (same order as the INPUTs, and
 * the loop restarts after the inputs); after peeling a LABEL separates the first iteration (the preamble)
 * from the loop proper, and the JUMP's operands match the LABEL's.
 *
 * <p>The JUMP may carry a snapshot: the state at the loop header in terms of its values (which slot each
 * LABEL operand holds), used to let bridges rejoin the loop; it is not an exit.
 *
 * <p>A side trace is a bridge compiled on its own, outside its loop's method (attaching it costs no recompile
 * of the loop): its INPUTs are the live values of the exit it leaves from, in the exit snapshot's order, and it
 * ends with a FINISH whose operands are the loop's next inputs instead of a JUMP. It has no LABEL and no bridges.
 * A side trace may end instead where its loop's function returns or its generator yields (a RETURN or a YIELD,
 * see {@link #side}): it leaves for the interpreter there.
 *
 * <p>A function trace is recorded from a function's entry rather than a loop header (headerPc is 0): it runs
 * once per call, has no LABEL and no JUMP, and ends with a RETURN, an exit through which the interpreter returns
 * the function's result. Its bridges end with a RETURN too.
 *
 * <p>The trace also knows where it came from (code and loop-header pc) for names, logs and line tables.
 */
public final class Trace {
    public final CodeObject code;
    public final int headerPc;
    public final List<Op> ops;
    /** The side paths compiled with the loop (see {@link Bridge}); empty until exits become hot. */
    public final List<Bridge> bridges;
    /**
     * Made a side trace (see {@link #isSide()}) whatever its end: one that ends with a RETURN or a YIELD would
     * otherwise look like a function trace.
     */
    private final boolean side;

    public Trace(CodeObject code, int headerPc, List<Op> ops) { this(code, headerPc, ops, List.of(), false); }

    private Trace(CodeObject code, int headerPc, List<Op> ops, List<Bridge> bridges, boolean side) {
        this.code = code;
        this.headerPc = headerPc;
        this.ops = new ArrayList<>(ops);
        this.bridges = List.copyOf(bridges);
        this.side = side;
    }

    /** A side trace of the loop at headerPc of code: ops end with a FINISH, a RETURN or a YIELD. */
    public static Trace side(CodeObject code, int headerPc, List<Op> ops) {
        return new Trace(code, headerPc, ops, List.of(), true);
    }

    /** A copy of this trace's metadata with other ops (passes build new op lists), and no bridges. */
    public Trace withOps(List<Op> newOps) { return new Trace(code, headerPc, newOps, List.of(), side); }

    /** The same loop with these bridges (their guards are ops of this trace or of the bridges before them). */
    public Trace withBridges(List<Bridge> newBridges) { return new Trace(code, headerPc, ops, newBridges, side); }

    /**
     * Whether code at this op may be reached without running the whole preamble: the op is in the preamble,
     * or in a bridge that leaves (directly or through other bridges) from the preamble. A bridge from such an
     * op cannot jump to the LABEL, since the loop uses preamble values computed after it.
     */
    public boolean reachedFromPreamble(Op op) {
        Op label = label();
        if (label == null) return false;
        int at = ops.indexOf(op);
        if (at >= 0) return at < ops.indexOf(label);
        for (Bridge b : bridges) if (b.ops().contains(op)) return reachedFromPreamble(b.guard());
        return false;
    }

    /**
     * Where a path through this guard left the trace's own ops: the guard's index in them, or if the guard is
     * in a bridge, that of the bridge's guard (and so on); -1 if it is in neither.
     */
    public int leavesAt(Op guard) {
        Op g = guard;
        for (int depth = 0; depth <= bridges.size(); depth++) {
            int at = ops.indexOf(g);
            if (at >= 0) return at;
            Bridge in = null;
            for (Bridge b : bridges) if (b.ops().contains(g)) in = b;
            if (in == null) return -1;
            g = in.guard();
        }
        return -1;
    }

    /** The bridge attached to a guard, or null. */
    public Bridge bridgeOf(Op guard) {
        for (Bridge b : bridges) if (b.guard() == guard) return b;
        return null;
    }

    public List<Op> inputs() {
        List<Op> r = new ArrayList<>();
        for (Op op : ops) if (op.opcode == OpCode.INPUT) r.add(op);
        return r;
    }

    /** The LABEL op, or null before peeling. */
    public Op label() {
        for (Op op : ops) if (op.opcode == OpCode.LABEL) return op;
        return null;
    }

    /**
     * Whether no op after the LABEL may change a dict or a class ({@link CallDescr#mayChangeState}): then the
     * loop reuses the preamble's reads of them (their versions and entries, see CSE) instead of reading and
     * guarding them again every iteration, and a bridge that may change them must restart the trace rather
     * than jump to the LABEL or a merge point. False without a LABEL.
     */
    public boolean bodyKeepsState() {
        Op label = label();
        if (label == null) return false;
        for (int i = ops.indexOf(label) + 1; i < ops.size(); i++) if (ops.get(i).mayChangeState()) return false;
        return true;
    }

    /** Whether this is a function trace: not a side trace, it ends with a RETURN rather than a JUMP. */
    public boolean isFunction() { return !side && !ops.isEmpty() && ops.get(ops.size() - 1).opcode == OpCode.RETURN; }

    /** Whether this is a side trace: made one, or it ends with a FINISH rather than a JUMP. */
    public boolean isSide() { return side || !ops.isEmpty() && ops.get(ops.size() - 1).opcode == OpCode.FINISH; }

    /** How many values a side trace's end passes on to its loop: its FINISH's operands (none for an exit). */
    public int finishValues() {
        Op last = ops.get(ops.size() - 1);
        return last.opcode == OpCode.FINISH ? last.argCount() : 0;
    }

    public Op jump() {
        Op last = ops.get(ops.size() - 1);
        if (last.opcode != OpCode.JUMP) throw new IllegalStateException("a trace ends with jump");
        return last;
    }

    /**
     * Ops that can leave the trace (guards and raising calls) in order, the loop's first, then each bridge's:
     * the index is the exit id. A guard that has a bridge keeps its id, unused.
     */
    public List<Op> exits() {
        List<Op> r = new ArrayList<>();
        for (Op op : ops) if (op.hasExit()) r.add(op);
        for (Bridge b : bridges) for (Op op : b.ops()) if (op.hasExit()) r.add(op);
        return r;
    }

    /** The Python line of the loop header. */
    public int line() { return code.lines[headerPc]; }

    /** Numbers the values in order (i0, r1, ...), as the text form shows them. */
    public Trace renumber() {
        int n = 0;
        for (Op op : ops) op.id = op.kind() == Kind.VOID ? -1 : n++;
        for (Bridge b : bridges) for (Op op : b.ops()) op.id = op.kind() == Kind.VOID ? -1 : n++;
        return this;
    }

    @Override
    public String toString() { return TracePrinter.print(this); }
}
