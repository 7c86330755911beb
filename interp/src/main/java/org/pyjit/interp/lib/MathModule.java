package org.pyjit.interp.lib;

import java.math.BigInteger;
import org.pyjit.interp.runtime.FloatOps;
import org.pyjit.interp.runtime.IntOps;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyModule;

/** math: the functions on floats and ints, with CPython's domain and range errors. */
final class MathModule {
    private MathModule() {}

    private interface D1 { double f(double x); }

    private static PyBuiltinFunction f1(String name, D1 f) {
        return PyBuiltinFunction.of1(name, x -> {
            double r = f.f(Ops.toDouble(x));
            return checked(Ops.toDouble(x), r);
        });
    }

    private static double checked(double x, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw PyErr.valueError("math domain error");
        if (Double.isInfinite(r) && !Double.isInfinite(x)) throw PyErr.overflowError("math range error");
        return r;
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.define("pi", Math.PI);
        m.define("e", Math.E);
        m.define("tau", 2 * Math.PI);
        m.define("inf", Double.POSITIVE_INFINITY);
        m.define("nan", Double.NaN);
        m.define("sqrt", f1("sqrt", Math::sqrt));
        m.define("sin", f1("sin", Math::sin));
        m.define("cos", f1("cos", Math::cos));
        m.define("tan", f1("tan", Math::tan));
        m.define("asin", f1("asin", Math::asin));
        m.define("acos", f1("acos", Math::acos));
        m.define("atan", f1("atan", Math::atan));
        m.define("sinh", f1("sinh", Math::sinh));
        m.define("cosh", f1("cosh", Math::cosh));
        m.define("tanh", f1("tanh", Math::tanh));
        m.define("exp", f1("exp", Math::exp));
        m.define("fabs", f1("fabs", Math::abs));
        m.define("log2", PyBuiltinFunction.of1("log2", x -> log(x, 2)));
        m.define("log10", PyBuiltinFunction.of1("log10", x -> log(x, 10)));
        m.define("log", PyBuiltinFunction.ofN("log", 1, 2, a -> {
            double num = log(a[0], 0);
            if (a.length == 1) return num;
            double den = log(a[1], 0);
            if (den == 0) throw PyErr.zeroDivisionError("float division by zero");
            return num / den;
        }));
        m.define("degrees", f1("degrees", Math::toDegrees));
        m.define("radians", f1("radians", Math::toRadians));
        m.define("atan2", PyBuiltinFunction.of2("atan2", (y, x) -> Math.atan2(Ops.toDouble(y), Ops.toDouble(x))));
        m.define("hypot", PyBuiltinFunction.ofN("hypot", 0, Integer.MAX_VALUE, a -> {
            double s = 0;
            for (Object v : a) s = Math.hypot(s, Ops.toDouble(v));
            return s;
        }));
        m.define("copysign", PyBuiltinFunction.of2("copysign", (x, y) -> Math.copySign(Ops.toDouble(x), Ops.toDouble(y))));
        m.define("pow", PyBuiltinFunction.of2("pow", (x, y) -> {
            double a = Ops.toDouble(x);
            double b = Ops.toDouble(y);
            if (a == 0 && b < 0) throw PyErr.valueError("math domain error");
            return checked(a, Math.pow(a, b));
        }));
        m.define("floor", PyBuiltinFunction.of1("floor", x -> IntOps.isInt(x) ? IntOps.asInt(x) : FloatOps.toInt(Math.floor(Ops.toDouble(x)))));
        m.define("ceil", PyBuiltinFunction.of1("ceil", x -> IntOps.isInt(x) ? IntOps.asInt(x) : FloatOps.toInt(Math.ceil(Ops.toDouble(x)))));
        m.define("trunc", PyBuiltinFunction.of1("trunc", x -> IntOps.isInt(x) ? IntOps.asInt(x) : FloatOps.toInt(Ops.toDouble(x))));
        m.define("isnan", PyBuiltinFunction.of1("isnan", x -> Double.isNaN(Ops.toDouble(x))));
        m.define("isinf", PyBuiltinFunction.of1("isinf", x -> Double.isInfinite(Ops.toDouble(x))));
        m.define("isfinite", PyBuiltinFunction.of1("isfinite", x -> Double.isFinite(Ops.toDouble(x))));
        m.define("isclose", PyBuiltinFunction.kw("isclose", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            double x = Ops.toDouble(a[0]);
            double y = Ops.toDouble(a[1]);
            double rel = 1e-9;
            double abs = 0;
            for (int k = 0; k < nkw; k++) {
                double v = Ops.toDouble(a[a.length - nkw + k]);
                if (kw[k].equals("rel_tol")) rel = v;
                else if (kw[k].equals("abs_tol")) abs = v;
                else throw PyErr.typeError("isclose() got an unexpected keyword argument '" + kw[k] + "'");
            }
            if (x == y) return true;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
            double d = Math.abs(x - y);
            return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
        }));
        m.define("gcd", PyBuiltinFunction.ofN("gcd", 0, Integer.MAX_VALUE, a -> {
            Object g = 0L;
            for (Object v : a) {
                Object i = intArg(v);
                if (g instanceof Long x && i instanceof Long y && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
                    g = IntOps.gcd(x, y);
                } else {
                    g = IntOps.normalize(IntOps.big(g).gcd(IntOps.big(i)));
                }
            }
            return g;
        }));
        m.define("factorial", PyBuiltinFunction.of1("factorial", x -> {
            long n = Ops.toLong(intArg(x));
            if (n < 0) throw PyErr.valueError("factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return IntOps.normalize(r);
        }));
        m.define("isqrt", PyBuiltinFunction.of1("isqrt", x -> {
            BigInteger n = IntOps.big(intArg(x));
            if (n.signum() < 0) throw PyErr.valueError("isqrt() argument must be nonnegative");
            return IntOps.normalize(n.sqrt());
        }));
        m.define("comb", PyBuiltinFunction.of2("comb", (n, k) -> combPerm(n, k, true)));
        m.define("perm", PyBuiltinFunction.ofN("perm", 1, 2, a -> combPerm(a[0], a.length > 1 ? a[1] : a[0], false)));
        m.define("fsum", PyBuiltinFunction.of1("fsum", it -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            PyIterator i = Ops.iterate(it);
            for (Object v = i.next(); v != null; v = i.next()) {
                double d = Ops.toDouble(v);
                if (!Double.isFinite(d)) throw PyErr.valueError("math domain error");
                s = s.add(new java.math.BigDecimal(d));
            }
            return s.doubleValue();
        }));
        return m;
    }

    private static Object intArg(Object v) {
        Object i = Ops.indexOrNull(v);
        if (i == null) throw PyErr.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        return i;
    }

    private static Object combPerm(Object nObj, Object kObj, boolean comb) {
        BigInteger n = IntOps.big(intArg(nObj));
        BigInteger k = IntOps.big(intArg(kObj));
        if (n.signum() < 0) throw PyErr.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw PyErr.valueError("k must be a non-negative integer");
        if (k.compareTo(n) > 0) return 0L;
        long kk = k.longValueExact();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        if (comb) {
            BigInteger f = BigInteger.ONE;
            for (long i = 2; i <= kk; i++) f = f.multiply(BigInteger.valueOf(i));
            r = r.divide(f);
        }
        return IntOps.normalize(r);
    }

    private interface LogFunction { double apply(double x); }

    /** log2 correctly rounded in the common cases: exponent plus the log of the mantissa in [1, 2). */
    private static double log2(double x) {
        int e = Math.getExponent(x);
        double m = x / Math.scalb(1.0, e);
        return e + Math.log(m) / Math.log(2.0);
    }

    /** CPython's loghelper: ints too large for a double are split into mantissa and exponent first. */
    private static double log(Object x, int base) {
        LogFunction f = base == 2 ? MathModule::log2 : base == 10 ? Math::log10 : Math::log;
        if (x instanceof BigInteger b) {
            if (b.signum() <= 0) throw PyErr.valueError("math domain error");
            int e = b.bitLength();
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                double m = new java.math.BigDecimal(b).divide(new java.math.BigDecimal(BigInteger.ONE.shiftLeft(e)),
                        java.math.MathContext.DECIMAL64).doubleValue();
                return f.apply(m) + f.apply(2.0) * e;
            }
            return f.apply(d);
        }
        double v = Ops.toDouble(x);
        if (v <= 0) throw PyErr.valueError("math domain error");
        return f.apply(v);
    }

}
