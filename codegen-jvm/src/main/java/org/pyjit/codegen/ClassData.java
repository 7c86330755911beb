package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The objects a trace refers to (REF constants, the classes of class guards), handed to the hidden class as
 * its class data. Each is a {@code static final} field of the class ({@code K<index>}), set by its static
 * initializer from {@link MethodHandles#classData} when the class is defined: C1 and C2 fold a static final
 * field of an initialized class into compares and calls as if it were a literal. (A dynamic constant per
 * object, {@code ldc} bootstrapped by {@code MethodHandles.classDataAt}, did the same, but the JVM links the
 * first one through its generic bootstrap invoker: 10-14 ms of the first trace of every program.)
 */
final class ClassData {
    private static final String OBJECT = "Ljava/lang/Object;";

    private final String owner;
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> indexes = new IdentityHashMap<>();

    /** owner: the internal name of the class the fields are in. */
    ClassData(String owner) { this.owner = owner; }

    /** Pushes a non-null object; the same object always is the same field. */
    void load(MethodVisitor mv, Object value) {
        if (value == null) throw new IllegalArgumentException("null is aconst_null, not class data");
        Integer index = indexes.get(value);
        if (index == null) {
            index = values.size();
            values.add(value);
            indexes.put(value, index);
        }
        mv.visitFieldInsn(GETSTATIC, owner, "K" + index, OBJECT);
    }

    /** The fields, and the static initializer that sets them from the class data. */
    void writeFields(ClassVisitor cv) {
        if (values.isEmpty()) return;
        for (int i = 0; i < values.size(); i++) {
            cv.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "K" + i, OBJECT, null, null).visitEnd();
        }
        MethodVisitor mv = cv.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        mv.visitLdcInsn("_");
        mv.visitLdcInsn(Type.getType(List.class));
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, "java/util/List");
        for (int i = 0; i < values.size(); i++) {
            mv.visitInsn(DUP);
            JvmKinds.pushInt(mv, i);
            mv.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
            mv.visitFieldInsn(PUTSTATIC, owner, "K" + i, OBJECT);
        }
        mv.visitInsn(POP);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The class data: an immutable list, the index of each object is its field's number. */
    List<Object> values() { return List.copyOf(values); }
}
