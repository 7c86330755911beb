package org.pyjit.interp.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import org.pyjit.interp.runtime.PyErr;

/**
 * Python's format-spec mini-language (format(value, spec), f-strings, str.format) for the built-in value
 * types int (Long/BigInteger), bool, float (Double) and str (String), with CPython 3.11's results and
 * error messages. Values of other types are the caller's business (they have __format__).
 */
public final class Formatter {
    private Formatter() {}

    /**
     * format(value, spec). Throws IllegalArgumentException for a value that is not one of the built-in
     * types handled here.
     */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatStr(s, FormatSpec.parse(spec, "str"));
        }
        if (value instanceof Double d) {
            return spec.isEmpty() ? FloatRepr.repr(d) : formatFloatValue(d, FormatSpec.parse(spec, "float"), "float");
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return spec.isEmpty() ? value.toString() : formatInt(value, FormatSpec.parse(spec, "int"), "int");
        }
        if (value instanceof Boolean b) {
            if (spec.isEmpty()) {
                return b ? "True" : "False";
            }
            return formatInt(b ? 1L : 0L, FormatSpec.parse(spec, "bool"), "bool");
        }
        throw new IllegalArgumentException("not a built-in formattable value: " + value);
    }

    /** '%.{precision}f' of d, e.g. formatFloatFixed(2.675, 2) == "2.67"; "inf", "-inf", "nan" as Python. */
    public static String formatFloatFixed(double d, int precision) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String body = FloatFormat.fixed(Math.abs(d), precision, false);
        return Double.doubleToRawLongBits(d) < 0 ? "-" + body : body;
    }

    /**
     * round(x, ndigits) for a float: x rounded to the nearest multiple of 10^-ndigits, ties to even on the
     * exact binary value (so round(2.675, 2) == 2.67). Throws OverflowError("rounded value too large to
     * represent") when the result does not fit a double.
     */
    public static double roundHalfEven(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN);
        double result = Double.parseDouble(r.toString());
        if (Double.isInfinite(result)) {
            throw PyErr.overflowError("rounded value too large to represent");
        }
        return result == 0.0 ? Math.copySign(0.0, x) : result;
    }

    // ---------------------------------------------------------------- str

    private static String formatStr(String s, FormatSpec spec) {
        int type = spec.type() == 0 ? 's' : spec.type();
        spec.checkGrouping(type);
        if (type != 's') {
            throw unknownCode(type, "str");
        }
        if (spec.sign() == ' ') {
            throw PyErr.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = s;
        int len = s.codePointCount(0, s.length());
        if (spec.precision() >= 0 && spec.precision() < len) {
            text = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
            len = spec.precision();
        }
        char align = spec.align() != 0 ? spec.align() : '<';
        int fill = spec.fill() >= 0 ? spec.fill() : spec.zero() ? '0' : ' ';
        return pad("", text, len, spec.width(), fill, align);
    }

    // ---------------------------------------------------------------- int

    private static String formatInt(Object value, FormatSpec spec, String typeName) {
        int type = spec.type() == 0 ? 'd' : spec.type();
        spec.checkGrouping(type);
        switch (type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> { }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloatValue(toDouble(value), spec, typeName);
            }
            default -> throw unknownCode(type, typeName);
        }
        if (spec.precision() >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        boolean negative = signum(value) < 0;
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!(value instanceof Long l)) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            if (l < 0 || l > 0x10ffff) {
                throw PyErr.overflowError("%c arg not in range(0x110000)");
            }
            return number("", "", "", Character.toString((int) (long) l), spec, 0);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = magnitude(value, radix);
        String prefix = "";
        if (type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        if (spec.alternate()) {
            prefix = switch (type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        return number(signText(negative, spec.sign()), prefix, digits, "", spec, radix == 10 ? 3 : 4);
    }

    static int signum(Object intValue) {
        return intValue instanceof Long l ? Long.signum(l) : ((BigInteger) intValue).signum();
    }

    /** The digits of |value| (a Long or a BigInteger) in the given radix, lower case; %-formatting uses it too. */
    static String magnitude(Object intValue, int radix) {
        if (intValue instanceof Long l) {
            return Long.toUnsignedString(l < 0 ? -l : l, radix);
        }
        return ((BigInteger) intValue).abs().toString(radix);
    }

    private static double toDouble(Object intValue) {
        if (intValue instanceof Long l) {
            return l;
        }
        double d = ((BigInteger) intValue).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("int too large to convert to float");
        }
        return d;
    }

    // ---------------------------------------------------------------- float

    private static String formatFloatValue(double value, FormatSpec spec, String typeName) {
        int type = spec.type();
        spec.checkGrouping(type);
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> { }
            default -> throw unknownCode(type, typeName);
        }
        boolean alt = spec.alternate();
        int precision = spec.precision();
        double v = type == '%' ? value * 100 : value;
        boolean negative = !Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0;
        double abs = Math.abs(v);
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        String body;
        if (Double.isNaN(v)) {
            body = upper ? "NAN" : "nan";
        } else if (Double.isInfinite(v)) {
            body = upper ? "INF" : "inf";
        } else {
            body = switch (type) {
                case 'e', 'E' -> FloatFormat.exponent(abs, precision < 0 ? 6 : precision, alt, upper);
                case 'f', 'F', '%' -> FloatFormat.fixed(abs, precision < 0 ? 6 : precision, alt);
                case 'g', 'G', 'n' -> FloatFormat.general(abs, precision < 0 ? 6 : precision, alt, upper, false);
                default -> precision < 0
                        ? FloatFormat.repr(abs, alt, true)
                        : FloatFormat.general(abs, precision, alt, false, true);
            };
            if (spec.noNegZero() && negative && FloatFormat.showsZero(body)) {
                negative = false;
            }
        }
        if (type == '%') {
            body = body + "%";
        }
        int nDigits = 0;
        while (nDigits < body.length() && body.charAt(nDigits) >= '0' && body.charAt(nDigits) <= '9') {
            nDigits++;
        }
        return number(signText(negative, spec.sign()), "", body.substring(0, nDigits), body.substring(nDigits),
                spec, 3);
    }

    // ---------------------------------------------------------------- shared

    private static String signText(boolean negative, char sign) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /**
     * Lays out a number: sign, prefix, the integer digits (grouped, and zero-extended to fill the width
     * when the fill is '0' with '=' alignment), then the rest (fraction, exponent, '%'), padded to the width.
     */
    private static String number(String sign, String prefix, String digits, String rest, FormatSpec spec,
                                 int groupSize) {
        int fill = spec.fill() >= 0 ? spec.fill() : spec.zero() ? '0' : ' ';
        char align = spec.align() != 0 ? spec.align() : spec.zero() ? '=' : '>';
        String grouped = digits;
        if (!digits.isEmpty()) {
            int minWidth = fill == '0' && align == '='
                    ? spec.width() - sign.length() - prefix.length() - rest.length() : 0;
            grouped = Grouping.apply(digits, spec.grouping(), groupSize, minWidth);
        }
        String body = grouped + rest;
        int len = sign.length() + prefix.length() + body.codePointCount(0, body.length());
        return pad(sign + prefix, body, len, spec.width(), fill, align);
    }

    /** Pads {@code lead + body} (of {@code len} code points) to {@code width} with the fill, per the alignment. */
    private static String pad(String lead, String body, int len, int width, int fill, char align) {
        if (width <= len) {
            return lead + body;
        }
        int padding = width - len;
        int left;
        switch (align) {
            case '<' -> left = 0;
            case '^' -> left = padding / 2;
            default -> left = padding;
        }
        String fillText = Character.toString(fill);
        StringBuilder sb = new StringBuilder(lead.length() + body.length() + padding * fillText.length());
        if (align == '=') {
            sb.append(lead).append(fillText.repeat(padding)).append(body);
        } else {
            sb.append(fillText.repeat(left)).append(lead).append(body).append(fillText.repeat(padding - left));
        }
        return sb.toString();
    }

    private static RuntimeException unknownCode(int type, String typeName) {
        return PyErr.valueError("Unknown format code " + FormatSpec.quotedCode(type)
                + " for object of type '" + typeName + "'");
    }
}
