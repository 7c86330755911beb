package org.pyjit.interp.runtime;

/**
 * A float attribute kept unboxed in its instance slot, so that a compiled loop updating it ({@code b.vx -= dx * m})
 * writes a double in place instead of allocating a new Double each time. Compiled code creates it on its first
 * float store to the slot; the interpreter may overwrite it with a plain value at any time. It is never a Python
 * value: whatever reads a slot goes through {@link PyObject#attributeValue}, which answers the float (boxed once
 * and cached until the next unboxed write).
 */
public final class UnboxedFloat {
    public double value;
    private Double boxed;

    public UnboxedFloat(double value) { this.value = value; }

    /** Holds the Python float f itself: reading the attribute back answers the same object, as CPython does. */
    public UnboxedFloat(Double f) {
        this.value = f;
        this.boxed = f;
    }

    public void set(double v) {
        value = v;
        boxed = null;
    }

    /** Stores the Python float f itself (see {@link #UnboxedFloat(Double)}). */
    public void set(Double f) {
        value = f;
        boxed = f;
    }

    public Double boxed() {
        Double b = boxed;
        if (b == null) {
            b = value;
            boxed = b;
        }
        return b;
    }
}
