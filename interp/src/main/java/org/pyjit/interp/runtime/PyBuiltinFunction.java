package org.pyjit.interp.runtime;

/**
 * A function written in Java: a builtin (len, print), a method of a builtin type (list.append) or a module
 * function (math.sqrt). Methods bind to the instance they are read from, as CPython's method descriptors do;
 * plain builtins never bind. Factories check the argument count with CPython's messages, so bodies don't.
 */
public final class PyBuiltinFunction implements PyValue, PyCallable {
    @FunctionalInterface
    public interface F0 { Object call(); }

    @FunctionalInterface
    public interface F1 { Object call(Object a); }

    @FunctionalInterface
    public interface F2 { Object call(Object a, Object b); }

    @FunctionalInterface
    public interface F3 { Object call(Object a, Object b, Object c); }

    @FunctionalInterface
    public interface FN { Object call(Object[] args); }

    public final String name;
    /** The type a method belongs to (for "list.append()" in messages), or null for a plain function. */
    public final PyType owner;
    private final PyCallable body;

    private PyBuiltinFunction(String name, PyType owner, PyCallable body) {
        this.name = name;
        this.owner = owner;
        this.body = body;
    }

    @Override
    public PyType type() { return Types.BUILTIN_FUNCTION; }

    public boolean isMethod() { return owner != null; }

    @Override
    public Object call(Object[] args, String[] kwnames) { return body.call(args, kwnames); }

    /** Name as CPython's messages show it: "len()" or "list.append()". */
    public String displayName() { return (owner == null ? name : owner.name + "." + name) + "()"; }

    // ---- plain functions ----

    /** A function taking keyword arguments: the body sees the raw vectorcall arguments. */
    public static PyBuiltinFunction kw(String name, PyCallable body) {
        return new PyBuiltinFunction(name, null, body);
    }

    public static PyBuiltinFunction of0(String name, F0 f) {
        String display = name + "()";  // made once, not on every call
        return new PyBuiltinFunction(name, null, (a, kw) -> {
            check(display, a, kw, 0, 0, 0);
            return f.call();
        });
    }

    public static PyBuiltinFunction of1(String name, F1 f) {
        String display = name + "()";  // made once, not on every call
        return new PyBuiltinFunction(name, null, (a, kw) -> {
            check(display, a, kw, 0, 1, 1);
            return f.call(a[0]);
        });
    }

    public static PyBuiltinFunction of2(String name, F2 f) {
        return new PyBuiltinFunction(name, null, (a, kw) -> {
            check(name, a, kw, 0, 2, 2);
            return f.call(a[0], a[1]);
        });
    }

    public static PyBuiltinFunction ofN(String name, int min, int max, FN f) {
        return new PyBuiltinFunction(name, null, (a, kw) -> {
            check(name, a, kw, 0, min, max);
            return f.call(a);
        });
    }

    // ---- methods of builtin types (args[0] is self; counts exclude it) ----

    public static PyBuiltinFunction method0(PyType owner, String name, F1 f) {
        String display = owner.name + "." + name + "()";
        return new PyBuiltinFunction(name, owner, (a, kw) -> {
            check(display, a, kw, 1, 0, 0);
            return f.call(a[0]);
        });
    }

    public static PyBuiltinFunction method1(PyType owner, String name, F2 f) {
        String display = owner.name + "." + name + "()";
        return new PyBuiltinFunction(name, owner, (a, kw) -> {
            check(display, a, kw, 1, 1, 1);
            return f.call(a[0], a[1]);
        });
    }

    public static PyBuiltinFunction method2(PyType owner, String name, F3 f) {
        return new PyBuiltinFunction(name, owner, (a, kw) -> {
            check(name, a, kw, 1, 2, 2);
            return f.call(a[0], a[1], a[2]);
        });
    }

    /** A method taking min..max arguments after self; the body gets the whole array (self first). */
    public static PyBuiltinFunction methodN(PyType owner, String name, int min, int max, FN f) {
        return new PyBuiltinFunction(name, owner, (a, kw) -> {
            check(name, a, kw, 1, min, max);
            return f.call(a);
        });
    }

    /** A method taking keyword arguments: the body sees the raw vectorcall arguments (self first). */
    public static PyBuiltinFunction methodKw(PyType owner, String name, PyCallable body) {
        return new PyBuiltinFunction(name, owner, body);
    }

    /** Checks the count of positional arguments (after skip leading ones) and that none are keywords. */
    static void check(String name, Object[] args, String[] kwnames, int skip, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            String n = name.endsWith("()") ? name : name + "()";
            throw PyErr.typeError(n + " takes no keyword arguments");
        }
        int n = args.length - skip;
        if (n >= min && n <= max) return;
        if (name.endsWith("()")) {
            if (max == 0) throw PyErr.typeError(name + " takes no arguments (" + n + " given)");
            if (min == 1 && max == 1) throw PyErr.typeError(name + " takes exactly one argument (" + n + " given)");
        }
        String base = name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
        if (min == max) {
            throw PyErr.typeError(base + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n < min) {
            throw PyErr.typeError(base + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        throw PyErr.typeError(base + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }
}
