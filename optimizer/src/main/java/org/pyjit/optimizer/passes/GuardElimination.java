package org.pyjit.optimizer.passes;

import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Removes guards that an earlier op already implies: a {@code guard_class} of a value whose class is known
 * (an earlier guard_class of it, a box, a constant, a call whose helper returns a final class) and a
 * {@code guard_nonnull} of a value known not to be null (a guarded-class value, a box, a non-null constant,
 * or an earlier guard_nonnull). A guard whose known answer is "fails" stays: it is how the trace leaves.
 *
 * <p>Why: the recorder checks the class of a value at every bytecode that uses it, and after inlining and
 * peeling the same value is checked again and again. Each removed guard is a load, a compare and a branch
 * less, and a snapshot less that would keep its values alive. The trace is a straight line and the preamble
 * runs before the loop, so an earlier guard dominates every later op; only label params lose their facts at
 * the label, since each iteration rebinds them. At a MERGE the facts go back to what was known at the loop's
 * start: a bridge that jumps there did not check what the trace checked on its way.
 *
 * <p>A helper's final return type is trusted to mean "never null": helpers return Python values, not null.
 */
public final class GuardElimination {
    private final Rewriter rw;
    private final Map<Value, Class<?>> knownClass = new HashMap<>();
    private final Set<Value> knownNonNull = new HashSet<>();
    private Map<Value, Class<?>> classAtBodyStart = Map.of();
    private Set<Value> nonNullAtBodyStart = Set.of();

    private GuardElimination(Rewriter rw) { this.rw = rw; }

    public static Trace run(Trace in) {
        Rewriter rw = new Rewriter(in);
        GuardElimination pass = new GuardElimination(rw);
        for (Op op : in.ops) {
            Op c = rw.copy(op);
            if (pass.isImplied(c)) {
                rw.drop(op);
            } else {
                rw.keep(op, c);
                pass.learn(c);
            }
        }
        return rw.build(in);
    }

    private boolean isImplied(Op op) {
        return switch (op.opcode) {
            case GUARD_CLASS -> classOf(op.arg(0)) == op.descr;
            case GUARD_NONNULL -> isNonNull(op.arg(0));
            default -> false;
        };
    }

    private void learn(Op op) {
        switch (op.opcode) {
            case GUARD_CLASS -> knownClass.putIfAbsent(op.arg(0), (Class<?>) op.descr);
            case GUARD_NONNULL -> knownNonNull.add(op.arg(0));
            case LABEL -> {
                knownClass.keySet().removeAll(rw.carried());
                knownNonNull.removeAll(rw.carried());
                classAtBodyStart = new HashMap<>(knownClass);
                nonNullAtBodyStart = new HashSet<>(knownNonNull);
            }
            case MERGE -> {
                knownClass.clear();
                knownClass.putAll(classAtBodyStart);
                knownNonNull.clear();
                knownNonNull.addAll(nonNullAtBodyStart);
            }
            default -> { }
        }
    }

    /** The exact Java class of v, when known here; null otherwise. */
    private Class<?> classOf(Value v) {
        Class<?> known = knownClass.get(v);
        if (known != null) return known;
        if (v instanceof Const c) return c.refValue() == null ? null : c.refValue().getClass();
        Op def = rw.def(v);
        if (def == null) return null;
        BoxKind box = BoxKind.ofBox(def.opcode);
        if (box != null) return box.boxClass;
        if (def.opcode == OpCode.CALL) {
            Class<?> result = def.call().method().getReturnType();
            if (!result.isPrimitive() && Modifier.isFinal(result.getModifiers())) return result;
        }
        return null;
    }

    private boolean isNonNull(Value v) {
        if (knownNonNull.contains(v) || knownClass.containsKey(v)) return true;
        if (v instanceof Const c) return c.refValue() != null;
        Op def = rw.def(v);
        return def != null && BoxKind.ofBox(def.opcode) != null;
    }
}
