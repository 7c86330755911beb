package org.pyjit.optimizer.passes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Removes pure ops (and pure helper calls that cannot raise) whose value nothing uses: no operand, snapshot,
 * label or jump. Guards, raising or impure calls and inputs always stay.
 *
 * <p>Why: the other passes leave dead ops behind instead of tracking uses themselves: the boxes whose
 * unboxes were forwarded, the unboxes of values the loop now carries unboxed, the copies CSE replaced. In
 * the generated code a dead box would still be a {@code Long.valueOf} call, removed by C2 only when its
 * escape analysis succeeds, and every dead op adds bytecode, which counts against C2's inlining and
 * method-size limits. Snapshots count as uses: a value a guard's exit needs is live even when
 * the loop itself does not need it, and is computed (cheaply, unboxed) for the exit's sake.
 */
public final class DeadCodeElimination {
    private DeadCodeElimination() {}

    public static Trace run(Trace in) {
        Set<Op> used = new HashSet<>();
        List<Op> ops = in.ops;
        for (int i = ops.size() - 1; i >= 0; i--) {
            Op op = ops.get(i);
            if (!isRemovable(op) || used.contains(op)) {
                for (Value v : op.args()) if (v instanceof Op d) used.add(d);
                if (op.snapshot() != null) used.addAll(op.snapshot().liveOps());
            }
        }
        Rewriter rw = new Rewriter(in);
        for (Op op : ops) {
            if (isRemovable(op) && !used.contains(op)) {
                rw.drop(op);
            } else {
                rw.keep(op, rw.copy(op));
            }
        }
        return rw.build(in);
    }

    private static boolean isRemovable(Op op) {
        if (op.opcode == OpCode.CALL) return op.call().writesNothing() && !op.call().canRaise();
        return op.opcode.isPure() && !op.isGuard();
    }
}
