package org.pyjit.interp.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a non-negative finite double: {@code value = d1.d2d3... * 10^exponent}. Float
 * formatting needs two kinds: the shortest digits that read back as the same double (repr) and the
 * correctly rounded first n significant digits (the 'e' and 'g' presentations); both are produced here,
 * the latter from the exact binary value with round-half-even, as CPython's dtoa does.
 *
 * @param digits   the significant digits, never empty; for zero "0" (or n zeros)
 * @param exponent the decimal exponent of the first digit
 */
record DecimalDigits(String digits, int exponent) {

    /** The shortest digits that round-trip to {@code abs} (which must be finite and non-negative). */
    static DecimalDigits shortest(double abs) {
        if (abs == 0.0) {
            return new DecimalDigits("0", 0);
        }
        DecimalDigits fromJdk = parseJdkString(Double.toString(abs));
        if (fromJdk.digits.length() == 2) {
            // The JDK prefers two digits where one already round-trips (e.g. 4.9E-324 for 5e-324).
            DecimalDigits one = oneDigit(abs, fromJdk);
            if (one != null) {
                return one;
            }
        }
        return fromJdk;
    }

    /** The first {@code n >= 1} significant digits of {@code abs}, correctly rounded half-even. */
    static DecimalDigits rounded(double abs, int n) {
        if (abs == 0.0) {
            return new DecimalDigits("0".repeat(n), 0);
        }
        BigDecimal r = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String unscaled = r.unscaledValue().toString();
        int exp = unscaled.length() - 1 - r.scale();
        StringBuilder sb = new StringBuilder(n);
        sb.append(unscaled, 0, Math.min(n, unscaled.length()));
        while (sb.length() < n) {
            sb.append('0');
        }
        return new DecimalDigits(sb.toString(), exp);
    }

    /** Reads "123.45" or "1.2345E-7" as printed by {@link Double#toString(double)}. */
    private static DecimalDigits parseJdkString(String s) {
        int e = s.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + exp10; // value = 0.all * 10^point
        int start = 0;
        while (start < all.length() - 1 && all.charAt(start) == '0') {
            start++;
            point--;
        }
        int end = all.length();
        while (end > start + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(all.substring(start, end), point - 1);
    }

    /** The closest one-digit decimal that reads back as {@code abs}, or null if there is none. */
    private static DecimalDigits oneDigit(double abs, DecimalDigits two) {
        int low = two.digits.charAt(0) - '0';
        DecimalDigits down = new DecimalDigits(String.valueOf(low), two.exponent);
        DecimalDigits up = low == 9
                ? new DecimalDigits("1", two.exponent + 1)
                : new DecimalDigits(String.valueOf(low + 1), two.exponent);
        boolean downOk = down.toDouble() == abs;
        boolean upOk = up.toDouble() == abs;
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(abs);
            int cmp = exact.subtract(down.toBigDecimal()).compareTo(up.toBigDecimal().subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return low % 2 == 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private BigDecimal toBigDecimal() {
        return new BigDecimal(new BigInteger(digits), digits.length() - 1 - exponent);
    }

    private double toDouble() {
        return Double.parseDouble(digits + "E" + (exponent - digits.length() + 1));
    }
}
