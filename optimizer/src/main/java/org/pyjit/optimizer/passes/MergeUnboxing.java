package org.pyjit.optimizer.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.optimizer.ir.MergeParam;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Carries a MERGE's param unboxed when the trace's own path brings it boxed ({@code box_float(x)}): the param
 * becomes x's kind, its {@code unbox} after the merge is the param itself, its {@code guard_class} of the box
 * class is gone, and any other use gets a box of the param (made once, at the first such use). So a float or
 * int the loop keeps in a local stays in a register across an {@code if}, as a LABEL param does across
 * iterations (LoopPeeling). A bridge jumping to the MERGE later converts its own value to the param's kind.
 * Runs before any bridge exists: the params' kinds are part of the loop's contract with its bridges.
 *
 * <p>A param that is checked after the merge for another class than its box's (a type-unstable slot) is left
 * as it is.
 */
public final class MergeUnboxing {
    private MergeUnboxing() {}

    public static Trace run(Trace in) {
        if (!in.bridges.isEmpty() || in.ops.stream().noneMatch(op -> op.opcode == OpCode.MERGE)) return in;
        Map<Op, BoxKind> unboxing = chooseParams(in);
        if (unboxing.isEmpty()) return in;
        List<Op> out = new ArrayList<>();
        Map<Op, Value> replaced = new HashMap<>();
        // A boxed param's new, unboxed param.
        Map<Op, Op> unboxedParam = new HashMap<>();
        Map<Op, Op> boxOf = new HashMap<>();
        for (Op op : in.ops) {
            if (op.opcode == OpCode.MERGE) {
                Value[] args = new Value[op.argCount()];
                for (int k = 0; k < args.length; k++) args[k] = operand(op.arg(k), op, unboxing, unboxedParam, boxOf, replaced, out);
                // Boxes made before this MERGE are not on a bridge's path into it.
                boxOf.clear();
                Op c = copy(op, args, replaced);
                for (int k = 0; k < args.length; k++) {
                    Op param = in.ops.get(in.ops.indexOf(op) + 1 + k);
                    if (unboxing.containsKey(param)) c.setArg(k, ((Op) args[k]).arg(0));
                }
                out.add(c);
                replaced.put(op, c);
                continue;
            }
            if (op.opcode == OpCode.MERGE_PARAM && unboxing.containsKey(op)) {
                MergeParam p = (MergeParam) op.descr;
                Op c = new Op(OpCode.MERGE_PARAM, new MergeParam(p.index(), unboxing.get(op).kind));
                c.line = op.line;
                out.add(c);
                unboxedParam.put(op, c);
                replaced.put(op, c);
                continue;
            }
            Op boxedParam = op.argCount() == 1 && op.arg(0) instanceof Op a && unboxing.containsKey(a) ? a : null;
            if (boxedParam != null && op.opcode == OpCode.GUARD_CLASS) continue;
            if (boxedParam != null && op.opcode == unboxing.get(boxedParam).unbox) {
                replaced.put(op, unboxedParam.get(boxedParam));
                continue;
            }
            Value[] args = new Value[op.argCount()];
            for (int k = 0; k < args.length; k++) args[k] = operand(op.arg(k), op, unboxing, unboxedParam, boxOf, replaced, out);
            Op c = copy(op, args, replaced);
            out.add(c);
            replaced.put(op, c);
        }
        return in.withOps(out);
    }

    /** An operand of user: a param now unboxed is used through a box of it, made at its first such use. */
    private static Value operand(Value v, Op user, Map<Op, BoxKind> unboxing, Map<Op, Op> unboxedParam,
            Map<Op, Op> boxOf, Map<Op, Value> replaced, List<Op> out) {
        if (!(v instanceof Op a && unboxing.containsKey(a))) return map(v, replaced);
        return boxOf.computeIfAbsent(a, x -> {
            Op box = new Op(unboxing.get(x).box, null, unboxedParam.get(x));
            box.line = user.line;
            out.add(box);
            return box;
        });
    }

    /** The params brought boxed by the trace's path and never checked for another class. */
    private static Map<Op, BoxKind> chooseParams(Trace in) {
        Map<Op, BoxKind> unboxing = new HashMap<>();
        List<Op> ops = in.ops;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op.opcode != OpCode.MERGE) continue;
            for (int k = 0; k < op.argCount(); k++) {
                if (op.arg(k) instanceof Op a && BoxKind.ofBox(a.opcode) != null) {
                    unboxing.put(ops.get(i + 1 + k), BoxKind.ofBox(a.opcode));
                }
            }
        }
        for (Op op : ops) {
            if (op.opcode == OpCode.GUARD_CLASS && op.arg(0) instanceof Op a && unboxing.containsKey(a)
                    && op.descr != unboxing.get(a).boxClass) {
                unboxing.remove(a);
            }
        }
        return unboxing;
    }

    private static Op copy(Op op, Value[] args, Map<Op, Value> replaced) {
        Op c = new Op(op.opcode, op.descr, args);
        c.keepMarksOf(op);
        if (op.snapshot() != null) c.setSnapshot(op.snapshot().map(v -> map(v, replaced)));
        return c;
    }

    private static Value map(Value v, Map<Op, Value> replaced) {
        if (!(v instanceof Op op)) return v;
        Value r = replaced.get(op);
        return r != null ? r : v;
    }
}
