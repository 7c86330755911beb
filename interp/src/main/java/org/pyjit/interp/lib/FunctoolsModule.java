package org.pyjit.interp.lib;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyCallable;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyProperty;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Reprs;
import org.pyjit.interp.runtime.Types;

/**
 * functools: reduce, partial, lru_cache/cache, wraps/update_wrapper, cmp_to_key, total_ordering and
 * cached_property. The lru_cache wrapper is a Java callable; for a function defined in a class body it is
 * wrapped once more in a small Python function so that it binds as a method. total_ordering is CPython's
 * Python code, compiled on first use.
 */
final class FunctoolsModule {
    static final PyType PARTIAL = PyType.builtin("partial", Types.OBJECT, PyType.Layout.BUILTIN).inModule("functools");
    static final PyType LRU_WRAPPER = PyType.builtin("_lru_cache_wrapper", Types.OBJECT, PyType.Layout.BUILTIN).inModule("functools");
    /** Names the comparison methods of cmp_to_key's key objects in messages. */
    private static final PyType KEY_NAMES = PyType.builtin("functools.KeyWrapper", Types.OBJECT, PyType.Layout.BUILTIN);

    private static final Object[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__",
        "__annotations__"};
    private static final Object[] WRAPPER_UPDATES = {"__dict__"};

    static {
        partialType();
        lruType();
    }

    private final Interpreter interp;
    private final PyType cacheInfo;
    private final PyType keyType;
    /** Separates positional from keyword arguments in lru_cache keys (CPython's kwd_mark). */
    private final Object kwdMark = new PyObject(Types.OBJECT);
    /** The Python helpers (total_ordering, the method wrapper), compiled on first use. */
    private PyModule helpers;

    private FunctoolsModule(Interpreter interp) {
        this.interp = interp;
        this.cacheInfo = NamedTuple.makeType("CacheInfo", new String[] {"hits", "misses", "maxsize", "currsize"},
                new Object[0], "functools");
        this.keyType = keyType();
    }

    static PyModule create(Interpreter interp) {
        FunctoolsModule f = new FunctoolsModule(interp);
        PyModule m = new PyModule("functools");
        m.define("WRAPPER_ASSIGNMENTS", PyTuple.of(WRAPPER_ASSIGNMENTS.clone()));
        m.define("WRAPPER_UPDATES", PyTuple.of(WRAPPER_UPDATES.clone()));
        m.define("reduce", PyBuiltinFunction.ofN("reduce", 2, 3, FunctoolsModule::reduce));
        m.define("partial", PARTIAL);
        PyBuiltinFunction updateWrapper = PyBuiltinFunction.kw("update_wrapper", (a, kw) -> {
            Object[] p = LibSupport.parse("update_wrapper", a, kw, 0,
                    new String[] {"wrapper", "wrapped", "assigned", "updated"}, 2, 4);
            return updateWrapper(p[0], p[1], p[2], p[3]);
        });
        m.define("update_wrapper", updateWrapper);
        m.define("wraps", PyBuiltinFunction.kw("wraps", (a, kw) -> {
            Object[] p = LibSupport.parse("wraps", a, kw, 0, new String[] {"wrapped", "assigned", "updated"}, 1, 3);
            PyDict keywords = new PyDict();
            keywords.put("wrapped", p[0]);
            keywords.put("assigned", p[1] == null ? PyTuple.of(WRAPPER_ASSIGNMENTS.clone()) : p[1]);
            keywords.put("updated", p[2] == null ? PyTuple.of(WRAPPER_UPDATES.clone()) : p[2]);
            return new Partial(PARTIAL, updateWrapper, new Object[0], keywords);
        }));
        m.define("lru_cache", PyBuiltinFunction.kw("lru_cache", f::lruCache));
        m.define("cache", PyBuiltinFunction.of1("cache", fn -> f.decorate(fn, -1, false)));
        m.define("cmp_to_key", PyBuiltinFunction.kw("cmp_to_key", (a, kw) -> {
            Object[] p = LibSupport.parse("cmp_to_key", a, kw, 0, new String[] {"mycmp"}, 1, 1);
            Object cmp = p[0];
            return PyBuiltinFunction.kw("K", (b, kw2) -> {
                Object[] q = LibSupport.parse("K", b, kw2, 0, new String[] {"obj"}, 1, 1);
                return new KeyObject(f.keyType, cmp, q[0]);
            });
        }));
        m.define("total_ordering", PyBuiltinFunction.of1("total_ordering",
                cls -> Ops.call(f.helper("total_ordering"), new Object[] {cls}, null)));
        m.define("cached_property", PyBuiltinFunction.of1("cached_property", FunctoolsModule::cachedProperty));
        return m;
    }

    // ---- reduce ----

    private static Object reduce(Object[] a) {
        PyIterator it = Ops.iterate(a[1]);
        Object value = a.length > 2 ? a[2] : it.next();
        if (value == null) throw PyErr.typeError("reduce() of empty iterable with no initial value");
        for (Object v = it.next(); v != null; v = it.next()) {
            value = Ops.call(a[0], new Object[] {value, v}, null);
        }
        return value;
    }

    // ---- partial ----

    /** functools.partial: a callable with some arguments filled in. */
    static final class Partial extends PyObject implements PyCallable {
        final Object func;
        final Object[] args;
        final PyDict keywords;

        Partial(PyType type, Object func, Object[] args, PyDict keywords) {
            super(type);
            this.func = func;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        public Object call(Object[] a, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = a.length - nkw;
            if (keywords.size() == 0) {
                if (args.length == 0) return Ops.call(func, a, kwnames);
                Object[] all = new Object[args.length + a.length];
                System.arraycopy(args, 0, all, 0, args.length);
                System.arraycopy(a, 0, all, args.length, a.length);
                return Ops.call(func, all, kwnames);
            }
            PyDict kw = keywords.copy();
            for (int k = 0; k < nkw; k++) kw.put(kwnames[k], a[npos + k]);
            Object[] keys = kw.keysArray();
            Object[] all = new Object[args.length + npos + keys.length];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(a, 0, all, args.length, npos);
            String[] names = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                names[i] = (String) keys[i];
                all[args.length + npos + i] = kw.get(keys[i]);
            }
            return Ops.call(func, all, names);
        }
    }

    private static Partial partialOf(Object o) {
        if (o instanceof Partial p) return p;
        throw PyErr.typeError("descriptor requires a 'functools.partial' object but received '"
                + Ops.typeName(o) + "'");
    }

    private static void partialType() {
        PyType t = PARTIAL;
        t.setConstructor((type, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - nkw;
            if (npos < 1) throw PyErr.typeError("type 'partial' takes at least one argument");
            Object func = a[0];
            if (!CollectionsModule.isCallable(func)) throw PyErr.typeError("the first argument must be callable");
            Object[] args = java.util.Arrays.copyOfRange(a, 1, npos);
            PyDict keywords = new PyDict();
            if (func instanceof Partial inner && inner.type == PARTIAL) {
                Object[] merged = new Object[inner.args.length + args.length];
                System.arraycopy(inner.args, 0, merged, 0, inner.args.length);
                System.arraycopy(args, 0, merged, inner.args.length, args.length);
                args = merged;
                keywords.putAll(inner.keywords);
                func = inner.func;
            }
            for (int k = 0; k < nkw; k++) keywords.put(kw[k], a[npos + k]);
            return new Partial(type, func, args, keywords);
        });
        t.define("func", LibSupport.getter("func", s -> partialOf(s).func));
        t.define("args", LibSupport.getter("args", s -> PyTuple.of(partialOf(s).args.clone())));
        t.define("keywords", LibSupport.getter("keywords", s -> partialOf(s).keywords));
        t.define("__repr__", PyBuiltinFunction.method0(t, "__repr__", FunctoolsModule::partialRepr));
        t.define("__str__", PyBuiltinFunction.method0(t, "__str__", Ops::repr));
    }

    private static String partialRepr(Object s) {
        Partial p = partialOf(s);
        StringBuilder sb = new StringBuilder("functools.partial(").append(Ops.repr(p.func));
        for (Object v : p.args) sb.append(", ").append(Ops.repr(v));
        for (Object k : p.keywords.keysArray()) {
            sb.append(", ").append(Ops.str(k)).append('=').append(Ops.repr(p.keywords.get(k)));
        }
        return sb.append(')').toString();
    }

    // ---- update_wrapper ----

    static Object updateWrapper(Object wrapper, Object wrapped, Object assigned, Object updated) {
        PyIterator names = Ops.iterate(assigned == null ? PyTuple.of(WRAPPER_ASSIGNMENTS.clone()) : assigned);
        for (Object n = names.next(); n != null; n = names.next()) {
            String attr = Ops.str(n);
            Object v = Ops.getAttrOrNull(wrapped, attr);
            if (v != null) setAttr(wrapper, attr, v);
        }
        names = Ops.iterate(updated == null ? PyTuple.of(WRAPPER_UPDATES.clone()) : updated);
        for (Object n = names.next(); n != null; n = names.next()) {
            String attr = Ops.str(n);
            Object src = Ops.getAttrOrNull(wrapped, attr);
            if (src == null) continue;
            boolean ownDict = wrapper instanceof LruWrapper || wrapper instanceof Partial
                    || (wrapper instanceof PyObject po && !po.type.builtin);
            if (ownDict && attr.equals("__dict__") && src instanceof PyDict d) {
                // vars() of an object is a copy here, so the attributes are set one by one.
                PyObject p = (PyObject) wrapper;
                for (Object k : d.keysArray()) {
                    if (k instanceof String s) p.setOwn(s, d.get(k));
                }
            } else {
                Object target = Ops.getAttr(wrapper, attr);
                Ops.call(Ops.getAttr(target, "update"), new Object[] {src}, null);
            }
        }
        setAttr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    /**
     * setattr, except that our own wrapper objects (lru_cache wrappers, partials) keep attributes like the
     * CPython objects with a __dict__ they stand for, which the runtime refuses for builtin types.
     */
    private static void setAttr(Object o, String name, Object v) {
        if (o instanceof LruWrapper || o instanceof Partial) ((PyObject) o).setOwn(name, v);
        else Ops.setAttr(o, name, v);
    }

    // ---- lru_cache ----

    private Object lruCache(Object[] a, String[] kw) {
        Object[] p = LibSupport.parse("lru_cache", a, kw, 0, new String[] {"maxsize", "typed"}, 0, 2);
        Object maxsize = p[0] == null ? (Object) 128L : p[0];
        boolean typed = p[1] != null && Ops.isTrue(p[1]);
        int max;
        if (maxsize == PyNone.NONE) {
            max = -1;
        } else if (maxsize instanceof Long || maxsize instanceof java.math.BigInteger || maxsize instanceof Boolean) {
            Object i = Ops.indexOrNull(maxsize);
            if (!(i instanceof Long)) throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
            long m = (Long) i;
            max = (int) Math.max(0, Math.min(m, Integer.MAX_VALUE));
        } else if (CollectionsModule.isCallable(maxsize)) {
            return decorate(maxsize, 128, typed);
        } else {
            throw PyErr.typeError("Expected first argument to be an integer, a callable, or None");
        }
        int m = max;
        return PyBuiltinFunction.of1("decorating_function", fn -> decorate(fn, m, typed));
    }

    /** True if fn was defined directly in a class body (so it must bind as a method). */
    private static boolean isMethodDefinition(Object fn) {
        if (!(fn instanceof PyFunction f)) return false;
        String q = f.qualname;
        int dot = q.lastIndexOf('.');
        return dot > 0 && !q.substring(0, dot).endsWith("<locals>");
    }

    private Object decorate(Object fn, int maxsize, boolean typed) {
        if (!CollectionsModule.isCallable(fn)) throw PyErr.typeError("the first argument must be callable");
        LruWrapper w = new LruWrapper(fn, maxsize, typed, cacheInfo, kwdMark);
        updateWrapper(w, fn, null, null);
        if (!isMethodDefinition(fn)) return w;
        Object bindable = Ops.call(helper("_method_wrapper"), new Object[] {w}, null);
        updateWrapper(bindable, fn, null, null);
        for (String name : new String[] {"cache_info", "cache_clear", "cache_parameters"}) {
            Ops.setAttr(bindable, name, Ops.getAttr(w, name));
        }
        return bindable;
    }

    /** A cache key with its Python hash, compared with Python equality. */
    record Key(Object value, long hash) {
        static Key of(Object v) { return new Key(v, Ops.hash(v)); }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Ops.eq(value, k.value);
        }

        @Override
        public int hashCode() { return Long.hashCode(hash); }
    }

    static final class LruWrapper extends PyObject implements PyCallable {
        final Object func;
        /** -1: unbounded. */
        final int maxsize;
        final boolean typed;
        final PyType cacheInfo;
        private final Object kwdMark;
        private final Map<Key, Object> cache;
        long hits;
        long misses;

        LruWrapper(Object func, int maxsize, boolean typed, PyType cacheInfo, Object kwdMark) {
            super(LRU_WRAPPER);
            this.kwdMark = kwdMark;
            this.func = func;
            this.maxsize = maxsize;
            this.typed = typed;
            this.cacheInfo = cacheInfo;
            this.cache = maxsize < 0 ? new HashMap<>() : new LinkedHashMap<>(16, 0.75f, true);
        }

        /** The cache key: CPython's _make_key (an int or str argument alone is its own key). */
        private Key key(Object[] a, String[] kw) {
            int nkw = kw == null ? 0 : kw.length;
            if (nkw == 0 && !typed && a.length == 1
                    && (a[0] instanceof Long || a[0] instanceof String || a[0] instanceof java.math.BigInteger)) {
                return Key.of(a[0]);
            }
            int npos = a.length - nkw;
            int n = a.length + (nkw > 0 ? 1 + nkw : 0) + (typed ? a.length : 0);
            Object[] k = new Object[n];
            int j = 0;
            for (int i = 0; i < npos; i++) k[j++] = a[i];
            if (nkw > 0) {
                k[j++] = kwdMark;
                for (int i = 0; i < nkw; i++) {
                    k[j++] = kw[i];
                    k[j++] = a[npos + i];
                }
            }
            if (typed) {
                for (Object v : a) k[j++] = Ops.type(v);
            }
            return Key.of(PyTuple.of(k));
        }

        @Override
        public Object call(Object[] a, String[] kw) {
            if (maxsize == 0) {
                misses++;
                return Ops.call(func, a, kw);
            }
            Key k = key(a, kw);
            Object r = cache.get(k);
            if (r != null) {
                hits++;
                return r;
            }
            misses++;
            r = Ops.call(func, a, kw);
            if (maxsize < 0) {
                cache.put(k, r);
                return r;
            }
            if (cache.containsKey(k)) return r;
            cache.put(k, r);
            if (cache.size() > maxsize) {
                Iterator<Key> eldest = cache.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            return r;
        }
    }

    private static LruWrapper lruOf(Object o) {
        if (o instanceof LruWrapper w) return w;
        throw PyErr.typeError("descriptor requires a 'functools._lru_cache_wrapper' object but received '"
                + Ops.typeName(o) + "'");
    }

    private static void lruType() {
        PyType t = LRU_WRAPPER;
        t.define("cache_info", PyBuiltinFunction.method0(t, "cache_info", s -> {
            LruWrapper w = lruOf(s);
            Object max = w.maxsize < 0 ? PyNone.NONE : (Object) (long) w.maxsize;
            return new NamedTuple.Value(w.cacheInfo, new Object[] {w.hits, w.misses, max, (long) w.cache.size()});
        }));
        t.define("cache_clear", PyBuiltinFunction.method0(t, "cache_clear", s -> {
            LruWrapper w = lruOf(s);
            w.cache.clear();
            w.hits = 0;
            w.misses = 0;
            return PyNone.NONE;
        }));
        t.define("cache_parameters", PyBuiltinFunction.method0(t, "cache_parameters", s -> {
            LruWrapper w = lruOf(s);
            PyDict d = new PyDict();
            d.put("maxsize", w.maxsize < 0 ? PyNone.NONE : (Object) (long) w.maxsize);
            d.put("typed", w.typed);
            return d;
        }));
        t.define("__repr__", PyBuiltinFunction.method0(t, "__repr__",
                s -> "<functools._lru_cache_wrapper object at " + Reprs.address(s) + ">"));
        t.define("__str__", PyBuiltinFunction.method0(t, "__str__", Ops::repr));
    }

    // ---- cmp_to_key ----

    /** What cmp_to_key's K(obj) makes: obj compared through the user's cmp function. */
    static final class KeyObject extends PyObject {
        final Object cmp;
        final Object obj;

        KeyObject(PyType type, Object cmp, Object obj) {
            super(type);
            this.cmp = cmp;
            this.obj = obj;
        }
    }

    private static PyType keyType() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("obj", LibSupport.getter("obj", s -> s instanceof KeyObject k ? k.obj : PyNone.NONE));
        ns.put("__hash__", PyNone.NONE);
        PyType t = LibSupport.newClass("KeyWrapper", "functools", ns);
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            t.setAttribute(cmp[op], LibSupport.slot2(KEY_NAMES, cmp[op], (x, y) -> {
                if (!(x instanceof KeyObject a) || !(y instanceof KeyObject b)) {
                    throw PyErr.typeError("other argument must be K instance");
                }
                Object r = Ops.call(a.cmp, new Object[] {a.obj, b.obj}, null);
                return Compare.richCompare(r, 0L, o);
            }));
        }
        return t;
    }

    // ---- cached_property ----

    private static Object cachedProperty(Object func) {
        Object n = Ops.getAttrOrNull(func, "__name__");
        String name = n instanceof String s ? s : "value";
        PyBuiltinFunction get = PyBuiltinFunction.of1(name, self -> {
            if (!(self instanceof PyObject p)) {
                throw PyErr.typeError("No '__dict__' attribute on " + Ops.repr(Ops.typeName(self))
                        + " instance to cache " + Ops.repr(name) + " property.");
            }
            Object v = p.getOwn(name);
            if (v != null) return v;
            v = Ops.call(func, new Object[] {self}, null);
            p.setOwn(name, v);
            return v;
        });
        PyBuiltinFunction set = PyBuiltinFunction.of2(name, (self, v) -> {
            if (self instanceof PyObject p) p.setOwn(name, v);
            return PyNone.NONE;
        });
        PyBuiltinFunction del = PyBuiltinFunction.of1(name, self -> {
            if (!(self instanceof PyObject p) || !p.deleteOwn(name)) throw PyErr.attributeError(name);
            return PyNone.NONE;
        });
        Object doc = Ops.getAttrOrNull(func, "__doc__");
        return new PyProperty(get, set, del, doc == null ? PyNone.NONE : doc);
    }

    // ---- Python helpers ----

    private static final String HELPERS = """
            def _method_wrapper(call):
                def wrapper(*args, **kwargs):
                    return call(*args, **kwargs)
                return wrapper

            def _gt_from_lt(self, other):
                op_result = type(self).__lt__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result and self != other

            def _le_from_lt(self, other):
                op_result = type(self).__lt__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return op_result or self == other

            def _ge_from_lt(self, other):
                op_result = type(self).__lt__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result

            def _ge_from_le(self, other):
                op_result = type(self).__le__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result or self == other

            def _lt_from_le(self, other):
                op_result = type(self).__le__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return op_result and self != other

            def _gt_from_le(self, other):
                op_result = type(self).__le__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result

            def _lt_from_gt(self, other):
                op_result = type(self).__gt__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result and self != other

            def _ge_from_gt(self, other):
                op_result = type(self).__gt__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return op_result or self == other

            def _le_from_gt(self, other):
                op_result = type(self).__gt__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result

            def _le_from_ge(self, other):
                op_result = type(self).__ge__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result or self == other

            def _gt_from_ge(self, other):
                op_result = type(self).__ge__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return op_result and self != other

            def _lt_from_ge(self, other):
                op_result = type(self).__ge__(self, other)
                if op_result is NotImplemented:
                    return op_result
                return not op_result

            _convert = {
                '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
                '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
                '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
                '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
            }

            def total_ordering(cls):
                roots = []
                for op in ('__lt__', '__le__', '__gt__', '__ge__'):
                    if getattr(cls, op, None) is not getattr(object, op, None):
                        roots.append(op)
                if not roots:
                    raise ValueError('must define at least one ordering operation: < > <= >=')
                root = max(roots)
                for opname, opfunc in _convert[root]:
                    if opname not in roots:
                        opfunc.__name__ = opname
                        setattr(cls, opname, opfunc)
                return cls
            """;

    private Object helper(String name) {
        if (helpers == null) {
            PyModule m = new PyModule("functools");
            interp.runModuleCode(interp.compile(HELPERS, "<functools>", false), m);
            helpers = m;
        }
        Object f = helpers.globals.get(name);
        if (f == null) throw PyErr.of(ExceptionTypes.SYSTEM_ERROR, "functools helper missing: " + name);
        return f;
    }
}
