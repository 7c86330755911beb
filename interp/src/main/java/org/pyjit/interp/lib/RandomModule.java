package org.pyjit.interp.lib;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.pyjit.interp.runtime.Compare;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBoundMethod;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyRange;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/**
 * random: CPython 3.11's random.py on {@link MersenneTwister} and {@link RandomFunctions}, so seeded programs
 * draw the same numbers. random.Random is a type; the module functions are methods bound to the module's own
 * instance, as in CPython (each interpreter imports its own module, so has its own generator).
 */
final class RandomModule {
    private RandomModule() {}

    static final PyType RANDOM = PyType.builtin("Random", Types.OBJECT, PyType.Layout.BUILTIN).inModule("random");

    /** An instance of random.Random: one generator. */
    static final class Rng extends PyObject {
        final MersenneTwister mt = new MersenneTwister();

        Rng(PyType type) { super(type); }
    }

    private static final String[] METHODS = {"seed", "random", "randint", "randrange", "choice", "choices",
        "shuffle", "uniform", "sample", "gauss", "normalvariate", "expovariate", "triangular", "getrandbits",
        "randbytes", "getstate", "setstate"};

    static {
        PyType t = RANDOM;
        t.setConstructor((type, a, kw) -> {
            LibSupport.noKeywords("Random", kw);
            if (a.length > 1) throw PyErr.typeError("Random() expected at most 1 argument, got " + a.length);
            Rng r = new Rng(type);
            seed(r.mt, a.length > 0 ? a[0] : PyNone.NONE);
            return r;
        });
        t.define("seed", PyBuiltinFunction.methodKw(t, "seed", (a, kw) -> {
            Object[] p = LibSupport.parse("seed", a, kw, 1, new String[] {"a", "version"}, 0, 2);
            seed(mt(a[0]), p[0] == null ? PyNone.NONE : p[0]);
            return PyNone.NONE;
        }));
        t.define("random", PyBuiltinFunction.method0(t, "random", s -> mt(s).random()));
        t.define("getrandbits", PyBuiltinFunction.method1(t, "getrandbits", (s, k) -> {
            long n = Ops.toLong(k);
            if (n < 0) throw PyErr.valueError("number of bits must be non-negative");
            if (n > Integer.MAX_VALUE) throw PyErr.overflowError("Python int too large to convert to C int");
            return IntOps.normalize(mt(s).getrandbits((int) n));
        }));
        t.define("randbytes", PyBuiltinFunction.method1(t, "randbytes", (s, k) -> {
            long n = Ops.toLong(k);
            if (n < 0) throw PyErr.valueError("number of bits must be non-negative");
            byte[] big = mt(s).getrandbits((int) (n * 8)).toByteArray();
            byte[] out = new byte[(int) n];
            for (int i = 0; i < n && i < big.length; i++) out[i] = big[big.length - 1 - i];
            return new PyBytes(out);
        }));
        t.define("randrange", PyBuiltinFunction.methodKw(t, "randrange", (a, kw) -> {
            Object[] p = LibSupport.parse("randrange", a, kw, 1, new String[] {"start", "stop", "step"}, 1, 3);
            return randrange(mt(a[0]), p[0], p[1] == null ? PyNone.NONE : p[1], p[2]);
        }));
        t.define("randint", PyBuiltinFunction.methodKw(t, "randint", (a, kw) -> {
            Object[] p = LibSupport.parse("randint", a, kw, 1, new String[] {"a", "b"}, 2, 2);
            MersenneTwister mt = mt(a[0]);
            if (p[0] instanceof Long x && p[1] instanceof Long y) return RandomFunctions.randint(mt, x, y);
            return randrange(mt, p[0], Ops.add(p[1], 1L), null);
        }));
        t.define("choice", PyBuiltinFunction.method1(t, "choice", (s, seq) -> {
            MersenneTwister mt = mt(s);
            if (seq instanceof PyList l) return l.items[RandomFunctions.choiceIndex(mt, l.size)];
            if (seq instanceof PyTuple tp) return tp.items[RandomFunctions.choiceIndex(mt, tp.items.length)];
            long n = Ops.len(seq);
            if (n == 0) throw PyErr.indexError("Cannot choose from an empty sequence");
            return Ops.getItem(seq, mt.randbelow(n));
        }));
        t.define("choices", PyBuiltinFunction.methodKw(t, "choices", RandomModule::choices));
        t.define("shuffle", PyBuiltinFunction.method1(t, "shuffle", (s, x) -> {
            MersenneTwister mt = mt(s);
            if (x instanceof PyList l) {
                RandomFunctions.shuffle(mt, l.items, l.size);
                return PyNone.NONE;
            }
            for (long i = Ops.len(x) - 1; i > 0; i--) {
                long j = mt.randbelow(i + 1);
                Object xi = Ops.getItem(x, i);
                Object xj = Ops.getItem(x, j);
                Ops.setItem(x, i, xj);
                Ops.setItem(x, j, xi);
            }
            return PyNone.NONE;
        }));
        t.define("uniform", PyBuiltinFunction.method2(t, "uniform",
                (s, x, y) -> RandomFunctions.uniform(mt(s), Ops.toDouble(x), Ops.toDouble(y))));
        t.define("sample", PyBuiltinFunction.methodKw(t, "sample", RandomModule::sample));
        t.define("gauss", PyBuiltinFunction.methodKw(t, "gauss", (a, kw) -> {
            Object[] p = LibSupport.parse("gauss", a, kw, 1, new String[] {"mu", "sigma"}, 0, 2);
            return RandomFunctions.gauss(mt(a[0]), p[0] == null ? 0.0 : Ops.toDouble(p[0]),
                    p[1] == null ? 1.0 : Ops.toDouble(p[1]));
        }));
        t.define("normalvariate", PyBuiltinFunction.methodKw(t, "normalvariate", (a, kw) -> {
            Object[] p = LibSupport.parse("normalvariate", a, kw, 1, new String[] {"mu", "sigma"}, 0, 2);
            double mu = p[0] == null ? 0.0 : Ops.toDouble(p[0]);
            double sigma = p[1] == null ? 1.0 : Ops.toDouble(p[1]);
            MersenneTwister mt = mt(a[0]);
            double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
            double z;
            while (true) {
                double u1 = mt.random();
                double u2 = 1.0 - mt.random();
                z = magic * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.log(u2)) break;
            }
            return mu + z * sigma;
        }));
        t.define("expovariate", PyBuiltinFunction.method1(t, "expovariate", (s, lambd) -> {
            double l = Ops.toDouble(lambd);
            double u = 1.0 - mt(s).random();
            if (l == 0) throw PyErr.zeroDivisionError("float division by zero");
            return -Math.log(u) / l;
        }));
        t.define("triangular", PyBuiltinFunction.methodKw(t, "triangular", (a, kw) -> {
            Object[] p = LibSupport.parse("triangular", a, kw, 1, new String[] {"low", "high", "mode"}, 0, 3);
            double low = p[0] == null ? 0.0 : Ops.toDouble(p[0]);
            double high = p[1] == null ? 1.0 : Ops.toDouble(p[1]);
            double u = mt(a[0]).random();
            double c;
            if (p[2] == null || p[2] == PyNone.NONE) {
                c = 0.5;
            } else {
                if (high - low == 0) return p[0] == null ? (Object) 0.0 : p[0];
                c = (Ops.toDouble(p[2]) - low) / (high - low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double x = low;
                low = high;
                high = x;
            }
            return low + (high - low) * Math.sqrt(u * c);
        }));
        t.define("getstate", PyBuiltinFunction.method0(t, "getstate", s -> {
            MersenneTwister mt = mt(s);
            long[] st = mt.getState();
            Object[] words = new Object[st.length];
            for (int i = 0; i < st.length; i++) words[i] = st[i];
            Double g = mt.gaussNext();
            return PyTuple.of(3L, PyTuple.of(words), g == null ? PyNone.NONE : g);
        }));
        t.define("setstate", PyBuiltinFunction.method1(t, "setstate", (s, state) -> {
            MersenneTwister mt = mt(s);
            Object[] parts = state instanceof PyTuple tp ? tp.items : null;
            if (parts == null || parts.length != 3 || !Ops.eq(parts[0], 3L)) {
                throw PyErr.valueError("state with version " + (parts != null && parts.length > 0
                        ? Ops.repr(parts[0]) : "None") + " passed to Random.setstate() of version 3");
            }
            if (!(parts[1] instanceof PyTuple words)) throw PyErr.typeError("state vector must be a tuple");
            long[] st = new long[words.items.length];
            for (int i = 0; i < st.length; i++) st[i] = Ops.toLong(words.items[i]);
            mt.setState(st);
            mt.setGaussNext(parts[2] == PyNone.NONE ? null : Ops.toDouble(parts[2]));
            return PyNone.NONE;
        }));
    }

    private static MersenneTwister mt(Object self) {
        if (self instanceof Rng r) return r.mt;
        throw PyErr.typeError("descriptor requires a 'random.Random' object but received a '" + Ops.typeName(self)
                + "'");
    }

    static PyModule create() {
        PyModule m = new PyModule("random");
        Rng inst = new Rng(RANDOM);
        seed(inst.mt, PyNone.NONE);
        m.define("Random", RANDOM);
        for (String name : METHODS) m.define(name, new PyBoundMethod(inst, RANDOM.lookup(name)));
        return m;
    }

    // ---- seeding ----

    static void seed(MersenneTwister mt, Object a) {
        if (a == PyNone.NONE) {
            byte[] b = new byte[32];
            new SecureRandom().nextBytes(b);
            mt.seed(new BigInteger(1, b));
        } else if (a instanceof Long l) {
            mt.seed(l);
        } else if (a instanceof BigInteger b) {
            mt.seed(b);
        } else if (a instanceof Boolean b) {
            mt.seed(b ? 1L : 0L);
        } else if (a instanceof Double d) {
            mt.seed(BigInteger.valueOf(Ops.hash(d)).abs());
        } else if (a instanceof String s) {
            mt.seed(s);
        } else if (a instanceof PyBytes b) {
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(b.bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-512 is required of every Java platform", e);
            }
            byte[] all = new byte[b.bytes.length + digest.length];
            System.arraycopy(b.bytes, 0, all, 0, b.bytes.length);
            System.arraycopy(digest, 0, all, b.bytes.length, digest.length);
            mt.seed(new BigInteger(1, all));
        } else {
            throw PyErr.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        mt.setGaussNext(null);
    }

    // ---- randrange ----

    /** An int argument of randrange: ints as they are, integral floats accepted (deprecated in 3.11). */
    private static BigInteger rangeArg(Object v, String which) {
        Object i = Ops.indexOrNull(v);
        if (i != null) return IntOps.big(i);
        if (v instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
                throw PyErr.valueError("non-integer " + which + " for randrange()");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        throw PyErr.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
    }

    static Object randrange(MersenneTwister mt, Object start, Object stop, Object step) {
        if (start instanceof Long s && stop == PyNone.NONE && step == null) return RandomFunctions.randrange(mt, s);
        if (start instanceof Long s && stop instanceof Long e && (step == null || step instanceof Long)) {
            return RandomFunctions.randrange(mt, s, e, step == null ? 1L : (Long) step);
        }
        BigInteger istart = rangeArg(start, "arg 1");
        if (stop == PyNone.NONE) {
            if (step != null) throw PyErr.typeError("Missing a non-None stop argument");
            if (istart.signum() > 0) return IntOps.normalize(mt.randbelow(istart));
            throw PyErr.valueError("empty range for randrange()");
        }
        BigInteger istop = rangeArg(stop, "stop");
        BigInteger istep = step == null ? BigInteger.ONE : rangeArg(step, "step");
        return IntOps.normalize(RandomFunctions.randrange(mt, istart, istop, istep));
    }

    // ---- choices and sample ----

    private static int bisectRight(Object[] a, Object x, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Compare.lessThan(x, a[mid])) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static Object[] accumulate(Object iterable) {
        Object[] items = org.pyjit.interp.runtime.Sequences.toArray(iterable).clone();
        for (int i = 1; i < items.length; i++) items[i] = Ops.add(items[i - 1], items[i]);
        return items;
    }

    private static Object choices(Object[] a, String[] kw) {
        Object[] p = LibSupport.parse("choices", a, kw, 1,
                new String[] {"population", "weights", "cum_weights", "k"}, 1, 2);
        MersenneTwister mt = mt(a[0]);
        Object population = p[0];
        Object weights = p[1] == null ? PyNone.NONE : p[1];
        Object cum = p[2] == null ? PyNone.NONE : p[2];
        long k = p[3] == null ? 1 : Ops.toLong(p[3]);
        long n = Ops.len(population);
        PyList out = new PyList();
        if (cum == PyNone.NONE) {
            if (weights == PyNone.NONE) {
                double dn = n;
                for (long i = 0; i < k; i++) out.append(Ops.getItem(population, (long) Math.floor(mt.random() * dn)));
                return out;
            }
            Object[] cw;
            try {
                cw = accumulate(weights);
            } catch (org.pyjit.interp.runtime.PyException e) {
                if (e.isInstance(org.pyjit.interp.runtime.ExceptionTypes.TYPE_ERROR) && IntOps.isInt(weights)) {
                    throw PyErr.typeError("The number of choices must be a keyword argument: k=" + Ops.repr(weights));
                }
                throw e;
            }
            cum = PyList.of(cw);
        } else if (weights != PyNone.NONE) {
            throw PyErr.typeError("Cannot specify both weights and cumulative weights");
        }
        Object[] cw = org.pyjit.interp.runtime.Sequences.toArray(cum);
        if (cw.length != n) throw PyErr.valueError("The number of weights does not match the population");
        if (cw.length == 0) throw PyErr.indexError("list index out of range");
        double total = Ops.toDouble(Ops.add(cw[cw.length - 1], 0.0));
        if (total <= 0.0) throw PyErr.valueError("Total of weights must be greater than zero");
        if (!Double.isFinite(total)) throw PyErr.valueError("Total of weights must be finite");
        int hi = (int) n - 1;
        for (long i = 0; i < k; i++) {
            out.append(Ops.getItem(population, (long) bisectRight(cw, mt.random() * total, 0, hi)));
        }
        return out;
    }

    private static boolean isSequence(Object o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyRange
                || o instanceof PyBytes || o instanceof PyDeque || NamedTuple.itemsOrNull(o) != null;
    }

    private static Object sample(Object[] a, String[] kw) {
        Object[] p = LibSupport.parse("sample", a, kw, 1, new String[] {"population", "k", "counts"}, 2, 2);
        MersenneTwister mt = mt(a[0]);
        Object population = p[0];
        if (!isSequence(population)) {
            throw PyErr.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Ops.len(population);
        if (p[2] != null && p[2] != PyNone.NONE) {
            Object[] cum = accumulate(p[2]);
            if (cum.length != n) throw PyErr.valueError("The number of counts does not match the population");
            if (cum.length == 0) throw PyErr.indexError("pop from empty list");
            Object total = cum[cum.length - 1];
            if (!IntOps.isInt(total) || total instanceof Boolean) throw PyErr.typeError("Counts must be integers");
            if (Compare.compare(total, 0L, Compare.LE)) {
                throw PyErr.valueError("Total of counts must be greater than zero");
            }
            Object[] bounds = java.util.Arrays.copyOf(cum, cum.length - 1);
            PyList selections = (PyList) sample(new Object[] {a[0], new PyRange(0, Ops.toLong(total), 1), p[1]}, null);
            PyList out = new PyList();
            for (int i = 0; i < selections.size; i++) {
                out.append(Ops.getItem(population, (long) bisectRight(bounds, selections.items[i], 0, bounds.length)));
            }
            return out;
        }
        long k = Ops.toLong(p[1]);
        if (k < 0 || k > n) throw PyErr.valueError("Sample larger than population or is negative");
        Object[] result = new Object[(int) k];
        long setsize = 21;
        if (k > 5) setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        if (n <= setsize) {
            Object[] pool = population instanceof PyList l ? l.toArray()
                    : org.pyjit.interp.runtime.Sequences.toArray(population).clone();
            for (int i = 0; i < k; i++) {
                int j = (int) mt.randbelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[(int) (n - i - 1)];
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = mt.randbelow(n);
                while (selected.contains(j)) j = mt.randbelow(n);
                selected.add(j);
                result[i] = Ops.getItem(population, j);
            }
        }
        return new PyList(result, result.length);
    }
}
