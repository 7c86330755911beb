package org.pyjit.interp.exec;

import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Formatting;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.Sequences;

/**
 * What {@code *xs} and {@code **kw} do in calls and displays ({@code f(*a, **k)}, {@code [*a, *b]}): the
 * interpreter's instructions and the JIT's helpers both run these, so both raise the same errors.
 */
public final class StarArguments {
    private StarArguments() {}

    /**
     * LIST_EXTEND: appends the items of {@code *v} to a list being built: a display's, or (fn not null) the
     * positional arguments of a call of fn, which a non-iterable's error then names.
     */
    public static void extend(PyList target, Object v, Object fn) {
        try {
            Sequences.extend(target, v);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR) && Ops.type(v).lookup("__iter__") == null
                    && !(v instanceof PyIterator)) {
                String what = fn == null ? "Value" : Formatting.callableName(fn) + " argument";
                throw PyErr.typeError(what + " after * must be an iterable, not " + Ops.typeName(v));
            }
            throw e;
        }
    }

    /** DICT_MERGE: adds the items of {@code **v} to the keyword arguments of a call of fn. */
    public static void mergeKeywords(Object fn, PyDict target, Object v) {
        PyDict src = mapping(fn, v);
        if (target.size() == 0) {
            // f(**kw), the common case: nothing to collide with.
            target.putAll(src);
            return;
        }
        for (Object k : src.keysArray()) {
            if (target.containsKey(k)) {
                throw PyErr.typeError(Formatting.callableName(fn) + " got multiple values for keyword argument '" + k + "'");
            }
            target.put(k, src.get(k));
        }
    }

    /** The dict of {@code **v} in a call of fn (read, never changed), or the TypeError of a non-mapping. */
    public static PyDict mapping(Object fn, Object v) {
        if (v instanceof PyDict d) return d;
        throw PyErr.typeError(Formatting.callableName(fn) + " argument after ** must be a mapping, not "
                + Ops.typeName(v));
    }

    /**
     * CALL_FUNCTION_EX: calls fn with the positional arguments (a tuple, or for {@code f(*xs)} whatever xs is,
     * made a tuple here) and, unless null, the keyword arguments.
     */
    public static Object call(Object fn, Object positional, PyDict kwargs) {
        Object[] pos;
        if (positional.getClass() == PyTuple.class) {
            pos = ((PyTuple) positional).items;
        } else {
            PyList items = new PyList();
            extend(items, positional, fn);
            pos = items.toArray();
        }
        if (kwargs == null || kwargs.size() == 0) return Ops.call(fn, pos, null);
        int n = kwargs.size();
        Object[] keys = new Object[n];
        Object[] a = new Object[pos.length + n];
        System.arraycopy(pos, 0, a, 0, pos.length);
        kwargs.copyEntries(keys, a, pos.length);
        String[] kw = new String[n];
        for (int i = 0; i < n; i++) {
            if (!(keys[i] instanceof String s)) throw PyErr.typeError("keywords must be strings");
            kw[i] = s;
        }
        return Ops.call(fn, a, kw);
    }
}
