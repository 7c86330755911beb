package org.pyjit.interp.lib;

import java.nio.charset.StandardCharsets;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/** struct: pack, unpack, unpack_from, iter_unpack, calcsize and Struct over {@link StructCodec}. */
final class StructModule {
    private StructModule() {}

    static final PyType STRUCT = PyType.builtin("Struct", Types.OBJECT, PyType.Layout.BUILTIN).inModule("struct");
    static final PyType UNPACK_ITERATOR = LibSupport.iteratorType("unpack_iterator");

    /** A compiled format: struct.Struct(fmt). */
    static final class Struct extends PyObject {
        final Object format;
        final String fmt;
        final int size;

        Struct(Object format) {
            super(STRUCT);
            this.format = format;
            this.fmt = formatString(format);
            this.size = StructCodec.calcsize(fmt);
        }
    }

    static {
        PyType t = STRUCT;
        t.setConstructor((type, a, kw) -> {
            Object[] p = LibSupport.parse("Struct", a, kw, 0, new String[] {"format"}, 1, 1);
            return new Struct(p[0]);
        });
        t.define("format", LibSupport.getter("format", s -> {
            Object f = struct(s).format;
            return f instanceof PyBytes b ? new String(b.bytes, StandardCharsets.ISO_8859_1) : f;
        }));
        t.define("size", LibSupport.getter("size", s -> (long) struct(s).size));
        t.define("pack", PyBuiltinFunction.methodKw(t, "pack", (a, kw) -> {
            LibSupport.noKeywords("pack", kw);
            return pack(struct(a[0]).fmt, java.util.Arrays.copyOfRange(a, 1, a.length));
        }));
        t.define("unpack", PyBuiltinFunction.method1(t, "unpack", (s, buf) -> unpack(struct(s).fmt, buf)));
        t.define("unpack_from", PyBuiltinFunction.methodKw(t, "unpack_from", (a, kw) -> {
            Object[] p = LibSupport.parse("unpack_from", a, kw, 1, new String[] {"buffer", "offset"}, 1, 2);
            return unpackFrom(struct(a[0]).fmt, p[0], p[1]);
        }));
        t.define("iter_unpack", PyBuiltinFunction.method1(t, "iter_unpack",
                (s, buf) -> iterUnpack(struct(s).fmt, buf)));
    }

    private static Struct struct(Object o) {
        if (o instanceof Struct s) return s;
        throw PyErr.typeError("descriptor requires a '_struct.Struct' object but received a '" + Ops.typeName(o) + "'");
    }

    static String formatString(Object fmt) {
        if (fmt instanceof String s) return s;
        if (fmt instanceof PyBytes b) return new String(b.bytes, StandardCharsets.ISO_8859_1);
        throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(fmt));
    }

    private static byte[] buffer(Object b) {
        if (b instanceof PyBytes bytes) return bytes.bytes;
        throw PyErr.typeError("a bytes-like object is required, not '" + Ops.typeName(b) + "'");
    }

    private static Object pack(String fmt, Object[] values) {
        return new PyBytes(StructCodec.pack(fmt, values, Ops::isTrue));
    }

    private static Object unpack(String fmt, Object buf) {
        return PyTuple.of(StructCodec.unpack(fmt, buffer(buf), 0, true));
    }

    private static Object unpackFrom(String fmt, Object buf, Object offset) {
        long off = offset == null ? 0 : Ops.toLong(offset);
        byte[] b = buffer(buf);
        if (off > Integer.MAX_VALUE) {
            long size = StructCodec.calcsizeLong(fmt);
            throw PyErr.structError("unpack_from requires a buffer of at least " + (size + off) + " bytes for unpacking "
                    + size + " bytes at offset " + off + " (actual buffer size is " + b.length + ")");
        }
        if (off < Integer.MIN_VALUE) {
            throw PyErr.structError("offset " + off + " out of range for " + b.length + "-byte buffer");
        }
        return PyTuple.of(StructCodec.unpack(fmt, b, (int) off, false));
    }

    private static Object iterUnpack(String fmt, Object buf) {
        int size = StructCodec.calcsize(fmt);
        byte[] b = buffer(buf);
        if (size == 0) throw PyErr.structError("cannot iteratively unpack with a struct of length 0");
        if (b.length % size != 0) {
            throw PyErr.structError("iterative unpacking requires a buffer of a multiple of " + size + " bytes");
        }
        return new PyIterator() {
            private int at;

            @Override
            public PyType type() { return UNPACK_ITERATOR; }

            @Override
            public Object next() {
                if (at >= b.length) return null;
                Object r = PyTuple.of(StructCodec.unpack(fmt, b, at, false));
                at += size;
                return r;
            }
        };
    }

    static PyModule create() {
        PyModule m = new PyModule("struct");
        m.define("error", ExceptionTypes.STRUCT_ERROR);
        m.define("Struct", STRUCT);
        m.define("pack", PyBuiltinFunction.kw("pack", (a, kw) -> {
            LibSupport.noKeywords("pack", kw);
            if (a.length == 0) throw PyErr.typeError("missing format argument");
            return pack(formatString(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length));
        }));
        m.define("unpack", PyBuiltinFunction.of2("unpack", (f, b) -> unpack(formatString(f), b)));
        m.define("unpack_from", PyBuiltinFunction.kw("unpack_from", (a, kw) -> {
            Object[] p = LibSupport.parse("unpack_from", a, kw, 0, new String[] {"format", "buffer", "offset"}, 2, 3);
            return unpackFrom(formatString(p[0]), p[1], p[2]);
        }));
        m.define("iter_unpack", PyBuiltinFunction.of2("iter_unpack", (f, b) -> iterUnpack(formatString(f), b)));
        m.define("calcsize", PyBuiltinFunction.of1("calcsize", f -> StructCodec.calcsizeLong(formatString(f))));
        return m;
    }
}
