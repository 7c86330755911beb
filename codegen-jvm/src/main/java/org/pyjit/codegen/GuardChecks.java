package org.pyjit.codegen;

/**
 * The loop-end tests of the trace methods, as calls (see {@link CheckedJumps}): each method throws
 * {@link GuardFailure} when the JVM branch it is named after would be taken. Their branches are shared by every
 * trace, so their profile says "taken" as soon as one loop anywhere has ended. (Not methods of the exception
 * class: C2 does not inline the methods of a Throwable into other code.)
 */
public final class GuardChecks {
    private GuardChecks() {}

    public static void ifeq(int v) { if (v == 0) throw GuardFailure.FAILED; }

    public static void ifne(int v) { if (v != 0) throw GuardFailure.FAILED; }

    public static void iflt(int v) { if (v < 0) throw GuardFailure.FAILED; }

    public static void ifge(int v) { if (v >= 0) throw GuardFailure.FAILED; }

    public static void ifgt(int v) { if (v > 0) throw GuardFailure.FAILED; }

    public static void ifle(int v) { if (v <= 0) throw GuardFailure.FAILED; }

    public static void ifnull(Object o) { if (o == null) throw GuardFailure.FAILED; }

    public static void ifAcmpeq(Object a, Object b) { if (a == b) throw GuardFailure.FAILED; }

    public static void ifAcmpne(Object a, Object b) { if (a != b) throw GuardFailure.FAILED; }

    public static void ifIcmpne(int a, int b) { if (a != b) throw GuardFailure.FAILED; }
}
