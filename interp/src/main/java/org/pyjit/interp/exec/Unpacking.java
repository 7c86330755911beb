package org.pyjit.interp.exec;

import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyTuple;

/** Sequence unpacking for assignments ({@code a, b = x} and {@code a, *b, c = x}). */
public final class Unpacking {
    private Unpacking() {}

    /** Replaces TOS by its n items, the first on top. */
    static int unpack(Object[] stack, int sp, int n) {
        Object[] items = items(stack[--sp], n);
        for (int i = n - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    /** The n items of a sequence being unpacked (also what compiled traces call), raising as CPython does. */
    public static Object[] items(Object seq, int n) {
        Object[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.toArray();
        } else {
            PyIterator it = iterate(seq);
            items = new Object[n];
            for (int i = 0; i < n; i++) {
                Object v = it.next();
                if (v == null) throw notEnough(n, i);
                items[i] = v;
            }
            if (it.next() != null) throw tooMany(n);
        }
        if (items.length != n) {
            if (items.length < n) throw notEnough(n, items.length);
            throw tooMany(n);
        }
        return items;
    }

    static int unpackEx(Object[] stack, int sp, int before, int after) {
        Object seq = stack[--sp];
        PyList all = new PyList();
        PyIterator it = iterate(seq);
        for (Object v = it.next(); v != null; v = it.next()) all.append(v);
        int n = all.size;
        if (n < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + n + ")");
        }
        for (int i = n - 1; i >= n - after; i--) stack[sp++] = all.items[i];
        Object[] mid = new Object[n - before - after];
        System.arraycopy(all.items, before, mid, 0, mid.length);
        stack[sp++] = PyList.of(mid);
        for (int i = before - 1; i >= 0; i--) stack[sp++] = all.items[i];
        return sp;
    }

    private static PyIterator iterate(Object seq) {
        try {
            return Ops.iterate(seq);
        } catch (org.pyjit.interp.runtime.PyException e) {
            if (e.isInstance(org.pyjit.interp.runtime.ExceptionTypes.TYPE_ERROR)
                    && e.value.str().endsWith("is not iterable")) {
                throw PyErr.typeError("cannot unpack non-iterable " + Ops.typeName(seq) + " object");
            }
            throw e;
        }
    }

    private static RuntimeException notEnough(int n, int got) {
        return PyErr.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
    }

    private static RuntimeException tooMany(int n) {
        return PyErr.valueError("too many values to unpack (expected " + n + ")");
    }
}
