package org.pyjit.interp.lib;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.interp.ast.Operator;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyClassMethod;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Sequences;

/**
 * itertools: the iterator building blocks, each a type whose instances are Java iterators (so for-loops
 * over them take the fast path), producing CPython's items in CPython's order with its error messages.
 */
final class ItertoolsModule {
    private ItertoolsModule() {}

    static final PyType COUNT = LibSupport.iteratorType("count");
    static final PyType REPEAT = LibSupport.iteratorType("repeat");
    static final PyType CHAIN = LibSupport.iteratorType("chain");
    static final PyType ISLICE = LibSupport.iteratorType("islice");
    static final PyType PRODUCT = LibSupport.iteratorType("product");
    static final PyType PERMUTATIONS = LibSupport.iteratorType("permutations");
    static final PyType COMBINATIONS = LibSupport.iteratorType("combinations");
    static final PyType COMBINATIONS_WR = LibSupport.iteratorType("combinations_with_replacement");
    static final PyType ACCUMULATE = LibSupport.iteratorType("accumulate");
    static final PyType ZIP_LONGEST = LibSupport.iteratorType("zip_longest");
    static final PyType TAKEWHILE = LibSupport.iteratorType("takewhile");
    static final PyType DROPWHILE = LibSupport.iteratorType("dropwhile");
    static final PyType FILTERFALSE = LibSupport.iteratorType("filterfalse");
    static final PyType GROUPBY = LibSupport.iteratorType("groupby");
    static final PyType GROUPER = LibSupport.iteratorType("_grouper");
    static final PyType STARMAP = LibSupport.iteratorType("starmap");
    static final PyType CYCLE = LibSupport.iteratorType("cycle");
    static final PyType COMPRESS = LibSupport.iteratorType("compress");
    static final PyType PAIRWISE = LibSupport.iteratorType("pairwise");
    static final PyType TEE = LibSupport.iteratorType("_tee");

    static {
        COUNT.setConstructor((t, a, kw) -> {
            Object[] p = LibSupport.parse("count", a, kw, 0, new String[] {"start", "step"}, 0, 2);
            Object start = p[0] == null ? (Object) 0L : p[0];
            Object step = p[1] == null ? (Object) 1L : p[1];
            if (!isNumber(start) || !isNumber(step)) throw PyErr.typeError("a number is required");
            return new Count(start, step);
        });
        REPEAT.setConstructor((t, a, kw) -> {
            Object[] p = LibSupport.parse("repeat", a, kw, 0, new String[] {"object", "times"}, 1, 2);
            long times = -1;
            if (p[1] != null) times = Math.max(0, LibSupport.ssize(p[1]));
            return new Repeat(p[0], times);
        });
        CHAIN.setConstructor((t, a, kw) -> {
            LibSupport.noKeywords("chain", kw);
            return new Chain(new ArrayIteratorOf(a.clone()));
        });
        CHAIN.define("from_iterable", new PyClassMethod(PyBuiltinFunction.of2("from_iterable",
                (cls, it) -> new Chain(Ops.iterate(it)))));
        ISLICE.setConstructor(ItertoolsModule::islice);
        PRODUCT.setConstructor(ItertoolsModule::product);
        PERMUTATIONS.setConstructor((t, a, kw) -> {
            Object[] p = LibSupport.parse("permutations", a, kw, 0, new String[] {"iterable", "r"}, 1, 2);
            Object[] pool = Sequences.toArray(p[0]).clone();
            int r = pool.length;
            if (p[1] != null && p[1] != PyNone.NONE) r = rArg(p[1]);
            return new Permutations(pool, r);
        });
        COMBINATIONS.setConstructor((t, a, kw) -> {
            Object[] p = LibSupport.parse("combinations", a, kw, 0, new String[] {"iterable", "r"}, 2, 2);
            Object[] pool = Sequences.toArray(p[0]).clone();
            return new Combinations(pool, rArg(p[1]), false);
        });
        COMBINATIONS_WR.setConstructor((t, a, kw) -> {
            Object[] p = LibSupport.parse("combinations_with_replacement", a, kw, 0,
                    new String[] {"iterable", "r"}, 2, 2);
            Object[] pool = Sequences.toArray(p[0]).clone();
            return new Combinations(pool, rArg(p[1]), true);
        });
        ACCUMULATE.setConstructor((t, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - nkw;
            for (String k : kw == null ? new String[0] : kw) {
                if (!k.equals("iterable") && !k.equals("func") && !k.equals("initial")) {
                    throw PyErr.typeError("'" + k + "' is an invalid keyword argument for accumulate()");
                }
            }
            if (npos > 2) throw PyErr.typeError("accumulate() takes at most 2 arguments (" + npos + " given)");
            Object[] p = LibSupport.parse("accumulate", a, kw, 0, new String[] {"iterable", "func", "initial"}, 1, 2);
            Object func = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
            Object initial = p[2] == null || p[2] == PyNone.NONE ? null : p[2];
            return new Accumulate(Ops.iterate(p[0]), func, initial);
        });
        ZIP_LONGEST.setConstructor((t, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - nkw;
            Object fill = PyNone.NONE;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("fillvalue")) {
                    throw PyErr.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = a[npos + k];
            }
            PyIterator[] its = new PyIterator[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.iterate(a[i]);
            return new ZipLongest(its, fill);
        });
        TAKEWHILE.setConstructor((t, a, kw) -> {
            Object[] p = twoArgs("takewhile", a, kw);
            return new TakeWhile(p[0], Ops.iterate(p[1]));
        });
        DROPWHILE.setConstructor((t, a, kw) -> {
            Object[] p = twoArgs("dropwhile", a, kw);
            return new DropWhile(p[0], Ops.iterate(p[1]));
        });
        FILTERFALSE.setConstructor((t, a, kw) -> {
            Object[] p = twoArgs("filterfalse", a, kw);
            return new FilterFalse(p[0] == PyNone.NONE ? null : p[0], Ops.iterate(p[1]));
        });
        STARMAP.setConstructor((t, a, kw) -> {
            Object[] p = twoArgs("starmap", a, kw);
            return new StarMap(p[0], Ops.iterate(p[1]));
        });
        GROUPBY.setConstructor((t, a, kw) -> {
            Object[] p = LibSupport.parse("groupby", a, kw, 0, new String[] {"iterable", "key"}, 1, 2);
            return new GroupBy(Ops.iterate(p[0]), p[1] == null || p[1] == PyNone.NONE ? null : p[1]);
        });
        CYCLE.setConstructor((t, a, kw) -> {
            LibSupport.noKeywords("cycle", kw);
            if (a.length != 1) throw PyErr.typeError("cycle expected 1 argument, got " + a.length);
            return new Cycle(Ops.iterate(a[0]));
        });
        COMPRESS.setConstructor((t, a, kw) -> {
            Object[] p = LibSupport.parse("compress", a, kw, 0, new String[] {"data", "selectors"}, 2, 2);
            return new Compress(Ops.iterate(p[0]), Ops.iterate(p[1]));
        });
        PAIRWISE.setConstructor((t, a, kw) -> {
            LibSupport.noKeywords("pairwise", kw);
            if (a.length != 1) throw PyErr.typeError("pairwise expected 1 argument, got " + a.length);
            return new Pairwise(Ops.iterate(a[0]));
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {COUNT, REPEAT, CHAIN, ISLICE, PRODUCT, PERMUTATIONS, COMBINATIONS,
            COMBINATIONS_WR, ACCUMULATE, ZIP_LONGEST, TAKEWHILE, DROPWHILE, FILTERFALSE, GROUPBY, STARMAP, CYCLE,
            COMPRESS, PAIRWISE}) {
            m.define(t.name, t);
        }
        m.define("tee", PyBuiltinFunction.ofN("tee", 1, 2, a -> {
            long n = a.length > 1 ? Ops.toLong(a[1]) : 2;
            if (n < 0) throw PyErr.valueError("n must be >= 0");
            PyIterator src = Ops.iterate(a[0]);
            TeeBuffer buf = new TeeBuffer(src);
            Object[] out = new Object[(int) n];
            for (int i = 0; i < n; i++) out[i] = new Tee(buf, buf.head);
            return PyTuple.of(out);
        }));
        return m;
    }

    /** CPython's PyNumber_Check: int, float, or an object with __index__, __int__ or __float__. */
    private static boolean isNumber(Object o) {
        if (IntOps.isInt(o) || o instanceof Double) return true;
        PyType t = Ops.type(o);
        return o instanceof org.pyjit.interp.runtime.PyObject
                && (t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null);
    }

    private static Object[] twoArgs(String name, Object[] a, String[] kw) {
        LibSupport.noKeywords(name, kw);
        if (a.length != 2) throw PyErr.typeError(name + " expected 2 arguments, got " + a.length);
        return a;
    }

    private static int rArg(Object v) {
        long r = Ops.toLong(v);
        if (r < 0) throw PyErr.valueError("r must be non-negative");
        return (int) Math.min(r, Integer.MAX_VALUE);
    }

    // ---- count, repeat, cycle ----

    static final class Count extends PyIterator {
        private Object current;
        private final Object step;

        Count(Object start, Object step) {
            this.current = start;
            this.step = step;
        }

        @Override
        public PyType type() { return COUNT; }

        @Override
        public Object next() {
            Object v = current;
            current = Ops.add(current, step);
            return v;
        }
    }

    static final class Repeat extends PyIterator {
        private final Object value;
        private long times;

        Repeat(Object value, long times) {
            this.value = value;
            this.times = times;
        }

        @Override
        public PyType type() { return REPEAT; }

        @Override
        public Object next() {
            if (times < 0) return value;
            if (times == 0) return null;
            times--;
            return value;
        }
    }

    static final class Cycle extends PyIterator {
        private PyIterator source;
        private final List<Object> saved = new ArrayList<>();
        private int i;

        Cycle(PyIterator source) { this.source = source; }

        @Override
        public PyType type() { return CYCLE; }

        @Override
        public Object next() {
            if (source != null) {
                Object v = source.next();
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                source = null;
            }
            if (saved.isEmpty()) return null;
            Object v = saved.get(i);
            i = (i + 1) % saved.size();
            return v;
        }
    }

    // ---- chain ----

    /** Iterates a Java array (chain's arguments). */
    static final class ArrayIteratorOf extends PyIterator {
        private final Object[] items;
        private int i;

        ArrayIteratorOf(Object[] items) { this.items = items; }

        @Override
        public PyType type() { return CHAIN; }

        @Override
        public Object next() { return i < items.length ? items[i++] : null; }
    }

    static final class Chain extends PyIterator {
        private PyIterator sources;
        private PyIterator active;

        Chain(PyIterator sources) { this.sources = sources; }

        @Override
        public PyType type() { return CHAIN; }

        @Override
        public Object next() {
            while (sources != null) {
                if (active == null) {
                    Object src = sources.next();
                    if (src == null) {
                        sources = null;
                        return null;
                    }
                    active = Ops.iterate(src);
                }
                Object v = active.next();
                if (v != null) return v;
                active = null;
            }
            return null;
        }
    }

    // ---- islice ----

    private static final String STOP_MSG =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_MSG =
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static long sliceArg(Object v, String msg) {
        if (v == PyNone.NONE) return -1;
        Object i = Ops.indexOrNull(v);
        if (i == null) throw PyErr.valueError(msg);
        if (i instanceof Long l) {
            if (l < 0) throw PyErr.valueError(msg);
            return l;
        }
        throw PyErr.valueError(msg);
    }

    private static Object islice(PyType t, Object[] a, String[] kw) {
        LibSupport.noKeywords("islice", kw);
        if (a.length < 2) throw PyErr.typeError("islice expected at least 2 arguments, got " + a.length);
        if (a.length > 4) throw PyErr.typeError("islice expected at most 4 arguments, got " + a.length);
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 2) {
            stop = sliceArg(a[1], STOP_MSG);
        } else {
            stop = sliceArg(a[2], STOP_MSG);
            long s = sliceArg(a[1], INDEX_MSG);
            if (s >= 0) start = s;
            if (a.length == 4) {
                if (a[3] != PyNone.NONE) {
                    Object i = Ops.indexOrNull(a[3]);
                    if (i == null) throw PyErr.valueError("Step for islice() must be a positive integer or None.");
                    step = i instanceof Long l ? l : Long.MAX_VALUE;
                    if (step <= 0) throw PyErr.valueError("Step for islice() must be a positive integer or None.");
                }
            }
        }
        return new ISlice(Ops.iterate(a[0]), start, stop, step);
    }

    static final class ISlice extends PyIterator {
        private PyIterator it;
        private long next;
        private final long stop;
        private final long step;
        private long cnt;

        ISlice(PyIterator it, long start, long stop, long step) {
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public PyType type() { return ISLICE; }

        @Override
        public Object next() {
            if (it == null) return null;
            while (cnt < next) {
                Object v = it.next();
                if (v == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            Object v = it.next();
            if (v == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop == -1 ? Long.MAX_VALUE : stop;
            return v;
        }
    }

    // ---- combinatorics ----

    private static Object product(PyType t, Object[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        long repeat = 1;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("repeat")) {
                throw PyErr.typeError("product() got an unexpected keyword argument '" + kw[k] + "'");
            }
            repeat = Ops.toLong(a[npos + k]);
            if (repeat < 0) throw PyErr.valueError("repeat argument cannot be negative");
        }
        Object[][] base = new Object[npos][];
        for (int i = 0; i < npos; i++) base[i] = Sequences.toArray(a[i]).clone();
        long total = npos * repeat;
        if (total > Integer.MAX_VALUE / 2) throw PyErr.of(org.pyjit.interp.runtime.ExceptionTypes.MEMORY_ERROR, null);
        Object[][] pools = new Object[(int) total][];
        for (int r = 0; r < repeat; r++) System.arraycopy(base, 0, pools, r * npos, npos);
        return new Product(pools);
    }

    static final class Product extends PyIterator {
        private final Object[][] pools;
        private int[] indices;
        private Object[] result;
        private boolean done;

        Product(Object[][] pools) {
            this.pools = pools;
            for (Object[] p : pools) {
                if (p.length == 0) done = true;
            }
        }

        @Override
        public PyType type() { return PRODUCT; }

        @Override
        public Object next() {
            if (done) return null;
            int n = pools.length;
            if (result == null) {
                indices = new int[n];
                result = new Object[n];
                for (int i = 0; i < n; i++) result[i] = pools[i][0];
                return PyTuple.of(result.clone());
            }
            int i = n - 1;
            for (; i >= 0; i--) {
                Object[] pool = pools[i];
                indices[i]++;
                if (indices[i] == pool.length) {
                    indices[i] = 0;
                    result[i] = pool[0];
                } else {
                    result[i] = pool[indices[i]];
                    break;
                }
            }
            if (i < 0) {
                done = true;
                return null;
            }
            return PyTuple.of(result.clone());
        }
    }

    static final class Permutations extends PyIterator {
        private final Object[] pool;
        private final int r;
        private int[] indices;
        private int[] cycles;
        private boolean started;
        private boolean done;

        Permutations(Object[] pool, int r) {
            this.pool = pool;
            this.r = r;
            if (r > pool.length) done = true;
        }

        @Override
        public PyType type() { return PERMUTATIONS; }

        private Object current() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return PyTuple.of(out);
        }

        @Override
        public Object next() {
            if (done) return null;
            int n = pool.length;
            if (!started) {
                started = true;
                indices = new int[n];
                for (int i = 0; i < n; i++) indices[i] = i;
                cycles = new int[r];
                for (int i = 0; i < r; i++) cycles[i] = n - i;
                return current();
            }
            if (n == 0) {
                done = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = tmp;
                    return current();
                }
            }
            done = true;
            return null;
        }
    }

    static final class Combinations extends PyIterator {
        private final Object[] pool;
        private final int r;
        private final boolean replace;
        private int[] indices;
        private boolean done;

        Combinations(Object[] pool, int r, boolean replace) {
            this.pool = pool;
            this.r = r;
            this.replace = replace;
            if (replace ? pool.length == 0 && r > 0 : r > pool.length) done = true;
        }

        @Override
        public PyType type() { return replace ? COMBINATIONS_WR : COMBINATIONS; }

        private Object current() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return PyTuple.of(out);
        }

        @Override
        public Object next() {
            if (done) return null;
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                if (!replace) {
                    for (int i = 0; i < r; i++) indices[i] = i;
                }
                return current();
            }
            int i = r - 1;
            if (replace) {
                while (i >= 0 && indices[i] == n - 1) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) indices[j] = v;
            } else {
                while (i >= 0 && indices[i] == i + n - r) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            }
            return current();
        }
    }

    // ---- accumulate, zip_longest ----

    static final class Accumulate extends PyIterator {
        private final PyIterator it;
        private final Object func;
        private Object total;
        private Object initial;

        Accumulate(PyIterator it, Object func, Object initial) {
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public PyType type() { return ACCUMULATE; }

        @Override
        public Object next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            Object v = it.next();
            if (v == null) return null;
            if (total == null) {
                total = v;
            } else if (func == null) {
                total = Ops.binaryOp(total, v, Operator.ADD.ordinal());
            } else {
                total = Ops.call(func, new Object[] {total, v}, null);
            }
            return total;
        }
    }

    static final class ZipLongest extends PyIterator {
        private final PyIterator[] its;
        private final Object fill;
        private int active;

        ZipLongest(PyIterator[] its, Object fill) {
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public PyType type() { return ZIP_LONGEST; }

        @Override
        public Object next() {
            if (its.length == 0 || active == 0) return null;
            Object[] out = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = null;
                if (its[i] != null) {
                    v = its[i].next();
                    if (v == null) {
                        its[i] = null;
                        active--;
                        if (active == 0) return null;
                    }
                }
                out[i] = v == null ? fill : v;
            }
            return PyTuple.of(out);
        }
    }

    // ---- filtering ----

    static final class TakeWhile extends PyIterator {
        private final Object pred;
        private final PyIterator it;
        private boolean stopped;

        TakeWhile(Object pred, PyIterator it) {
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyType type() { return TAKEWHILE; }

        @Override
        public Object next() {
            if (stopped) return null;
            Object v = it.next();
            if (v == null) return null;
            if (Ops.isTrue(Ops.call1(pred, v))) return v;
            stopped = true;
            return null;
        }
    }

    static final class DropWhile extends PyIterator {
        private final Object pred;
        private final PyIterator it;
        private boolean dropping = true;

        DropWhile(Object pred, PyIterator it) {
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyType type() { return DROPWHILE; }

        @Override
        public Object next() {
            while (true) {
                Object v = it.next();
                if (v == null) return null;
                if (!dropping) return v;
                if (!Ops.isTrue(Ops.call1(pred, v))) {
                    dropping = false;
                    return v;
                }
            }
        }
    }

    static final class FilterFalse extends PyIterator {
        private final Object pred;
        private final PyIterator it;

        FilterFalse(Object pred, PyIterator it) {
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyType type() { return FILTERFALSE; }

        @Override
        public Object next() {
            while (true) {
                Object v = it.next();
                if (v == null) return null;
                Object t = pred == null ? v : Ops.call1(pred, v);
                if (!Ops.isTrue(t)) return v;
            }
        }
    }

    static final class Compress extends PyIterator {
        private final PyIterator data;
        private final PyIterator selectors;

        Compress(PyIterator data, PyIterator selectors) {
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyType type() { return COMPRESS; }

        @Override
        public Object next() {
            while (true) {
                Object d = data.next();
                if (d == null) return null;
                Object s = selectors.next();
                if (s == null) return null;
                if (Ops.isTrue(s)) return d;
            }
        }
    }

    static final class StarMap extends PyIterator {
        private final Object func;
        private final PyIterator it;

        StarMap(Object func, PyIterator it) {
            this.func = func;
            this.it = it;
        }

        @Override
        public PyType type() { return STARMAP; }

        @Override
        public Object next() {
            Object v = it.next();
            if (v == null) return null;
            Object[] args = Sequences.toArray(v);
            return Ops.call(func, v instanceof PyTuple ? args.clone() : args, null);
        }
    }

    static final class Pairwise extends PyIterator {
        private PyIterator it;
        private Object old;

        Pairwise(PyIterator it) { this.it = it; }

        @Override
        public PyType type() { return PAIRWISE; }

        @Override
        public Object next() {
            if (it == null) return null;
            if (old == null) {
                old = it.next();
                if (old == null) {
                    it = null;
                    return null;
                }
            }
            Object v = it.next();
            if (v == null) {
                it = null;
                old = null;
                return null;
            }
            Object r = PyTuple.of(old, v);
            old = v;
            return r;
        }
    }

    // ---- groupby ----

    static final class GroupBy extends PyIterator {
        private final PyIterator it;
        private final Object keyFunc;
        private Object tgtKey;
        private Object currKey;
        private Object currValue;
        /** Identifies the current group, so an old grouper stops when the parent moves on. */
        private Object currGrouper;
        private boolean exhausted;

        GroupBy(PyIterator it, Object keyFunc) {
            this.it = it;
            this.keyFunc = keyFunc;
        }

        @Override
        public PyType type() { return GROUPBY; }

        /** Advances to the next item; false at the end. */
        boolean step() {
            if (exhausted) return false;
            Object v = it.next();
            if (v == null) {
                exhausted = true;
                return false;
            }
            Object k = keyFunc == null ? v : Ops.call1(keyFunc, v);
            currValue = v;
            currKey = k;
            return true;
        }

        @Override
        public Object next() {
            currGrouper = null;
            // skip to the next key
            while (true) {
                if (currKey == null) {
                    if (!step()) return null;
                } else if (tgtKey == null) {
                    break;
                } else {
                    if (!Ops.eq(tgtKey, currKey)) break;
                    if (!step()) return null;
                }
            }
            tgtKey = currKey;
            Grouper g = new Grouper(this, tgtKey);
            currGrouper = g;
            return PyTuple.of(currKey, g);
        }
    }

    static final class Grouper extends PyIterator {
        private final GroupBy parent;
        private final Object tgtKey;

        Grouper(GroupBy parent, Object tgtKey) {
            this.parent = parent;
            this.tgtKey = tgtKey;
        }

        @Override
        public PyType type() { return GROUPER; }

        @Override
        public Object next() {
            if (parent.currGrouper != this) return null;
            if (parent.currValue == null) {
                if (!parent.step()) return null;
            }
            if (!Ops.eq(tgtKey, parent.currKey)) return null;
            Object v = parent.currValue;
            parent.currValue = null;
            parent.currKey = null;
            return v;
        }
    }

    // ---- tee ----

    /** The items read from tee's source so far, as a linked list the tee iterators walk. */
    static final class TeeBuffer {
        final PyIterator source;
        final Node head = new Node();

        TeeBuffer(PyIterator source) { this.source = source; }
    }

    static final class Node {
        Object value;
        Node next;
    }

    static final class Tee extends PyIterator {
        private final TeeBuffer buf;
        private Node at;

        Tee(TeeBuffer buf, Node at) {
            this.buf = buf;
            this.at = at;
        }

        @Override
        public PyType type() { return TEE; }

        @Override
        public Object next() {
            if (at.next == null) {
                Object v = buf.source.next();
                if (v == null) return null;
                Node n = new Node();
                n.value = v;
                at.next = n;
            }
            at = at.next;
            return at.value;
        }
    }
}
