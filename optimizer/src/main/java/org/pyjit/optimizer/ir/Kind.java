package org.pyjit.optimizer.ir;

/**
 * The type of an IR value, which is also the JVM type it gets in generated code: {@code i64} is a
 * {@code long}, {@code f64} a {@code double}, {@code bool} an {@code int} 0/1, {@code ref} an
 * {@code Object} (a boxed Python value or any runtime object). VOID is the kind of ops that define nothing.
 */
public enum Kind {
    I64("i"),
    F64("f"),
    BOOL("b"),
    REF("r"),
    VOID("");

    /** The prefix of a value of this kind in the text form ({@code i3}, {@code f7}, {@code r0}). */
    public final String prefix;

    Kind(String prefix) { this.prefix = prefix; }

    /** The kind whose values the text form names with this letter. */
    public static Kind ofPrefix(char c) {
        for (Kind k : values()) if (!k.prefix.isEmpty() && k.prefix.charAt(0) == c) return k;
        throw new IllegalArgumentException("no kind is written " + c);
    }

    /** The kind of a Java type used as a helper's parameter or result. */
    public static Kind ofJava(Class<?> c) {
        if (c == long.class) return I64;
        if (c == double.class) return F64;
        if (c == boolean.class) return BOOL;
        if (c == void.class) return VOID;
        if (c.isPrimitive()) throw new IllegalArgumentException("no IR kind for " + c);
        return REF;
    }
}
