package org.pyjit.codegen;

import static org.objectweb.asm.Opcodes.CHECKCAST;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.pyjit.optimizer.ir.Op;

/**
 * CALL ops become an {@code invokestatic} of the helper, which C2 inlines when it is small. REF values are
 * Objects in the generated code, so each one passed to a narrower parameter gets a checkcast (free once C2
 * knows the class from a guard). Every class a call names is checked to be visible and accessible from the
 * generated class before the class is written: otherwise the link error would surface only when the loop
 * first runs the call, as a Java exception in the middle of Python code.
 */
final class HelperCalls {
    private HelperCalls() {}

    static void checkLinkable(Method m, MethodHandles.Lookup lookup) throws CodegenException {
        checkLinkable(m.getDeclaringClass(), m, lookup);
        for (Class<?> p : m.getParameterTypes()) checkLinkable(p, m, lookup);
        checkLinkable(m.getReturnType(), m, lookup);
    }

    private static void checkLinkable(Class<?> c, Method m, MethodHandles.Lookup lookup) throws CodegenException {
        if (c.isPrimitive()) return;
        try {
            if (Class.forName(c.getName(), false, lookup.lookupClass().getClassLoader()) != c) {
                throw new CodegenException("helper " + m + ": " + c.getName() + " is another class in the code's loader");
            }
            lookup.accessClass(c);
        } catch (ClassNotFoundException e) {
            throw new CodegenException("helper " + m + ": " + c.getName() + " is not visible to generated code", e);
        } catch (IllegalAccessException e) {
            throw new CodegenException("helper " + m + ": " + c.getName() + " is not accessible to generated code", e);
        }
    }

    /** Pushes the call's operands in the helper's parameter types. */
    static void loadArguments(MethodVisitor mv, Locals locals, Op call) {
        Class<?>[] params = call.call().method().getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            locals.load(mv, call.arg(i));
            if (!params[i].isPrimitive() && params[i] != Object.class) {
                mv.visitTypeInsn(CHECKCAST, Type.getInternalName(params[i]));
            }
        }
    }

    static void invoke(MethodVisitor mv, Op call) {
        Method m = call.call().method();
        Class<?> owner = m.getDeclaringClass();
        mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(owner), m.getName(), Type.getMethodDescriptor(m),
                owner.isInterface());
    }
}
