package org.pyjit.interp.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The layout of an instance's attributes: which slot holds which name. Instances that gain the same attributes
 * in the same order share one Shape (through the transition table), so an inline cache or a trace checks the
 * shape once with a reference compare and then reads a slot directly.
 */
public final class Shape {
    private final String[] names;
    private final Map<String, Integer> index;
    private final Map<String, Shape> transitions = new HashMap<>();

    private Shape(String[] names, Map<String, Integer> index) {
        this.names = names;
        this.index = index;
    }

    /** A fresh root: each class has its own, so shapes also identify the class's attribute layout. */
    public static Shape root() {
        return new Shape(new String[0], Map.of());
    }

    /** The slot of name, or -1. */
    public int slotOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public int size() { return names.length; }

    public String nameAt(int slot) { return names[slot]; }

    /** The shape after adding name at the end (shared by all instances that take this step). */
    public synchronized Shape with(String name) {
        Shape next = transitions.get(name);
        if (next == null) {
            String[] n = java.util.Arrays.copyOf(names, names.length + 1);
            n[names.length] = name;
            Map<String, Integer> idx = new HashMap<>(index);
            idx.put(name, names.length);
            next = new Shape(n, idx);
            transitions.put(name, next);
        }
        return next;
    }
}
