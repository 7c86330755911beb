package org.pyjit.tracer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.optimizer.ir.Bridge;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Makes a compiled loop carry frame slots it did not use, because a new bridge does: each becomes an INPUT
 * (read from the frame on entry), every snapshot that said "leave the slot" now names that INPUT (after a
 * bridge wrote the slot and restarted the trace, the frame no longer holds its value), and every jump to the
 * start passes the slot along unchanged. A pure function: the loop and bridge given are copied, not changed
 * (the loop is still running, and the new code may fail to compile).
 */
final class ExtraInputs {
    private final Map<Integer, Op> extras;
    private final Map<Op, Op> copies = new IdentityHashMap<>();

    private ExtraInputs(Map<Integer, Op> extras) { this.extras = extras; }

    /** The loop with the extra inputs, and the new bridge (recorded with them) attached. */
    static LoopTrace add(LoopTrace loop, Map<Integer, Op> extras, Bridge bridge) {
        return new ExtraInputs(extras).copy(loop, bridge);
    }

    private LoopTrace copy(LoopTrace loop, Bridge bridge) {
        Trace t = loop.trace();
        for (Op in : extras.values()) copies.put(in, in);
        List<Op> ops = new ArrayList<>();
        boolean extrasPlaced = false;
        for (Op op : t.ops) {
            if (!extrasPlaced && op.opcode != OpCode.INPUT) {
                ops.addAll(extras.values());
                extrasPlaced = true;
            }
            ops.add(copy(op, t.label() == null && op.opcode == OpCode.JUMP));
        }
        List<Bridge> bridges = new ArrayList<>();
        for (Bridge b : t.bridges) bridges.add(copy(b, true));
        bridges.add(copy(bridge, false));
        int[] slots = Arrays.copyOf(loop.inputSlots(), loop.inputSlots().length + extras.size());
        int k = loop.inputSlots().length;
        for (int slot : extras.keySet()) slots[k++] = slot;
        return new LoopTrace(t.withOps(ops).withBridges(bridges), slots, loop.globalsOf(), loop.assumptions());
    }

    /** A bridge's copy; an older one that restarts the trace passes the new inputs on unchanged. */
    private Bridge copy(Bridge b, boolean older) {
        List<Op> ops = new ArrayList<>();
        for (Op op : b.ops()) ops.add(copy(op, older && b.toStart() && op.opcode == OpCode.JUMP));
        return new Bridge(copies.get(b.guard()), ops, b.toStart());
    }

    /** A copy with operands and snapshot mapped; a jump to the start also passes the extra inputs on. */
    private Op copy(Op op, boolean passExtras) {
        List<Value> args = new ArrayList<>();
        for (Value v : op.args()) args.add(map(v));
        if (passExtras) args.addAll(extras.values());
        // A bridge's jump to a MERGE goes to the MERGE's copy.
        Object descr = op.opcode == OpCode.MERGE_JUMP ? map((Op) op.descr) : op.descr;
        Op c = new Op(op.opcode, descr, args.toArray(new Value[0]));
        c.keepMarksOf(op);
        if (op.snapshot() != null) c.setSnapshot(op.snapshot().map(this::map).withOuterSlots(extras));
        copies.put(op, c);
        return c;
    }

    private Value map(Value v) {
        if (!(v instanceof Op op)) return v;
        Op c = copies.get(op);
        if (c == null) throw new IllegalStateException("used before its definition: " + op);
        return c;
    }
}
