package org.pyjit.interp.builtins;

import org.pyjit.interp.runtime.DictView;
import org.pyjit.interp.runtime.Iterators;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Sequences;
import org.pyjit.interp.runtime.Types;

/** The methods of dict. */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        PyType t = Types.DICT;
        t.define("get", PyBuiltinFunction.methodN(t, "get", 1, 2, a -> {
            Object v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        }));
        t.define("keys", PyBuiltinFunction.method0(t, "keys", s -> new DictView((PyDict) s, Iterators.DictIterator.KEYS)));
        t.define("values", PyBuiltinFunction.method0(t, "values", s -> new DictView((PyDict) s, Iterators.DictIterator.VALUES)));
        t.define("items", PyBuiltinFunction.method0(t, "items", s -> new DictView((PyDict) s, Iterators.DictIterator.ITEMS)));
        t.define("setdefault", PyBuiltinFunction.methodN(t, "setdefault", 1, 2, a -> {
            PyDict d = (PyDict) a[0];
            Object v = d.get(a[1]);
            if (v != null) return v;
            Object dflt = a.length > 2 ? a[2] : PyNone.NONE;
            d.put(a[1], dflt);
            return dflt;
        }));
        t.define("pop", PyBuiltinFunction.methodN(t, "pop", 1, 2, a -> {
            Object v = ((PyDict) a[0]).remove(a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw PyErr.keyError(a[1]);
        }));
        t.define("popitem", PyBuiltinFunction.method0(t, "popitem", s -> {
            PyDict d = (PyDict) s;
            int e = d.lastEntry();
            if (e < 0) throw PyErr.keyError("popitem(): dictionary is empty");
            Object k = d.keyAt(e);
            Object v = d.valueAt(e);
            d.remove(k);
            return PyTuple.of(k, v);
        }));
        t.define("update", PyBuiltinFunction.methodKw(t, "update", (a, kw) -> {
            PyDict d = (PyDict) a[0];
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - nkw;
            if (npos > 2) throw PyErr.typeError("update expected at most 1 argument, got " + (npos - 1));
            if (npos == 2) Sequences.dictUpdate(d, a[1]);
            for (int k = 0; k < nkw; k++) d.put(kw[k], a[npos + k]);
            return PyNone.NONE;
        }));
        t.define("copy", PyBuiltinFunction.method0(t, "copy", s -> ((PyDict) s).copy()));
        t.define("clear", PyBuiltinFunction.method0(t, "clear", s -> {
            ((PyDict) s).clear();
            return PyNone.NONE;
        }));
        t.define("fromkeys", new org.pyjit.interp.runtime.PyClassMethod(PyBuiltinFunction.ofN("fromkeys", 2, 3, a -> {
            PyDict d = new PyDict();
            Object v = a.length > 2 ? a[2] : PyNone.NONE;
            PyIterator it = Ops.iterate(a[1]);
            for (Object k = it.next(); k != null; k = it.next()) d.put(k, v);
            return d;
        })));
    }
}
