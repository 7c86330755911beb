package org.pyjit.optimizer.ir;

import java.util.Objects;

/**
 * A constant operand. Numbers compare by value; references by identity (a REF constant is a particular
 * object: a function, a type, a dict; generated code loads it from the class data, so C2 sees a constant).
 */
public final class Const implements Value {
    private final Kind kind;
    private final long bits;
    private final Object ref;

    private Const(Kind kind, long bits, Object ref) {
        this.kind = kind;
        this.bits = bits;
        this.ref = ref;
    }

    public static Const ofLong(long v) { return new Const(Kind.I64, v, null); }

    public static Const ofDouble(double v) { return new Const(Kind.F64, Double.doubleToRawLongBits(v), null); }

    public static Const ofBool(boolean v) { return new Const(Kind.BOOL, v ? 1 : 0, null); }

    /** A reference constant; null is allowed (an unbound frame slot). */
    public static Const ofRef(Object v) { return new Const(Kind.REF, 0, v); }

    @Override public Kind kind() { return kind; }

    public long longValue() { return bits; }

    public double doubleValue() { return Double.longBitsToDouble(bits); }

    public boolean boolValue() { return bits != 0; }

    public Object refValue() { return ref; }

    /** The value as a boxed Java object, as the interpreter would see it in a frame slot. */
    public Object boxed() {
        return switch (kind) {
            case I64 -> bits;
            case F64 -> doubleValue();
            case BOOL -> bits != 0;
            case REF -> ref;
            case VOID -> throw new IllegalStateException("void constant");
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Const c && c.kind == kind && c.bits == bits && c.ref == ref;
    }

    @Override
    public int hashCode() { return Objects.hash(kind, bits, System.identityHashCode(ref)); }

    @Override
    public String toString() { return TracePrinter.constText(this); }
}
