package org.pyjit.optimizer.passes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.optimizer.ir.CallDescr;
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
 *
 * <p>A read of dicts or classes (a class's version, a dict's versions and entries: {@code READS_STATE}) is
 * replaced by an earlier identical read too, unless a helper that may change a dict or a class ran in between;
 * then its guard is a repeat and goes as well. When nothing in the loop body may change a dict or a class
 * ({@link Trace#bodyKeepsState}), the body reuses the preamble's reads: nbody's pair loop checks its class's
 * version and the {@code math} module once per entry, not per iteration. (A bridge that may change them then
 * restarts the trace instead of jumping to the label or a merge point: the recorder sees to that.) Otherwise
 * reads are forgotten at the label.
 */
public final class CommonSubexpressionElimination {
    private CommonSubexpressionElimination() {}

    private record Key(OpCode opcode, Object descr, List<Value> args) {
        // equals and hashCode written out: a record's own are linked through an invokedynamic bootstrap
        // (ObjectMethods) at their first call, 25-30 ms of the first trace's compile, in every program.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.opcode == opcode && java.util.Objects.equals(k.descr, descr)
                    && k.args.equals(args);
        }

        @Override
        public int hashCode() { return (opcode.hashCode() * 31 + java.util.Objects.hashCode(descr)) * 31 + args.hashCode(); }
    }

    public static Trace run(Trace in) {
        Rewriter rw = new Rewriter(in);
        Map<Key, Op> seen = new HashMap<>();
        Map<Key, Op> atBodyStart = Map.of();
        Map<Key, Op> reads = new HashMap<>();
        Map<Key, Op> readsAtBodyStart = Map.of();
        boolean bodyKeepsState = in.bodyKeepsState();
        for (Op op : in.ops) {
            Op c = rw.copy(op);
            boolean read = isStateRead(c);
            Key key = read || isCandidate(c) ? new Key(c.opcode, c.descr, c.args()) : null;
            Op earlier = key == null ? null : read ? reads.get(key) : seen.get(key);
            if (earlier == null) {
                rw.keep(op, c);
                if (read) {
                    reads.put(key, c);
                } else if (key != null) {
                    seen.put(key, c);
                } else if (c.mayChangeState()) {
                    reads.clear();
                }
            } else if (c.kind() == Kind.VOID) {
                rw.drop(op);
            } else {
                rw.replace(op, c, earlier);
            }
            if (c.opcode == OpCode.LABEL) {
                forgetCarried(seen, rw);
                atBodyStart = new HashMap<>(seen);
                if (bodyKeepsState) forgetCarried(reads, rw); else reads.clear();
                readsAtBodyStart = new HashMap<>(reads);
            } else if (c.opcode == OpCode.MERGE) {
                seen = new HashMap<>(atBodyStart);
                reads = new HashMap<>(readsAtBodyStart);
            }
        }
        return rw.build(in);
    }

    /** Label params are rebound by every jump: what was found of them, or with them, does not hold in the body. */
    private static void forgetCarried(Map<Key, Op> found, Rewriter rw) {
        Set<Op> carried = rw.carried();
        found.entrySet().removeIf(e -> carried.contains(e.getValue()) || usesAny(e.getKey(), carried));
    }

    private static boolean usesAny(Key key, Set<Op> ops) {
        for (Value a : key.args()) if (ops.contains(a)) return true;
        return false;
    }

    private static boolean isStateRead(Op op) {
        return op.opcode == OpCode.CALL && op.call().effect() == CallDescr.Effect.READS_STATE;
    }

    private static boolean isCandidate(Op op) {
        return op.opcode == OpCode.CALL ? op.call().pure() : op.opcode.isPure() || op.isGuard();
    }
}
