package org.pyjit.interp.runtime;

/**
 * An instance of a class defined in Python. Attributes live in slots laid out by a {@link Shape}; deleting an
 * attribute stores {@link #DELETED} rather than changing the shape, so shapes only ever grow. A slot holds the
 * attribute's value or an {@link UnboxedFloat}: read slots through {@link #attributeValue}.
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
        this.slots = EMPTY;
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
            addSlot(shape.with(name), value);
        } else {
            slots[i] = value;
        }
    }

    /** Adds an attribute: next is this object's shape with the attribute's name added, value its value. */
    public final void addSlot(Shape next, Object value) {
        int i = next.size() - 1;
        if (i >= slots.length) slots = java.util.Arrays.copyOf(slots, Math.max(4, slots.length * 2));
        slots[i] = value;
        shape = next;
    }

    /** Removes an own attribute; false if there was none. */
    public final boolean deleteOwn(String name) {
        int i = shape.slotOf(name);
        if (i < 0 || slots[i] == DELETED) return false;
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
