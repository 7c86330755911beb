package org.pyjit.tracer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Turns a bridge recorded in its start form (its JUMP gives the loop's next inputs) into a side trace, which
 * is compiled in a class of its own and attached to its exit without recompiling the loop: the exit's live
 * values become its INPUTs, in the snapshot's order (the order a DeoptException carries them), those the
 * parent held unboxed are unboxed again, the bridge's ops follow, and a FINISH with the next inputs replaces
 * the JUMP (a bridge that ends at a RETURN or a YIELD keeps it: the side trace leaves for the interpreter
 * there). A pure function: the bridge is copied, not changed.
 *
 * <p>Frame slots the loop does not carry but the bridge reads or writes (the recorder's extra inputs: an
 * outer loop's variables, for a side trace that runs the outer loop's body) are passed through the frame:
 * they are INPUTs after the live values, which the JIT reads from the frame when it enters the side trace,
 * and the FINISH's operands after the loop's inputs, which it writes back before entering the loop again.
 * The loop never touches them, so between the two the frame holds them.
 */
final class SideTraces {
    private final Map<Op, Value> copies = new IdentityHashMap<>();

    private SideTraces() {}

    /**
     * The side trace of a bridge from exit of parent, or null when the bridge uses a value of the parent that
     * the exit does not pass (it cannot run apart from the parent's code).
     */
    static Trace of(Trace parent, Op exit, Bridge bridge, Collection<Op> extraInputs) {
        if (!bridge.toStart() && !bridge.leaves()) {
            throw new IllegalArgumentException("a side trace is made of a bridge to the start, or one that leaves");
        }
        return new SideTraces().copy(parent, exit, bridge, extraInputs);
    }

    private Trace copy(Trace parent, Op exit, Bridge bridge, Collection<Op> extraInputs) {
        List<Op> ops = new ArrayList<>();
        List<Op> live = exit.snapshot().liveOps();
        for (int k = 0; k < live.size(); k++) {
            Op in = new Op(OpCode.INPUT, k);
            in.line = exit.line;
            ops.add(in);
        }
        for (Op extra : extraInputs) {
            Op in = new Op(OpCode.INPUT, ops.size());
            in.line = exit.line;
            ops.add(in);
            copies.put(extra, in);
        }
        for (int k = 0; k < live.size(); k++) {
            Op parentValue = live.get(k);
            Op in = ops.get(k);
            Value mine = switch (parentValue.kind()) {
                case REF -> in;
                case I64 -> unbox(ops, OpCode.UNBOX_INT, in, exit);
                case F64 -> unbox(ops, OpCode.UNBOX_FLOAT, in, exit);
                case BOOL -> unbox(ops, OpCode.UNBOX_BOOL, in, exit);
                case VOID -> throw new IllegalStateException("a void value is live at " + exit);
            };
            copies.put(parentValue, mine);
        }
        List<Op> bridgeOps = bridge.ops();
        for (int i = 0; i < bridgeOps.size(); i++) {
            Op op = bridgeOps.get(i);
            boolean last = i == bridgeOps.size() - 1;
            Op c = copyOp(op, last && !bridge.leaves() ? OpCode.FINISH : op.opcode);
            if (c == null) return null;
            ops.add(c);
        }
        return Trace.side(parent.code, parent.headerPc, ops);
    }

    private static Op unbox(List<Op> ops, OpCode unbox, Op in, Op exit) {
        Op u = new Op(unbox, null, in);
        u.line = exit.line;
        ops.add(u);
        return u;
    }

    /** A copy with operands and snapshot mapped, or null when an operand is a parent value not passed in. */
    private Op copyOp(Op op, OpCode opcode) {
        Value[] args = new Value[op.argCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = map(op.arg(i));
            if (args[i] == null) return null;
        }
        Op c = new Op(opcode, op.descr, args);
        c.keepMarksOf(op);
        if (op.snapshot() != null) {
            for (Op v : op.snapshot().liveOps()) if (map(v) == null) return null;
            c.setSnapshot(op.snapshot().map(this::map));
        }
        copies.put(op, c);
        return c;
    }

    private Value map(Value v) { return v instanceof Op op ? copies.get(op) : v; }
}
