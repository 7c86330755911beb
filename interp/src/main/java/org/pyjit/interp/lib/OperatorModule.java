package org.pyjit.interp.lib;

import org.pyjit.interp.ast.Operator;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyCallable;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/** operator: the operators as functions, and itemgetter, attrgetter and methodcaller. */
final class OperatorModule {
    private OperatorModule() {}

    static final PyType ITEMGETTER = PyType.builtin("itemgetter", Types.OBJECT, PyType.Layout.BUILTIN).inModule("operator");
    static final PyType ATTRGETTER = PyType.builtin("attrgetter", Types.OBJECT, PyType.Layout.BUILTIN).inModule("operator");
    static final PyType METHODCALLER = PyType.builtin("methodcaller", Types.OBJECT, PyType.Layout.BUILTIN).inModule("operator");

    static {
        ITEMGETTER.setConstructor((t, a, kw) -> {
            LibSupport.noKeywords("itemgetter", kw);
            if (a.length == 0) throw PyErr.typeError("itemgetter expected 1 argument, got 0");
            return new Getter(ITEMGETTER, a.clone(), false);
        });
        ATTRGETTER.setConstructor((t, a, kw) -> {
            LibSupport.noKeywords("attrgetter", kw);
            if (a.length == 0) throw PyErr.typeError("attrgetter expected 1 argument, got 0");
            for (Object n : a) {
                if (!(n instanceof String)) throw PyErr.typeError("attribute name must be a string");
            }
            return new Getter(ATTRGETTER, a.clone(), true);
        });
        METHODCALLER.setConstructor((t, a, kw) -> {
            int npos = LibSupport.npos(a, kw);
            if (npos == 0) throw PyErr.typeError("methodcaller needs at least one argument, the method name");
            if (!(a[0] instanceof String name)) throw PyErr.typeError("method name must be a string");
            Object[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
            return new MethodCaller(name, args, kw == null ? new String[0] : kw.clone());
        });
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER, METHODCALLER}) {
            t.define("__repr__", PyBuiltinFunction.method0(t, "__repr__", OperatorModule::repr));
            t.define("__str__", PyBuiltinFunction.method0(t, "__str__", Ops::repr));
        }
    }

    /** itemgetter and attrgetter. */
    static final class Getter extends PyObject implements PyCallable {
        final Object[] keys;
        final boolean attr;

        Getter(PyType type, Object[] keys, boolean attr) {
            super(type);
            this.keys = keys;
            this.attr = attr;
        }

        private Object get(Object obj, Object key) {
            if (!attr) return Ops.getItem(obj, key);
            Object v = obj;
            for (String part : ((String) key).split("\\.", -1)) v = Ops.getAttr(v, part);
            return v;
        }

        @Override
        public Object call(Object[] a, String[] kw) {
            String name = attr ? "attrgetter" : "itemgetter";
            LibSupport.noKeywords(name, kw);
            if (a.length != 1) throw PyErr.typeError(name + " expected 1 argument, got " + a.length);
            if (keys.length == 1) return get(a[0], keys[0]);
            Object[] out = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) out[i] = get(a[0], keys[i]);
            return PyTuple.of(out);
        }
    }

    static final class MethodCaller extends PyObject implements PyCallable {
        final String name;
        final Object[] args;
        final String[] kwnames;

        MethodCaller(String name, Object[] args, String[] kwnames) {
            super(METHODCALLER);
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public Object call(Object[] a, String[] kw) {
            LibSupport.noKeywords("methodcaller", kw);
            if (a.length != 1) throw PyErr.typeError("methodcaller expected 1 argument, got " + a.length);
            return Ops.call(Ops.getAttr(a[0], name), args.clone(), kwnames.length == 0 ? null : kwnames);
        }
    }

    private static String repr(Object s) {
        StringBuilder sb = new StringBuilder("operator.");
        if (s instanceof Getter g) {
            sb.append(g.attr ? "attrgetter(" : "itemgetter(");
            for (int i = 0; i < g.keys.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(g.keys[i]));
            }
        } else if (s instanceof MethodCaller m) {
            sb.append("methodcaller(").append(Ops.repr(m.name));
            int npos = m.args.length - m.kwnames.length;
            for (int i = 0; i < npos; i++) sb.append(", ").append(Ops.repr(m.args[i]));
            for (int k = 0; k < m.kwnames.length; k++) {
                sb.append(", ").append(m.kwnames[k]).append('=').append(Ops.repr(m.args[npos + k]));
            }
        } else {
            return Ops.repr(s);
        }
        return sb.append(')').toString();
    }

    private static void binary(PyModule m, String name, Operator op) {
        int o = op.ordinal();
        m.define(name, PyBuiltinFunction.of2(name, (a, b) -> Ops.binaryOp(a, b, o)));
        m.define("__" + name.replace("_", "") + "__", m.globals.get(name));
        String iname = "i" + name.replace("_", "");
        m.define(iname, PyBuiltinFunction.of2(iname, (a, b) -> Ops.inplaceOp(a, b, o)));
    }

    private static void compare(PyModule m, String name, int op) {
        m.define(name, PyBuiltinFunction.of2(name, (a, b) -> Compare.richCompare(a, b, op)));
    }

    private static boolean hasGetItem(Object o) {
        return Ops.type(o).lookup("__getitem__") != null || o instanceof String || o instanceof PyTuple
                || o instanceof org.pyjit.interp.runtime.PyList || o instanceof org.pyjit.interp.runtime.PyBytes;
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("operator");
        binary(m, "add", Operator.ADD);
        binary(m, "sub", Operator.SUB);
        binary(m, "mul", Operator.MUL);
        binary(m, "matmul", Operator.MATMUL);
        binary(m, "truediv", Operator.DIV);
        binary(m, "floordiv", Operator.FLOORDIV);
        binary(m, "mod", Operator.MOD);
        binary(m, "pow", Operator.POW);
        binary(m, "lshift", Operator.LSHIFT);
        binary(m, "rshift", Operator.RSHIFT);
        binary(m, "and_", Operator.BITAND);
        binary(m, "or_", Operator.BITOR);
        binary(m, "xor", Operator.BITXOR);
        compare(m, "lt", Compare.LT);
        compare(m, "le", Compare.LE);
        compare(m, "eq", Compare.EQ);
        compare(m, "ne", Compare.NE);
        compare(m, "gt", Compare.GT);
        compare(m, "ge", Compare.GE);
        m.define("neg", PyBuiltinFunction.of1("neg", Ops::negative));
        m.define("pos", PyBuiltinFunction.of1("pos", Ops::positive));
        m.define("invert", PyBuiltinFunction.of1("invert", Ops::invert));
        m.define("inv", PyBuiltinFunction.of1("inv", Ops::invert));
        Object abs = interp.builtins.get("abs");
        m.define("abs", PyBuiltinFunction.of1("abs", x -> Ops.call(abs, new Object[] {x}, null)));
        m.define("not_", PyBuiltinFunction.of1("not_", x -> !Ops.isTrue(x)));
        m.define("truth", PyBuiltinFunction.of1("truth", Ops::isTrue));
        m.define("is_", PyBuiltinFunction.of2("is_", (a, b) -> a == b || sameValue(a, b)));
        m.define("is_not", PyBuiltinFunction.of2("is_not", (a, b) -> !(a == b || sameValue(a, b))));
        m.define("index", PyBuiltinFunction.of1("index", LibSupport::intArg));
        m.define("contains", PyBuiltinFunction.of2("contains", Ops::contains));
        m.define("getitem", PyBuiltinFunction.of2("getitem", Ops::getItem));
        m.define("setitem", PyBuiltinFunction.ofN("setitem", 3, 3, a -> {
            Ops.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        }));
        m.define("delitem", PyBuiltinFunction.of2("delitem", (a, b) -> {
            Ops.delItem(a, b);
            return PyNone.NONE;
        }));
        m.define("concat", PyBuiltinFunction.of2("concat", (a, b) -> {
            if (!hasGetItem(a)) throw PyErr.typeError("'" + Ops.typeName(a) + "' object can't be concatenated");
            return Ops.add(a, b);
        }));
        m.define("iconcat", PyBuiltinFunction.of2("iconcat", (a, b) -> {
            if (!hasGetItem(a)) throw PyErr.typeError("'" + Ops.typeName(a) + "' object can't be concatenated");
            return Ops.inplaceOp(a, b, Operator.ADD.ordinal());
        }));
        m.define("countOf", PyBuiltinFunction.of2("countOf", (a, b) -> {
            long n = 0;
            PyIterator it = Ops.iterate(a);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (v == b || Ops.eq(v, b)) n++;
            }
            return n;
        }));
        m.define("indexOf", PyBuiltinFunction.of2("indexOf", (a, b) -> {
            long i = 0;
            PyIterator it = Ops.iterate(a);
            for (Object v = it.next(); v != null; v = it.next(), i++) {
                if (v == b || Ops.eq(v, b)) return i;
            }
            throw PyErr.valueError("sequence.index(x): x not in sequence");
        }));
        m.define("length_hint", PyBuiltinFunction.ofN("length_hint", 1, 2, a -> {
            try {
                return Ops.len(a[0]);
            } catch (org.pyjit.interp.runtime.PyException e) {
                if (!e.isInstance(org.pyjit.interp.runtime.ExceptionTypes.TYPE_ERROR)) throw e;
                return a.length > 1 ? a[1] : (Object) 0L;
            }
        }));
        m.define("call", PyBuiltinFunction.kw("call", (a, kw) -> {
            if (LibSupport.npos(a, kw) < 1) throw PyErr.typeError("call() missing 1 required positional argument: 'obj'");
            return Ops.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        }));
        m.define("itemgetter", ITEMGETTER);
        m.define("attrgetter", ATTRGETTER);
        m.define("methodcaller", METHODCALLER);
        return m;
    }

    /** The interpreter's {@code is} for boxed values: equal ints, bools and one-character strs are identical. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof Boolean x && b instanceof Boolean y) return x.booleanValue() == y.booleanValue();
        return a instanceof String x && b instanceof String y && x.length() <= 1 && x.equals(y);
    }
}
