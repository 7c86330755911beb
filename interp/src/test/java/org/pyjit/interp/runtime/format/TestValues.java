package org.pyjit.interp.runtime.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyException;

/**
 * Stand-ins for Python values in the table-driven tests (None, tuple, list, dict, bytes, big ints), the
 * {@link ObjectFormatting} hooks over them, and {@link #outcome}, which renders a result or a raised Python
 * exception the way the expected values were printed by python3.
 */
public final class TestValues {
    private TestValues() {}

    /** Python's None. */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A Python tuple. */
    public record Tuple(Object... items) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Tuple t && Arrays.equals(items, t.items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items);
        }

        @Override
        public String toString() {
            return Arrays.toString(items);
        }
    }

    public static BigInteger big(String decimal) {
        return new BigInteger(decimal);
    }

    public static PyBytes bytes(String hex) {
        return new PyBytes(HexFormat.of().parseHex(hex));
    }

    public static Tuple tuple(Object... items) {
        return new Tuple(items);
    }

    public static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** A dict from alternating keys and values. */
    public static Map<Object, Object> dict(Object... keysAndValues) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /**
     * The result as python3 printed it for the expected values: a str result as is, anything else as its
     * repr, and a Python exception as "TypeName: message".
     */
    public static String outcome(Supplier<?> action) {
        try {
            Object r = action.get();
            return r instanceof String s ? s : repr(r);
        } catch (PyException e) {
            return render(e);
        } catch (KeyError e) {
            return "KeyError: " + e.getMessage();
        }
    }

    /**
     * "TypeName: message" for a Python exception, whether or not PyException's message already starts with
     * the type name; struct.error (whose __name__ is "error") is shown as python3 prints its type.
     */
    public static String render(PyException e) {
        String name = e.typeName();
        String msg = String.valueOf(e.getMessage());
        if (msg.startsWith(name + ": ")) {
            msg = msg.substring(name.length() + 2);
        } else if (msg.equals(name)) {
            msg = "";
        }
        if (name.equals("error")) {
            name = "struct.error";
        }
        return name + ": " + msg;
    }

    public static String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof PyBytes b) {
            return StrRepr.reprBytes(b.bytes);
        }
        if (o instanceof byte[] b) {
            return StrRepr.reprBytes(b);
        }
        if (o instanceof Object[] a) {
            return reprTuple(a);
        }
        if (o instanceof Tuple t) {
            return reprTuple(t.items());
        }
        if (o instanceof List<?> l) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            l.forEach(x -> j.add(repr(x)));
            return j.toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            m.forEach((k, v) -> j.add(repr(k) + ": " + repr(v)));
            return j.toString();
        }
        return String.valueOf(o);
    }

    private static String reprTuple(Object[] items) {
        StringJoiner j = new StringJoiner(", ", "(", items.length == 1 ? ",)" : ")");
        for (Object x : items) {
            j.add(repr(x));
        }
        return j.toString();
    }

    /** bool(o) for the stand-in values. */
    public static boolean truth(Object o) {
        if (o == NONE) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof PyBytes b) {
            return b.bytes.length > 0;
        }
        if (o instanceof Tuple t) {
            return t.items().length > 0;
        }
        if (o instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (o instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    public static String typeName(Object o) {
        if (o == NONE) {
            return "NoneType";
        }
        if (o instanceof Tuple) {
            return "tuple";
        }
        if (o instanceof List) {
            return "list";
        }
        if (o instanceof Map) {
            return "dict";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof Double) {
            return "float";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        if (o instanceof PyBytes) {
            return "bytes";
        }
        return "int";
    }

    /** The hooks PercentFormat needs, for the stand-in values. */
    public static final ObjectFormatting HOOKS = new ObjectFormatting() {
        @Override
        public String str(Object o) {
            return o instanceof String s ? s : repr(o);
        }

        @Override
        public String repr(Object o) {
            return TestValues.repr(o);
        }

        @Override
        public Object[] asTuple(Object args) {
            return args instanceof Tuple t ? t.items() : null;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            if (mapping instanceof Map<?, ?> m) {
                if (!m.containsKey(key)) {
                    throw new KeyError(StrRepr.repr(key));
                }
                return m.get(key);
            }
            throw PyErr.typeError("list indices must be integers or slices, not str");
        }

        @Override
        public boolean isMapping(Object o) {
            return o instanceof Map || o instanceof List;
        }

        @Override
        public Object toInt(Object o) {
            throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number");
        }

        @Override
        public double toFloat(Object o) {
            throw PyErr.typeError("must be real number");
        }

        @Override
        public String typeName(Object o) {
            return TestValues.typeName(o);
        }
    };

    /** KeyError stand-in (PyErr has no factory for it); {@link #outcome} does not catch it. */
    public static final class KeyError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyError(String key) {
            super(key);
        }
    }
}
