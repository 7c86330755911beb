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
 * <p>The trace also knows where it came from (code and loop-header pc) for names, logs and line tables.
 */
public final class Trace {
    public final CodeObject code;
    public final int headerPc;
    public final List<Op> ops;

    public Trace(CodeObject code, int headerPc, List<Op> ops) {
        this.code = code;
        this.headerPc = headerPc;
        this.ops = new ArrayList<>(ops);
    }

    /** A copy of this trace's metadata with other ops (passes build new op lists). */
    public Trace withOps(List<Op> newOps) { return new Trace(code, headerPc, newOps); }

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

    public Op jump() {
        Op last = ops.get(ops.size() - 1);
        if (last.opcode != OpCode.JUMP) throw new IllegalStateException("a trace ends with jump");
        return last;
    }

    /** Ops that can leave the trace (guards and raising calls), in order: their index is the exit id. */
    public List<Op> exits() {
        List<Op> r = new ArrayList<>();
        for (Op op : ops) if (op.hasExit()) r.add(op);
        return r;
    }

    /** The Python line of the loop header. */
    public int line() { return code.lines[headerPc]; }

    /** Numbers the values in order (i0, r1, ...), as the text form shows them. */
    public Trace renumber() {
        int n = 0;
        for (Op op : ops) op.id = op.kind() == Kind.VOID ? -1 : n++;
        return this;
    }

    @Override
    public String toString() { return TracePrinter.print(this); }
}
