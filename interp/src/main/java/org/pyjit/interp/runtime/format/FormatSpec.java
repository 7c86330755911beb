package org.pyjit.interp.runtime.format;

import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.Strings;

/**
 * A parsed format specification, the part after ':' in a replacement field or the second argument of
 * format(): {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. It records what was
 * written; defaults that depend on the value's type (alignment, the type itself) are applied by
 * {@link Formatter}.
 *
 * @param fill      the fill code point, or -1 if none was given
 * @param align     one of {@code < > = ^}, or 0 if none was given
 * @param sign      one of {@code + - space}, or 0 if none was given
 * @param noNegZero the 'z' option: show negative zero as zero
 * @param alternate the '#' option
 * @param zero      the '0' option (a '0' before the width when no fill was given)
 * @param width     the minimum width, or -1
 * @param grouping  ',' or '_', or 0
 * @param precision the precision, or -1
 * @param type      the presentation type code point, or 0 if none was given
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, boolean zero,
                         int width, char grouping, int precision, int type) {

    /** The empty specification. */
    public static final FormatSpec EMPTY = new FormatSpec(-1, '\0', '\0', false, false, false, -1, '\0', -1, 0);

    /**
     * Parses {@code spec}; {@code typeName} (e.g. "int") only appears in the error for a malformed spec.
     * Throws ValueError with CPython's messages.
     */
    public static FormatSpec parse(String spec, String typeName) {
        int[] cp = Strings.codePointArray(spec);
        int n = cp.length;
        int pos = 0;
        int fill = -1;
        char align = 0;
        if (n >= 2 && isAlign(cp[1])) {
            fill = cp[0];
            align = (char) cp[1];
            pos = 2;
        } else if (n >= 1 && isAlign(cp[0])) {
            align = (char) cp[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos++];
        }
        boolean noNegZero = false;
        if (pos < n && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        boolean zero = false;
        if (fill < 0 && pos < n && cp[pos] == '0') {
            zero = true;
            pos++;
        }
        int start = pos;
        while (pos < n && decimal(cp[pos]) >= 0) {
            pos++;
        }
        int width = start == pos ? -1 : number(cp, start, pos);
        char grouping = 0;
        if (pos < n && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && cp[pos] == '_') {
            if (grouping != 0) {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < n && cp[pos] == ',' && grouping == '_') {
            throw PyErr.valueError("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < n && cp[pos] == '.') {
            pos++;
            start = pos;
            while (pos < n && decimal(cp[pos]) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            precision = number(cp, start, pos);
        }
        if (n - pos > 1) {
            throw PyErr.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = pos < n ? cp[pos] : 0;
        return new FormatSpec(fill, align, sign, noNegZero, alternate, zero, width, grouping, precision, type);
    }

    /**
     * Rejects a grouping option that the (defaulted) presentation type does not allow, with CPython's
     * message; for 'b', 'o', 'x' and 'X' only '_' is allowed.
     */
    public void checkGrouping(int effectiveType) {
        if (grouping == 0) {
            return;
        }
        switch (effectiveType) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
            case 'b', 'o', 'x', 'X' -> {
                if (grouping != '_') {
                    throw invalidGrouping(effectiveType);
                }
            }
            default -> throw invalidGrouping(effectiveType);
        }
    }

    private RuntimeException invalidGrouping(int type) {
        return PyErr.valueError("Cannot specify '" + grouping + "' with " + quotedCode(type) + ".");
    }

    /** A type code as CPython shows it in messages: 'x' when printable ASCII, else '\x..'. */
    static String quotedCode(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** The value of a Unicode decimal digit, or -1. */
    private static int decimal(int cp) {
        return PyUnicodeData.type(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }

    private static int number(int[] cp, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + decimal(cp[i]);
            if (v > Integer.MAX_VALUE) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }
}
