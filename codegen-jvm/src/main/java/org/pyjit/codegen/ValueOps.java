package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyjit.optimizer.ir.Op;

/**
 * The ops that compute a value from their operands and push it. Each is one or two JVM instructions that C2
 * maps to one or two machine instructions: long arithmetic for ints (floor division and modulo through
 * Math.floorDiv / Math.floorMod, Python's rounding), double arithmetic for floats, and a compare plus a
 * branch for each comparison, which C2 turns into a setcc or folds into the guard that tests it.
 */
final class ValueOps {
    private ValueOps() {}

    /** Whether op is a comparison that {@link #branchOnCompare} can fuse into a branch. */
    static boolean isCompare(Op op) { return compareInsn(op) != null; }

    /**
     * A comparison as a branch: jumps to target when the comparison's result is {@code when}, with no bool
     * in between (for a guard that is the comparison's only use).
     */
    static void branchOnCompare(MethodVisitor mv, Locals locals, Op op, boolean when, Label target) {
        int ifTrue = pushCompare(mv, locals, op, compareInsn(op));
        mv.visitJumpInsn(when ? ifTrue : negate(ifTrue), target);
    }

    /** Pushes what the comparison's branch tests; returns that branch (taken when the comparison holds). */
    private static int pushCompare(MethodVisitor mv, Locals locals, Op op, int[] c) {
        locals.load(mv, op.arg(0));
        locals.load(mv, op.arg(1));
        if (c[0] != NOP) mv.visitInsn(c[0]);
        return c[1];
    }

    /** {cmp instruction (NOP for refs), branch taken when the comparison holds}, or null for other ops. */
    private static int[] compareInsn(Op op) {
        return switch (op.opcode) {
            case INT_LT -> new int[] {LCMP, IFLT};
            case INT_LE -> new int[] {LCMP, IFLE};
            case INT_EQ -> new int[] {LCMP, IFEQ};
            case INT_NE -> new int[] {LCMP, IFNE};
            case INT_GT -> new int[] {LCMP, IFGT};
            case INT_GE -> new int[] {LCMP, IFGE};
            // dcmpg makes NaN compare greater, dcmpl smaller: either way every comparison with NaN is
            // false except !=, as in Python.
            case FLOAT_LT -> new int[] {DCMPG, IFLT};
            case FLOAT_LE -> new int[] {DCMPG, IFLE};
            case FLOAT_GT -> new int[] {DCMPL, IFGT};
            case FLOAT_GE -> new int[] {DCMPL, IFGE};
            case FLOAT_EQ -> new int[] {DCMPL, IFEQ};
            case FLOAT_NE -> new int[] {DCMPL, IFNE};
            case REF_EQ -> new int[] {NOP, IF_ACMPEQ};
            default -> null;
        };
    }

    /** The branch taken exactly when the given one is not (on the same compare result). */
    private static int negate(int branch) {
        return switch (branch) {
            case IFEQ -> IFNE;
            case IFNE -> IFEQ;
            case IFLT -> IFGE;
            case IFGE -> IFLT;
            case IFGT -> IFLE;
            case IFLE -> IFGT;
            case IF_ACMPEQ -> IF_ACMPNE;
            case IF_ACMPNE -> IF_ACMPEQ;
            default -> throw new IllegalArgumentException("not a branch on a compare: " + branch);
        };
    }

    static void emit(MethodVisitor mv, Locals locals, Op op) {
        int[] c = compareInsn(op);
        if (c != null) {
            pushBool(mv, pushCompare(mv, locals, op, c));
            return;
        }
        switch (op.opcode) {
            case COPY -> locals.load(mv, op.arg(0));
            case INT_ADD, INT_ADD_OVF -> binary(mv, locals, op, LADD);
            case INT_SUB, INT_SUB_OVF -> binary(mv, locals, op, LSUB);
            case INT_MUL, INT_MUL_OVF -> binary(mv, locals, op, LMUL);
            case INT_AND -> binary(mv, locals, op, LAND);
            case INT_OR -> binary(mv, locals, op, LOR);
            case INT_XOR -> binary(mv, locals, op, LXOR);
            case INT_FLOORDIV -> mathCall(mv, locals, op, "floorDiv", "(JJ)J");
            case INT_MOD -> mathCall(mv, locals, op, "floorMod", "(JJ)J");
            case INT_RSHIFT -> {
                locals.load(mv, op.arg(0));
                locals.load(mv, op.arg(1));
                mv.visitInsn(L2I);
                mv.visitInsn(LSHR);
            }
            case FLOAT_ADD -> binary(mv, locals, op, DADD);
            case FLOAT_SUB -> binary(mv, locals, op, DSUB);
            case FLOAT_MUL -> binary(mv, locals, op, DMUL);
            case FLOAT_DIV -> binary(mv, locals, op, DDIV);
            case FLOAT_NEG -> unary(mv, locals, op, DNEG);
            case FLOAT_ABS -> mathCall(mv, locals, op, "abs", "(D)D");
            case CAST_INT_TO_FLOAT -> unary(mv, locals, op, L2D);
            case BOOL_NOT -> {
                locals.load(mv, op.arg(0));
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IXOR);
            }
            case UNBOX_INT, UNBOX_FLOAT, UNBOX_BOOL -> {
                locals.load(mv, op.arg(0));
                JvmKinds.unbox(mv, op.kind());
            }
            case BOX_INT, BOX_FLOAT, BOX_BOOL -> {
                locals.load(mv, op.arg(0));
                JvmKinds.box(mv, op.arg(0).kind());
            }
            default -> throw new IllegalArgumentException(op.opcode + " does not compute a value");
        }
    }

    private static void unary(MethodVisitor mv, Locals locals, Op op, int insn) {
        locals.load(mv, op.arg(0));
        mv.visitInsn(insn);
    }

    private static void binary(MethodVisitor mv, Locals locals, Op op, int insn) {
        locals.load(mv, op.arg(0));
        locals.load(mv, op.arg(1));
        mv.visitInsn(insn);
    }

    private static void mathCall(MethodVisitor mv, Locals locals, Op op, String name, String desc) {
        for (int i = 0; i < op.argCount(); i++) locals.load(mv, op.arg(i));
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", name, desc, false);
    }

    /** Turns a conditional branch into 1 (taken) or 0. */
    private static void pushBool(MethodVisitor mv, int ifTrue) {
        Label yes = new Label();
        Label done = new Label();
        mv.visitJumpInsn(ifTrue, yes);
        mv.visitInsn(ICONST_0);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(yes);
        mv.visitInsn(ICONST_1);
        mv.visitLabel(done);
    }
}
