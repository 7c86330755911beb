package org.pyjit.optimizer.ir;

import java.lang.reflect.InvocationTargetException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a trace op by op on boxed values: the reference semantics that generated code must reproduce (tests
 * run both and compare the exit id and the exit's values). Every value is boxed (i64 a Long, f64 a Double,
 * bool a Boolean) and every op a map lookup, so it is for tests and debugging only. Overflow is checked with
 * {@code Math.*Exact}, a formulation independent of the code generator's.
 */
public final class TraceInterpreter {
    /**
     * How the trace left: the exit id (index in {@link Trace#exits()}), the boxed live values of its snapshot
     * in {@link Snapshot#liveOps()} order, and the exception a raising call threw, or null.
     */
    public record Exit(int exitId, Object[] values, RuntimeException pending) {}

    private final Trace trace;
    private final Map<Op, Integer> exitIds = new IdentityHashMap<>();
    private final Map<Op, Object> env = new IdentityHashMap<>();

    private TraceInterpreter(Trace trace) {
        this.trace = trace;
        List<Op> exits = trace.exits();
        for (int i = 0; i < exits.size(); i++) exitIds.put(exits.get(i), i);
    }

    /**
     * Runs the trace on its inputs until an exit; more than maxIterations loop iterations is an
     * IllegalStateException (a loop that never exits is a bug, not a hang).
     */
    public static Exit run(Trace t, Object[] inputs, long maxIterations) {
        return new TraceInterpreter(t).loop(inputs, maxIterations);
    }

    private Exit loop(Object[] inputs, long maxIterations) {
        List<Op> ops = trace.ops;
        Op label = trace.label();
        List<? extends Value> targets = label != null ? label.args() : trace.inputs();
        int header = label != null ? ops.indexOf(label) + 1 : trace.inputs().size();
        long iterations = 0;
        int pc = 0;
        while (true) {
            Op op = ops.get(pc++);
            switch (op.opcode) {
                case INPUT -> env.put(op, inputs[op.inputIndex()]);
                case LABEL -> { }
                case MERGE -> {
                    // The trace's own path into the merge: each param takes its operand.
                    for (int k = 0; k < op.argCount(); k++) env.put(ops.get(pc + k), get(op.arg(k)));
                    pc += op.argCount();
                }
                case RETURN, YIELD -> {
                    return exit(op, null);
                }
                case JUMP -> {
                    Object[] next = new Object[op.argCount()];
                    for (int i = 0; i < next.length; i++) next[i] = get(op.arg(i));
                    for (int i = 0; i < next.length; i++) env.put((Op) targets.get(i), next[i]);
                    if (++iterations > maxIterations) {
                        throw new IllegalStateException("the trace did not exit within " + maxIterations + " iterations");
                    }
                    pc = header;
                }
                case CALL -> {
                    Exit exit = call(op);
                    if (exit != null) return exit;
                }
                default -> {
                    if (!op.isGuard()) env.put(op, compute(op));
                    else if (!guardHolds(op)) return exit(op, null);
                }
            }
        }
    }

    private Exit call(Op op) {
        Object[] args = new Object[op.argCount()];
        for (int i = 0; i < args.length; i++) args[i] = get(op.arg(i));
        try {
            Object result = op.call().method().invoke(null, args);
            if (op.kind() != Kind.VOID) env.put(op, result);
            return null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r && !(r instanceof DeoptException) && op.call().canRaise()) {
                return exit(op, r);
            }
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(op.call().name() + " threw a checked exception", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(op.call().name() + " is not accessible", e);
        }
    }

    /** Evaluates a guard (computing an overflow op's result first); false when the trace must leave. */
    private boolean guardHolds(Op op) {
        return switch (op.opcode) {
            case GUARD_TRUE -> bool(op.arg(0));
            case GUARD_FALSE -> !bool(op.arg(0));
            case GUARD_NONNULL -> get(op.arg(0)) != null;
            case GUARD_CLASS -> get(op.arg(0)) != null && get(op.arg(0)).getClass() == op.descr;
            case GUARD_VALUE -> sameValue(op.arg(0), (Const) op.arg(1));
            case INT_ADD_OVF, INT_SUB_OVF, INT_MUL_OVF -> {
                try {
                    long a = i64(op.arg(0));
                    long b = i64(op.arg(1));
                    env.put(op, switch (op.opcode) {
                        case INT_ADD_OVF -> Math.addExact(a, b);
                        case INT_SUB_OVF -> Math.subtractExact(a, b);
                        default -> Math.multiplyExact(a, b);
                    });
                    yield true;
                } catch (ArithmeticException overflow) {
                    yield false;
                }
            }
            default -> throw new IllegalStateException(op.opcode + " is not a guard");
        };
    }

    private boolean sameValue(Value v, Const c) {
        return switch (c.kind()) {
            case REF -> get(v) == c.refValue();
            case I64 -> i64(v) == c.longValue();
            case F64 -> Double.doubleToRawLongBits(f64(v)) == Double.doubleToRawLongBits(c.doubleValue());
            case BOOL -> bool(v) == c.boolValue();
            case VOID -> throw new IllegalStateException("void constant");
        };
    }

    private Object compute(Op op) {
        return switch (op.opcode) {
            case COPY -> get(op.arg(0));
            case INT_ADD -> i64(op.arg(0)) + i64(op.arg(1));
            case INT_SUB -> i64(op.arg(0)) - i64(op.arg(1));
            case INT_MUL -> i64(op.arg(0)) * i64(op.arg(1));
            case INT_FLOORDIV -> Math.floorDiv(i64(op.arg(0)), i64(op.arg(1)));
            case INT_MOD -> Math.floorMod(i64(op.arg(0)), i64(op.arg(1)));
            case INT_AND -> i64(op.arg(0)) & i64(op.arg(1));
            case INT_OR -> i64(op.arg(0)) | i64(op.arg(1));
            case INT_XOR -> i64(op.arg(0)) ^ i64(op.arg(1));
            case INT_RSHIFT -> i64(op.arg(0)) >> (int) i64(op.arg(1));
            case INT_LT -> i64(op.arg(0)) < i64(op.arg(1));
            case INT_LE -> i64(op.arg(0)) <= i64(op.arg(1));
            case INT_EQ -> i64(op.arg(0)) == i64(op.arg(1));
            case INT_NE -> i64(op.arg(0)) != i64(op.arg(1));
            case INT_GT -> i64(op.arg(0)) > i64(op.arg(1));
            case INT_GE -> i64(op.arg(0)) >= i64(op.arg(1));
            case FLOAT_ADD -> f64(op.arg(0)) + f64(op.arg(1));
            case FLOAT_SUB -> f64(op.arg(0)) - f64(op.arg(1));
            case FLOAT_MUL -> f64(op.arg(0)) * f64(op.arg(1));
            case FLOAT_DIV -> f64(op.arg(0)) / f64(op.arg(1));
            case FLOAT_NEG -> -f64(op.arg(0));
            case FLOAT_ABS -> Math.abs(f64(op.arg(0)));
            case FLOAT_LT -> f64(op.arg(0)) < f64(op.arg(1));
            case FLOAT_LE -> f64(op.arg(0)) <= f64(op.arg(1));
            case FLOAT_EQ -> f64(op.arg(0)) == f64(op.arg(1));
            case FLOAT_NE -> f64(op.arg(0)) != f64(op.arg(1));
            case FLOAT_GT -> f64(op.arg(0)) > f64(op.arg(1));
            case FLOAT_GE -> f64(op.arg(0)) >= f64(op.arg(1));
            case CAST_INT_TO_FLOAT -> (double) i64(op.arg(0));
            case BOOL_NOT -> !bool(op.arg(0));
            case REF_EQ -> get(op.arg(0)) == get(op.arg(1));
            case UNBOX_INT -> (Long) get(op.arg(0));
            case UNBOX_FLOAT -> (Double) get(op.arg(0));
            case UNBOX_BOOL -> (Boolean) get(op.arg(0));
            // A box is a new object (or a cached one), as Long.valueOf makes in generated code.
            case BOX_INT -> Long.valueOf(i64(op.arg(0)));
            case BOX_FLOAT -> Double.valueOf(f64(op.arg(0)));
            case BOX_BOOL -> Boolean.valueOf(bool(op.arg(0)));
            default -> throw new IllegalStateException(op.opcode + " does not compute a value");
        };
    }

    private Exit exit(Op op, RuntimeException pending) {
        List<Op> live = op.snapshot().liveOps();
        Object[] values = new Object[live.size()];
        for (int i = 0; i < values.length; i++) values[i] = get(live.get(i));
        return new Exit(exitIds.get(op), values, pending);
    }

    private Object get(Value v) {
        if (v instanceof Const c) return c.boxed();
        if (v instanceof Op op) {
            if (!env.containsKey(op)) throw new IllegalStateException(op + " used before it has a value");
            return env.get(op);
        }
        throw new IllegalStateException(v + " is not an operand");
    }

    private long i64(Value v) { return (Long) get(v); }

    private double f64(Value v) { return (Double) get(v); }

    private boolean bool(Value v) { return (Boolean) get(v); }
}
