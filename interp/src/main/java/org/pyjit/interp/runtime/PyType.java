package org.pyjit.interp.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type: a builtin one (int, list, ValueError ...) or a class defined in Python. Attribute lookup
 * walks the C3 MRO and is cached per type; any change to a class's namespace bumps the version of the class
 * and of its subclasses and clears their caches, so inline caches keyed on the version stay correct.
 */
public final class PyType implements PyValue, PyCallable {
    /** What kind of Java object instances of this type are. */
    public enum Layout { OBJECT, EXCEPTION, BUILTIN }

    /** Creates instances of a builtin type from call arguments: int(x), list(it) ... */
    @FunctionalInterface
    public interface Constructor {
        Object construct(PyType type, Object[] args, String[] kwnames);
    }

    private static final Object MISSING = new Object();

    public final String name;
    private String qualname;
    private String module;
    public final PyType[] bases;
    private PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final Map<String, Object> lookupCache = new HashMap<>();
    private final List<PyType> subclasses = new ArrayList<>();
    public final boolean builtin;
    /** One of the types whose operators the runtime implements itself (see {@link Types#isCore}). */
    boolean core;
    public final Layout layout;
    private Constructor constructor;
    private final Shape instanceRootShape = Shape.root();
    /**
     * The room for attributes a new instance starts with: what earlier instances grew to, up to
     * MAX_INSTANCE_SLOTS (each instance grew its slot array from empty at its first attribute: chaos's
     * GVectors, made by the million in compiled code, copied an empty array each).
     */
    int instanceSlots;
    static final int MAX_INSTANCE_SLOTS = 16;
    private int version;
    /** Assumptions of compiled code that this class stays as it is: invalidated at its next change. */
    private Dependents dependents;
    /** Cached: does the class (or a base) define __getattr__? Checked on every failed attribute lookup. */
    private Object getattrHook;
    private boolean getattrHookKnown;

    private PyType(String name, PyType[] bases, boolean builtin, Layout layout) {
        this.name = name;
        this.qualname = name;
        this.module = builtin ? "builtins" : "__main__";
        this.bases = bases;
        this.builtin = builtin;
        this.layout = layout;
    }

    /** A builtin type (immutable from Python). */
    public static PyType builtin(String name, PyType base, Layout layout) {
        PyType t = new PyType(name, base == null ? new PyType[0] : new PyType[] {base}, true, layout);
        t.mro = MroBuilder.linearize(t);
        if (base != null) base.subclasses.add(t);
        return t;
    }

    /** Names the module a builtin type belongs to ("collections" for Counter); used once, while building it. */
    public PyType inModule(String moduleName) {
        this.module = moduleName;
        return this;
    }

    /**
     * A class written in Java that Python sees as a subclass of a builtin type (a namedtuple class is a
     * tuple): its instances are PyObjects, and its namespace overrides every method of the base it needs.
     */
    public static PyType newEmulatedSubclass(String name, PyType base, Map<String, Object> namespace) {
        PyType t = new PyType(name, new PyType[] {base}, false, Layout.OBJECT);
        t.mro = MroBuilder.linearize(t);
        t.dict.putAll(namespace);
        Object qn = namespace.get("__qualname__");
        if (qn instanceof String s) t.qualname = s;
        t.dict.remove("__qualname__");
        Object mod = namespace.get("__module__");
        if (mod instanceof String s) t.module = s;
        base.subclasses.add(t);
        return t;
    }

    /** A class statement's result. Raises TypeError if the bases have no consistent MRO or clash in layout. */
    public static PyType newClass(String name, PyType[] bases, Map<String, Object> namespace) {
        Layout layout = Layout.OBJECT;
        PyType[] b = bases.length == 0 ? new PyType[] {Types.OBJECT} : bases;
        for (PyType base : b) {
            if (base.layout == Layout.EXCEPTION) layout = Layout.EXCEPTION;
            else if (base.layout == Layout.BUILTIN && base != Types.OBJECT) {
                throw PyErr.typeError("pyjit does not support subclassing the builtin type '" + base.name + "'");
            }
            if (base == Types.BOOL) throw PyErr.typeError("type 'bool' is not an acceptable base type");
        }
        PyType t = new PyType(name, b, false, layout);
        t.mro = MroBuilder.linearize(t);
        t.dict.putAll(namespace);
        Object qn = namespace.get("__qualname__");
        if (qn instanceof String s) t.qualname = s;
        t.dict.remove("__qualname__");
        Object mod = namespace.get("__module__");
        if (mod instanceof String s) t.module = s;
        for (PyType base : b) base.subclasses.add(t);
        return t;
    }

    @Override
    public PyType type() { return Types.TYPE; }

    public PyType[] mro() { return mro; }

    public String qualname() { return qualname; }

    public String moduleName() { return module; }

    /** Starts at 0 and counts the changes of the class and its bases since the class was made. */
    public int version() { return version; }

    public Shape instanceRootShape() { return instanceRootShape; }

    public void setConstructor(Constructor c) { this.constructor = c; }

    /**
     * Whether calling the class makes a new {@link PyObject} and runs {@code __init__} on it, all in Python's
     * terms (no constructor written in Java): what the JIT may inline.
     */
    public boolean instantiatesPlainly() { return constructor == null && !builtin && layout == Layout.OBJECT; }

    /** The class namespace itself (what {@code vars(cls)} shows). */
    public Map<String, Object> namespace() { return dict; }

    /** Defines a builtin attribute during startup; builtin types are frozen once the runtime is built. */
    public void define(String attr, Object value) {
        dict.put(attr, value);
        invalidate();
    }

    /** Looks name up along the MRO; null if absent. */
    public Object lookup(String attr) {
        Object v = lookupCache.get(attr);
        if (v == null) {
            v = MISSING;
            for (PyType t : mro) {
                Object found = t.dict.get(attr);
                if (found != null) {
                    v = found;
                    break;
                }
            }
            lookupCache.put(attr, v);
        }
        return v == MISSING ? null : v;
    }

    /** The class's {@code __getattr__} if it has one (cached). */
    public Object getattrHook() {
        if (!getattrHookKnown) {
            getattrHook = builtin ? null : lookup("__getattr__");
            getattrHookKnown = true;
        }
        return getattrHook;
    }

    /** {@code cls.attr = value} from Python. */
    public void setAttribute(String attr, Object value) {
        if (builtin) {
            throw PyErr.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (attr.equals("__name__") || attr.equals("__qualname__")) {
            if (!(value instanceof String s)) {
                throw PyErr.typeError("can only assign string to " + name + "." + attr + ", not '"
                        + Ops.typeName(value) + "'");
            }
            qualname = s;
            return;
        }
        dict.put(attr, value);
        invalidate();
    }

    public void deleteAttribute(String attr) {
        if (builtin) {
            throw PyErr.typeError("cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (dict.remove(attr) == null) {
            throw PyErr.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        }
        invalidate();
    }

    /** Registers an assumption that this class stays as it is: its next change (or a base's) invalidates it. */
    public void addDependent(Assumption a) {
        if (dependents == null) dependents = new Dependents();
        dependents.add(a);
    }

    private void invalidate() {
        version++;
        lookupCache.clear();
        getattrHookKnown = false;
        if (dependents != null) {
            dependents.invalidateAll();
            dependents = null;
        }
        for (PyType sub : subclasses) sub.invalidate();
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) {
            if (t == other) return true;
        }
        return false;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (constructor != null) return constructor.construct(this, args, kwnames);
        if (layout == Layout.BUILTIN) {
            throw PyErr.typeError("cannot create '" + name + "' instances");
        }
        return Instantiation.instantiate(this, args, kwnames);
    }

    /** The nearest builtin ancestor's constructor, for classes that inherit one. */
    Constructor inheritedConstructor() {
        for (PyType t : mro) {
            if (t.constructor != null) return t.constructor;
        }
        return null;
    }

    @Override
    public String toString() {
        return "<class '" + (module.equals("builtins") ? qualname : module + "." + qualname) + "'>";
    }
}
