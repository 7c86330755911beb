package org.pyjit.interp.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyClassMethod;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/** The bytes constructor and methods. */
final class BytesMethods {
    private BytesMethods() {}

    private static byte[] b(Object o) { return ((PyBytes) o).bytes; }

    private static byte[] arg(Object o) {
        if (o instanceof PyBytes x) return x.bytes;
        throw PyErr.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    static byte[] fromIterable(Object o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyIterator it = Ops.iterate(o);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (Ops.indexOrNull(v) == null) {
                throw PyErr.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
            }
            long x = Ops.toLong(v);
            if (x < 0 || x > 255) throw PyErr.valueError("bytes must be in range(0, 256)");
            out.write((int) x);
        }
        return out.toByteArray();
    }

    static void install() {
        PyType t = Types.BYTES;
        t.setConstructor((ty, a, kw) -> {
            Object[] p = Args.parse("bytes", a, kw, new String[] {"source", "encoding", "errors"}, 0, 3);
            if (p[0] == null) return new PyBytes(new byte[0]);
            if (p[0] instanceof String s) {
                if (p[1] == null) throw PyErr.typeError("string argument without an encoding");
                return new PyBytes(encode(s, (String) p[1]));
            }
            if (p[0] instanceof PyBytes) return p[0];
            if (p[0] instanceof Long n) {
                if (n < 0) throw PyErr.valueError("negative count");
                return new PyBytes(new byte[(int) (long) n]);
            }
            return new PyBytes(fromIterable(p[0]));
        });
        t.define("decode", PyBuiltinFunction.methodKw(t, "decode", (a, kw) -> {
            Object[] p = Args.parse("decode", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"encoding", "errors"}, 0, 2);
            return decode(b(a[0]), p[0] == null ? "utf-8" : (String) p[0]);
        }));
        t.define("hex", PyBuiltinFunction.methodN(t, "hex", 0, 1, a -> {
            StringBuilder sb = new StringBuilder();
            String sep = a.length > 1 ? (String) a[1] : null;
            byte[] bs = b(a[0]);
            for (int i = 0; i < bs.length; i++) {
                if (sep != null && i > 0) sb.append(sep);
                sb.append(String.format("%02x", bs[i] & 0xff));
            }
            return sb.toString();
        }));
        t.define("fromhex", new PyClassMethod(PyBuiltinFunction.ofN("fromhex", 2, 2, a -> {
            String s = ((String) a[1]).replace(" ", "");
            if (s.length() % 2 != 0) throw PyErr.valueError("non-hexadecimal number found in fromhex() arg");
            byte[] out = new byte[s.length() / 2];
            for (int i = 0; i < out.length; i++) out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
            return new PyBytes(out);
        })));
        t.define("join", PyBuiltinFunction.method1(t, "join", (self, it) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyIterator i = Ops.iterate(it);
            int n = 0;
            for (Object v = i.next(); v != null; v = i.next(), n++) {
                if (!(v instanceof PyBytes x)) {
                    throw PyErr.typeError("sequence item " + n + ": expected a bytes-like object, " + Ops.typeName(v) + " found");
                }
                if (n > 0) out.writeBytes(b(self));
                out.writeBytes(x.bytes);
            }
            return new PyBytes(out.toByteArray());
        }));
        t.define("startswith", PyBuiltinFunction.method1(t, "startswith", (s, p) -> affix(b(s), p, true)));
        t.define("endswith", PyBuiltinFunction.method1(t, "endswith", (s, p) -> affix(b(s), p, false)));
        t.define("find", PyBuiltinFunction.method1(t, "find", (s, p) -> (long) indexOf(b(s), p)));
        t.define("index", PyBuiltinFunction.method1(t, "index", (s, p) -> {
            int i = indexOf(b(s), p);
            if (i < 0) throw PyErr.valueError("subsection not found");
            return (long) i;
        }));
        t.define("count", PyBuiltinFunction.method1(t, "count", (s, p) -> {
            byte[] h = b(s);
            byte[] n = needle(p);
            if (n.length == 0) return (long) h.length + 1;
            long c = 0;
            for (int i = 0; i + n.length <= h.length;) {
                if (matchAt(h, n, i)) {
                    c++;
                    i += n.length;
                } else {
                    i++;
                }
            }
            return c;
        }));
        t.define("upper", PyBuiltinFunction.method0(t, "upper", s -> map(b(s), true)));
        t.define("lower", PyBuiltinFunction.method0(t, "lower", s -> map(b(s), false)));
        t.define("strip", PyBuiltinFunction.methodN(t, "strip", 0, 1, a -> strip(b(a[0]), a.length > 1 ? a[1] : PyNone.NONE, true, true)));
        t.define("lstrip", PyBuiltinFunction.methodN(t, "lstrip", 0, 1, a -> strip(b(a[0]), a.length > 1 ? a[1] : PyNone.NONE, true, false)));
        t.define("rstrip", PyBuiltinFunction.methodN(t, "rstrip", 0, 1, a -> strip(b(a[0]), a.length > 1 ? a[1] : PyNone.NONE, false, true)));
        t.define("split", PyBuiltinFunction.methodN(t, "split", 0, 1, a -> {
            byte[] h = b(a[0]);
            PyList out = new PyList();
            if (a.length == 1 || a[1] == PyNone.NONE) {
                int i = 0;
                while (true) {
                    while (i < h.length && Character.isWhitespace(h[i])) i++;
                    if (i >= h.length) break;
                    int j = i;
                    while (j < h.length && !Character.isWhitespace(h[j])) j++;
                    out.append(new PyBytes(java.util.Arrays.copyOfRange(h, i, j)));
                    i = j;
                }
                return out;
            }
            byte[] sep = arg(a[1]);
            if (sep.length == 0) throw PyErr.valueError("empty separator");
            int from = 0;
            for (int i = 0; i + sep.length <= h.length;) {
                if (matchAt(h, sep, i)) {
                    out.append(new PyBytes(java.util.Arrays.copyOfRange(h, from, i)));
                    i += sep.length;
                    from = i;
                } else {
                    i++;
                }
            }
            out.append(new PyBytes(java.util.Arrays.copyOfRange(h, from, h.length)));
            return out;
        }));
        t.define("replace", PyBuiltinFunction.method2(t, "replace", (s, o, n) -> {
            byte[] h = b(s);
            byte[] old = arg(o);
            byte[] rep = arg(n);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (old.length == 0) {
                out.writeBytes(rep);
                for (byte x : h) {
                    out.write(x);
                    out.writeBytes(rep);
                }
                return new PyBytes(out.toByteArray());
            }
            for (int i = 0; i < h.length;) {
                if (i + old.length <= h.length && matchAt(h, old, i)) {
                    out.writeBytes(rep);
                    i += old.length;
                } else {
                    out.write(h[i++]);
                }
            }
            return new PyBytes(out.toByteArray());
        }));
        t.define("isdigit", PyBuiltinFunction.method0(t, "isdigit", s -> all(b(s), c -> c >= '0' && c <= '9')));
        t.define("isalpha", PyBuiltinFunction.method0(t, "isalpha", s -> all(b(s), c -> (c | 32) >= 'a' && (c | 32) <= 'z')));
        t.define("isspace", PyBuiltinFunction.method0(t, "isspace", s -> all(b(s), c -> c == ' ' || (c >= 9 && c <= 13))));
    }

    private interface BytePredicate { boolean test(int c); }

    private static boolean all(byte[] bs, BytePredicate p) {
        if (bs.length == 0) return false;
        for (byte x : bs) {
            if (!p.test(x & 0xff)) return false;
        }
        return true;
    }

    private static PyBytes map(byte[] bs, boolean upper) {
        byte[] r = bs.clone();
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            if (upper && c >= 'a' && c <= 'z') r[i] = (byte) (c - 32);
            if (!upper && c >= 'A' && c <= 'Z') r[i] = (byte) (c + 32);
        }
        return new PyBytes(r);
    }

    private static PyBytes strip(byte[] bs, Object chars, boolean left, boolean right) {
        byte[] set = chars == PyNone.NONE ? null : arg(chars);
        int lo = 0;
        int hi = bs.length;
        while (left && lo < hi && in(bs[lo], set)) lo++;
        while (right && hi > lo && in(bs[hi - 1], set)) hi--;
        return new PyBytes(java.util.Arrays.copyOfRange(bs, lo, hi));
    }

    private static boolean in(byte c, byte[] set) {
        if (set == null) return c == ' ' || (c >= 9 && c <= 13);
        for (byte x : set) {
            if (x == c) return true;
        }
        return false;
    }

    private static byte[] needle(Object p) {
        if (p instanceof PyBytes x) return x.bytes;
        long v = Ops.toLong(p);
        if (v < 0 || v > 255) throw PyErr.valueError("byte must be in range(0, 256)");
        return new byte[] {(byte) v};
    }

    private static boolean matchAt(byte[] h, byte[] n, int i) {
        for (int j = 0; j < n.length; j++) {
            if (h[i + j] != n[j]) return false;
        }
        return true;
    }

    private static int indexOf(byte[] h, Object p) {
        byte[] n = needle(p);
        for (int i = 0; i + n.length <= h.length; i++) {
            if (matchAt(h, n, i)) return i;
        }
        return -1;
    }

    private static boolean affix(byte[] h, Object p, boolean prefix) {
        if (p instanceof PyTuple t) {
            for (Object o : t.items) {
                if (affix(h, o, prefix)) return true;
            }
            return false;
        }
        byte[] n = arg(p);
        if (n.length > h.length) return false;
        return matchAt(h, n, prefix ? 0 : h.length - n.length);
    }

    static byte[] encode(String s, String encoding) {
        switch (encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "utf-8", "utf8": return s.getBytes(StandardCharsets.UTF_8);
            case "ascii", "us-ascii":
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) > 127) {
                        throw PyErr.of(ExceptionTypes.UNICODE_ENCODE_ERROR, "'ascii' codec can't encode character '"
                                + String.format("\\x%02x", (int) s.charAt(i)) + "' in position " + i + ": ordinal not in range(128)");
                    }
                }
                return s.getBytes(StandardCharsets.US_ASCII);
            case "latin-1", "latin1", "iso-8859-1": return s.getBytes(StandardCharsets.ISO_8859_1);
            case "utf-16": return s.getBytes(StandardCharsets.UTF_16);
            default: throw PyErr.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    static String decode(byte[] bs, String encoding) {
        String enc = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        try {
            switch (enc) {
                case "utf-8", "utf8":
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(bs)).toString();
                case "ascii", "us-ascii":
                    return StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(bs)).toString();
                case "latin-1", "latin1", "iso-8859-1": return new String(bs, StandardCharsets.ISO_8859_1);
                default: throw PyErr.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
            }
        } catch (CharacterCodingException e) {
            throw PyErr.of(ExceptionTypes.UNICODE_DECODE_ERROR, "'" + (enc.startsWith("utf") ? "utf-8" : enc)
                    + "' codec can't decode bytes");
        }
    }
}
