package org.pyjit.optimizer.passes;

import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.OpCode;
import org.pyjit.optimizer.ir.Trace;
import org.pyjit.optimizer.ir.Value;

/**
 * Computes pure ops whose operands are constants, applies the identities that always hold ({@code x + 0},
 * {@code x - 0}, {@code x * 1} on ints, {@code x | 0}, {@code x ^ 0}; {@code x * 1.0}, {@code x / 1.0} and
 * {@code x - 0.0} on floats), turns floor division and modulo by a power of two into a shift and a mask, and
 * removes guards that cannot fail
 * ({@code guard_true(true)}, {@code guard_value} of the constant itself).
 *
 * <p>Why: promotion, inlining and peeling turn operands into constants (a global's value, a literal, an
 * invariant), and a folded op is one less instruction and often one less guard: an {@code int_add_ovf} of
 * constants that does not overflow is its result, with no overflow exit. C2 would fold the arithmetic too,
 * but not the guards and snapshots that depend on it.
 *
 * <p>Semantics are Python's as the interpreter implements them: int ops on Java longs (an {@code _ovf} op
 * folds only when it does not overflow; floor division and modulo as {@code Math.floorDiv/floorMod}), float
 * ops as Java doubles ({@code x + 0.0} is not x when x is -0.0, so it stays). An op whose evaluation is
 * guarded by an earlier exit (division by zero, a shift count out of range) is left alone, and a guard that
 * always fails stays: it is how the trace leaves.
 */
public final class ConstantFolding {
    private ConstantFolding() {}

    public static Trace run(Trace in) {
        Rewriter rw = new Rewriter(in);
        for (Op op : in.ops) {
            Op c = rw.copy(op);
            Value folded = c.opcode.isPure() ? fold(c) : null;
            if (folded != null) {
                rw.replace(op, c, folded);
            } else if (alwaysPasses(c)) {
                rw.drop(op);
            } else {
                rw.keep(op, reduced(c));
            }
        }
        return rw.build(in);
    }

    /** The constant or operand the op always equals, or null. */
    private static Value fold(Op op) {
        for (int i = 0; i < op.argCount(); i++) {
            if (!(op.arg(i) instanceof Const)) return identity(op);
        }
        return evaluate(op);
    }

    private static Value identity(Op op) {
        Value x = op.arg(0);
        Value y = op.argCount() > 1 ? op.arg(1) : null;
        return switch (op.opcode) {
            case INT_ADD, INT_ADD_OVF -> isLong(y, 0) ? x : isLong(x, 0) ? y : null;
            case INT_MUL, INT_MUL_OVF -> isLong(y, 1) ? x : isLong(x, 1) ? y : null;
            case INT_SUB, INT_SUB_OVF, INT_OR, INT_XOR, INT_RSHIFT -> isLong(y, 0) ? x : null;
            // Exact for every double, -0.0, infinities and NaN included (x + 0.0 is not: -0.0 + 0.0 is 0.0).
            case FLOAT_MUL -> isDouble(y, 1.0) ? x : isDouble(x, 1.0) ? y : null;
            case FLOAT_DIV -> isDouble(y, 1.0) ? x : null;
            case FLOAT_SUB -> isDouble(y, 0.0) ? x : null;
            default -> null;
        };
    }

    /**
     * Floor division and modulo by a constant power of two are a shift and a mask, exactly, negative dividends
     * included (Python's {@code -7 // 2 == -4 == -7 >> 1} and {@code -7 % 2 == 1 == -7 & 1}): the op, or the
     * cheaper one. Math.floorDiv and floorMod take a division and a sign fix-up even when C2 inlines them (pi's
     * {@code k % 2}, spectral_norm's {@code s * (s + 1) // 2}, in every iteration).
     */
    private static Op reduced(Op op) {
        if (op.opcode != OpCode.INT_FLOORDIV && op.opcode != OpCode.INT_MOD) return op;
        if (!(op.arg(1) instanceof Const c) || c.longValue() < 2 || Long.bitCount(c.longValue()) != 1) return op;
        long divisor = c.longValue();
        Op r = op.opcode == OpCode.INT_MOD
                ? new Op(OpCode.INT_AND, null, op.arg(0), Const.ofLong(divisor - 1))
                : new Op(OpCode.INT_RSHIFT, null, op.arg(0), Const.ofLong(Long.numberOfTrailingZeros(divisor)));
        r.keepMarksOf(op);
        return r;
    }

    private static boolean isLong(Value v, long n) { return v instanceof Const c && c.longValue() == n; }

    /** Whether v is the constant n (0.0 is not -0.0). */
    private static boolean isDouble(Value v, double n) {
        return v instanceof Const c && Double.doubleToRawLongBits(c.doubleValue()) == Double.doubleToRawLongBits(n);
    }

    private static boolean alwaysPasses(Op op) {
        return switch (op.opcode) {
            case GUARD_TRUE -> op.arg(0) instanceof Const c && c.boolValue();
            case GUARD_FALSE -> op.arg(0) instanceof Const c && !c.boolValue();
            case GUARD_VALUE -> op.arg(0).equals(op.arg(1));
            default -> false;
        };
    }

    /** The result of a pure op on constants, or null when it must stay (it overflows, or is guarded). */
    private static Const evaluate(Op op) {
        Const a = (Const) op.arg(0);
        Const b = op.argCount() > 1 ? (Const) op.arg(1) : null;
        long x = a.longValue();
        long y = b == null ? 0 : b.longValue();
        double f = a.doubleValue();
        double g = b == null ? 0 : b.doubleValue();
        try {
            return switch (op.opcode) {
                case INT_ADD -> Const.ofLong(x + y);
                case INT_SUB -> Const.ofLong(x - y);
                case INT_MUL -> Const.ofLong(x * y);
                case INT_ADD_OVF -> Const.ofLong(Math.addExact(x, y));
                case INT_SUB_OVF -> Const.ofLong(Math.subtractExact(x, y));
                case INT_MUL_OVF -> Const.ofLong(Math.multiplyExact(x, y));
                case INT_FLOORDIV -> y == -1 && x == Long.MIN_VALUE ? null : Const.ofLong(Math.floorDiv(x, y));
                case INT_MOD -> Const.ofLong(Math.floorMod(x, y));
                case INT_AND -> Const.ofLong(x & y);
                case INT_OR -> Const.ofLong(x | y);
                case INT_XOR -> Const.ofLong(x ^ y);
                case INT_RSHIFT -> y < 0 || y > 63 ? null : Const.ofLong(x >> y);
                case INT_LT -> Const.ofBool(x < y);
                case INT_LE -> Const.ofBool(x <= y);
                case INT_EQ -> Const.ofBool(x == y);
                case INT_NE -> Const.ofBool(x != y);
                case INT_GT -> Const.ofBool(x > y);
                case INT_GE -> Const.ofBool(x >= y);
                case FLOAT_ADD -> Const.ofDouble(f + g);
                case FLOAT_SUB -> Const.ofDouble(f - g);
                case FLOAT_MUL -> Const.ofDouble(f * g);
                case FLOAT_DIV -> g == 0 ? null : Const.ofDouble(f / g);
                case FLOAT_NEG -> Const.ofDouble(-f);
                case FLOAT_ABS -> Const.ofDouble(Math.abs(f));
                case FLOAT_LT -> Const.ofBool(f < g);
                case FLOAT_LE -> Const.ofBool(f <= g);
                case FLOAT_EQ -> Const.ofBool(f == g);
                case FLOAT_NE -> Const.ofBool(f != g);
                case FLOAT_GT -> Const.ofBool(f > g);
                case FLOAT_GE -> Const.ofBool(f >= g);
                case CAST_INT_TO_FLOAT -> Const.ofDouble(x);
                case BOOL_NOT -> Const.ofBool(!a.boolValue());
                case REF_EQ -> Const.ofBool(a.refValue() == b.refValue());
                case UNBOX_INT -> a.refValue() instanceof Long l ? Const.ofLong(l) : null;
                case UNBOX_FLOAT -> a.refValue() instanceof Double d ? Const.ofDouble(d) : null;
                case UNBOX_BOOL -> a.refValue() instanceof Boolean z ? Const.ofBool(z) : null;
                default -> null;
            };
        } catch (ArithmeticException overflowOrDivisionByZero) {
            return null;
        }
    }
}
