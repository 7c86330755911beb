package org.pyjit.optimizer.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.MergeParam;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Peels the first iteration off a recorded loop (LuaJIT's copy-substitution, {@code lj_opt_loop.c}). The
 * output is the recorded iteration unchanged (the preamble), a LABEL, and a copy of the body in which every
 * INPUT is replaced by its value at the end of the first iteration, then a JUMP back to the label.
 *
 * <p>Why: guards cannot be hoisted out of a loop (their exits have side effects), and almost every op of a
 * dynamic-language trace depends on one. In the copy, a guard or a load whose operands are the same as in the
 * preamble is a repeat that CSE and guard elimination remove: the type checks of loop-invariant values, and
 * everything computed from them, run once in the preamble. A slot the loop does not change is not a label
 * param at all; a slot that ends the iteration as {@code box_int(x)} (or float, bool) is carried unboxed as
 * {@code x}: in the copy its {@code unbox_int} is the param and its {@code guard_class(_, Long)} is gone, so the
 * loop holds it in a {@code long} local and allocates nothing. Other uses of such an input get a box, which
 * later passes remove where they can (a snapshot takes the unboxed param: deopt boxes by kind).
 *
 * <p>Cost: the trace roughly doubles in size before the other passes shrink it again; the generated method
 * runs the first iteration's code once. A type-unstable loop (a slot enters as an int and leaves as a float,
 * so the copy would check the unboxed param for another class or unbox it as another kind) is returned
 * unpeeled: every iteration then re-checks its types, correct but slower.
 */
public final class LoopPeeling {
    private final Trace in;
    private final List<Op> out = new ArrayList<>();
    /** A recorded op to its value in the preamble. */
    private final Map<Op, Value> preamble = new HashMap<>();
    /** A recorded op to its value in the loop; an INPUT carried unboxed maps to its (unboxed) param. */
    private final Map<Op, Value> loop = new HashMap<>();
    /** The INPUTs carried unboxed, with the kind of box their end value is. */
    private final Map<Op, BoxKind> unboxed = new HashMap<>();
    /** Boxes of unboxed params for the loop's uses that need a reference, each made at its first use. */
    private final Map<Op, Op> boxes = new HashMap<>();
    /** Label params by the recorded op whose value they carry (the x of an end value box_int(x), or a ref). */
    private final Map<Op, Op> params = new LinkedHashMap<>();

    private LoopPeeling(Trace in) { this.in = in; }

    /** The peeled trace, or the input itself when it is peeled already or type-unstable. */
    public static Trace run(Trace in) {
        if (in.isFunction() || in.label() != null || in.inputs().size() != in.jump().argCount()) return in;
        List<Op> peeled = new LoopPeeling(in).peel();
        return peeled == null ? in : in.withOps(peeled);
    }

    /** The peeled ops, or null to give up. */
    private List<Op> peel() {
        List<Op> body = in.ops.subList(0, in.ops.size() - 1);
        Op merge = null;
        for (Op op : body) {
            // No bridge jumps into the preamble: a MERGE there is no join, its params are its operands.
            if (op.opcode == OpCode.MERGE) {
                merge = op;
                continue;
            }
            if (op.opcode == OpCode.MERGE_PARAM) {
                Value in = get(preamble, merge.arg(((MergeParam) op.descr).index()));
                if (in instanceof Const) {
                    // The param may become a label param, which must be an op.
                    Op copy = new Op(OpCode.COPY, in.kind(), in);
                    copy.line = op.line;
                    out.add(copy);
                    in = copy;
                }
                preamble.put(op, in);
                continue;
            }
            Op c = Rewriter.copy(op, v -> get(preamble, v), v -> get(preamble, v));
            out.add(c);
            preamble.put(op, c);
        }
        chooseParams();
        out.add(new Op(OpCode.LABEL, null, params.values().toArray(new Value[0])));
        for (Op op : body) {
            if (op.opcode != OpCode.INPUT && !copyIntoLoop(op)) return null;
        }
        List<Value> next = new ArrayList<>();
        for (Op end : params.keySet()) next.add(end.kind() == Kind.REF ? operand(end) : get(loop, end));
        Op jump = new Op(OpCode.JUMP, null, next.toArray(new Value[0]));
        // The header state (which slot each param holds) in the loop's terms, for bridges to rejoin.
        if (in.jump().snapshot() != null) jump.setSnapshot(in.jump().snapshot().map(v -> get(loop, v)));
        out.add(jump);
        return out;
    }

    /**
     * Decides for each input what it is in the loop: the same value as in the preamble when the loop leaves
     * it unchanged or sets it to a constant; the unboxed x when it ends as a box of x; otherwise its end value,
     * as a reference. Inputs with the same end value share a param.
     */
    private void chooseParams() {
        List<Op> inputs = in.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            Op input = inputs.get(i);
            Value end = in.jump().arg(i);
            BoxKind box = end instanceof Op e ? BoxKind.ofBox(e.opcode) : null;
            if (!(end instanceof Op e) || isInvariantInput(e, inputs) || box != null && e.arg(0) instanceof Const) {
                loop.put(input, get(preamble, end));
            } else if (box != null) {
                unboxed.put(input, box);
                loop.put(input, params.computeIfAbsent((Op) e.arg(0), x -> (Op) preamble.get(x)));
            } else {
                loop.put(input, params.computeIfAbsent(e, x -> (Op) preamble.get(x)));
            }
        }
    }

    private boolean isInvariantInput(Op v, List<Op> inputs) {
        return v.opcode == OpCode.INPUT && in.jump().arg(inputs.indexOf(v)) == v;
    }

    /** Copies one body op into the loop; false when the loop is type-unstable. */
    private boolean copyIntoLoop(Op op) {
        Op input = op.argCount() == 1 && op.arg(0) instanceof Op a && unboxed.containsKey(a) ? a : null;
        if (input != null && op.opcode == OpCode.GUARD_CLASS) return op.descr == unboxed.get(input).boxClass;
        if (input != null && BoxKind.ofUnbox(op.opcode) != null) {
            loop.put(op, loop.get(input));
            return BoxKind.ofUnbox(op.opcode) == unboxed.get(input);
        }
        Op c = Rewriter.copy(op, this::operand, v -> get(loop, v));
        out.add(c);
        loop.put(op, c);
        // Boxes made before a MERGE are not on a bridge's path into it.
        if (op.opcode == OpCode.MERGE) boxes.clear();
        return true;
    }

    /** An operand in the copy: an input carried unboxed is boxed again where a reference is needed. */
    private Value operand(Value v) {
        if (!(v instanceof Op input && unboxed.containsKey(input))) return get(loop, v);
        return boxes.computeIfAbsent(input, k -> {
            Op box = new Op(unboxed.get(k).box, null, loop.get(k));
            out.add(box);
            return box;
        });
    }

    private static Value get(Map<Op, Value> map, Value v) { return v instanceof Op op ? map.get(op) : v; }
}
