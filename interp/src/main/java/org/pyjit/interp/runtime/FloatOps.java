package org.pyjit.interp.runtime;

/** Python float arithmetic on doubles, with CPython's floor-division and modulo rules and error messages. */
public final class FloatOps {
    private FloatOps() {}

    public static Object binary(double a, double b, int op) {
        switch (op) {
            case 0: return a + b;
            case 1: return a - b;
            case 2: return a * b;
            case 4:
                if (b == 0) throw PyErr.zeroDivisionError("float division by zero");
                return a / b;
            case 5: return floordiv(a, b);
            case 6: return mod(a, b);
            case 7: return pow(a, b);
            default: return PyNotImplemented.NOT_IMPLEMENTED;
        }
    }

    public static double mod(double a, double b) {
        if (b == 0) throw PyErr.zeroDivisionError("float modulo");
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floordiv(double a, double b) {
        if (b == 0) throw PyErr.zeroDivisionError("float floor division by zero");
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) div -= 1.0;
        if (div != 0) {
            double f = Math.floor(div);
            if (div - f > 0.5) f += 1.0;
            return f;
        }
        return Math.copySign(0.0, a / b);
    }

    /** divmod for floats: (floordiv, mod) computed together as CPython does. */
    public static double[] divmod(double a, double b) {
        if (b == 0) throw PyErr.zeroDivisionError("float divmod()");
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        double f;
        if (div != 0) {
            f = Math.floor(div);
            if (div - f > 0.5) f += 1.0;
        } else {
            f = Math.copySign(0.0, a / b);
        }
        return new double[] {f, m};
    }

    public static Object pow(double a, double b) {
        if (a == 0 && b < 0) throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b)) {
            throw PyErr.valueError("pyjit does not support complex numbers (negative number raised to a fractional power)");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyErr.withArgs(ExceptionTypes.OVERFLOW_ERROR, 34L, "Numerical result out of range");
        }
        return r;
    }

    /** float(x) for an int-like or float value. */
    public static double toDouble(Object o) {
        if (o instanceof Double d) return d;
        return IntOps.toDouble(o);
    }

    public static boolean isNumber(Object o) {
        return o instanceof Double || IntOps.isInt(o);
    }

    /** int(f) for a float: truncation toward zero, exact for large values. */
    public static Object toInt(double d) {
        if (Double.isNaN(d)) throw PyErr.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw PyErr.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return (long) d;
        return IntOps.normalize(new java.math.BigDecimal(d).toBigInteger());
    }
}
