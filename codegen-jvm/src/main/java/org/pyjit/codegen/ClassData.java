package org.pyjit.codegen;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The objects a trace refers to (REF constants, the classes of class guards), handed to the hidden class as
 * its class data. The code loads each with {@code ldc} of a dynamic constant bootstrapped by
 * {@link MethodHandles#classDataAt}: resolved once on first use, then a true constant that C2 folds into
 * compares and calls, as if it were a literal.
 */
final class ClassData {
    private static final Handle CLASS_DATA_AT = new Handle(Opcodes.H_INVOKESTATIC,
            "java/lang/invoke/MethodHandles", "classDataAt",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)Ljava/lang/Object;", false);

    private final List<Object> values = new ArrayList<>();
    private final Map<Object, ConstantDynamic> constants = new IdentityHashMap<>();

    /** The dynamic constant for a non-null object; the same object always gets the same constant. */
    ConstantDynamic constant(Object value) {
        if (value == null) throw new IllegalArgumentException("null is aconst_null, not class data");
        return constants.computeIfAbsent(value, v -> {
            values.add(v);
            return new ConstantDynamic("_", JvmKinds.OBJECT.getDescriptor(), CLASS_DATA_AT, values.size() - 1);
        });
    }

    /** The class data: an immutable list, the index of each object is its constant's bootstrap argument. */
    List<Object> values() { return List.copyOf(values); }
}
