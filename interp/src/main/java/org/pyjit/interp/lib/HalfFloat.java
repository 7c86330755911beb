package org.pyjit.interp.lib;

/**
 * IEEE 754 half precision (binary16), the struct module's 'e' code: rounding a double to the nearest half
 * (ties to even, directly from the double so there is no double rounding) and widening a half back.
 */
final class HalfFloat {
    private HalfFloat() {}

    /** The 16 bits of the half nearest to d, or -1 if d is finite but rounds beyond the largest half. */
    static int fromDouble(double d) {
        int sign = Double.doubleToRawLongBits(d) < 0 ? 0x8000 : 0;
        double a = Math.abs(d);
        if (Double.isNaN(d)) {
            return sign | 0x7e00;
        }
        if (Double.isInfinite(d)) {
            return sign | 0x7c00;
        }
        if (a < 0x1p-14) {
            // Subnormal (or rounding up to the smallest normal, whose bits follow on naturally).
            return sign | (int) Math.rint(a * 0x1p24);
        }
        int e = Math.getExponent(a);
        long m = (long) Math.rint(Math.scalb(a, 10 - e)); // in [1024, 2048]
        if (m == 2048) {
            m = 1024;
            e++;
        }
        if (e > 15) {
            return -1;
        }
        return sign | ((e + 15) << 10) | (int) (m - 1024);
    }

    static double toDouble(int half) {
        int sign = half & 0x8000;
        int e = (half >>> 10) & 0x1f;
        int m = half & 0x3ff;
        double v;
        if (e == 0) {
            v = Math.scalb((double) m, -24);
        } else if (e == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb((double) (m + 1024), e - 25);
        }
        return sign != 0 ? -v : v;
    }
}
