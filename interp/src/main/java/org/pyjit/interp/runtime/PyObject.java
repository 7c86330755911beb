package org.pyjit.interp.runtime;

/**
 * An instance of a class defined in Python. Attributes live in slots laid out by a {@link Shape}; deleting an
 * attribute stores {@link #DELETED} rather than changing the shape's names. A slot holds the attribute's value
 * or an {@link UnboxedFloat} (always one in the shape's float slots): read slots through {@link #attributeValue},
 * write them through {@link #setOwn} or {@link #setSlot}, which keep the float slots' invariant.
 */
public class PyObject implements PyValue {
    /** Marks a deleted attribute's slot. */
    public static final Object DELETED = new Object();

    public PyType type;
    public Shape shape;
    public Object[] slots;

    public PyObject(PyType type) {
        this.type = type;
        this.shape = type.instanceRootShape();
        int n = type.instanceSlots;
        this.slots = n == 0 ? EMPTY : new Object[n];
    }

    private static final Object[] EMPTY = new Object[0];

    @Override
    public final PyType type() { return type; }

    /** The attribute stored on the instance itself, or null. */
    public final Object getOwn(String name) {
        int i = shape.slotOf(name);
        if (i < 0) return null;
        Object v = slots[i];
        return v == DELETED ? null : attributeValue(v);
    }

    /** The Python value of what a slot holds (a slot may keep a float unboxed; see {@link UnboxedFloat}). */
    public static Object attributeValue(Object slotContent) {
        return slotContent instanceof UnboxedFloat u ? u.boxed() : slotContent;
    }

    public final void setOwn(String name, Object value) {
        int i = shape.slotOf(name);
        if (i < 0) {
            addSlot(shape.adding(name, value), value);
        } else {
            setSlot(i, value);
        }
    }

    /** Stores into an existing slot: in place in a float slot, whose shape a non-float makes plain first. */
    public final void setSlot(int slot, Object value) {
        if (shape.isFloatSlot(slot)) {
            if (value instanceof Double d) {
                ((UnboxedFloat) slots[slot]).set(d);
                return;
            }
            moveTo(shape.withPlainSlot(slot));
        }
        slots[slot] = value;
    }

    /**
     * Adds an attribute: next is this object's shape with the attribute's name added ({@link Shape#adding}),
     * value its value (a Double if next makes it a float slot).
     */
    public final void addSlot(Shape next, Object value) {
        int i = next.size() - 1;
        if (i >= slots.length) {
            int n = Math.max(4, slots.length * 2);
            slots = java.util.Arrays.copyOf(slots, n);
            // The class's next instances start with this room (a few slots at most: one instance with many
            // attributes must not make every instance big).
            if (n > type.instanceSlots && n <= PyType.MAX_INSTANCE_SLOTS) type.instanceSlots = n;
        }
        slots[i] = next.isFloatSlot(i) ? new UnboxedFloat((Double) value) : value;
        moveTo(next);
    }

    /** Every change of an instance's shape goes through here: the shape it leaves learns of it. */
    private void moveTo(Shape next) {
        shape.instanceLeft();
        shape = next;
    }

    /** Removes an own attribute; false if there was none. */
    public final boolean deleteOwn(String name) {
        int i = shape.slotOf(name);
        if (i < 0 || slots[i] == DELETED) return false;
        if (shape.isFloatSlot(i)) moveTo(shape.withPlainSlot(i));
        slots[i] = DELETED;
        return true;
    }

    /** The own attributes as a new dict, in the order they were first set (what vars() returns). */
    public final PyDict ownAttributes() {
        PyDict d = new PyDict();
        for (int i = 0; i < shape.size(); i++) {
            if (slots[i] != DELETED) d.put(shape.nameAt(i), attributeValue(slots[i]));
        }
        return d;
    }
}
