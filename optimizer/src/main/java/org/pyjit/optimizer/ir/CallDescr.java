package org.pyjit.optimizer.ir;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A static Java helper that a CALL op invokes: generated code emits {@code invokestatic} and C2 inlines it
 * when it is small. The effects are what the optimizer may assume: a pure helper depends only on its
 * operands (CSE and folding may remove calls); a helper that can raise throws a Python exception, which
 * leaves the trace through the call's snapshot as if the interpreter had raised it at that instruction.
 *
 * @param name     the name in the text form ({@code list_getitem})
 * @param method   a public static method whose parameters and result are long, double, boolean or Object
 * @param pure     no side effects and no dependence on mutable state
 * @param canRaise may throw a Python exception (then the CALL op carries a snapshot)
 */
public record CallDescr(String name, Method method, boolean pure, boolean canRaise) {
    public CallDescr {
        if (!Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
            throw new IllegalArgumentException(method + " must be public static");
        }
        for (Class<?> p : method.getParameterTypes()) {
            if (Kind.ofJava(p) == Kind.VOID) throw new IllegalArgumentException("void parameter in " + method);
        }
    }

    /** Looks up {@code owner.methodName} with the given parameter types. */
    public static CallDescr of(String name, Class<?> owner, String methodName, boolean pure, boolean canRaise,
            Class<?>... params) {
        try {
            return new CallDescr(name, owner.getMethod(methodName, params), pure, canRaise);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no helper " + owner.getName() + "." + methodName, e);
        }
    }

    // equals and hashCode written out: a record's own link through an invokedynamic bootstrap on first use,
    // which spins classes while the first trace is compiled.
    @Override
    public boolean equals(Object other) {
        return other instanceof CallDescr d && d.name.equals(name) && d.method.equals(method) && d.pure == pure
                && d.canRaise == canRaise;
    }

    @Override
    public int hashCode() { return 31 * name.hashCode() + method.hashCode(); }

    public Kind resultKind() { return Kind.ofJava(method.getReturnType()); }

    public Kind[] operandKinds() {
        Class<?>[] ps = method.getParameterTypes();
        Kind[] ks = new Kind[ps.length];
        for (int i = 0; i < ps.length; i++) ks[i] = Kind.ofJava(ps[i]);
        return ks;
    }

    @Override
    public String toString() { return name; }
}
