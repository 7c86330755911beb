package org.pyjit.interp.runtime;

/** Subscription ({@code o[k]}, assignment and deletion) and membership for every builtin container. */
final class Subscripts {
    private Subscripts() {}

    private static long index(Object key, String what) {
        Object i = Ops.indexOrNull(key);
        if (i == null) {
            throw PyErr.typeError(what + " indices must be integers or slices, not " + Ops.typeName(key));
        }
        if (i instanceof Long l) return l;
        throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
    }

    static Object get(Object o, Object key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                PySlice.Bounds b = s.indices(l.size);
                Object[] r = new Object[Math.max(b.length(), 4)];
                for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) r[k] = l.items[i];
                return new PyList(r, b.length());
            }
            return l.getItem(index(key, "list"));
        }
        if (o instanceof PyDict d) {
            Object v = d.get(key);
            if (v != null) return v;
            return DictMissing.missing(d, key);
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                PySlice.Bounds b = s.indices(t.items.length);
                if (b.step() == 1 && b.length() == t.items.length) return t;
                Object[] r = new Object[b.length()];
                for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) r[k] = t.items[i];
                return PyTuple.of(r);
            }
            return t.getItem(index(key, "tuple"));
        }
        if (o instanceof String s) {
            if (key instanceof PySlice sl) return Strings.slice(s, sl);
            Object i = Ops.indexOrNull(key);
            if (i == null) throw PyErr.typeError("string indices must be integers, not '" + Ops.typeName(key) + "'");
            if (!(i instanceof Long)) throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
            return Strings.charAt(s, (Long) i);
        }
        if (o instanceof PyRange r) {
            if (key instanceof PySlice sl) {
                PySlice.Bounds b = sl.indices((int) Math.min(r.length, Integer.MAX_VALUE));
                return new PyRange(r.start + (long) b.start() * r.step, r.start + (long) b.stop() * r.step,
                        r.step * b.step());
            }
            long i = index(key, "range");
            if (i < 0) i += r.length;
            if (i < 0 || i >= r.length) throw PyErr.indexError("range object index out of range");
            return r.get(i);
        }
        if (o instanceof PyBytes b) {
            if (key instanceof PySlice sl) {
                PySlice.Bounds bd = sl.indices(b.bytes.length);
                byte[] r = new byte[bd.length()];
                for (int k = 0, i = bd.start(); k < bd.length(); k++, i += bd.step()) r[k] = b.bytes[i];
                return new PyBytes(r);
            }
            long i = index(key, "byte");
            if (i < 0) i += b.bytes.length;
            if (i < 0 || i >= b.bytes.length) throw PyErr.indexError("index out of range");
            return (long) (b.bytes[(int) i] & 0xff);
        }
        PyType t = Ops.type(o);
        Object m = t.lookup("__getitem__");
        if (m != null) return Ops.callDescriptor1(m, o, key);
        if (o instanceof PyType) {
            throw PyErr.typeError("type '" + ((PyType) o).name + "' is not subscriptable");
        }
        throw PyErr.typeError("'" + t.name + "' object is not subscriptable");
    }

    static void set(Object o, Object key, Object v) {
        if (o instanceof PyDict d) {
            d.put(key, v);
            return;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                assignSlice(l, s, v);
                return;
            }
            l.setItem(index(key, "list"), v);
            return;
        }
        PyType t = Ops.type(o);
        Object m = t.lookup("__setitem__");
        if (m != null) {
            Ops.callDescriptor(m, o, new Object[] {key, v});
            return;
        }
        throw PyErr.typeError("'" + t.name + "' object does not support item assignment");
    }

    private static void assignSlice(PyList l, PySlice s, Object v) {
        Object[] repl;
        try {
            repl = Sequences.toArray(v == l ? l.toArray() : v);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR) && e.value.str().endsWith("is not iterable")) {
                throw PyErr.typeError("can only assign an iterable");
            }
            throw e;
        }
        PySlice.Bounds b = s.indices(l.size);
        if (b.step() == 1) {
            int lo = b.start();
            int hi = Math.max(lo, b.stop());
            l.replaceRange(lo, hi, repl);
            return;
        }
        if (repl.length != b.length()) {
            throw PyErr.valueError("attempt to assign sequence of size " + repl.length
                    + " to extended slice of size " + b.length());
        }
        for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) l.items[i] = repl[k];
    }

    static void delete(Object o, Object key) {
        if (o instanceof PyDict d) {
            if (d.remove(key) == null) throw PyErr.keyError(key);
            return;
        }
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                PySlice.Bounds b = s.indices(l.size);
                if (b.step() == 1) {
                    l.replaceRange(b.start(), Math.max(b.start(), b.stop()), new Object[0]);
                    return;
                }
                boolean[] drop = new boolean[l.size];
                for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) drop[i] = true;
                int j = 0;
                for (int i = 0; i < l.size; i++) {
                    if (!drop[i]) l.items[j++] = l.items[i];
                }
                for (int i = j; i < l.size; i++) l.items[i] = null;
                l.size = j;
                return;
            }
            long i = index(key, "list");
            if (i < 0) i += l.size;
            if (i < 0 || i >= l.size) throw PyErr.indexError("list assignment index out of range");
            l.removeAt((int) i);
            return;
        }
        PyType t = Ops.type(o);
        Object m = t.lookup("__delitem__");
        if (m != null) {
            Ops.callDescriptor1(m, o, key);
            return;
        }
        throw PyErr.typeError("'" + t.name + "' object doesn't support item deletion");
    }

    static boolean contains(Object c, Object item) {
        if (c instanceof PyDict d) return d.containsKey(item);
        if (c instanceof PySet s) {
            if (item instanceof PySet inner && !inner.frozen) return s.contains(inner.copy(true));
            return s.contains(item);
        }
        if (c instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], item)) return true;
            }
            return false;
        }
        if (c instanceof PyTuple t) {
            for (Object v : t.items) {
                if (Ops.eq(v, item)) return true;
            }
            return false;
        }
        if (c instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyErr.typeError("'in <string>' requires string as left operand, not " + Ops.typeName(item));
            }
            return s.contains(sub);
        }
        if (c instanceof PyRange r) {
            Object i = item instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e18 ? (Object) (long) (double) d : item;
            if (i instanceof Long || i instanceof Boolean) {
                long v = (Long) IntOps.asInt(i);
                if (r.length == 0) return false;
                long off = v - r.start;
                if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) return false;
                return off % r.step == 0;
            }
        }
        if (c instanceof PyBytes b) {
            if (item instanceof PyBytes sub) return indexOf(b.bytes, sub.bytes) >= 0;
            if (Ops.indexOrNull(item) == null) {
                throw PyErr.typeError("a bytes-like object is required, not '" + Ops.typeName(item) + "'");
            }
            long v = Ops.toLong(item);
            if (v < 0 || v > 255) throw PyErr.valueError("byte must be in range(0, 256)");
            for (byte x : b.bytes) {
                if ((x & 0xff) == v) return true;
            }
            return false;
        }
        if (c instanceof DictView v) {
            if (v.kind == Iterators.DictIterator.KEYS) return v.dict.containsKey(item);
            if (v.kind == Iterators.DictIterator.ITEMS) {
                if (!(item instanceof PyTuple t) || t.items.length != 2) return false;
                Object val = v.dict.get(t.items[0]);
                return val != null && Ops.eq(val, t.items[1]);
            }
        }
        PyType t = Ops.type(c);
        Object m = t.lookup("__contains__");
        if (m != null) return Ops.isTrue(Ops.callDescriptor1(m, c, item));
        if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null && !(c instanceof PyIterator)
                && !(c instanceof DictView) && !(c instanceof PyRange)) {
            throw PyErr.typeError("argument of type '" + t.name + "' is not iterable");
        }
        PyIterator it = Ops.iterate(c);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (Ops.eq(v, item)) return true;
        }
        return false;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
