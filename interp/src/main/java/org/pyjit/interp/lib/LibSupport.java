package org.pyjit.interp.lib;

import java.util.Map;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBoundMethod;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyCallable;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyProperty;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/** Small helpers shared by the Java-written stdlib modules: argument parsing, iterator types, descriptors. */
final class LibSupport {
    private LibSupport() {}

    /** The number of positional arguments in a vectorcall argument array. */
    static int npos(Object[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /**
     * Binds a builtin's arguments to named parameters as CPython's argument clinic does. The first skip
     * arguments (self) are left out; of the rest, at most maxPositional are positional, and the first
     * required parameters must be given. Returns one slot per name, null where a parameter was not given.
     */
    static Object[] parse(String fname, Object[] args, String[] kwnames, int skip, String[] names, int required,
                          int maxPositional) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw - skip;
        if (npos > maxPositional) {
            if (maxPositional == 0) {
                throw PyErr.typeError(fname + "() takes no positional arguments");
            }
            if (required == maxPositional && nkw == 0) {
                throw PyErr.typeError(fname + "() takes exactly " + maxPositional + " argument"
                        + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
            }
            throw PyErr.typeError(fname + "() takes at most " + maxPositional + " argument"
                    + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, skip, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int slot = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) slot = i;
            }
            if (slot < 0) {
                throw PyErr.typeError(fname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            if (out[slot] != null) {
                throw PyErr.typeError("argument for " + fname + "() given by name ('" + names[slot]
                        + "') and position (" + (slot + 1) + ")");
            }
            out[slot] = args[args.length - nkw + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** Raises "f() takes no keyword arguments" if there are any. */
    static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError(fname + "() takes no keyword arguments");
    }

    /** A type for a Java iterator class, with __iter__ and __next__ as the builtin iterators have. */
    static PyType iteratorType(String name) {
        PyType t = PyIterator.iteratorType(name).inModule("itertools");
        t.define("__iter__", PyBuiltinFunction.method0(t, "__iter__", s -> s));
        t.define("__next__", PyBuiltinFunction.method0(t, "__next__", s -> {
            Object v = ((PyIterator) s).next();
            if (v == null) throw PyErr.of(ExceptionTypes.STOP_ITERATION, null);
            return v;
        }));
        return t;
    }

    /** A read-only attribute computed from the instance (a property whose getter is Java). */
    static PyProperty getter(String name, PyBuiltinFunction.F1 f) {
        return new PyProperty(PyBuiltinFunction.of1(name, f), null, null, PyNone.NONE);
    }

    /**
     * A special method of a class that the runtime only calls when it is not a builtin function (rich
     * comparisons, __hash__, __init__ on classes made with {@link PyType#newClass}): a property that, read
     * from an instance, gives the Java method bound to it, so {@code x.__eq__(y)} and {@code x == y} both
     * reach body with self first.
     */
    static PyProperty slot(PyType owner, String name, PyCallable body) {
        PyBuiltinFunction method = PyBuiltinFunction.methodKw(owner, name, body);
        return new PyProperty(PyBuiltinFunction.of1(name, self -> new PyBoundMethod(self, method)), null, null,
                PyNone.NONE);
    }

    /** A rich-comparison slot taking (self, other). */
    static PyProperty slot2(PyType owner, String name, PyBuiltinFunction.F2 body) {
        String display = owner.name + "." + name;
        return slot(owner, name, (a, kw) -> {
            noKeywords(display, kw);
            if (a.length != 2) {
                throw PyErr.typeError(display + "() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return body.call(a[0], a[1]);
        });
    }

    /** A class as a class statement would make it, living in the given module. */
    static PyType newClass(String name, String module, Map<String, Object> namespace) {
        namespace.put("__module__", module);
        namespace.put("__qualname__", name);
        return PyType.newClass(name, new PyType[] {Types.OBJECT}, namespace);
    }

    /** A namedtuple class: a tuple subclass to Python, written in Java. */
    static PyType newTupleClass(String name, String module, Map<String, Object> namespace) {
        namespace.put("__module__", module);
        namespace.put("__qualname__", name);
        return PyType.newEmulatedSubclass(name, Types.TUPLE, namespace);
    }

    /** An int argument as a Py_ssize_t: OverflowError as CPython's if it does not fit a long. */
    static long ssize(Object v) {
        Object i = intArg(v);
        if (i instanceof Long l) return l;
        throw PyErr.overflowError("Python int too large to convert to C ssize_t");
    }

    /** The integer value of an int argument, with CPython's message for other types. */
    static Object intArg(Object v) {
        Object i = Ops.indexOrNull(v);
        if (i == null) {
            throw PyErr.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return i;
    }
}
