package org.pyjit.interp.runtime;

import org.pyjit.interp.ast.Operator;

/** The set operators | & - ^, building results in the order CPython's algorithms do (it decides printing). */
public final class SetOps {
    private SetOps() {}

    public static Object binary(PySet a, PySet b, int op) {
        boolean frozen = a.frozen;
        if (op == Operator.BITOR.ordinal()) {
            PySet r = a.copy(frozen);
            r.addAll(b);
            return r;
        }
        if (op == Operator.BITAND.ordinal()) return intersection(a, b, frozen);
        if (op == Operator.SUB.ordinal()) return difference(a, b, frozen);
        if (op == Operator.BITXOR.ordinal()) {
            PySet r = a.copy(frozen);
            symmetricDifferenceUpdate(r, b);
            return r;
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    public static PySet intersection(PySet a, PySet b, boolean frozen) {
        PySet r = new PySet(frozen);
        // CPython iterates the smaller set (the right one when sizes tie) and probes the other.
        PySet small = b.size() > a.size() ? a : b;
        PySet big = small == a ? b : a;
        for (int j = 0; j < small.slotLimit(); j++) {
            Object k = small.elementAt(j);
            if (k != null && big.contains(k)) r.addWithHash(k, small.hashAt(j));
        }
        return r;
    }

    public static PySet difference(PySet a, PySet b, boolean frozen) {
        PySet r = new PySet(frozen);
        for (int j = 0; j < a.slotLimit(); j++) {
            Object k = a.elementAt(j);
            if (k != null && !b.contains(k)) r.addWithHash(k, a.hashAt(j));
        }
        return r;
    }

    public static void symmetricDifferenceUpdate(PySet a, PySet b) {
        for (int j = 0; j < b.slotLimit(); j++) {
            Object k = b.elementAt(j);
            if (k != null && !a.discard(k)) a.addWithHash(k, b.hashAt(j));
        }
    }
}
