package org.pyjit.interp.lib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyClassMethod;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyNotImplemented;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyProperty;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Sequences;

/**
 * collections.namedtuple. Each call makes a class (whose instances are {@link Value}s holding the items)
 * with a read-only property per field and tuple's behaviour: indexing, iteration, comparison and hashing as
 * the tuple of its items, and the _make/_replace/_asdict/_fields API. The object model has no tuple
 * subclasses, so isinstance(p, tuple) is False. A Python class deriving from a namedtuple class works: its
 * first instance is made by the runtime and gets its items through __init__ (kept in an attribute); after
 * that the class makes {@link Value}s directly.
 */
final class NamedTuple {
    private NamedTuple() {}

    /** An instance of a namedtuple class. */
    static final class Value extends PyObject {
        final Object[] items;

        Value(PyType type, Object[] items) {
            super(type);
            this.items = items;
        }
    }

    /** Where the items of an instance made by the runtime (a subclass's first instance) are kept. */
    private static final String HIDDEN = "__namedtuple_items__";

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    /** The items of a namedtuple instance, or null if o is not one. */
    static Object[] itemsOrNull(Object o) {
        if (o instanceof Value v) return v.items;
        if (o instanceof PyObject p && p.getOwn(HIDDEN) instanceof PyTuple t) return t.items;
        return null;
    }

    private static Object[] items(Object o, String what) {
        Object[] items = itemsOrNull(o);
        if (items == null) {
            throw PyErr.typeError("descriptor '" + what + "' requires a namedtuple instance but received a '"
                    + Ops.typeName(o) + "'");
        }
        return items;
    }

    /** What one namedtuple class knows about itself. */
    private record Spec(String name, String[] fields, Object[] defaults) {}

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int cp0 = s.codePointAt(0);
        if (cp0 != '_' && !Character.isUnicodeIdentifierStart(cp0)) return false;
        for (int i = Character.charCount(cp0); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp != '_' && (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
    static PyType namedtuple(Object[] a, String[] kw) {
        Object[] p = LibSupport.parse("namedtuple", a, kw, 0,
                new String[] {"typename", "field_names", "rename", "defaults", "module"}, 2, 2);
        String typename = Ops.str(p[0]);
        List<String> names = new ArrayList<>();
        if (p[1] instanceof String s) {
            for (String part : s.replace(',', ' ').trim().split("\\s+")) {
                if (!part.isEmpty()) names.add(part);
            }
        } else {
            PyIterator it = Ops.iterate(p[1]);
            for (Object v = it.next(); v != null; v = it.next()) names.add(Ops.str(v));
        }
        boolean rename = p[2] != null && Ops.isTrue(p[2]);
        if (rename) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (!isIdentifier(n) || KEYWORDS.contains(n) || n.startsWith("_") || seen.contains(n)) {
                    names.set(i, "_" + i);
                }
                seen.add(n);
            }
        }
        List<String> all = new ArrayList<>();
        all.add(typename);
        all.addAll(names);
        for (String n : all) {
            if (!isIdentifier(n)) {
                throw PyErr.valueError("Type names and field names must be valid identifiers: " + Ops.repr(n));
            }
            if (KEYWORDS.contains(n)) {
                throw PyErr.valueError("Type names and field names cannot be a keyword: " + Ops.repr(n));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n.startsWith("_") && !rename) {
                throw PyErr.valueError("Field names cannot start with an underscore: " + Ops.repr(n));
            }
            if (!seen.add(n)) throw PyErr.valueError("Encountered duplicate field name: " + Ops.repr(n));
        }
        Object[] defaults = new Object[0];
        if (p[3] != null && p[3] != PyNone.NONE) {
            defaults = Sequences.toArray(p[3]).clone();
            if (defaults.length > names.size()) throw PyErr.typeError("Got more default values than field names");
        }
        String module = p[4] != null && p[4] != PyNone.NONE ? Ops.str(p[4]) : "__main__";
        return makeType(typename, names.toArray(new String[0]), defaults, module);
    }

    /** A namedtuple class (also used by other modules, such as functools' CacheInfo). */
    static PyType makeType(String typename, String[] fields, Object[] defaults, String module) {
        Spec spec = new Spec(typename, fields, defaults);
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__doc__", typename + "(" + String.join(", ", fields) + ")");
        Object[] fieldNames = new Object[fields.length];
        System.arraycopy(fields, 0, fieldNames, 0, fields.length);
        ns.put("_fields", PyTuple.of(fieldNames));
        PyDict fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.length; i++) {
            fieldDefaults.put(fields[fields.length - defaults.length + i], defaults[i]);
        }
        ns.put("_field_defaults", fieldDefaults);
        ns.put("__match_args__", PyTuple.of(fieldNames.clone()));
        PyType t = LibSupport.newTupleClass(typename, module, ns);
        // The methods are added to the class itself, so messages name it ("P._replace()").
        PyType n = t;
        t.setAttribute("_make", new PyClassMethod(PyBuiltinFunction.of2("_make", (cls, iterable) -> {
            Object[] items = Sequences.toArray(iterable).clone();
            if (items.length != fields.length) {
                throw PyErr.typeError("Expected " + fields.length + " arguments, got " + items.length);
            }
            return new Value((PyType) cls, items);
        })));
        t.setAttribute("_replace", PyBuiltinFunction.methodKw(n, "_replace", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw != 1) {
                throw PyErr.typeError(typename + "._replace() takes 1 positional argument but "
                        + (a.length - nkw) + " were given");
            }
            Object[] items = items(a[0], "_replace").clone();
            List<String> unexpected = new ArrayList<>();
            for (int k = 0; k < nkw; k++) {
                int at = indexOf(fields, kw[k]);
                if (at < 0) unexpected.add(kw[k]);
                else items[at] = a[a.length - nkw + k];
            }
            if (!unexpected.isEmpty()) {
                throw PyErr.valueError("Got unexpected field names: " + Ops.repr(PyList.of(unexpected.toArray())));
            }
            return new Value(Ops.type(a[0]), items);
        }));
        t.setAttribute("_asdict", PyBuiltinFunction.method0(n, "_asdict", s -> {
            Object[] items = items(s, "_asdict");
            PyDict d = new PyDict();
            for (int i = 0; i < fields.length; i++) d.put(fields[i], items[i]);
            return d;
        }));
        t.setAttribute("__getnewargs__", PyBuiltinFunction.method0(n, "__getnewargs__",
                s -> PyTuple.of(items(s, "__getnewargs__").clone())));
        t.setAttribute("__repr__", PyBuiltinFunction.method0(n, "__repr__", s -> {
            Object[] items = items(s, "__repr__");
            StringBuilder sb = new StringBuilder(Ops.type(s).name).append('(');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields[i]).append('=').append(Ops.repr(items[i]));
            }
            return sb.append(')').toString();
        }));
        t.setAttribute("__str__", PyBuiltinFunction.method0(n, "__str__", Ops::repr));
        t.setAttribute("__len__", PyBuiltinFunction.method0(n, "__len__", s -> (long) items(s, "__len__").length));
        t.setAttribute("__getitem__", PyBuiltinFunction.method1(n, "__getitem__",
                (s, k) -> Ops.getItem(tuple(s, "__getitem__"), k)));
        t.setAttribute("__iter__", PyBuiltinFunction.method0(n, "__iter__", s -> Ops.iter(tuple(s, "__iter__"))));
        t.setAttribute("__contains__", PyBuiltinFunction.method1(n, "__contains__",
                (s, v) -> Ops.contains(tuple(s, "__contains__"), v)));
        t.setAttribute("count", PyBuiltinFunction.method1(n, "count",
                (s, v) -> Ops.call(Ops.getAttr(tuple(s, "count"), "count"), new Object[] {v}, null)));
        t.setAttribute("index", PyBuiltinFunction.methodKw(n, "index",
                (a, kw) -> Ops.call(Ops.getAttr(tuple(a[0], "index"), "index"),
                        java.util.Arrays.copyOfRange(a, 1, a.length), kw)));
        t.setAttribute("__add__", PyBuiltinFunction.method1(n, "__add__", (s, o) -> {
            Object[] other = o instanceof PyTuple ot ? ot.items : itemsOrNull(o);
            if (other == null) {
                if (o instanceof PyObject) return PyNotImplemented.NOT_IMPLEMENTED;
                throw PyErr.typeError("can only concatenate tuple (not \"" + Ops.typeName(o) + "\") to tuple");
            }
            return Ops.add(tuple(s, "__add__"), PyTuple.of(other));
        }));
        t.setAttribute("__radd__", PyBuiltinFunction.method1(n, "__radd__", (s, o) -> {
            Object[] other = o instanceof PyTuple ot ? ot.items : itemsOrNull(o);
            if (other == null) return PyNotImplemented.NOT_IMPLEMENTED;
            return Ops.add(PyTuple.of(other), tuple(s, "__radd__"));
        }));
        t.setAttribute("__mul__", PyBuiltinFunction.method1(n, "__mul__", (s, k) -> multiply(tuple(s, "__mul__"), k)));
        t.setAttribute("__rmul__", PyBuiltinFunction.method1(n, "__rmul__", (s, k) -> multiply(tuple(s, "__rmul__"), k)));
        PyType.Constructor[] ctor = new PyType.Constructor[1];
        PyProperty init = LibSupport.slot(n, "__init__", (a, kw) -> {
            Object self = a[0];
            if (itemsOrNull(self) != null) return PyNone.NONE;
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            Object[] items = bind(spec, rest, kw);
            if (!(self instanceof PyObject po)) throw PyErr.typeError("namedtuple __init__ needs an object");
            po.setOwn(HIDDEN, PyTuple.of(items));
            // Later instances of this class skip the runtime's instantiation and are made as Values.
            po.type.setConstructor(ctor[0]);
            return PyNone.NONE;
        });
        ctor[0] = (type, a, kw) -> {
            Value v = new Value(type, bind(spec, a, kw));
            if (type != t) {
                Object userInit = type.lookup("__init__");
                if (userInit != init && userInit != null && !(userInit instanceof PyBuiltinFunction)) {
                    Ops.callDescriptorKw(userInit, v, a, kw);
                }
            }
            return v;
        };
        t.setAttribute("__init__", init);
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            t.setAttribute(cmp[op], LibSupport.slot2(n, cmp[op], (x, y) -> {
                Object[] mine = itemsOrNull(x);
                Object[] other = y instanceof PyTuple tt ? tt.items : itemsOrNull(y);
                if (mine == null || other == null) return PyNotImplemented.NOT_IMPLEMENTED;
                return Compare.richCompare(new PyTuple(mine), new PyTuple(other), o);
            }));
        }
        t.setAttribute("__hash__", LibSupport.slot(n, "__hash__", (a, kw) -> {
            LibSupport.noKeywords("__hash__", kw);
            return Ops.hash(tuple(a[0], "__hash__"));
        }));
        // Fields come last: a field may be named like a tuple method (count, index) and hides it.
        for (int i = 0; i < fields.length; i++) {
            int k = i;
            t.setAttribute(fields[i], new PyProperty(PyBuiltinFunction.of1(fields[i], s -> items(s, fields[k])[k]),
                    PyBuiltinFunction.of2(fields[i], (s, v) -> {
                        throw PyErr.attributeError("can't set attribute");
                    }),
                    PyBuiltinFunction.of1(fields[i], s -> {
                        throw PyErr.attributeError("can't delete attribute");
                    }),
                    "Alias for field number " + i));
        }
        t.setConstructor(ctor[0]);
        return t;
    }

    private static PyTuple tuple(Object self, String what) { return new PyTuple(items(self, what)); }

    private static Object multiply(PyTuple t, Object k) {
        if (Ops.indexOrNull(k) == null) {
            if (k instanceof PyObject) return PyNotImplemented.NOT_IMPLEMENTED;
            throw PyErr.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(k) + "'");
        }
        return Ops.binaryOp(t, k, org.pyjit.interp.ast.Operator.MUL.ordinal());
    }

    private static int indexOf(String[] fields, String name) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(name)) return i;
        }
        return -1;
    }

    /** Binds constructor arguments to fields as the generated __new__(_cls, f1, f2=d, ...) would. */
    private static Object[] bind(Spec spec, Object[] a, String[] kw) {
        String[] fields = spec.fields;
        int n = fields.length;
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        String fname = spec.name + ".__new__()";
        if (npos > n) {
            int min = n - spec.defaults.length;
            String takes = min == n ? String.valueOf(n + 1) : "from " + (min + 1) + " to " + (n + 1);
            throw PyErr.typeError(fname + " takes " + takes + " positional argument" + (n == 0 && min == n ? "" : "s")
                    + " but " + (npos + 1) + " were given");
        }
        Object[] items = new Object[n];
        System.arraycopy(a, 0, items, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = indexOf(fields, kw[k]);
            if (at < 0) throw PyErr.typeError(fname + " got an unexpected keyword argument '" + kw[k] + "'");
            if (items[at] != null) throw PyErr.typeError(fname + " got multiple values for argument '" + kw[k] + "'");
            items[at] = a[npos + k];
        }
        int firstDefault = n - spec.defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (items[i] == null) {
                if (i >= firstDefault) items[i] = spec.defaults[i - firstDefault];
                else missing.add(fields[i]);
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < missing.size(); i++) {
                if (i > 0) sb.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
                sb.append('\'').append(missing.get(i)).append('\'');
            }
            throw PyErr.typeError(fname + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + sb);
        }
        return items;
    }
}
