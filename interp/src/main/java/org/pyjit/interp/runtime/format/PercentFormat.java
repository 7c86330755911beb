package org.pyjit.interp.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;
import org.pyjit.interp.runtime.Strings;

/**
 * printf-style formatting, {@code str % args}: the conversions s r a d i u o x X e E f F g G c and %%, the
 * flags - + space # 0, width and precision (also as '*'), the length modifiers h l L (ignored) and
 * {@code %(key)s} lookups in a mapping, with CPython 3.11's results and error messages. Objects that are
 * not built-in values are converted through the {@link ObjectFormatting} hooks.
 */
public final class PercentFormat {
    private PercentFormat() {}

    public static String format(String fmt, Object args, ObjectFormatting hooks) {
        return new Run(fmt, args, hooks).format();
    }

    /** One formatting run: the format's code points and the argument cursor. */
    private static final class Run {
        private final int[] fmt;
        private final ObjectFormatting hooks;
        private final Object mapping;
        private Object[] args;
        private int next;
        private int pos;

        Run(String fmt, Object args, ObjectFormatting hooks) {
            this.fmt = Strings.codePointArray(fmt);
            this.hooks = hooks;
            Object[] tuple = hooks.asTuple(args);
            this.args = tuple != null ? tuple : new Object[] {args};
            this.mapping = tuple == null && !(args instanceof String) && hooks.isMapping(args) ? args : null;
        }

        String format() {
            StringBuilder out = new StringBuilder(fmt.length + 16);
            while (pos < fmt.length) {
                int c = fmt[pos++];
                if (c != '%') {
                    out.appendCodePoint(c);
                } else if (pos < fmt.length && fmt[pos] == '%') {
                    out.append('%');
                    pos++;
                } else {
                    directive(out);
                }
            }
            if (next < args.length && mapping == null) {
                throw PyErr.typeError("not all arguments converted during string formatting");
            }
            return out.toString();
        }

        private Object nextArg() {
            if (next >= args.length) {
                throw PyErr.typeError("not enough arguments for format string");
            }
            return args[next++];
        }

        private void directive(StringBuilder out) {
            if (pos < fmt.length && fmt[pos] == '(') {
                if (mapping == null) {
                    throw PyErr.typeError("format requires a mapping");
                }
                int depth = 1;
                int start = ++pos;
                while (pos < fmt.length && depth > 0) {
                    if (fmt[pos] == '(') {
                        depth++;
                    } else if (fmt[pos] == ')') {
                        depth--;
                    }
                    pos++;
                }
                if (depth > 0) {
                    throw PyErr.valueError("incomplete format key");
                }
                String key = new String(fmt, start, pos - 1 - start);
                args = new Object[] {hooks.getItem(mapping, key)};
                next = 0;
            }
            Flags f = new Flags();
            flags:
            while (pos < fmt.length) {
                switch (fmt[pos]) {
                    case '-' -> f.left = true;
                    case '+' -> f.plus = true;
                    case ' ' -> f.space = true;
                    case '#' -> f.alt = true;
                    case '0' -> f.zero = true;
                    default -> {
                        break flags;
                    }
                }
                pos++;
            }
            if (pos < fmt.length && fmt[pos] == '*') {
                pos++;
                long w = starArg(true);
                if (w < 0) {
                    f.left = true;
                    w = -w;
                }
                f.width = (int) Math.min(w, Integer.MAX_VALUE);
            } else {
                f.width = digits("width too big");
            }
            if (pos < fmt.length && fmt[pos] == '.') {
                pos++;
                if (pos < fmt.length && fmt[pos] == '*') {
                    pos++;
                    f.precision = (int) Math.max(starArg(false), 0);
                } else {
                    f.precision = Math.max(digits("precision too big"), 0);
                }
            }
            if (pos < fmt.length && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L')) {
                pos++;
            }
            if (pos >= fmt.length) {
                throw PyErr.valueError("incomplete format");
            }
            int conv = fmt[pos];
            Object arg = nextArg();
            String text = switch (conv) {
                case 's' -> trim(hooks.str(arg), f.precision);
                case 'r' -> trim(hooks.repr(arg), f.precision);
                case 'a' -> trim(StrRepr.escapeNonAscii(hooks.repr(arg)), f.precision);
                case 'c' -> charOf(arg);
                case 'd', 'i', 'u', 'o', 'x', 'X' -> integer(arg, conv, f);
                case 'e', 'E', 'f', 'F', 'g', 'G' -> floating(arg, conv, f);
                default -> throw PyErr.valueError("unsupported format character '"
                        + (conv >= 31 && conv <= 126 ? String.valueOf((char) conv) : "?")
                        + "' (0x" + Integer.toHexString(conv) + ") at index " + pos);
            };
            pos++;
            switch (conv) {
                case 's', 'r', 'a', 'c' -> out.append(pad("", text, f.width, f.left, false));
                default -> {
                    int signLen = text.startsWith("-") || text.startsWith("+") || text.startsWith(" ") ? 1 : 0;
                    int prefixLen = text.startsWith("0x", signLen) || text.startsWith("0X", signLen)
                            || text.startsWith("0o", signLen) ? 2 : 0;
                    out.append(pad(text.substring(0, signLen + prefixLen), text.substring(signLen + prefixLen),
                            f.width, f.left, f.zero));
                }
            }
        }

        /** A '*' width or precision from the arguments. */
        private long starArg(boolean width) {
            Object v = nextArg();
            if (v instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (v instanceof Long l) {
                if (!width && (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE)) {
                    throw PyErr.overflowError("Python int too large to convert to C int");
                }
                return l;
            }
            if (v instanceof BigInteger) {
                throw PyErr.overflowError(width ? "Python int too large to convert to C ssize_t"
                        : "Python int too large to convert to C int");
            }
            throw PyErr.typeError("* wants int");
        }

        /** A decimal number in the format, or -1 if there is none. */
        private int digits(String tooBig) {
            if (pos >= fmt.length || fmt[pos] < '0' || fmt[pos] > '9') {
                return -1;
            }
            long v = 0;
            while (pos < fmt.length && fmt[pos] >= '0' && fmt[pos] <= '9') {
                v = v * 10 + (fmt[pos++] - '0');
                if (v > Integer.MAX_VALUE) {
                    throw PyErr.valueError(tooBig);
                }
            }
            return (int) v;
        }

        private String charOf(Object arg) {
            if (arg instanceof String s) {
                if (s.codePointCount(0, s.length()) != 1) {
                    throw PyErr.typeError("%c requires int or char");
                }
                return s;
            }
            Object i;
            if (arg instanceof Long || arg instanceof BigInteger) {
                i = arg;
            } else if (arg instanceof Boolean b) {
                i = b ? 1L : 0L;
            } else if (arg instanceof Double || arg instanceof PyBytes) {
                throw PyErr.typeError("%c requires int or char");
            } else {
                try {
                    i = hooks.toIndex(arg);
                } catch (PyException e) {
                    if (!e.typeName().equals("TypeError")) {
                        throw e;
                    }
                    throw PyErr.typeError("%c requires int or char");
                }
            }
            if (!(i instanceof Long l) || l < 0 || l > 0x10ffff) {
                throw PyErr.overflowError("%c arg not in range(0x110000)");
            }
            return Character.toString((int) (long) l);
        }

        private String integer(Object arg, int conv, Flags f) {
            boolean index = conv == 'o' || conv == 'x' || conv == 'X';
            Object v;
            if (arg instanceof Long || arg instanceof BigInteger) {
                v = arg;
            } else if (arg instanceof Boolean b) {
                v = b ? 1L : 0L;
            } else if (arg instanceof Double d) {
                if (index) {
                    throw wrongType(conv, "float");
                }
                v = truncate(d);
            } else if (arg instanceof String) {
                throw wrongType(conv, "str");
            } else if (arg instanceof PyBytes) {
                throw wrongType(conv, "bytes");
            } else {
                try {
                    v = index ? hooks.toIndex(arg) : hooks.toInt(arg);
                } catch (PyException e) {
                    if (!e.typeName().equals("TypeError")) {
                        throw e;
                    }
                    throw wrongType(conv, hooks.typeName(arg));
                }
            }
            int radix = conv == 'o' ? 8 : index ? 16 : 10;
            String digits = Formatter.magnitude(v, radix);
            if (conv == 'X') {
                digits = digits.toUpperCase(Locale.ROOT);
            }
            if (f.precision > digits.length()) {
                digits = "0".repeat(f.precision - digits.length()) + digits;
            }
            String prefix = "";
            if (f.alt && index) {
                prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
            }
            return sign(Formatter.signum(v) < 0, f) + prefix + digits;
        }

        private String floating(Object arg, int conv, Flags f) {
            double d;
            if (arg instanceof Double x) {
                d = x;
            } else if (arg instanceof Long l) {
                d = l;
            } else if (arg instanceof BigInteger b) {
                d = b.doubleValue();
                if (Double.isInfinite(d)) {
                    throw PyErr.overflowError("int too large to convert to float");
                }
            } else if (arg instanceof Boolean b) {
                d = b ? 1.0 : 0.0;
            } else if (arg instanceof String) {
                throw PyErr.typeError("must be real number, not str");
            } else if (arg instanceof PyBytes) {
                throw PyErr.typeError("must be real number, not bytes");
            } else {
                try {
                    d = hooks.toFloat(arg);
                } catch (PyException e) {
                    if (!e.typeName().equals("TypeError")) {
                        throw e;
                    }
                    throw PyErr.typeError("must be real number, not " + hooks.typeName(arg));
                }
            }
            int precision = f.precision < 0 ? 6 : f.precision;
            boolean upper = conv == 'E' || conv == 'F' || conv == 'G';
            String body;
            if (Double.isNaN(d)) {
                body = upper ? "NAN" : "nan";
            } else if (Double.isInfinite(d)) {
                body = upper ? "INF" : "inf";
            } else {
                double abs = Math.abs(d);
                body = switch (conv) {
                    case 'e', 'E' -> FloatFormat.exponent(abs, precision, f.alt, upper);
                    case 'f', 'F' -> FloatFormat.fixed(abs, precision, f.alt);
                    default -> FloatFormat.general(abs, precision, f.alt, upper, false);
                };
            }
            boolean negative = !Double.isNaN(d) && Double.doubleToRawLongBits(d) < 0;
            return sign(negative, f) + body;
        }

        private static String sign(boolean negative, Flags f) {
            return negative ? "-" : f.plus ? "+" : f.space ? " " : "";
        }

        private static RuntimeException wrongType(int conv, String typeName) {
            String what = conv == 'o' || conv == 'x' || conv == 'X' ? "an integer" : "a real number";
            return PyErr.typeError("%" + (char) conv + " format: " + what + " is required, not " + typeName);
        }

        private static Object truncate(double d) {
            if (Double.isNaN(d)) {
                throw PyErr.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyErr.overflowError("cannot convert float infinity to integer");
            }
            if (Math.abs(d) < 9.0e18) {
                return (long) d;
            }
            return new BigDecimal(d).toBigInteger();
        }

        private static String trim(String s, int precision) {
            if (precision < 0 || precision >= s.codePointCount(0, s.length())) {
                return s;
            }
            return s.substring(0, s.offsetByCodePoints(0, precision));
        }

        /** Pads to the width: on the right with '-', else with zeros after the lead when zero, else on the left. */
        private static String pad(String lead, String body, int width, boolean left, boolean zero) {
            int len = lead.length() + body.codePointCount(0, body.length());
            if (width <= len) {
                return lead + body;
            }
            String padding = (zero && !left ? "0" : " ").repeat(width - len);
            if (left) {
                return lead + body + padding;
            }
            return zero ? lead + padding + body : padding + lead + body;
        }
    }

    /** The flags, width and precision of one conversion. */
    private static final class Flags {
        boolean left;
        boolean plus;
        boolean space;
        boolean alt;
        boolean zero;
        int width = -1;
        int precision = -1;
    }
}
