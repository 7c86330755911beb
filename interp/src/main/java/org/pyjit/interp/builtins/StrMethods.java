package org.pyjit.interp.builtins;

import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Strings;
import org.pyjit.interp.runtime.Types;

/** The methods of str (the common ones; the rest of str's API comes with the next increment). */
final class StrMethods {
    private StrMethods() {}

    private static String s(Object o) { return (String) o; }

    private static String arg(Object o, String what) {
        if (o instanceof String x) return x;
        throw PyErr.typeError(what + " arg must be None or str");
    }

    static void install() {
        PyType t = Types.STR;
        t.setConstructor((ty, a, kw) -> {
            if (a.length == 0) return "";
            if (a.length == 1 && (kw == null || kw.length == 0)) return Ops.str(a[0]);
            Object[] p = Args.parse("str", a, kw, new String[] {"object", "encoding", "errors"}, 0, 3);
            if (p[0] instanceof PyBytes b) return BytesMethods.decode(b.bytes, p[1] == null ? "utf-8" : (String) p[1]);
            if (p[1] == null) return Ops.str(p[0]);
            throw PyErr.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(p[0]) + " found");
        });
        t.define("join", PyBuiltinFunction.method1(t, "join", (self, it) -> {
            StringBuilder sb = new StringBuilder();
            PyIterator i = Ops.iterate(it);
            int n = 0;
            for (Object v = i.next(); v != null; v = i.next(), n++) {
                if (!(v instanceof String x)) {
                    throw PyErr.typeError("sequence item " + n + ": expected str instance, " + Ops.typeName(v) + " found");
                }
                if (n > 0) sb.append(s(self));
                sb.append(x);
            }
            return sb.toString();
        }));
        t.define("split", PyBuiltinFunction.methodKw(t, "split", (a, kw) -> split(a, kw, false)));
        t.define("rsplit", PyBuiltinFunction.methodKw(t, "rsplit", (a, kw) -> split(a, kw, true)));
        t.define("strip", PyBuiltinFunction.methodN(t, "strip", 0, 1, a -> strip(s(a[0]), a.length > 1 ? a[1] : PyNone.NONE, true, true)));
        t.define("lstrip", PyBuiltinFunction.methodN(t, "lstrip", 0, 1, a -> strip(s(a[0]), a.length > 1 ? a[1] : PyNone.NONE, true, false)));
        t.define("rstrip", PyBuiltinFunction.methodN(t, "rstrip", 0, 1, a -> strip(s(a[0]), a.length > 1 ? a[1] : PyNone.NONE, false, true)));
        t.define("upper", PyBuiltinFunction.method0(t, "upper", x -> s(x).toUpperCase(java.util.Locale.ROOT)));
        t.define("lower", PyBuiltinFunction.method0(t, "lower", x -> s(x).toLowerCase(java.util.Locale.ROOT)));
        t.define("replace", PyBuiltinFunction.methodN(t, "replace", 2, 3, a -> {
            String x = s(a[0]);
            String old = arg(a[1], "replace");
            String rep = arg(a[2], "replace");
            long count = a.length > 3 ? Ops.toLong(a[3]) : -1;
            if (old.isEmpty()) return insertEverywhere(x, rep, count < 0 ? Long.MAX_VALUE : count);
            if (count < 0) return x.replace(old, rep);
            StringBuilder sb = new StringBuilder();
            int from = 0;
            for (long c = 0; c < count; c++) {
                int i = x.indexOf(old, from);
                if (i < 0) break;
                sb.append(x, from, i).append(rep);
                from = i + old.length();
            }
            return sb.append(x.substring(from)).toString();
        }));
        t.define("startswith", PyBuiltinFunction.methodN(t, "startswith", 1, 3, a -> affix(a, true)));
        t.define("endswith", PyBuiltinFunction.methodN(t, "endswith", 1, 3, a -> affix(a, false)));
        t.define("find", PyBuiltinFunction.methodN(t, "find", 1, 3, a -> find(a, false)));
        t.define("rfind", PyBuiltinFunction.methodN(t, "rfind", 1, 3, a -> find(a, true)));
        t.define("index", PyBuiltinFunction.methodN(t, "index", 1, 3, a -> {
            long r = find(a, false);
            if (r < 0) throw PyErr.valueError("substring not found");
            return r;
        }));
        t.define("rindex", PyBuiltinFunction.methodN(t, "rindex", 1, 3, a -> {
            long r = find(a, true);
            if (r < 0) throw PyErr.valueError("substring not found");
            return r;
        }));
        t.define("count", PyBuiltinFunction.methodN(t, "count", 1, 3, a -> {
            String whole = s(a[0]);
            String sub = arg(a[1], "count");
            int start = a.length > 2 && a[2] != PyNone.NONE ? clampIndex(Ops.toLong(a[2]), whole.length()) : 0;
            int end = a.length > 3 && a[3] != PyNone.NONE ? clampIndex(Ops.toLong(a[3]), whole.length()) : whole.length();
            if (start > end) return 0L;
            String x = whole.substring(start, end);
            if (sub.isEmpty()) return (long) Strings.length(x) + 1;
            long n = 0;
            for (int i = x.indexOf(sub); i >= 0; i = x.indexOf(sub, i + sub.length())) n++;
            return n;
        }));
        t.define("format", PyBuiltinFunction.methodKw(t, "format", StrFormat::format));
        t.define("isdigit", PyBuiltinFunction.method0(t, "isdigit", x -> all(s(x), c -> Character.isDigit(c)
                || (Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
                    && Character.getNumericValue(c) <= 9))));
        t.define("isdecimal", PyBuiltinFunction.method0(t, "isdecimal", x -> all(s(x), Character::isDigit)));
        t.define("isnumeric", PyBuiltinFunction.method0(t, "isnumeric", x -> all(s(x), StrMethods::isNumericChar)));
        t.define("isalpha", PyBuiltinFunction.method0(t, "isalpha", x -> all(s(x), Character::isLetter)));
        t.define("isalnum", PyBuiltinFunction.method0(t, "isalnum",
                x -> all(s(x), c -> Character.isLetter(c) || isNumericChar(c))));
        t.define("isspace", PyBuiltinFunction.method0(t, "isspace", x -> all(s(x), Character::isWhitespace)));
        t.define("isupper", PyBuiltinFunction.method0(t, "isupper", x -> cased(s(x), true)));
        t.define("islower", PyBuiltinFunction.method0(t, "islower", x -> cased(s(x), false)));
        t.define("isidentifier", PyBuiltinFunction.method0(t, "isidentifier", x -> {
            String v = s(x);
            if (v.isEmpty() || !(Character.isLetter(v.codePointAt(0)) || v.charAt(0) == '_')) return false;
            return all(v, c -> Character.isLetterOrDigit(c) || c == '_');
        }));
        t.define("ljust", PyBuiltinFunction.methodN(t, "ljust", 1, 2, a -> pad(a, 0)));
        t.define("rjust", PyBuiltinFunction.methodN(t, "rjust", 1, 2, a -> pad(a, 1)));
        t.define("center", PyBuiltinFunction.methodN(t, "center", 1, 2, a -> pad(a, 2)));
        t.define("zfill", PyBuiltinFunction.method1(t, "zfill", (x, w) -> {
            String v = s(x);
            int width = Ops.toInt(w);
            int n = Strings.length(v);
            if (n >= width) return v;
            String zeros = "0".repeat(width - n);
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) return v.charAt(0) + zeros + v.substring(1);
            return zeros + v;
        }));
        t.define("encode", PyBuiltinFunction.methodKw(t, "encode", (a, kw) -> {
            Object[] p = Args.parse("encode", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"encoding", "errors"}, 0, 2);
            return new PyBytes(BytesMethods.encode(s(a[0]), p[0] == null ? "utf-8" : (String) p[0]));
        }));
        t.define("splitlines", PyBuiltinFunction.methodKw(t, "splitlines", (raw, kwn) -> {
            Object[] a = raw;
            Object[] p = Args.parse("splitlines", java.util.Arrays.copyOfRange(raw, 1, raw.length), kwn,
                    new String[] {"keepends"}, 0, 1);
            String v = s(a[0]);
            boolean keep = p[0] != null && Ops.isTrue(p[0]);
            PyList out = new PyList();
            int start = 0;
            int i = 0;
            while (i < v.length()) {
                char c = v.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                        || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    int end = i;
                    i++;
                    if (c == '\r' && i < v.length() && v.charAt(i) == '\n') i++;
                    out.append(v.substring(start, keep ? i : end));
                    start = i;
                } else {
                    i++;
                }
            }
            if (start < v.length()) out.append(v.substring(start));
            return out;
        }));
        t.define("title", PyBuiltinFunction.method0(t, "title", x -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            for (char c : s(x).toCharArray()) {
                sb.append(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
                prevCased = Character.isLetter(c);
            }
            return sb.toString();
        }));
        t.define("capitalize", PyBuiltinFunction.method0(t, "capitalize", x -> {
            String v = s(x);
            if (v.isEmpty()) return v;
            return Character.toUpperCase(v.charAt(0)) + v.substring(1).toLowerCase(java.util.Locale.ROOT);
        }));
        t.define("swapcase", PyBuiltinFunction.method0(t, "swapcase", x -> {
            StringBuilder sb = new StringBuilder();
            for (char c : s(x).toCharArray()) {
                sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            }
            return sb.toString();
        }));
        t.define("partition", PyBuiltinFunction.method1(t, "partition", (x, sep) -> {
            String v = s(x);
            String p = arg(sep, "partition");
            if (p.isEmpty()) throw PyErr.valueError("empty separator");
            int i = v.indexOf(p);
            if (i < 0) return PyTuple.of(v, "", "");
            return PyTuple.of(v.substring(0, i), p, v.substring(i + p.length()));
        }));
        t.define("rpartition", PyBuiltinFunction.method1(t, "rpartition", (x, sep) -> {
            String v = s(x);
            String p = arg(sep, "rpartition");
            if (p.isEmpty()) throw PyErr.valueError("empty separator");
            int i = v.lastIndexOf(p);
            if (i < 0) return PyTuple.of("", "", v);
            return PyTuple.of(v.substring(0, i), p, v.substring(i + p.length()));
        }));
        t.define("expandtabs", PyBuiltinFunction.methodN(t, "expandtabs", 0, 1, a -> {
            int size = a.length > 1 ? Ops.toInt(a[1]) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s(a[0]).toCharArray()) {
                if (c == '\t') {
                    int n = size > 0 ? size - col % size : 0;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return sb.toString();
        }));
    }

    /** replace('', rep, count): rep before each of the first count characters and at the end if room. */
    private static String insertEverywhere(String x, String rep, long count) {
        StringBuilder sb = new StringBuilder();
        long n = 0;
        int i = 0;
        while (i <= x.length() && n < count) {
            sb.append(rep);
            n++;
            if (i == x.length()) {
                i++;
                break;
            }
            int cp = x.codePointAt(i);
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (i < x.length()) sb.append(x, i, x.length());
        return sb.toString();
    }

    /** Python's Numeric_Type is Decimal, Digit or Numeric (approximated by the general category). */
    private static boolean isNumericChar(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER;
    }

    private static boolean all(String v, java.util.function.IntPredicate p) {
        if (v.isEmpty()) return false;
        return v.codePoints().allMatch(p);
    }

    private static boolean cased(String v, boolean upper) {
        boolean any = false;
        for (char c : v.toCharArray()) {
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c)) return false;
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) any = true;
        }
        return any;
    }

    private static Object pad(Object[] a, int mode) {
        String v = s(a[0]);
        int width = Ops.toInt(a[1]);
        String fill = " ";
        if (a.length > 2) {
            if (!(a[2] instanceof String f) || Strings.length(f) != 1) {
                throw PyErr.typeError("The fill character must be exactly one character long");
            }
            fill = f;
        }
        int n = Strings.length(v);
        if (n >= width) return v;
        int total = width - n;
        if (mode == 0) return v + fill.repeat(total);
        if (mode == 1) return fill.repeat(total) + v;
        int left = total / 2 + (total & width & 1);
        return fill.repeat(left) + v + fill.repeat(total - left);
    }

    private static boolean affix(Object[] a, boolean prefix) {
        String v = s(a[0]);
        int start = a.length > 2 && a[2] != PyNone.NONE ? clampIndex(Ops.toLong(a[2]), v.length()) : 0;
        int end = a.length > 3 && a[3] != PyNone.NONE ? clampIndex(Ops.toLong(a[3]), v.length()) : v.length();
        String part = start <= end ? v.substring(start, end) : "";
        if (a[1] instanceof PyTuple t) {
            for (Object o : t.items) {
                String p = arg(o, prefix ? "startswith" : "endswith");
                if (prefix ? part.startsWith(p) : part.endsWith(p)) return true;
            }
            return false;
        }
        if (!(a[1] instanceof String p)) {
            throw PyErr.typeError((prefix ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + Ops.typeName(a[1]));
        }
        return prefix ? part.startsWith(p) : part.endsWith(p);
    }

    private static int clampIndex(long i, int n) {
        if (i < 0) i = Math.max(0, i + n);
        return (int) Math.min(i, n);
    }

    private static long find(Object[] a, boolean last) {
        String v = s(a[0]);
        String sub = arg(a[1], last ? "rfind" : "find");
        int start = a.length > 2 && a[2] != PyNone.NONE ? clampIndex(Ops.toLong(a[2]), v.length()) : 0;
        int end = a.length > 3 && a[3] != PyNone.NONE ? clampIndex(Ops.toLong(a[3]), v.length()) : v.length();
        if (end - start < sub.length()) return -1;
        int i = last ? v.lastIndexOf(sub, end - sub.length()) : v.indexOf(sub, start);
        if (i < start || i + sub.length() > end) return -1;
        return Strings.cpIndex(v, i);
    }

    private static Object strip(String v, Object chars, boolean left, boolean right) {
        String set = chars == PyNone.NONE ? null : arg(chars, "strip");
        int lo = 0;
        int hi = v.length();
        while (left && lo < hi && (set == null ? Character.isWhitespace(v.charAt(lo)) : set.indexOf(v.charAt(lo)) >= 0)) lo++;
        while (right && hi > lo && (set == null ? Character.isWhitespace(v.charAt(hi - 1)) : set.indexOf(v.charAt(hi - 1)) >= 0)) hi--;
        return v.substring(lo, hi);
    }

    private static Object split(Object[] a, String[] kw, boolean fromRight) {
        Object[] p = Args.parse(fromRight ? "rsplit" : "split", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                new String[] {"sep", "maxsplit"}, 0, 2);
        String v = s(a[0]);
        Object sepObj = p[0] == null ? PyNone.NONE : p[0];
        long max = p[1] == null ? -1 : Ops.toLong(p[1]);
        PyList out = new PyList();
        if (sepObj == PyNone.NONE) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (!fromRight) {
                int i = 0;
                int n = v.length();
                while (true) {
                    while (i < n && Character.isWhitespace(v.charAt(i))) i++;
                    if (i >= n) break;
                    if (max >= 0 && parts.size() == max) {
                        parts.add(v.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !Character.isWhitespace(v.charAt(j))) j++;
                    parts.add(v.substring(i, j));
                    i = j;
                }
            } else {
                int i = v.length() - 1;
                while (true) {
                    while (i >= 0 && Character.isWhitespace(v.charAt(i))) i--;
                    if (i < 0) break;
                    if (max >= 0 && parts.size() == max) {
                        parts.add(0, v.substring(0, i + 1));
                        break;
                    }
                    int j = i;
                    while (j >= 0 && !Character.isWhitespace(v.charAt(j))) j--;
                    parts.add(0, v.substring(j + 1, i + 1));
                    i = j;
                }
            }
            for (String x : parts) out.append(x);
            return out;
        }
        String sep = arg(sepObj, "split");
        if (sep.isEmpty()) throw PyErr.valueError("empty separator");
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!fromRight) {
            int from = 0;
            while (max < 0 || parts.size() < max) {
                int i = v.indexOf(sep, from);
                if (i < 0) break;
                parts.add(v.substring(from, i));
                from = i + sep.length();
            }
            parts.add(v.substring(from));
        } else {
            int to = v.length();
            while (max < 0 || parts.size() < max) {
                int i = v.lastIndexOf(sep, to - sep.length());
                if (i < 0) break;
                parts.add(0, v.substring(i + sep.length(), to));
                to = i;
            }
            parts.add(0, v.substring(0, to));
        }
        for (String x : parts) out.append(x);
        return out;
    }
}
