package org.pyjit.interp.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The layout of an instance's attributes: which slot holds which name, and which slots are float slots.
 * Instances that gain the same attributes in the same order, with the same kinds, share one Shape (through
 * the transition tables), so an inline cache or a trace checks the shape once with a reference compare and
 * then reads a slot directly.
 *
 * <p>A <em>float slot</em> always holds an {@link UnboxedFloat}, updated in place, so that a compiled loop
 * that guarded the shape reads and writes the double without checking what the slot holds (PyPy's
 * type-specialized instance maps). An attribute first set to a float gets one, unless instances reaching this
 * shape have already set that attribute to something else (a plain transition exists): then the attribute is
 * a plain slot for every instance, and the shapes do not split in two. Storing a non-float into a float slot,
 * or deleting it, moves the instance to the shape with that slot plain ({@link #withPlainSlot}).
 */
public final class Shape {
    private final Shape root;
    private final String[] names;
    private final boolean[] floatSlots;
    private final Map<String, Integer> index;
    private final Map<String, Shape> transitions = new HashMap<>();
    private final Map<String, Shape> floatTransitions = new HashMap<>();
    /** A float slot's shape whose name later got a plain transition too: new instances take that one. */
    private boolean superseded;
    /** Whether an instance ever moved away from this shape (gained an attribute, a float slot made plain). */
    private boolean left;
    /** Assumptions that instances keep this shape (see addDependent); null when none. */
    private Dependents dependents;

    private Shape(Shape root, String[] names, boolean[] floatSlots, Map<String, Integer> index) {
        this.root = root == null ? this : root;
        this.names = names;
        this.floatSlots = floatSlots;
        this.index = index;
    }

    /** A fresh root: each class has its own, so shapes also identify the class's attribute layout. */
    public static Shape root() {
        return new Shape(null, new String[0], new boolean[0], Map.of());
    }

    /** The slot of name, or -1. */
    public int slotOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public int size() { return names.length; }

    public String nameAt(int slot) { return names[slot]; }

    /** Whether the slot always holds an {@link UnboxedFloat}. */
    public boolean isFloatSlot(int slot) { return floatSlots[slot]; }

    /**
     * Whether {@link #adding} no longer leads here (a plain slot for the same name was added since): a cache
     * of this transition must not be used, or it would disagree with what a recording expects.
     */
    public boolean superseded() { return superseded; }

    /**
     * Whether instances keep this shape once they have it: none ever moved away from it. The shape an
     * __init__ leaves its instances with usually does; the shapes it passes through do not.
     */
    public boolean keepsItsInstances() { return !left; }

    /**
     * Registers an assumption that no instance moves away from this shape: the first that does invalidates
     * it. A JIT trace that saw an instance with this shape before a call it does not inline knows the
     * instance still has it after the call while the assumption holds, without reading its shape again.
     */
    public synchronized void addDependent(Assumption a) {
        if (left) {
            a.invalidate();
            return;
        }
        if (dependents == null) dependents = new Dependents();
        dependents.add(a);
    }

    /** An instance moves away from this shape (PyObject calls this whenever it changes an instance's shape). */
    void instanceLeft() {
        if (left) return;
        synchronized (this) {
            left = true;
            if (dependents != null) {
                dependents.invalidateAll();
                dependents = null;
            }
        }
    }

    /** The shape after adding name at the end, as a plain slot (shared by all instances that take this step). */
    public synchronized Shape with(String name) {
        return transition(transitions, name, false);
    }

    /**
     * The shape after adding name with value: a float slot for a float, unless name was added here as a plain
     * slot before. The interpreter and traces add attributes through this.
     */
    public synchronized Shape adding(String name, Object value) {
        if (value instanceof Double && !transitions.containsKey(name)) return transition(floatTransitions, name, true);
        return transition(transitions, name, false);
    }

    private Shape transition(Map<String, Shape> table, String name, boolean isFloat) {
        Shape next = table.get(name);
        if (next == null) {
            String[] n = java.util.Arrays.copyOf(names, names.length + 1);
            n[names.length] = name;
            boolean[] f = java.util.Arrays.copyOf(floatSlots, floatSlots.length + 1);
            f[floatSlots.length] = isFloat;
            Map<String, Integer> idx = new HashMap<>(index);
            idx.put(name, names.length);
            next = new Shape(root, n, f, idx);
            table.put(name, next);
            Shape floatOne = isFloat ? null : floatTransitions.get(name);
            if (floatOne != null) floatOne.superseded = true;
        }
        return next;
    }

    /**
     * This layout with the float slot made plain: the same names in the same order, the other slots' kinds
     * kept. Taking it also makes the plain transition the one later instances take at that step.
     */
    public Shape withPlainSlot(int slot) {
        Shape s = root;
        for (int i = 0; i < names.length; i++) {
            synchronized (s) {
                s = s.transition(floatSlots[i] && i != slot ? s.floatTransitions : s.transitions, names[i],
                        floatSlots[i] && i != slot);
            }
        }
        return s;
    }
}
