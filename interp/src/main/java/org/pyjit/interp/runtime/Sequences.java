package org.pyjit.interp.runtime;

import java.math.BigInteger;
import java.util.Arrays;

/** Shared operations on sequences: concatenation, repetition, extension from any iterable. */
public final class Sequences {
    private Sequences() {}

    public static PyList concat(PyList a, PyList b) {
        Object[] r = Arrays.copyOf(a.items, Math.max(a.size + b.size, 4));
        System.arraycopy(b.items, 0, r, a.size, b.size);
        return new PyList(r, a.size + b.size);
    }

    private static int count(Object n, long unit) {
        if (n instanceof BigInteger b) {
            if (b.signum() <= 0) return 0;
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long c = (Long) n;
        if (c <= 0) return 0;
        if (c * Math.max(unit, 1) > Integer.MAX_VALUE - 16) throw PyErr.of(ExceptionTypes.MEMORY_ERROR, null);
        return (int) c;
    }

    public static Object repeat(Object seq, Object n) {
        if (seq instanceof String s) {
            int c = count(n, s.length());
            return c == 0 ? "" : s.repeat(c);
        }
        if (seq instanceof PyList l) {
            int c = count(n, l.size);
            Object[] r = new Object[Math.max(l.size * c, 4)];
            for (int i = 0; i < c; i++) System.arraycopy(l.items, 0, r, i * l.size, l.size);
            return new PyList(r, l.size * c);
        }
        if (seq instanceof PyTuple t) {
            int c = count(n, t.items.length);
            Object[] r = new Object[t.items.length * c];
            for (int i = 0; i < c; i++) System.arraycopy(t.items, 0, r, i * t.items.length, t.items.length);
            return PyTuple.of(r);
        }
        PyBytes b = (PyBytes) seq;
        int c = count(n, b.bytes.length);
        byte[] r = new byte[b.bytes.length * c];
        for (int i = 0; i < c; i++) System.arraycopy(b.bytes, 0, r, i * b.bytes.length, b.bytes.length);
        return new PyBytes(r);
    }

    public static void repeatInPlace(PyList l, Object n) {
        PyList r = (PyList) repeat(l, n);
        l.items = r.items;
        l.size = r.size;
    }

    /** list.extend(iterable). */
    public static void extend(PyList l, Object iterable) {
        if (iterable instanceof PyList o) {
            Object[] src = o.items;
            int n = o.size;
            for (int i = 0; i < n; i++) l.append(src[i]);
            return;
        }
        if (iterable instanceof PyTuple t) {
            for (Object v : t.items) l.append(v);
            return;
        }
        PyIterator it = Ops.iterate(iterable);
        for (Object v = it.next(); v != null; v = it.next()) l.append(v);
    }

    /** The items of any iterable as an array (tuple(x), unpacking, *args). */
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyTuple t) return t.items;
        if (iterable instanceof PyList l) return l.toArray();
        PyList l = new PyList();
        extend(l, iterable);
        return l.toArray();
    }

    /** dict.update(other) for a mapping or an iterable of pairs. */
    public static void dictUpdate(PyDict d, Object other) {
        if (other instanceof PyDict o) {
            d.putAll(o);
            return;
        }
        Object keys = Ops.type(other).lookup("keys");
        if (keys != null) {
            PyIterator it = Ops.iterate(Ops.callDescriptor(keys, other, new Object[0]));
            for (Object k = it.next(); k != null; k = it.next()) d.put(k, Ops.getItem(other, k));
            return;
        }
        PyIterator it = Ops.iterate(other);
        int index = 0;
        for (Object item = it.next(); item != null; item = it.next(), index++) {
            Object[] pair;
            try {
                pair = toArray(item);
            } catch (PyException e) {
                if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErr.typeError("cannot convert dictionary update sequence element #" + index
                            + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.length + "; 2 is required");
            }
            d.put(pair[0], pair[1]);
        }
    }
}
