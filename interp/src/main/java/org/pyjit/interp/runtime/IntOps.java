package org.pyjit.interp.runtime;

import java.math.BigInteger;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Python int arithmetic. Values are Long while they fit in 64 bits and BigInteger beyond; every result is
 * normalized back to Long when it fits. The long paths use Math.*Exact, which C2 compiles to the machine
 * operation plus a jump on the overflow flag; overflow moves the operation to BigInteger.
 */
public final class IntOps {
    private IntOps() {}

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Long if it fits, else the BigInteger itself. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) return BigInteger.valueOf(l);
        if (o instanceof BigInteger b) return b;
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        throw new IllegalArgumentException("not an int: " + o);
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** An int-like value (Long, BigInteger, Boolean) as Long or BigInteger. */
    public static Object asInt(Object o) {
        if (o instanceof Boolean b) return b ? 1L : 0L;
        return o;
    }

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        return r;
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        return r;
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    }

    public static Object floordiv(long a, long b) {
        if (b == 0) throw PyErr.zeroDivisionError("integer division or modulo by zero");
        if (a == Long.MIN_VALUE && b == -1) return BigInteger.valueOf(a).negate();
        return Math.floorDiv(a, b);
    }

    public static Object mod(long a, long b) {
        if (b == 0) throw PyErr.zeroDivisionError("integer modulo by zero");
        return Math.floorMod(a, b);
    }

    public static Object neg(long a) {
        return a == Long.MIN_VALUE ? BigInteger.valueOf(a).negate() : (Object) (-a);
    }

    public static Object binary(Object x, Object y, int op) {
        if (x instanceof Long a && y instanceof Long b) return binaryLong(a, b, op);
        return binaryBig(big(x), big(y), op);
    }

    /** op is an {@link org.pyjit.interp.ast.Operator} ordinal. */
    public static Object binaryLong(long a, long b, int op) {
        switch (op) {
            case 0: return add(a, b);
            case 1: return sub(a, b);
            case 2: return mul(a, b);
            case 4: return trueDivide(a, b);
            case 5: return floordiv(a, b);
            case 6: return mod(a, b);
            case 7: return pow(a, b);
            case 8: return lshift(a, b);
            case 9:
                if (b < 0) throw PyErr.valueError("negative shift count");
                return b >= 64 ? (a < 0 ? -1L : 0L) : a >> b;
            case 10: return a | b;
            case 11: return a ^ b;
            case 12: return a & b;
            default: return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    static Object binaryBig(BigInteger a, BigInteger b, int op) {
        switch (op) {
            case 0: return normalize(a.add(b));
            case 1: return normalize(a.subtract(b));
            case 2: return normalize(a.multiply(b));
            case 4: return trueDivideBig(a, b);
            case 5: {
                if (b.signum() == 0) throw PyErr.zeroDivisionError("integer division or modulo by zero");
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) q = q.subtract(BigInteger.ONE);
                return normalize(q);
            }
            case 6: {
                if (b.signum() == 0) throw PyErr.zeroDivisionError("integer modulo by zero");
                BigInteger r = a.remainder(b);
                if (r.signum() != 0 && r.signum() != b.signum()) r = r.add(b);
                return normalize(r);
            }
            case 7: return powBig(a, b);
            case 8: {
                if (b.signum() < 0) throw PyErr.valueError("negative shift count");
                if (b.bitLength() > 31) throw PyErr.overflowError("too many digits in integer");
                return normalize(a.shiftLeft(b.intValue()));
            }
            case 9: {
                if (b.signum() < 0) throw PyErr.valueError("negative shift count");
                if (b.bitLength() > 31) return a.signum() < 0 ? -1L : 0L;
                return normalize(a.shiftRight(b.intValue()));
            }
            case 10: return normalize(a.or(b));
            case 11: return normalize(a.xor(b));
            case 12: return normalize(a.and(b));
            default: return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    static Object lshift(long a, long b) {
        if (b < 0) throw PyErr.valueError("negative shift count");
        if (a == 0) return 0L;
        if (b < 63) {
            long r = a << b;
            if ((r >> b) == a) return r;
        }
        if (b > Integer.MAX_VALUE) throw PyErr.overflowError("too many digits in integer");
        return normalize(BigInteger.valueOf(a).shiftLeft((int) b));
    }

    /** math.gcd of two longs other than Long.MIN_VALUE (whose magnitude is a big int): never negative. */
    public static long gcd(long a, long b) {
        long p = Math.abs(a);
        long q = Math.abs(b);
        while (q != 0) {
            long t = p % q;
            p = q;
            q = t;
        }
        return p;
    }

    public static double trueDivide(long a, long b) {
        if (b == 0) throw PyErr.zeroDivisionError("division by zero");
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) return (double) a / (double) b;
        return trueDivideBig(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    static double trueDivideBig(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw PyErr.zeroDivisionError("division by zero");
        double r = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(r)) throw PyErr.overflowError("integer division result too large for a float");
        return r;
    }

    static Object pow(long a, long b) {
        if (b < 0) {
            if (a == 0) throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
            return Math.pow((double) a, (double) b);
        }
        long result = 1;
        long base = a;
        long e = b;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, base);
                long lo = result * base;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return powBig(BigInteger.valueOf(a), BigInteger.valueOf(b));
                result = lo;
            }
            e >>= 1;
            if (e == 0) return result;
            long hi = Math.multiplyHigh(base, base);
            long lo = base * base;
            if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return powBig(BigInteger.valueOf(a), BigInteger.valueOf(b));
            base = lo;
        }
    }

    static Object powBig(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
            return FloatOps.pow(a.doubleValue(), b.doubleValue());
        }
        if (a.equals(BigInteger.ONE)) return 1L;
        if (a.signum() == 0) return b.signum() == 0 ? 1L : 0L;
        if (a.equals(BigInteger.ONE.negate())) return b.testBit(0) ? -1L : 1L;
        if (b.bitLength() > 31) throw PyErr.overflowError("exponent too large");
        long bits = (long) a.bitLength() * b.intValue();
        if (bits > 100_000_000L) throw PyErr.of(ExceptionTypes.MEMORY_ERROR, null);
        return normalize(a.pow(b.intValue()));
    }

    /** pow(a, b, m) for ints. */
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger bm = big(m);
        if (bm.signum() == 0) throw PyErr.valueError("pow() 3rd argument cannot be 0");
        BigInteger be = big(b);
        BigInteger ba = big(a);
        BigInteger mod = bm.abs();
        BigInteger r;
        if (be.signum() < 0) {
            try {
                r = ba.modInverse(mod).modPow(be.negate(), mod);
            } catch (ArithmeticException e) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = ba.modPow(be, mod);
        }
        if (bm.signum() < 0 && r.signum() != 0) r = r.add(bm);
        return normalize(r);
    }

    public static Object invert(Object a) {
        if (a instanceof Long l) return ~l;
        return normalize(big(a).not());
    }

    public static Object negate(Object a) {
        if (a instanceof Long l) return neg(l);
        if (a instanceof Boolean b) return b ? -1L : 0L;
        return normalize(big(a).negate());
    }

    public static Object abs(Object a) {
        if (a instanceof Long l) return l < 0 ? neg(l) : l;
        if (a instanceof Boolean b) return b ? 1L : 0L;
        return normalize(big(a).abs());
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        return big(a).compareTo(big(b));
    }

    /** Compares an int with a float exactly, as CPython does (no rounding of the int). NaN compares unordered. */
    public static int compareWithDouble(Object i, double d) {
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (i instanceof Long l && Math.abs(l) <= (1L << 53)) {
            double x = l;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        BigDecimal bi = new BigDecimal(big(i));
        return bi.compareTo(new BigDecimal(d));
    }

    public static double toDouble(Object i) {
        if (i instanceof Long l) return l;
        if (i instanceof Boolean b) return b ? 1 : 0;
        double d = ((BigInteger) i).doubleValue();
        if (Double.isInfinite(d)) throw PyErr.overflowError("int too large to convert to float");
        return d;
    }

    public static long bitLength(Object i) {
        if (i instanceof Long l) return 64 - Long.numberOfLeadingZeros(Math.abs(l));
        return big(i).abs().bitLength();
    }

    /** str(int), honouring CPython 3.11's limit on the length of int-to-str conversions. */
    public static String toString(Object i) {
        if (i instanceof Long l) return Long.toString(l);
        if (i instanceof Boolean b) return b ? "True" : "False";
        BigInteger b = (BigInteger) i;
        if (b.bitLength() > 14300) {
            String s = b.toString();
            int digits = s.length() - (b.signum() < 0 ? 1 : 0);
            if (digits > 4300) {
                throw PyErr.valueError("Exceeds the limit (4300 digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return b.toString();
    }
}
