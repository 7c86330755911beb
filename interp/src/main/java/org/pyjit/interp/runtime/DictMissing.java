package org.pyjit.interp.runtime;

/** What {@code d[k]} does for an absent key: KeyError, or the dict subclass's __missing__ (defaultdict, Counter). */
final class DictMissing {
    private DictMissing() {}

    static Object missing(PyDict d, Object key) {
        if (d.defaultFactory != null) {
            Object v = Ops.call(d.defaultFactory, new Object[0], null);
            d.put(key, v);
            return v;
        }
        PyType t = d.type();
        if (t != Types.DICT) {
            Object m = t.lookup("__missing__");
            if (m != null) return Ops.callDescriptor1(m, d, key);
        }
        throw PyErr.keyError(key);
    }
}
