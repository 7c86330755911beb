package org.pyjit.interp.exec;

import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.Attributes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyProperty;
import org.pyjit.interp.runtime.PyStaticMethod;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Shape;

/**
 * Per-instruction caches (in {@link CodeObject#caches}) for global lookups and for attribute and method
 * access on instances. Each entry is valid while the guarded facts hold: the dicts' versions for globals, and
 * for attributes the instance's type, that type's version and the instance's shape. Shapes are per class and an
 * instance never changes class, so a matching shape also means a matching type: the entry's type is the one
 * whose version is checked. The same facts are what a trace will guard.
 */
final class InlineCaches {
    private InlineCaches() {}

    /** A global's value, valid while neither globals nor builtins changed. */
    private record Global(PyDict globals, int globalsVersion, int builtinsVersion, Object value) {}

    /**
     * An entry of a polymorphic cache: a site that sees instances of a few classes (a method called on
     * each kind of constraint) keeps an entry per class and layout, newest first, up to MAX_ENTRIES.
     * A class, not an interface, and its kinds final classes: walking the chain then costs exact class
     * checks, where an interface test scanned each entry's list of secondary supertypes (a sixth of
     * deltablue's interpreter time went to that walk).
     */
    private abstract static sealed class Entry permits Slot, AddSlot, BuiltinMethod, ClassAttr, Method {
        /** The class the entry was made for, and its version then. */
        final PyType type;
        final int typeVersion;
        /** The layout of the instances it holds for (for an AddSlot, the layout before the store). */
        final Shape shape;
        /** The older entry, or null. */
        final Entry next;

        Entry(PyType type, Shape shape, Object older) {
            this.type = type;
            this.typeVersion = type.version();
            this.shape = shape;
            this.next = older instanceof Entry e ? e : null;
        }

        /** Whether the entry holds for the instance: its layout, and the class unchanged since. */
        final boolean holdsFor(PyObject p) { return shape == p.shape && typeVersion == type.version(); }
    }

    /** The entries an instruction keeps; a site that sees more layouts starts over. */
    private static final int MAX_ENTRIES = 4;

    /** The newest entry a site keeps, or null (the site has none, or keeps a module attribute). */
    private static Entry entries(Object head) {
        return head instanceof Entry e ? e : null;
    }

    /** What a new entry keeps behind it: the current entries, unless there are MAX_ENTRIES already. */
    private static Object older(Object head) {
        int n = 0;
        for (Entry e = entries(head); e != null; e = e.next) n++;
        return n < MAX_ENTRIES ? head : null;
    }

    /** An instance attribute stored in a slot (the type has no descriptor for the name). */
    private static final class Slot extends Entry {
        final int slot;
        /** Whether the slot is a float slot is the shape's: known once, so plain stores stay one array write. */
        final boolean floatSlot;

        Slot(PyType type, Shape shape, int slot, Object older) {
            super(type, shape, older);
            this.slot = slot;
            this.floatSlot = shape.isFloatSlot(slot);
        }
    }

    /** An attribute store that adds the name: the shape transition to apply (from the entry's shape). */
    private static final class AddSlot extends Entry {
        final Shape after;
        final boolean floatSlot;

        AddSlot(PyType type, Shape before, Shape after, int slot, Object older) {
            super(type, before, older);
            this.after = after;
            this.floatSlot = after.isFloatSlot(slot);
        }
    }

    /**
     * A method of a builtin type (list.append): builtin types never change, so the type alone is the guard
     * (no shape).
     */
    private static final class BuiltinMethod extends Entry {
        final PyBuiltinFunction function;

        BuiltinMethod(PyType type, PyBuiltinFunction function, Object older) {
            super(type, null, older);
            this.function = function;
        }
    }

    /**
     * An attribute that lives on the class, read through an instance whose shape does not shadow it: a
     * property (call its getter) or a plain class attribute (the value itself).
     */
    private static final class ClassAttr extends Entry {
        final Object value;
        final boolean property;

        ClassAttr(PyType type, Shape shape, Object value, boolean property, Object older) {
            super(type, shape, older);
            this.value = value;
            this.property = property;
        }
    }

    /** A module attribute (math.sqrt), valid while the module's dict is unchanged. */
    private record ModuleAttr(PyDict globals, int version, Object value) {}

    /**
     * An attribute read through a class (Strength.REQUIRED, a static method), valid while the class's version
     * holds: any change to its namespace or a base class's bumps it.
     */
    private record TypeAttr(PyType type, int version, Object value) {}

    /** A method found on the type, for an instance whose shape has no attribute of that name. */
    private static final class Method extends Entry {
        final Object function;

        Method(PyType type, Shape shape, Object function, Object older) {
            super(type, shape, older);
            this.function = function;
        }
    }

    static Object loadGlobal(Frame f, int pc, String name) {
        Object c = f.code.caches[pc];
        PyDict globals = f.globals;
        if (c instanceof Global g && g.globals == globals && g.globalsVersion == globals.version
                && g.builtinsVersion == f.builtins.version) {
            return g.value;
        }
        Object v = globals.get(name);
        if (v == null) {
            v = f.builtins.get(name);
            if (v == null) throw PyErr.nameError("name '" + name + "' is not defined");
        }
        f.code.caches[pc] = new Global(globals, globals.version, f.builtins.version, v);
        return v;
    }

    static Object loadAttr(CodeObject code, int pc, Object obj, String name) {
        if (obj instanceof PyObject p && p.type.layout == PyType.Layout.OBJECT) {
            Object head = code.caches[pc];
            for (Entry c = entries(head); c != null; c = c.next) {
                if (c instanceof Slot s && s.holdsFor(p)) {
                    Object v = p.slots[s.slot];
                    if (v != PyObject.DELETED) return PyObject.attributeValue(v);
                    break;
                }
                if (c instanceof ClassAttr a && a.holdsFor(p)) {
                    return a.property ? Ops.call(((PyProperty) a.value).fget, new Object[] {p}, null) : a.value;
                }
            }
            PyType t = p.type;
            Object v = Ops.getAttr(obj, name);
            int slot = p.shape.slotOf(name);
            Object onType = t.lookup(name);
            if (slot >= 0 && !(onType instanceof PyProperty)) {
                code.caches[pc] = new Slot(t, p.shape, slot, older(head));
            } else if (slot < 0 && onType instanceof PyProperty prop && prop.fget != null) {
                code.caches[pc] = new ClassAttr(t, p.shape, prop, true, older(head));
            } else if (slot < 0 && onType != null && Attributes.readsAsItself(onType)) {
                code.caches[pc] = new ClassAttr(t, p.shape, onType, false, older(head));
            }
            return v;
        }
        if (obj instanceof PyModule m) return moduleAttr(code, pc, m, name);
        if (obj instanceof PyType t) return typeAttr(code, pc, t, name);
        return Ops.getAttr(obj, name);
    }

    private static Object moduleAttr(CodeObject code, int pc, PyModule m, String name) {
        Object c = code.caches[pc];
        if (c instanceof ModuleAttr a && a.globals == m.globals && a.version == m.globals.version) return a.value;
        Object v = Ops.getAttr(m, name);
        code.caches[pc] = new ModuleAttr(m.globals, m.globals.version, v);
        return v;
    }

    private static Object typeAttr(CodeObject code, int pc, PyType t, String name) {
        if (code.caches[pc] instanceof TypeAttr a && a.type == t && a.version == t.version()) return a.value;
        Object v = Ops.getAttr(t, name);
        // Only what the class's namespace holds and reads as itself: not the special attributes (__name__ and
        // the like answer before the namespace and may change without a new version), not a class method
        // (a new bound method at each read).
        Object d = t.lookup(name);
        if (!name.startsWith("__") && (d == v || d instanceof PyStaticMethod s && s.function == v)) {
            code.caches[pc] = new TypeAttr(t, t.version(), v);
        }
        return v;
    }

    static void storeAttr(CodeObject code, int pc, Object obj, String name, Object value) {
        if (obj instanceof PyObject p && p.type.layout == PyType.Layout.OBJECT) {
            Object head = code.caches[pc];
            PyType t = p.type;
            for (Entry c = entries(head); c != null; c = c.next) {
                if (c instanceof Slot s && s.holdsFor(p)) {
                    if (s.floatSlot) p.setSlot(s.slot, value); else p.slots[s.slot] = value;
                    return;
                }
                if (c instanceof AddSlot a && a.holdsFor(p)
                        && (!a.floatSlot || value instanceof Double && !a.after.superseded())) {
                    p.addSlot(a.after, value);
                    return;
                }
            }
            Shape before = p.shape;
            Ops.setAttr(obj, name, value);
            if (!t.builtin && Attributes.storesPlainly(t, name)) {
                int slot = p.shape.slotOf(name);
                // (A store that made a float slot plain changed the shape without adding a slot: not cached.)
                if (slot >= 0 && before == p.shape) {
                    code.caches[pc] = new Slot(t, p.shape, slot, older(head));
                } else if (slot >= 0 && before.slotOf(name) < 0) {
                    code.caches[pc] = new AddSlot(t, before, p.shape, slot, older(head));
                }
            }
            return;
        }
        Ops.setAttr(obj, name, value);
    }

    /** LOAD_METHOD on a value of a builtin type: the type's method and the value as self. */
    static boolean loadBuiltinMethod(CodeObject code, int pc, Object[] stack, int sp, String name) {
        Object obj = stack[sp - 1];
        PyType t = Ops.type(obj);
        Object head = code.caches[pc];
        for (Entry c = entries(head); c != null; c = c.next) {
            if (c instanceof BuiltinMethod m && m.type == t) {
                stack[sp - 1] = m.function;
                stack[sp] = obj;
                return true;
            }
        }
        if (!t.builtin || obj instanceof PyType || obj instanceof org.pyjit.interp.runtime.PySuper) return false;
        if (t.lookup(name) instanceof PyBuiltinFunction f && f.isMethod()) {
            code.caches[pc] = new BuiltinMethod(t, f, older(head));
            stack[sp - 1] = f;
            stack[sp] = obj;
            return true;
        }
        return false;
    }

    /** LOAD_METHOD on an instance: the plain function and self, from the cache when it holds. */
    static boolean loadMethod(CodeObject code, int pc, Object[] stack, int sp, String name) {
        Object obj = stack[sp - 1];
        if (obj instanceof PyModule m) {
            stack[sp - 1] = moduleAttr(code, pc, m, name);
            stack[sp] = null;
            return true;
        }
        if (obj instanceof PyType t) {
            // A static method or a function called through its class (Strength.stronger(a, b)): no self.
            stack[sp - 1] = typeAttr(code, pc, t, name);
            stack[sp] = null;
            return true;
        }
        if (!(obj instanceof PyObject p)) return loadBuiltinMethod(code, pc, stack, sp, name);
        Object head = code.caches[pc];
        for (Entry c = entries(head); c != null; c = c.next) {
            if (c instanceof Method m && m.holdsFor(p)) {
                stack[sp - 1] = m.function;
                stack[sp] = p;
                return true;
            }
        }
        Object d = p.type.lookup(name);
        if (Attributes.callsAsMethod(p, d) && p.shape.slotOf(name) < 0) {
            code.caches[pc] = new Method(p.type, p.shape, d, older(head));
            stack[sp - 1] = d;
            stack[sp] = p;
            return true;
        }
        return false;
    }
}
