package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.lang.reflect.Modifier;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.pyjit.optimizer.ir.Const;
import org.pyjit.optimizer.ir.Kind;
import org.pyjit.optimizer.ir.Op;
import org.pyjit.optimizer.ir.Value;

/**
 * Each guard is a test and a forward branch to its exit stub, taken when the guard fails. On the hot path
 * that is a compare and a never-taken jump; C2, having never seen the branch taken, compiles the stub as an
 * uncommon trap until it is. Overflow checks are explicit compare-and-branch on the computed result rather
 * than {@code Math.*Exact}, whose intrinsics C2 stops using after a few failures.
 */
final class Guards {
    private Guards() {}

    /** Emits the test of a guard op whose result (for overflow ops) is already in its local. */
    static void branchIfFailed(MethodVisitor mv, Locals locals, Op op, Label fail) {
        switch (op.opcode) {
            case GUARD_TRUE -> branch(mv, locals, op.arg(0), IFEQ, fail);
            case GUARD_FALSE -> branch(mv, locals, op.arg(0), IFNE, fail);
            case GUARD_NONNULL -> branch(mv, locals, op.arg(0), IFNULL, fail);
            case GUARD_CLASS -> {
                Class<?> c = (Class<?>) op.descr;
                if (isNamable(c)) {
                    // For a final class, instanceof is the exact-class test (null fails it too), in 8 bytes.
                    locals.load(mv, op.arg(0));
                    mv.visitTypeInsn(INSTANCEOF, Type.getInternalName(c));
                    mv.visitJumpInsn(IFEQ, fail);
                    return;
                }
                branch(mv, locals, op.arg(0), IFNULL, fail);
                locals.load(mv, op.arg(0));
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false);
                locals.load(mv, Const.ofRef(op.descr));
                mv.visitJumpInsn(IF_ACMPNE, fail);
            }
            case GUARD_VALUE -> value(mv, locals, op, fail);
            // Overflow iff both operands differ in sign from the result: ((a ^ r) & (b ^ r)) < 0.
            case INT_ADD_OVF -> bothSignsDiffer(mv, locals, op.arg(0), op, op.arg(1), op, fail);
            // Overflow iff the operands differ in sign and the result's sign is not a's: ((a ^ b) & (a ^ r)) < 0.
            case INT_SUB_OVF -> bothSignsDiffer(mv, locals, op.arg(0), op.arg(1), op.arg(0), op, fail);
            case INT_MUL_OVF -> {
                // The high 64 bits of the 128-bit product must be the sign extension of the low 64.
                locals.load(mv, op.arg(0));
                locals.load(mv, op.arg(1));
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "multiplyHigh", "(JJ)J", false);
                locals.load(mv, op);
                mv.visitIntInsn(BIPUSH, 63);
                mv.visitInsn(LSHR);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, fail);
            }
            default -> throw new IllegalArgumentException(op.opcode + " is not a guard");
        }
    }

    /** A public final class the generated code can name (an instanceof of it links). */
    private static boolean isNamable(Class<?> c) {
        if (!Modifier.isFinal(c.getModifiers()) || !Modifier.isPublic(c.getModifiers())) return false;
        try {
            return Class.forName(c.getName(), false, Guards.class.getClassLoader()) == c;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void branch(MethodVisitor mv, Locals locals, Value v, int ifFailed, Label fail) {
        locals.load(mv, v);
        mv.visitJumpInsn(ifFailed, fail);
    }

    /** Refs by identity, longs and bools by value, doubles by their raw bits (so NaN and -0.0 match themselves). */
    private static void value(MethodVisitor mv, Locals locals, Op op, Label fail) {
        Const c = (Const) op.arg(1);
        locals.load(mv, op.arg(0));
        if (c.kind() == Kind.F64) {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
            c = Const.ofLong(Double.doubleToRawLongBits(c.doubleValue()));
        }
        locals.load(mv, c);
        switch (c.kind()) {
            case REF -> mv.visitJumpInsn(IF_ACMPNE, fail);
            case BOOL -> mv.visitJumpInsn(IF_ICMPNE, fail);
            default -> {
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, fail);
            }
        }
    }

    /** Branches to fail when ((p ^ q) & (s ^ t)) < 0: p, q differ in sign and so do s, t. */
    private static void bothSignsDiffer(MethodVisitor mv, Locals locals, Value p, Value q, Value s, Value t, Label fail) {
        locals.load(mv, p);
        locals.load(mv, q);
        mv.visitInsn(LXOR);
        locals.load(mv, s);
        locals.load(mv, t);
        mv.visitInsn(LXOR);
        mv.visitInsn(LAND);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, fail);
    }
}
