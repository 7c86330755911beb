package org.pyjit.optimizer.passes;

import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Removes boxes that are only unboxed again: {@code unbox_int(box_int(x))} is x (and float, bool), a
 * {@code guard_class(box_int(x), Long)} cannot fail, and a snapshot that mentions {@code box_int(x)} mentions x
 * instead (the deopt code boxes by kind). A box left without uses is then dead and dead code elimination
 * removes it.
 *
 * <p>Why: the recorder boxes every int and float it writes to a frame slot, as the interpreter does. Each box
 * is an allocation (a {@code Long.valueOf} outside the small cache) that C2's escape analysis cannot remove
 * once it reaches an exit or a loop phi (DESIGN.md §5): here the ints stay in {@code long} locals and are
 * boxed only on the slow path, when a guard fails.
 */
public final class BoxElimination {
    private BoxElimination() {}

    public static Trace run(Trace in) {
        Rewriter rw = new Rewriter(in);
        for (Op op : in.ops) {
            Op c = rw.copy(op);
            if (c.snapshot() != null) c.setSnapshot(c.snapshot().map(v -> unboxed(rw, v)));
            Op box = c.argCount() == 1 ? boxOp(rw, c.arg(0)) : null;
            BoxKind kind = box == null ? null : BoxKind.ofBox(box.opcode);
            if (kind != null && c.opcode == kind.unbox) {
                rw.replace(op, c, box.arg(0));
            } else if (kind != null && c.opcode == OpCode.GUARD_CLASS && c.descr == kind.boxClass) {
                rw.drop(op);
            } else {
                rw.keep(op, c);
            }
        }
        return rw.build(in);
    }

    /** The box op that defines v, or null. */
    private static Op boxOp(Rewriter rw, Value v) {
        Op def = rw.def(v);
        return def != null && BoxKind.ofBox(def.opcode) != null ? def : null;
    }

    /** What a snapshot holds instead of v: the value inside when v is a box. */
    private static Value unboxed(Rewriter rw, Value v) {
        Op box = boxOp(rw, v);
        return box == null ? v : box.arg(0);
    }
}
