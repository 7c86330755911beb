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
 * @param effect   what it may read and change (see {@link Effect})
 * @param canRaise may throw a Python exception (then the CALL op carries a snapshot)
 */
public record CallDescr(String name, Method method, Effect effect, boolean canRaise) {
    /**
     * What a helper may do to the interpreter's state, as far as the optimizer cares. The version guards of a
     * trace (a class's version, a dict's versions and entries) read that state: a repeated read gives the same
     * value until a helper that may change a dict or a class runs in between.
     */
    public enum Effect {
        /** No side effects, no dependence on mutable state. */
        PURE,
        /** Reads dicts or classes (their versions and entries) and changes nothing. */
        READS_STATE,
        /**
         * Makes a new object from its operands and changes nothing else (a cell, a function, a tuple): unused,
         * the call can go; each call is a new object, so two are not one.
         */
        ALLOCATES,
        /**
         * May change or make objects (instances, lists, tuples, cells) but runs no Python code and changes no
         * dict or class.
         */
        KEEPS_STATE,
        /** May do anything, run Python code included. */
        ANY;
    }

    public CallDescr {
        if (!Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
            throw new IllegalArgumentException(method + " must be public static");
        }
        for (Class<?> p : method.getParameterTypes()) {
            if (Kind.ofJava(p) == Kind.VOID) throw new IllegalArgumentException("void parameter in " + method);
        }
    }

    /** Looks up {@code owner.methodName} with the given parameter types: pure, or else may do anything. */
    public static CallDescr of(String name, Class<?> owner, String methodName, boolean pure, boolean canRaise,
            Class<?>... params) {
        return of(name, owner, methodName, pure ? Effect.PURE : Effect.ANY, canRaise, params);
    }

    /** Looks up {@code owner.methodName} with the given parameter types. */
    public static CallDescr of(String name, Class<?> owner, String methodName, Effect effect, boolean canRaise,
            Class<?>... params) {
        try {
            return new CallDescr(name, owner.getMethod(methodName, params), effect, canRaise);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no helper " + owner.getName() + "." + methodName, e);
        }
    }

    /** No side effects and no dependence on mutable state: CSE and folding may remove calls. */
    public boolean pure() { return effect == Effect.PURE; }

    /** Writes nothing that another op could see: unused, the call can go. */
    public boolean writesNothing() {
        return effect == Effect.PURE || effect == Effect.READS_STATE || effect == Effect.ALLOCATES;
    }

    /** May change a dict or a class (or run Python code, which may): what a trace read of them no longer holds after. */
    public boolean mayChangeState() { return effect == Effect.ANY; }

    // equals and hashCode written out: a record's own link through an invokedynamic bootstrap on first use,
    // which spins classes while the first trace is compiled.
    @Override
    public boolean equals(Object other) {
        return other instanceof CallDescr d && d.name.equals(name) && d.method.equals(method) && d.effect == effect
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
