package org.pyjit.interp.runtime;

/** A module: a name and its globals dict (shared with the functions defined in it). */
public final class PyModule implements PyValue {
    public final String name;
    public final PyDict globals;

    public PyModule(String name, PyDict globals) {
        this.name = name;
        this.globals = globals;
        globals.put("__name__", name);
    }

    public PyModule(String name) { this(name, new PyDict()); }

    @Override
    public PyType type() { return Types.MODULE; }

    /** Adds a module attribute (used by Java-written modules while they are built). */
    public void define(String attr, Object value) { globals.put(attr, value); }
}
