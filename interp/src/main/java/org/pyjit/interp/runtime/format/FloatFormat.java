package org.pyjit.interp.runtime.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns the magnitude of a finite double into the digits of one of Python's float presentations: fixed
 * ('f'), exponent ('e'), general ('g') and repr ('r', the shortest round-trip digits). Both {@link Formatter}
 * and {@link PercentFormat} build on it; they add the sign, padding and grouping themselves. Rounding is
 * correct (half-even on the exact binary value), which is what CPython's dtoa-based conversions give.
 */
final class FloatFormat {
    private FloatFormat() {}

    /** 'f': {@code abs} with {@code precision} digits after the point; '#' keeps a point even for precision 0. */
    static String fixed(double abs, int precision, boolean alt) {
        String s = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? s + "." : s;
    }

    /** 'e': one digit, the point, {@code precision} digits, then the exponent ("1.500000e+00"). */
    static String exponent(double abs, int precision, boolean alt, boolean upper) {
        DecimalDigits d = DecimalDigits.rounded(abs, precision + 1);
        return scientific(d.digits(), d.exponent(), alt, upper);
    }

    /**
     * 'g': {@code precision} significant digits (0 counts as 1), in exponent notation when the exponent is
     * below -4 or at least the precision; trailing zeros are dropped unless {@code alt}. With {@code addDot0}
     * (format() with a precision but no type) a fixed-notation integer gets ".0" and exponent notation
     * starts at precision - 1.
     */
    static String general(double abs, int precision, boolean alt, boolean upper, boolean addDot0) {
        int p = precision == 0 ? 1 : precision;
        DecimalDigits d = DecimalDigits.rounded(abs, p);
        String digits = alt ? d.digits() : stripTrailingZeros(d.digits());
        int exp = abs == 0.0 ? 0 : d.exponent();
        // Without a type (addDot0) CPython switches one digit earlier, so "1e+00" and not "1.0" for '.1'.
        if (exp < -4 || exp >= (addDot0 ? p - 1 : p)) {
            return scientific(digits, exp, alt, upper);
        }
        return positional(digits, exp, alt, addDot0);
    }

    /**
     * 'r': the shortest digits that round-trip, in exponent notation when the exponent is below -4 or at
     * least 16. {@code addDot0} makes integers end in ".0" as repr() does.
     */
    static String repr(double abs, boolean alt, boolean addDot0) {
        DecimalDigits d = DecimalDigits.shortest(abs);
        int exp = d.exponent();
        if (exp < -4 || exp >= 16) {
            return scientific(d.digits(), exp, alt, false);
        }
        return positional(d.digits(), exp, alt, addDot0);
    }

    /** "d.ddd" followed by e+XX (at least two exponent digits). */
    private static String scientific(String digits, int exp, boolean alt, boolean upper) {
        StringBuilder sb = new StringBuilder(digits.length() + 6);
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        } else if (alt) {
            sb.append('.');
        }
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }

    /** The digits written out with the decimal point placed after the digit of weight 10^0. */
    private static String positional(String digits, int exp, boolean alt, boolean addDot0) {
        StringBuilder sb = new StringBuilder(digits.length() + Math.abs(exp) + 3);
        String frac;
        if (exp < 0) {
            sb.append('0');
            frac = "0".repeat(-exp - 1) + digits;
        } else if (digits.length() > exp + 1) {
            sb.append(digits, 0, exp + 1);
            frac = digits.substring(exp + 1);
        } else {
            sb.append(digits);
            sb.append("0".repeat(exp + 1 - digits.length()));
            frac = "";
        }
        if (!frac.isEmpty()) {
            sb.append('.').append(frac);
        } else if (addDot0) {
            sb.append(".0");
        } else if (alt) {
            sb.append('.');
        }
        return sb.toString();
    }

    private static String stripTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /** True when a formatted magnitude shows no non-zero digit before any exponent (for the 'z' option). */
    static boolean showsZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
