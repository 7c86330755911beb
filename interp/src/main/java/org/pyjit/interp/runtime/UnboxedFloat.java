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

    public void set(double v) {
        value = v;
        boxed = null;
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
