package org.pyjit.optimizer.ir;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.interp.compile.CodeObject;

/** Appends ops to a new trace: what the recorder and hand-written tests use. */
public final class TraceBuilder {
    private final List<Op> ops = new ArrayList<>();
    private int line;

    /** The Python line given to ops appended from now on. */
    public TraceBuilder atLine(int line) {
        this.line = line;
        return this;
    }

    public Op input(int index) { return add(new Op(OpCode.INPUT, index)); }

    public Op op(OpCode code, Value... args) { return add(new Op(code, null, args)); }

    public Op guard(OpCode code, Snapshot snapshot, Value... args) {
        Op op = new Op(code, null, args);
        op.setSnapshot(snapshot);
        return add(op);
    }

    public Op guardClass(Value v, Class<?> cls, Snapshot snapshot) {
        Op op = new Op(OpCode.GUARD_CLASS, cls, v);
        op.setSnapshot(snapshot);
        return add(op);
    }

    /** A helper call; the snapshot is required when the helper can raise, and ignored otherwise. */
    public Op call(CallDescr d, Snapshot snapshot, Value... args) {
        Op op = new Op(OpCode.CALL, d, args);
        if (d.canRaise()) {
            if (snapshot == null) throw new IllegalArgumentException(d.name() + " can raise: it needs a snapshot");
            op.setSnapshot(snapshot);
        }
        return add(op);
    }

    public Op add(Op op) {
        if (op.line == 0) op.line = line;
        ops.add(op);
        return op;
    }

    public List<Op> ops() { return ops; }

    public Trace build(CodeObject code, int headerPc) { return new Trace(code, headerPc, ops).renumber(); }
}
