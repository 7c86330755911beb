package org.pyjit.optimizer.ir;

import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Shape;
import org.pyjit.interp.runtime.UnboxedFloat;

/**
 * The helpers through which traces make, read and write instances of a program's classes, with their
 * descriptors. They live next to the IR because the optimizer knows what they do: allocation removal
 * ({@code AllocationRemoval}) replaces them by what it knows of an object the trace made.
 */
public final class InstanceOps {
    private InstanceOps() {}

    /**
     * The instance's shape, or null for any other value: a trace recorded on an instance may meet an int or a
     * list at the same place, and the guard on the shape must fail there (not the cast to PyObject).
     */
    public static Object shapeOf(Object o) { return o instanceof PyObject p ? p.shape : null; }

    public static Object objectSlot(PyObject o, long slot) { return PyObject.attributeValue(o.slots[(int) slot]); }

    /** Whether the attribute in the slot is a float (a Double, or kept unboxed). */
    public static boolean holdsFloat(PyObject o, long slot) {
        Object v = o.slots[(int) slot];
        return v instanceof UnboxedFloat || v instanceof Double;
    }

    /** The float in the slot, unboxed; only after holdsFloat. */
    public static double floatSlot(PyObject o, long slot) {
        Object v = o.slots[(int) slot];
        return v instanceof UnboxedFloat u ? u.value : (Double) v;
    }

    /** Stores a float attribute unboxed: in place once the slot keeps one, so a loop's updates allocate nothing. */
    public static void setFloatSlot(PyObject o, long slot, double v) {
        if (o.slots[(int) slot] instanceof UnboxedFloat u) {
            u.set(v);
        } else {
            o.slots[(int) slot] = new UnboxedFloat(v);
        }
    }

    /** A float slot's double: a guard made sure of a shape that says the slot is one, so it holds an UnboxedFloat. */
    public static double floatField(PyObject o, long slot) { return ((UnboxedFloat) o.slots[(int) slot]).value; }

    /** Stores into a float slot (as {@link #floatField}), in place. */
    public static void setFloatField(PyObject o, long slot, double v) { ((UnboxedFloat) o.slots[(int) slot]).set(v); }

    /** Stores into a plain slot (a guard made sure of a shape that says it is one). */
    public static void setObjectSlot(PyObject o, long slot, Object v) { o.slots[(int) slot] = v; }

    /**
     * A new attribute; next is the object's shape with its name added (a guard made sure of the shape), v a
     * Double if next makes it a float slot.
     */
    public static void addSlot(PyObject o, Shape next, Object v) { o.addSlot(next, v); }

    /** A class call's instance, before its {@code __init__} runs (inlined in the trace). */
    public static PyObject newInstance(PyType t) { return new PyObject(t); }

    // ---- descriptors: name, helper, pure, can raise ----

    public static final CallDescr SHAPE_OF = d("shape_of", "shapeOf", Object.class);
    public static final CallDescr OBJECT_SLOT = d("object_slot", "objectSlot", PyObject.class, long.class);
    public static final CallDescr SET_OBJECT_SLOT = d("set_object_slot", "setObjectSlot",
            PyObject.class, long.class, Object.class);
    public static final CallDescr ADD_SLOT = d("add_slot", "addSlot", PyObject.class, Shape.class, Object.class);
    public static final CallDescr NEW_INSTANCE = d("new_instance", "newInstance", PyType.class);
    public static final CallDescr HOLDS_FLOAT = d("holds_float", "holdsFloat", PyObject.class, long.class);
    public static final CallDescr FLOAT_SLOT = d("float_slot", "floatSlot", PyObject.class, long.class);
    public static final CallDescr SET_FLOAT_SLOT = d("set_float_slot", "setFloatSlot",
            PyObject.class, long.class, double.class);
    public static final CallDescr FLOAT_FIELD = d("float_field", "floatField", PyObject.class, long.class);
    public static final CallDescr SET_FLOAT_FIELD = d("set_float_field", "setFloatField",
            PyObject.class, long.class, double.class);

    /** All of them, for the text form's parser. */
    public static final java.util.List<CallDescr> ALL = java.util.List.of(SHAPE_OF, OBJECT_SLOT, SET_OBJECT_SLOT,
            ADD_SLOT, NEW_INSTANCE, HOLDS_FLOAT, FLOAT_SLOT, SET_FLOAT_SLOT, FLOAT_FIELD, SET_FLOAT_FIELD);

    private static CallDescr d(String name, String method, Class<?>... params) {
        // They change instances only (slots, shapes), never a dict or a class.
        return CallDescr.of(name, InstanceOps.class, method, CallDescr.Effect.KEEPS_STATE, false, params);
    }
}
