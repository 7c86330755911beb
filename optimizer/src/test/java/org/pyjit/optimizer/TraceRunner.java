package org.pyjit.optimizer;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.FrameState;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Runs a trace on boxed inputs, as generated code would, until a guard fails, and describes the state the
 * interpreter would resume in: the snapshot's frames with every slot boxed. Running a trace before and after
 * the optimizer must give the same description: the differential check of every pass's correctness.
 */
public final class TraceRunner {
    private final Trace trace;
    private final Map<Op, Object> env = new HashMap<>();

    private TraceRunner(Trace trace) { this.trace = trace; }

    /** The resume state of the exit the trace leaves through, e.g. {@code f pc=3 l=(1,2.0,-) s=() expected}. */
    public static String run(Trace trace, Object... inputs) { return new TraceRunner(trace).loop(inputs); }

    private String loop(Object[] inputs) {
        List<Op> ops = trace.ops;
        int labelAt = trace.label() == null ? -1 : ops.indexOf(trace.label());
        int pc = 0;
        for (int steps = 0; steps < 1_000_000; steps++) {
            Op op = ops.get(pc);
            switch (op.opcode) {
                case INPUT -> env.put(op, inputs[op.inputIndex()]);
                case LABEL -> { }
                case MERGE -> {
                    for (int k = 0; k < op.argCount(); k++) env.put(ops.get(pc + 1 + k), value(op.arg(k)));
                    pc += op.argCount();
                }
                case RETURN, YIELD -> {
                    return exit(op);
                }
                case JUMP -> {
                    Object[] next = op.args().stream().map(this::value).toArray();
                    if (labelAt < 0) {
                        inputs = next;
                        pc = -1;
                    } else {
                        for (int i = 0; i < next.length; i++) env.put((Op) ops.get(labelAt).arg(i), next[i]);
                        pc = labelAt;
                    }
                }
                default -> {
                    if (!execute(op)) return exit(op);
                }
            }
            pc++;
        }
        throw new AssertionError("the trace does not leave");
    }

    /** Computes op's value; false when it is a guard that fails (or a call that raises). */
    private boolean execute(Op op) {
        Object a = op.argCount() > 0 ? value(op.arg(0)) : null;
        Object b = op.argCount() > 1 ? value(op.arg(1)) : null;
        Object r;
        try {
            r = switch (op.opcode) {
                case GUARD_TRUE -> (Boolean) a;
                case GUARD_FALSE -> !(Boolean) a;
                case GUARD_CLASS -> a != null && a.getClass() == op.descr;
                case GUARD_NONNULL -> a != null;
                case GUARD_VALUE -> a instanceof Number || a instanceof Boolean ? a.equals(b) : a == b;
                case INT_ADD, INT_ADD_OVF -> op.isGuard() ? Math.addExact((Long) a, (Long) b) : (Long) a + (Long) b;
                case INT_SUB, INT_SUB_OVF -> op.isGuard() ? Math.subtractExact((Long) a, (Long) b) : (Long) a - (Long) b;
                case INT_MUL, INT_MUL_OVF -> op.isGuard() ? Math.multiplyExact((Long) a, (Long) b) : (Long) a * (Long) b;
                case INT_FLOORDIV -> Math.floorDiv((Long) a, (Long) b);
                case INT_MOD -> Math.floorMod((Long) a, (Long) b);
                case INT_AND -> (Long) a & (Long) b;
                case INT_OR -> (Long) a | (Long) b;
                case INT_XOR -> (Long) a ^ (Long) b;
                case INT_RSHIFT -> (Long) a >> (Long) b;
                case INT_LT -> (Long) a < (Long) b;
                case INT_LE -> (Long) a <= (Long) b;
                case INT_EQ -> ((Long) a).longValue() == (Long) b;
                case INT_NE -> ((Long) a).longValue() != (Long) b;
                case INT_GT -> (Long) a > (Long) b;
                case INT_GE -> (Long) a >= (Long) b;
                case FLOAT_ADD -> (Double) a + (Double) b;
                case FLOAT_SUB -> (Double) a - (Double) b;
                case FLOAT_MUL -> (Double) a * (Double) b;
                case FLOAT_DIV -> (Double) a / (Double) b;
                case FLOAT_NEG -> -(Double) a;
                case FLOAT_ABS -> Math.abs((Double) a);
                case FLOAT_LT -> (Double) a < (Double) b;
                case FLOAT_LE -> (Double) a <= (Double) b;
                case FLOAT_EQ -> ((Double) a).doubleValue() == (Double) b;
                case FLOAT_NE -> ((Double) a).doubleValue() != (Double) b;
                case FLOAT_GT -> (Double) a > (Double) b;
                case FLOAT_GE -> (Double) a >= (Double) b;
                case CAST_INT_TO_FLOAT -> (double) (Long) a;
                case BOOL_NOT -> !(Boolean) a;
                case REF_EQ -> a == b;
                case UNBOX_INT -> (Long) a;
                case UNBOX_FLOAT -> (Double) a;
                case UNBOX_BOOL -> (Boolean) a;
                case BOX_INT, BOX_FLOAT, BOX_BOOL -> a;
                case CALL -> op.call().method().invoke(null, op.args().stream().map(this::value).toArray());
                case COPY -> a;
                case INPUT, LABEL, JUMP, FINISH, RETURN, YIELD, MERGE, MERGE_PARAM, MERGE_JUMP ->
                        throw new IllegalStateException("not here: " + op);
            };
        } catch (ArithmeticException | InvocationTargetException overflowOrRaise) {
            return false;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (op.kind() != org.pyjit.optimizer.ir.Kind.VOID) env.put(op, r);
        return !op.opcode.name().startsWith("GUARD_") || (Boolean) r;
    }

    private Object value(Value v) {
        if (v instanceof Const c) return c.boxed();
        Op op = (Op) v;
        if (!env.containsKey(op)) throw new IllegalStateException(op + " used before it was computed");
        return env.get(op);
    }

    private String exit(Op guard) {
        StringBuilder sb = new StringBuilder();
        for (FrameState fs : guard.snapshot().frames()) {
            sb.append(fs.code().name).append(" pc=").append(fs.pc()).append(" l=").append(slots(fs.locals()))
                    .append(" s=").append(slots(fs.stack())).append(' ');
        }
        return sb.append(guard.expectedExit ? "expected" : "failed").toString();
    }

    private String slots(Value[] vs) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < vs.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(vs[i] == null ? "-" : String.valueOf(value(vs[i])));
        }
        return sb.append(')').toString();
    }
}
