package org.pyjit.optimizer.passes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Replaces a pure op (or pure helper call) by an earlier identical one (same opcode, descr and operands), and
 * removes a guard identical to an earlier guard. The trace is a straight line and the preamble runs before
 * the loop, so the earlier op has always run and its result (or the guard's check) still holds.
 *
 * <p>Why: this is what makes loop peeling pay. In the peeled loop, a guard or computation on loop-invariant
 * values is a repeat of the preamble's and disappears from the loop: a {@code guard_class} of an invariant
 * local, the unbox of it, an invariant product. C2 does GVN too, but it cannot remove our guards (their exits
 * have side effects) and it cannot see that a pure helper call is pure. Label params are rebound by every
 * jump, so entries about them are forgotten at the label. At a MERGE, everything found since the loop's
 * start is forgotten: a bridge that jumps there did not compute it.
 */
public final class CommonSubexpressionElimination {
    private CommonSubexpressionElimination() {}

    private record Key(OpCode opcode, Object descr, List<Value> args) {}

    public static Trace run(Trace in) {
        Rewriter rw = new Rewriter(in);
        Map<Key, Op> seen = new HashMap<>();
        Map<Key, Op> atBodyStart = Map.of();
        for (Op op : in.ops) {
            Op c = rw.copy(op);
            Key key = isCandidate(c) ? new Key(c.opcode, c.descr, c.args()) : null;
            Op earlier = key == null ? null : seen.get(key);
            if (earlier == null) {
                rw.keep(op, c);
                if (key != null) seen.put(key, c);
            } else if (c.kind() == Kind.VOID) {
                rw.drop(op);
            } else {
                rw.replace(op, c, earlier);
            }
            if (c.opcode == OpCode.LABEL) {
                seen.entrySet().removeIf(e -> rw.carried().contains(e.getValue())
                        || e.getKey().args().stream().anyMatch(rw.carried()::contains));
                atBodyStart = new HashMap<>(seen);
            } else if (c.opcode == OpCode.MERGE) {
                seen = new HashMap<>(atBodyStart);
            }
        }
        return rw.build(in);
    }

    private static boolean isCandidate(Op op) {
        return op.opcode == OpCode.CALL ? op.call().pure() : op.opcode.isPure() || op.isGuard();
    }
}
