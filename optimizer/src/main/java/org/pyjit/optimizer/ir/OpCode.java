package org.pyjit.optimizer.ir;

import static org.pyjit.optimizer.ir.Kind.BOOL;
import static org.pyjit.optimizer.ir.Kind.F64;
import static org.pyjit.optimizer.ir.Kind.I64;
import static org.pyjit.optimizer.ir.Kind.REF;
import static org.pyjit.optimizer.ir.Kind.VOID;

/**
 * The trace IR's operations, one row each: result kind, operand kinds, and what the optimizer may assume
 * about them. A GUARD op has a snapshot and leaves the trace when its condition does not hold; a PURE op
 * depends only on its operands (foldable, CSE-able, removable when unused).
 *
 * <p>What each costs in generated code is said per group; the JVM type of every kind is in {@link Kind}.
 */
public enum OpCode {
    // ---- trace structure ----
    /** A value the trace receives on entry: the boxed contents of a frame slot (descr: the input index). */
    INPUT(REF, new Kind[0], 0),
    /** The loop header: its operands are the values carried around the loop (the body uses them). */
    LABEL(VOID, null, 0),
    /** Back to the LABEL, with the next iteration's values in the LABEL's order. */
    JUMP(VOID, null, 0),
    /**
     * The end of a side trace (a bridge compiled on its own, see {@link Trace#isSide()}): leaves the compiled
     * code with its operands, boxed, as the loop's next INPUTs; the loop then runs again from its start.
     */
    FINISH(VOID, null, 0),
    /**
     * The end of a function trace (see {@link Trace#isFunction()}): the function is about to return. An
     * unconditional, expected exit through its snapshot: the function's frame at its RETURN_VALUE, with the
     * result on the stack, which the interpreter then returns.
     */
    RETURN(VOID, new Kind[0], 0),
    /**
     * The end of a bridge or side trace of a loop in a generator that reached its {@code yield}: an
     * unconditional, expected exit through its snapshot, the generator's frame at its YIELD_VALUE with the
     * value on the stack; the interpreter then yields it, and the generator resumes in the interpreter.
     */
    YIELD(VOID, new Kind[0], 0),
    /**
     * A merge point inside the loop body (descr: a {@link MergePoint}): a label that bridges compiled into
     * the loop may jump to, so the two sides of an {@code if} join again as in an ordinary compiler instead
     * of each path needing a bridge of its own. Its operands are the carried slots' values on the trace's own
     * path; the MERGE_PARAM ops right after it are their values from here on, whichever path came. Its
     * snapshot is the frame at that point (not an exit). In generated code: moves between locals, and a label.
     */
    MERGE(VOID, null, 0),
    /** The value of one carried slot after a MERGE (descr: a {@link MergeParam}): written by the jumps to it. */
    MERGE_PARAM(null, new Kind[0], 0),
    /** A bridge's end at a MERGE of its loop (descr: the MERGE op), with a value for each of its params. */
    MERGE_JUMP(VOID, null, 0),
    /**
     * Its operand as a value of its own (descr: the kind): a loop's LABEL param must be an op, since each
     * iteration rebinds its local, and in the preamble a MERGE's param may be a constant. A move.
     */
    COPY(null, null, 0),

    // ---- guards: a compare and a branch to a cold exit stub ----
    GUARD_TRUE(VOID, k(BOOL), Flags.GUARD),
    GUARD_FALSE(VOID, k(BOOL), Flags.GUARD),
    /** The operand's Java class is exactly the descr (a {@code Class}): one load and compare. */
    GUARD_CLASS(VOID, k(REF), Flags.GUARD),
    /** The operand is identical to the constant (== for refs, same value for numbers). */
    GUARD_VALUE(VOID, null, Flags.GUARD),
    /** The operand is not null (a frame slot that must be bound). */
    GUARD_NONNULL(VOID, k(REF), Flags.GUARD),

    // ---- int arithmetic on long; _OVF variants are guards that leave the trace on 64-bit overflow ----
    INT_ADD(I64, k(I64, I64), Flags.PURE),
    INT_SUB(I64, k(I64, I64), Flags.PURE),
    INT_MUL(I64, k(I64, I64), Flags.PURE),
    INT_ADD_OVF(I64, k(I64, I64), Flags.PURE | Flags.GUARD),
    INT_SUB_OVF(I64, k(I64, I64), Flags.PURE | Flags.GUARD),
    INT_MUL_OVF(I64, k(I64, I64), Flags.PURE | Flags.GUARD),
    /** Python floor division; the recorder guards the divisor != 0 and not (MIN_VALUE // -1) first. */
    INT_FLOORDIV(I64, k(I64, I64), Flags.PURE),
    /** Python modulo (sign of the divisor, {@code Math.floorMod}); the divisor is guarded != 0 first. */
    INT_MOD(I64, k(I64, I64), Flags.PURE),
    INT_AND(I64, k(I64, I64), Flags.PURE),
    INT_OR(I64, k(I64, I64), Flags.PURE),
    INT_XOR(I64, k(I64, I64), Flags.PURE),
    /** Arithmetic shift right; the count is guarded to 0..63 first. */
    INT_RSHIFT(I64, k(I64, I64), Flags.PURE),
    INT_LT(BOOL, k(I64, I64), Flags.PURE),
    INT_LE(BOOL, k(I64, I64), Flags.PURE),
    INT_EQ(BOOL, k(I64, I64), Flags.PURE),
    INT_NE(BOOL, k(I64, I64), Flags.PURE),
    INT_GT(BOOL, k(I64, I64), Flags.PURE),
    INT_GE(BOOL, k(I64, I64), Flags.PURE),

    // ---- float arithmetic on double: IEEE, as CPython (division by zero is guarded before) ----
    FLOAT_ADD(F64, k(F64, F64), Flags.PURE),
    FLOAT_SUB(F64, k(F64, F64), Flags.PURE),
    FLOAT_MUL(F64, k(F64, F64), Flags.PURE),
    FLOAT_DIV(F64, k(F64, F64), Flags.PURE),
    FLOAT_NEG(F64, k(F64), Flags.PURE),
    FLOAT_ABS(F64, k(F64), Flags.PURE),
    FLOAT_LT(BOOL, k(F64, F64), Flags.PURE),
    FLOAT_LE(BOOL, k(F64, F64), Flags.PURE),
    FLOAT_EQ(BOOL, k(F64, F64), Flags.PURE),
    FLOAT_NE(BOOL, k(F64, F64), Flags.PURE),
    FLOAT_GT(BOOL, k(F64, F64), Flags.PURE),
    FLOAT_GE(BOOL, k(F64, F64), Flags.PURE),
    /** Exact for |v| < 2^53, rounded to nearest beyond: CPython's int-to-float conversion. */
    CAST_INT_TO_FLOAT(F64, k(I64), Flags.PURE),

    BOOL_NOT(BOOL, k(BOOL), Flags.PURE),
    /** Identity comparison of references ({@code is}). */
    REF_EQ(BOOL, k(REF, REF), Flags.PURE),

    // ---- boxes: an unbox follows a guard on the class; a box allocates (the optimizer removes them) ----
    UNBOX_INT(I64, k(REF), Flags.PURE),
    UNBOX_FLOAT(F64, k(REF), Flags.PURE),
    UNBOX_BOOL(BOOL, k(REF), Flags.PURE),
    BOX_INT(REF, k(I64), Flags.PURE),
    BOX_FLOAT(REF, k(F64), Flags.PURE),
    BOX_BOOL(REF, k(BOOL), Flags.PURE),

    // ---- a call of a static Java helper (descr: a CallDescr); its effects say what the optimizer may do ----
    CALL(null, null, 0);

    /** The result kind; null when the op's descr decides (INPUT is always REF; CALL has its helper's). */
    public final Kind result;
    /** The operand kinds; null when variable (LABEL, JUMP, GUARD_VALUE, CALL). */
    private final Kind[] operands;
    private final int flags;

    OpCode(Kind result, Kind[] operands, int flags) {
        this.result = result;
        this.operands = operands;
        this.flags = flags;
    }

    private static Kind[] k(Kind... kinds) { return kinds; }

    /** The expected operand kinds, or null for ops with variable operands. */
    public Kind[] operandKinds() { return operands == null ? null : operands.clone(); }

    public boolean isGuard() { return (flags & Flags.GUARD) != 0; }

    public boolean isPure() { return (flags & Flags.PURE) != 0; }

    /** RETURN or YIELD: an end that leaves for the interpreter at the instruction its snapshot resumes. */
    public boolean leavesForInterpreter() { return this == RETURN || this == YIELD; }

    /** The name in the text form: {@code int_add_ovf}. */
    public String textName() { return name().toLowerCase(java.util.Locale.ROOT); }

    private static final class Flags {
        static final int GUARD = 1;
        static final int PURE = 2;
    }
}
