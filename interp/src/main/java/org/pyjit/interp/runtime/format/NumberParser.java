package org.pyjit.interp.runtime.format;

import java.math.BigInteger;
import org.pyjit.interp.runtime.PyErr;

/**
 * Conversions between numbers and their text in Python's syntax: int(str, base) and float(str) with their
 * rules for whitespace, signs, base prefixes, underscores and Unicode digits, and the text of
 * bin()/oct()/hex().
 */
public final class NumberParser {
    private NumberParser() {}

    /** CPython's default sys.get_int_max_str_digits(): the most digits int() reads in a non-power-of-2 base. */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * int(s, base): returns a Long, or a BigInteger when the value does not fit. Throws ValueError for an
     * invalid literal or base, with CPython's messages.
     */
    public static Object parseInt(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        final int givenBase = base;
        String t = toAscii(s);
        int n = t.length();
        int pos = 0;
        while (pos < n && isAsciiSpace(t.charAt(pos))) {
            pos++;
        }
        boolean negative = false;
        if (pos < n && (t.charAt(pos) == '+' || t.charAt(pos) == '-')) {
            negative = t.charAt(pos) == '-';
            pos++;
        }
        boolean prefixed = false;
        boolean leadingZero = false;
        if (pos + 1 < n && t.charAt(pos) == '0') {
            char p = Character.toLowerCase(t.charAt(pos + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                pos += 2;
                prefixed = true;
            }
        }
        if (base == 0) {
            leadingZero = pos < n && t.charAt(pos) == '0';
            base = 10;
        }
        // Digits, with single underscores between them (or right after a base prefix).
        StringBuilder digits = new StringBuilder(n - pos);
        boolean underscoreOk = prefixed;
        while (pos < n) {
            char c = t.charAt(pos);
            if (c == '_') {
                if (!underscoreOk) {
                    throw invalidLiteral(s, givenBase);
                }
                underscoreOk = false;
                pos++;
                continue;
            }
            if (Character.digit(c, base) < 0) {
                break;
            }
            digits.append(c);
            underscoreOk = true;
            pos++;
        }
        if (digits.isEmpty() || (pos > 0 && t.charAt(pos - 1) == '_')) {
            throw invalidLiteral(s, givenBase);
        }
        if (Integer.bitCount(base) != 1 && digits.length() > MAX_STR_DIGITS) {
            throw PyErr.valueError("Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        while (pos < n && isAsciiSpace(t.charAt(pos))) {
            pos++;
        }
        if (pos != n) {
            throw invalidLiteral(s, givenBase);
        }
        if (leadingZero) {
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) != '0') {
                    throw invalidLiteral(s, givenBase);
                }
            }
        }
        String text = digits.toString();
        if (text.length() <= 12 || (base == 10 && text.length() <= 18)) {
            long v = Long.parseLong(text, base);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(text, base);
        return normalize(negative ? v.negate() : v);
    }

    /**
     * float(s): decimal literals with optional sign, exponent and underscores between digits, and
     * inf/infinity/nan in any case; surrounding whitespace is ignored. Throws ValueError otherwise.
     */
    public static double parseFloat(String s) {
        String t = stripAsciiSpace(toAscii(s));
        int n = t.length();
        int pos = 0;
        boolean negative = false;
        if (pos < n && (t.charAt(pos) == '+' || t.charAt(pos) == '-')) {
            negative = t.charAt(pos) == '-';
            pos++;
        }
        String rest = t.substring(pos);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        StringBuilder clean = new StringBuilder(n);
        int intDigits = scanDigits(t, pos, clean);
        if (intDigits < 0) {
            throw badFloat(s);
        }
        pos += intDigits;
        int fracDigits = 0;
        if (pos < n && t.charAt(pos) == '.') {
            clean.append('.');
            pos++;
            fracDigits = scanDigits(t, pos, clean);
            if (fracDigits < 0) {
                throw badFloat(s);
            }
            pos += fracDigits;
        }
        if (digitCount(clean) == 0) {
            throw badFloat(s);
        }
        if (pos < n && (t.charAt(pos) == 'e' || t.charAt(pos) == 'E')) {
            clean.append('e');
            pos++;
            if (pos < n && (t.charAt(pos) == '+' || t.charAt(pos) == '-')) {
                clean.append(t.charAt(pos++));
            }
            int expDigits = scanDigits(t, pos, clean);
            if (expDigits <= 0) {
                throw badFloat(s);
            }
            pos += expDigits;
        }
        if (pos != n) {
            throw badFloat(s);
        }
        double v = Double.parseDouble(clean.toString());
        return negative ? -v : v;
    }

    /** bin()/oct()/hex() and decimal text of an int: "-0x1f", "0b101", "0o17"; base is 2, 8, 10 or 16. */
    public static String toString(Object intValue, int base) {
        BigInteger v;
        if (intValue instanceof Long l) {
            v = BigInteger.valueOf(l);
        } else if (intValue instanceof Boolean b) {
            v = b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (intValue instanceof BigInteger b) {
            v = b;
        } else {
            throw new IllegalArgumentException("not an int: " + intValue);
        }
        String prefix = switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 10 -> "";
            case 16 -> "0x";
            default -> throw new IllegalArgumentException("base " + base);
        };
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** A BigInteger result as pyjit stores it: a Long when it fits. */
    static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /**
     * Scans digits with single underscores between them, appending the digits to {@code out}; returns the
     * number of characters consumed, or -1 if an underscore is misplaced.
     */
    private static int scanDigits(String t, int from, StringBuilder out) {
        int pos = from;
        while (pos < t.length()) {
            char c = t.charAt(pos);
            if (c >= '0' && c <= '9') {
                out.append(c);
                pos++;
            } else if (c == '_' && pos > from && pos + 1 < t.length()
                    && t.charAt(pos - 1) != '_' && t.charAt(pos + 1) >= '0' && t.charAt(pos + 1) <= '9') {
                pos++;
            } else if (c == '_') {
                return -1;
            } else {
                break;
            }
        }
        return pos - from;
    }

    private static int digitCount(CharSequence s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                count++;
            }
        }
        return count;
    }

    /**
     * The text with non-ASCII whitespace turned into ' ' and non-ASCII decimal digits into ASCII ones, as
     * CPython does before parsing; other non-ASCII characters become '?', which no parser accepts.
     */
    private static String toAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp >= 127 && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (cp < 127) {
                    sb.append((char) cp);
                } else if (isUnicodeSpace(cp)) {
                    sb.append(' ');
                } else if (PyUnicodeData.type(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                    sb.append((char) ('0' + Character.digit(cp, 10)));
                } else {
                    sb.append('?');
                }
            }
            i += len;
        }
        return sb == null ? s : sb.toString();
    }

    /** str.isspace() for a non-ASCII code point. */
    private static boolean isUnicodeSpace(int cp) {
        if (cp == 0x85) {
            return true;
        }
        int type = PyUnicodeData.type(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String stripAsciiSpace(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && isAsciiSpace(t.charAt(from))) {
            from++;
        }
        while (to > from && isAsciiSpace(t.charAt(to - 1))) {
            to--;
        }
        return t.substring(from, to);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    private static RuntimeException invalidLiteral(String s, int base) {
        return PyErr.valueError("invalid literal for int() with base " + base + ": "
                + truncate(StrRepr.repr(s), 200));
    }

    private static RuntimeException badFloat(String s) {
        return PyErr.valueError("could not convert string to float: " + StrRepr.repr(s));
    }

    private static String truncate(String s, int codePoints) {
        if (s.codePointCount(0, s.length()) <= codePoints) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }
}
