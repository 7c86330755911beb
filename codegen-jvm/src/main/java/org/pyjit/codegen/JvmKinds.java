package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.SIPUSH;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.pyjit.optimizer.ir.Kind;

/**
 * The JVM type of each IR kind (i64 a long in two local slots, f64 a double in two, bool an int 0/1, ref an
 * Object) and the boxing that turns one into what the interpreter keeps in a frame slot.
 */
final class JvmKinds {
    static final Type OBJECT = Type.getType(Object.class);

    private JvmKinds() {}

    static Type type(Kind k) {
        return switch (k) {
            case I64 -> Type.LONG_TYPE;
            case F64 -> Type.DOUBLE_TYPE;
            case BOOL -> Type.BOOLEAN_TYPE;
            case REF -> OBJECT;
            case VOID -> Type.VOID_TYPE;
        };
    }

    /** Long.valueOf / Double.valueOf / Boolean.valueOf: an allocation unless the value is cached. */
    static void box(MethodVisitor mv, Kind k) {
        switch (k) {
            case I64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            case F64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
            case BOOL -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
            case REF -> { }
            case VOID -> throw new IllegalArgumentException("no value to box");
        }
    }

    /** A checkcast and a load of the box's field; C2 removes both after a GUARD_CLASS on the same value. */
    static void unbox(MethodVisitor mv, Kind k) {
        switch (k) {
            case I64 -> unbox(mv, "java/lang/Long", "longValue", "()J");
            case F64 -> unbox(mv, "java/lang/Double", "doubleValue", "()D");
            case BOOL -> unbox(mv, "java/lang/Boolean", "booleanValue", "()Z");
            default -> throw new IllegalArgumentException("no unboxed form of " + k);
        }
    }

    private static void unbox(MethodVisitor mv, String owner, String name, String desc) {
        mv.visitTypeInsn(CHECKCAST, owner);
        mv.visitMethodInsn(INVOKEVIRTUAL, owner, name, desc, false);
    }

    /** The shortest instruction that pushes an int. */
    static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }
}
