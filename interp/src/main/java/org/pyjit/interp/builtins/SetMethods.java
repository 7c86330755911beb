package org.pyjit.interp.builtins;

import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PySet;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.SetOps;

/** The methods of set and frozenset (frozenset gets only the non-mutating ones). */
final class SetMethods {
    private SetMethods() {}

    private static PySet asSet(Object o) {
        if (o instanceof PySet s) return s;
        PySet s = new PySet(false);
        PyIterator it = Ops.iterate(o);
        for (Object v = it.next(); v != null; v = it.next()) s.add(v);
        return s;
    }

    static void install(PyType t) {
        boolean mutable = t.name.equals("set");
        t.define("union", PyBuiltinFunction.methodN(t, "union", 0, Integer.MAX_VALUE, a -> {
            PySet r = ((PySet) a[0]).copy(!mutable);
            for (int i = 1; i < a.length; i++) r.addAll(asSet(a[i]));
            return r;
        }));
        t.define("intersection", PyBuiltinFunction.methodN(t, "intersection", 0, Integer.MAX_VALUE, a -> {
            PySet r = ((PySet) a[0]).copy(!mutable);
            for (int i = 1; i < a.length; i++) r = SetOps.intersection(r, asSet(a[i]), !mutable);
            return r;
        }));
        t.define("difference", PyBuiltinFunction.methodN(t, "difference", 0, Integer.MAX_VALUE, a -> {
            PySet r = ((PySet) a[0]).copy(!mutable);
            for (int i = 1; i < a.length; i++) r = SetOps.difference(r, asSet(a[i]), !mutable);
            return r;
        }));
        t.define("symmetric_difference", PyBuiltinFunction.method1(t, "symmetric_difference", (s, o) -> {
            PySet r = ((PySet) s).copy(!mutable);
            SetOps.symmetricDifferenceUpdate(r, asSet(o));
            return r;
        }));
        t.define("issubset", PyBuiltinFunction.method1(t, "issubset", (s, o) -> Ops.isTrue(
                org.pyjit.interp.runtime.Compare.richCompare(s, asSet(o), org.pyjit.interp.runtime.Compare.LE))));
        t.define("issuperset", PyBuiltinFunction.method1(t, "issuperset", (s, o) -> Ops.isTrue(
                org.pyjit.interp.runtime.Compare.richCompare(s, asSet(o), org.pyjit.interp.runtime.Compare.GE))));
        t.define("isdisjoint", PyBuiltinFunction.method1(t, "isdisjoint",
                (s, o) -> SetOps.intersection((PySet) s, asSet(o), false).size() == 0));
        t.define("copy", PyBuiltinFunction.method0(t, "copy", s -> ((PySet) s).copy(!mutable)));
        if (!mutable) return;
        t.define("add", PyBuiltinFunction.method1(t, "add", (s, v) -> {
            ((PySet) s).add(v);
            return PyNone.NONE;
        }));
        t.define("discard", PyBuiltinFunction.method1(t, "discard", (s, v) -> {
            ((PySet) s).discard(v);
            return PyNone.NONE;
        }));
        t.define("remove", PyBuiltinFunction.method1(t, "remove", (s, v) -> {
            if (!((PySet) s).discard(v)) throw PyErr.keyError(v);
            return PyNone.NONE;
        }));
        t.define("pop", PyBuiltinFunction.method0(t, "pop", s -> {
            Object v = ((PySet) s).pop();
            if (v == null) throw PyErr.keyError("pop from an empty set");
            return v;
        }));
        t.define("clear", PyBuiltinFunction.method0(t, "clear", s -> {
            ((PySet) s).clear();
            return PyNone.NONE;
        }));
        t.define("update", PyBuiltinFunction.methodN(t, "update", 0, Integer.MAX_VALUE, a -> {
            for (int i = 1; i < a.length; i++) ((PySet) a[0]).addAll(asSet(a[i]));
            return PyNone.NONE;
        }));
        t.define("intersection_update", PyBuiltinFunction.method1(t, "intersection_update", (s, o) -> {
            PySet r = SetOps.intersection((PySet) s, asSet(o), false);
            ((PySet) s).clear();
            ((PySet) s).addAll(r);
            return PyNone.NONE;
        }));
        t.define("difference_update", PyBuiltinFunction.method1(t, "difference_update", (s, o) -> {
            PySet r = SetOps.difference((PySet) s, asSet(o), false);
            ((PySet) s).clear();
            ((PySet) s).addAll(r);
            return PyNone.NONE;
        }));
        t.define("symmetric_difference_update", PyBuiltinFunction.method1(t, "symmetric_difference_update", (s, o) -> {
            SetOps.symmetricDifferenceUpdate((PySet) s, asSet(o));
            return PyNone.NONE;
        }));
    }
}
