package org.pyjit.interp.runtime;

import java.math.BigInteger;
import org.pyjit.interp.ast.Operator;
import org.pyjit.interp.runtime.format.PercentFormat;

/**
 * The slow paths of the binary and unary operators: mixed int/float/bool, sequences, sets, and user classes
 * through __op__ / __rop__ / __iop__ in CPython's order (a subclass's reflected method goes first).
 */
final class Arithmetic {
    private Arithmetic() {}

    private static final Operator[] OPS = Operator.values();

    static Object binarySlow(Object a, Object b, int op, boolean inplace) {
        if (inplace) {
            Object r = inplaceBuiltin(a, b, op);
            if (r != null) return r;
            PyType ta = Ops.type(a);
            if (!Types.isCore(ta)) {
                Object m = ta.lookup(OPS[op].inplace);
                if (m != null) {
                    r = Ops.callDescriptor1(m, a, b);
                    if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
                }
            }
        }
        // No built-in operator takes an instance of a Python class (a PyObject) on either side: its chain of
        // type tests is skipped for the operators of a program's own classes (raytrace's Vec * float).
        Object r = a instanceof PyObject || b instanceof PyObject ? PyNotImplemented.NOT_IMPLEMENTED
                : builtinBinary(a, b, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        r = userBinary(a, b, op);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        if (op == Operator.MUL.ordinal()) {
            // A sequence repeated by an object with __index__, once neither side's methods took the operator.
            Object seq = isSequence(a) && b instanceof PyObject ? a : isSequence(b) && a instanceof PyObject ? b : null;
            Object n = seq == null ? null : Ops.indexOrNull(seq == a ? b : a);
            if (n != null) return Sequences.repeat(seq, n);
        }
        throw unsupportedOperands(a, b, op, inplace);
    }

    /** The TypeError of a binary operator that neither operand implements for the other. */
    static PyException unsupportedOperands(Object a, Object b, int op, boolean inplace) {
        if (op == Operator.ADD.ordinal()) {
            String seq = a instanceof String ? "str" : a instanceof PyList ? "list" : a instanceof PyTuple ? "tuple" : null;
            if (seq != null) {
                return PyErr.typeError("can only concatenate " + seq + " (not \"" + Ops.typeName(b) + "\") to " + seq);
            }
        }
        if (op == Operator.ADD.ordinal() && a instanceof PyBytes) {
            return PyErr.typeError("can't concat " + Ops.typeName(b) + " to bytes");
        }
        if (op == Operator.MUL.ordinal() && (isSequence(a) || isSequence(b))) {
            return PyErr.typeError("can't multiply sequence by non-int of type '"
                    + Ops.typeName(isSequence(a) ? b : a) + "'");
        }
        String sym = OPS[op].symbol + (inplace ? "=" : "");
        if (op == Operator.POW.ordinal() && !inplace) sym = "** or pow()";
        return PyErr.typeError("unsupported operand type(s) for " + sym + ": '" + Ops.typeName(a) + "' and '"
                + Ops.typeName(b) + "'");
    }

    /** In-place forms that mutate builtin containers; null when the binary form applies. */
    private static Object inplaceBuiltin(Object a, Object b, int op) {
        if (a instanceof PyList l && op == Operator.ADD.ordinal()) {
            Sequences.extend(l, b);
            return l;
        }
        if (a instanceof PyList l && op == Operator.MUL.ordinal()) {
            Object n = Ops.indexOrNull(b);
            if (n == null) return null;
            Sequences.repeatInPlace(l, n);
            return l;
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet o) {
            if (op == Operator.BITOR.ordinal()) {
                s.addAll(o);
                return s;
            }
            if (op == Operator.BITAND.ordinal() || op == Operator.SUB.ordinal() || op == Operator.BITXOR.ordinal()) {
                PySet r = (PySet) SetOps.binary(s, o, op);
                s.clear();
                s.addAll(r);
                return s;
            }
        }
        if (a instanceof PyDict d && op == Operator.BITOR.ordinal() && Types.isCore(d.type())) {
            Sequences.dictUpdate(d, b);
            return d;
        }
        return null;
    }

    static Object builtinBinary(Object a, Object b, int op) {
        boolean aInt = IntOps.isInt(a);
        boolean bInt = IntOps.isInt(b);
        if (aInt && bInt) {
            if (a instanceof Boolean x && b instanceof Boolean y && op >= Operator.BITOR.ordinal()) {
                if (op == Operator.BITOR.ordinal()) return x | y;
                if (op == Operator.BITXOR.ordinal()) return x ^ y;
                return x & y;
            }
            return IntOps.binary(IntOps.asInt(a), IntOps.asInt(b), op);
        }
        if ((aInt || a instanceof Double) && (bInt || b instanceof Double)) {
            if (op >= Operator.LSHIFT.ordinal() || op == Operator.MATMUL.ordinal()) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return FloatOps.binary(FloatOps.toDouble(a), FloatOps.toDouble(b), op);
        }
        if (op == Operator.ADD.ordinal()) {
            if (a instanceof String x && b instanceof String y) return x.concat(y);
            if (a instanceof PyList x && b instanceof PyList y) return Sequences.concat(x, y);
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                Object[] r = new Object[x.items.length + y.items.length];
                System.arraycopy(x.items, 0, r, 0, x.items.length);
                System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
                return PyTuple.of(r);
            }
            if (a instanceof PyBytes x && b instanceof PyBytes y) {
                byte[] r = new byte[x.bytes.length + y.bytes.length];
                System.arraycopy(x.bytes, 0, r, 0, x.bytes.length);
                System.arraycopy(y.bytes, 0, r, x.bytes.length, y.bytes.length);
                return new PyBytes(r);
            }
        }
        if (op == Operator.MUL.ordinal()) {
            if (bInt && isSequence(a)) return Sequences.repeat(a, IntOps.asInt(b));
            if (aInt && isSequence(b)) return Sequences.repeat(b, IntOps.asInt(a));
        }
        if (op == Operator.MOD.ordinal() && a instanceof String s) {
            return PercentFormat.format(s, b, PercentHooks.INSTANCE);
        }
        if (a instanceof PySet x && b instanceof PySet y) return SetOps.binary(x, y, op);
        if (a instanceof DictView x && x.kind != Iterators.DictIterator.VALUES) {
            if (b instanceof PySet y) return SetOps.binary(x.toSet(), y, op);
            if (b instanceof DictView y) return SetOps.binary(x.toSet(), y.toSet(), op);
        }
        if (a instanceof PyDict x && b instanceof PyDict y && op == Operator.BITOR.ordinal()
                && Types.isCore(x.type()) && Types.isCore(y.type())) {
            PyDict r = x.copy();
            r.putAll(y);
            return r;
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes;
    }

    private static Object userBinary(Object a, Object b, int op) {
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        Object ma = Types.isCore(ta) ? null : ta.lookup(OPS[op].method);
        Object mb = (tb == ta || Types.isCore(tb)) ? null : tb.lookup(OPS[op].reflected);
        if (mb != null && tb.isSubtypeOf(ta)) {
            Object r = Ops.callDescriptor1(mb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            mb = null;
        }
        if (ma != null) {
            Object r = Ops.callDescriptor1(ma, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (mb != null) {
            return Ops.callDescriptor1(mb, b, a);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    static Object unary(Object a, String dunder, String symbol) {
        if (a instanceof Boolean || a instanceof BigInteger) {
            switch (dunder) {
                case "__neg__": return IntOps.negate(a);
                case "__pos__": return IntOps.asInt(a);
                default: return IntOps.invert(IntOps.asInt(a));
            }
        }
        if (a instanceof Double d && dunder.equals("__pos__")) return d;
        PyType t = Ops.type(a);
        Object m = Types.isCore(t) ? null : t.lookup(dunder);
        if (m != null) return Ops.callDescriptor(m, a, new Object[0]);
        throw PyErr.typeError("bad operand type for unary " + symbol + ": '" + t.name + "'");
    }
}
