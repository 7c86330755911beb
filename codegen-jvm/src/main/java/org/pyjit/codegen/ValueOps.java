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

    static void emit(MethodVisitor mv, Locals locals, Op op) {
        switch (op.opcode) {
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
            case INT_LT -> compare(mv, locals, op, LCMP, IFLT);
            case INT_LE -> compare(mv, locals, op, LCMP, IFLE);
            case INT_EQ -> compare(mv, locals, op, LCMP, IFEQ);
            case INT_NE -> compare(mv, locals, op, LCMP, IFNE);
            case INT_GT -> compare(mv, locals, op, LCMP, IFGT);
            case INT_GE -> compare(mv, locals, op, LCMP, IFGE);
            case FLOAT_ADD -> binary(mv, locals, op, DADD);
            case FLOAT_SUB -> binary(mv, locals, op, DSUB);
            case FLOAT_MUL -> binary(mv, locals, op, DMUL);
            case FLOAT_DIV -> binary(mv, locals, op, DDIV);
            case FLOAT_NEG -> unary(mv, locals, op, DNEG);
            case FLOAT_ABS -> mathCall(mv, locals, op, "abs", "(D)D");
            // dcmpg makes NaN compare greater, dcmpl smaller: either way every comparison with NaN is
            // false except !=, as in Python.
            case FLOAT_LT -> compare(mv, locals, op, DCMPG, IFLT);
            case FLOAT_LE -> compare(mv, locals, op, DCMPG, IFLE);
            case FLOAT_GT -> compare(mv, locals, op, DCMPL, IFGT);
            case FLOAT_GE -> compare(mv, locals, op, DCMPL, IFGE);
            case FLOAT_EQ -> compare(mv, locals, op, DCMPL, IFEQ);
            case FLOAT_NE -> compare(mv, locals, op, DCMPL, IFNE);
            case CAST_INT_TO_FLOAT -> unary(mv, locals, op, L2D);
            case BOOL_NOT -> {
                locals.load(mv, op.arg(0));
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IXOR);
            }
            case REF_EQ -> {
                locals.load(mv, op.arg(0));
                locals.load(mv, op.arg(1));
                pushBool(mv, IF_ACMPEQ);
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

    /** {@code cmp} leaves -1/0/1; {@code ifTrue} is the branch taken when the comparison holds. */
    private static void compare(MethodVisitor mv, Locals locals, Op op, int cmp, int ifTrue) {
        binary(mv, locals, op, cmp);
        pushBool(mv, ifTrue);
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
