package org.pyjit.optimizer.ir;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Shape;
import org.pyjit.interp.runtime.Types;

/**
 * An instance of a program's class, or a tuple, that the trace made and that never escaped, so it was never
 * allocated (allocation removal, DESIGN.md §5): only snapshots mention it, as its class and its attributes'
 * values at that point (a tuple: its items, and no shapes). When a guard fails, the exit allocates it and fills
 * its slots before the interpreter resumes.
 *
 * <p>A virtual is immutable: a snapshot taken after an attribute changed mentions another Virtual. Two slots
 * of one snapshot that mention the same Virtual (the same Java object) get the same rebuilt object. Slot values
 * are ops, constants or other virtuals (never in a cycle); an f64 slot value is boxed into a float on deopt, as
 * any f64 value in a snapshot is.
 *
 * @param type   the instance's class ({@code tuple} for a tuple)
 * @param shapes the object's shape after each attribute was added: shapes[i] has i + 1 attributes
 * @param slots  the attributes' values, in slot order (a tuple's items)
 */
public record Virtual(PyType type, Shape[] shapes, Value[] slots) implements Value {
    public Virtual {
        if (type == Types.TUPLE ? shapes.length != 0 : shapes.length != slots.length) {
            throw new IllegalArgumentException("one shape per slot (none for a tuple)");
        }
        for (Value v : slots) if (v == null) throw new IllegalArgumentException("an empty slot");
    }

    /** A tuple of these items. */
    public static Virtual tuple(Value[] items) { return new Virtual(Types.TUPLE, new Shape[0], items); }

    public boolean isTuple() { return type == Types.TUPLE; }

    @Override public Kind kind() { return Kind.REF; }

    /** The shape the object has: that of its last attribute, or its class's root shape (a tuple: null). */
    public Shape shape() {
        if (isTuple()) return null;
        return slots.length == 0 ? type.instanceRootShape() : shapes[slots.length - 1];
    }

    /** The same object with every slot value passed through f. */
    public Virtual map(UnaryOperator<Value> f) {
        Value[] s = new Value[slots.length];
        for (int i = 0; i < s.length; i++) s[i] = f.apply(slots[i]);
        return Arrays.equals(s, slots) ? this : new Virtual(type, shapes, s);
    }

    // Identity, not the record's field equality: two virtuals with equal slots are still two objects.
    @Override public boolean equals(Object o) { return this == o; }

    @Override public int hashCode() { return System.identityHashCode(this); }

    @Override public String toString() { return TracePrinter.valueText(this); }
}
