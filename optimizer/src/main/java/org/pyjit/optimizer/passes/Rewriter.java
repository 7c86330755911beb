package org.pyjit.optimizer.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * The output trace of a pass as it is built, op by op in order. A pass copies each input op ({@link #copy(Op)}:
 * operands and snapshot already pass through the replacements made so far, so a use of a removed op is
 * rewritten everywhere at once), then keeps the copy, replaces the op by another value, or drops it. The input
 * trace's ops are never changed: a pass is a pure function and the caller may still use its input.
 *
 * <p>Label params need care. Inside the loop a label param is not the value its preamble op computed but
 * whatever the last JUMP passed, so (1) a label param is never replaced by another value (that would merge two
 * loop-carried values, or make a value the loop reads as invariant loop-carried), and (2) after the label,
 * {@link #def} hides its definition: facts learned from it in the preamble do not hold in the loop.
 * Preamble values reach the loop only as invariants (inputs, constants, boxes of constants) and through CSE,
 * which forgets its entries about label params at the label; so no preamble value the loop uses is computed
 * from a label param, and rewriting a preamble op by its definition cannot change what the loop sees.
 */
final class Rewriter {
    private final Map<Op, Value> replacement = new HashMap<>();
    private final List<Op> out = new ArrayList<>();
    private final Set<Op> pinned = new HashSet<>();
    private final Set<Op> carried = new HashSet<>();

    Rewriter(Trace in) {
        Op label = in.label();
        if (label != null) label.args().forEach(v -> pinned.add((Op) v));
    }

    /** What an input value (operand of an input op) has become in the output. */
    Value get(Value v) {
        if (!(v instanceof Op op)) return v;
        Value r = replacement.get(op);
        if (r == null) throw new IllegalStateException(op + " was removed but is still used");
        return r;
    }

    /** A new op like the input op, with its operands and snapshot mapped to the output's values. */
    Op copy(Op op) { return copy(op, this::get, this::get); }

    /** A new op like op, with its operands passed through one mapping and its snapshot's values another. */
    static Op copy(Op op, UnaryOperator<Value> operand, UnaryOperator<Value> slot) {
        Value[] args = new Value[op.argCount()];
        for (int i = 0; i < args.length; i++) args[i] = operand.apply(op.arg(i));
        Op c = new Op(op.opcode, op.descr, args);
        if (op.snapshot() != null) c.setSnapshot(op.snapshot().map(slot));
        c.keepMarksOf(op);
        return c;
    }

    /** Emits the copy of an input op: its uses become uses of the copy. */
    void keep(Op original, Op copy) {
        out.add(copy);
        replacement.put(original, copy);
        if (copy.opcode == OpCode.LABEL) copy.args().forEach(v -> carried.add((Op) v));
    }

    /** Every use of the input op becomes a use of v; a label param keeps its copy instead (see above). */
    void replace(Op original, Op copy, Value v) {
        if (pinned.contains(original)) {
            keep(original, copy);
        } else {
            replacement.put(original, v);
        }
    }

    /** Emits an op the pass made (not a copy of an input op). */
    void emit(Op made) { out.add(made); }

    /** Every later use of the input op becomes a use of an op already emitted (an object allocated late). */
    void bind(Op original, Op emitted) { replacement.put(original, emitted); }

    /** Whether the input op is a label param, which {@link #replace} keeps. */
    boolean isPinned(Op original) { return pinned.contains(original); }

    /**
     * Leaves the op out: a dead value or a guard that cannot fail. Nothing is recorded, so a remaining use of
     * the op fails in {@link #get} instead of producing a broken trace.
     */
    void drop(Op original) {
        assert !replacement.containsKey(original) : original + " was already emitted";
    }

    /** The op that defines v, if its definition says what v holds here: null for constants and loop-carried values. */
    Op def(Value v) {
        return v instanceof Op op && !carried.contains(op) ? op : null;
    }

    /** The label params of the output, once its label is kept (empty before). */
    Set<Op> carried() { return carried; }

    Trace build(Trace in) { return in.withOps(out); }
}
