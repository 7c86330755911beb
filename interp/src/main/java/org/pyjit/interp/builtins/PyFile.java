package org.pyjit.interp.builtins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyBytes;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyIterator;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyProperty;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/**
 * A file opened by open(): text (str, universal newlines) or binary (bytes). A file read is loaded whole;
 * writes go through a buffered stream that close() (or the end of a with block) flushes.
 */
final class PyFile extends PyIterator {
    static final PyType TEXT = fileType("TextIOWrapper");
    static final PyType BINARY = fileType("BufferedReader");

    final String name;
    final String mode;
    final boolean binary;
    private final byte[] content;
    private int pos;
    private final OutputStream out;
    private boolean closed;

    private PyFile(String name, String mode, byte[] content, OutputStream out) {
        this.name = name;
        this.mode = mode;
        this.binary = mode.contains("b");
        this.content = content;
        this.out = out;
    }

    static PyFile open(Path path, String name, String mode) throws IOException {
        char kind = mode.charAt(0);
        boolean plus = mode.contains("+");
        if (kind == 'r') {
            byte[] data = Files.readAllBytes(path);
            OutputStream o = plus ? Files.newOutputStream(path, StandardOpenOption.APPEND) : null;
            return new PyFile(name, mode, normalize(data, mode), o);
        }
        OutputStream o = switch (kind) {
            case 'w' -> Files.newOutputStream(path);
            case 'a' -> Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            default -> Files.newOutputStream(path, StandardOpenOption.CREATE_NEW);
        };
        return new PyFile(name, mode, new byte[0], new java.io.BufferedOutputStream(o));
    }

    private static byte[] normalize(byte[] data, String mode) {
        if (mode.contains("b")) return data;
        String s = new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public PyType type() { return binary ? BINARY : TEXT; }

    private void checkOpen() {
        if (closed) throw PyErr.valueError("I/O operation on closed file.");
    }

    private void checkReadable() {
        checkOpen();
        if (mode.charAt(0) != 'r' && !mode.contains("+")) throw PyErr.of(UNSUPPORTED, "not readable");
    }

    /** io.UnsupportedOperation is an OSError subclass in CPython; pyjit raises OSError itself. */
    static final PyType UNSUPPORTED = ExceptionTypes.OS_ERROR;

    private Object wrap(byte[] bytes, int from, int to) {
        byte[] slice = java.util.Arrays.copyOfRange(bytes, from, to);
        return binary ? new PyBytes(slice) : new String(slice, StandardCharsets.UTF_8);
    }

    Object read(long n) {
        checkReadable();
        int end;
        if (n < 0) {
            end = content.length;
        } else if (binary) {
            end = (int) Math.min(content.length, pos + n);
        } else {
            end = pos;
            for (long k = 0; k < n && end < content.length; k++) {
                int b = content[end] & 0xff;
                end += b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
            }
            end = Math.min(end, content.length);
        }
        Object r = wrap(content, pos, end);
        pos = end;
        return r;
    }

    Object readline() {
        checkReadable();
        int end = pos;
        while (end < content.length && content[end] != '\n') end++;
        if (end < content.length) end++;
        Object r = wrap(content, pos, end);
        pos = end;
        return r;
    }

    @Override
    public Object next() {
        checkReadable();
        if (pos >= content.length) return null;
        return readline();
    }

    long write(Object data) {
        checkOpen();
        if (out == null) throw PyErr.of(UNSUPPORTED, "not writable");
        byte[] bytes;
        if (binary) {
            if (!(data instanceof PyBytes b)) {
                throw PyErr.typeError("a bytes-like object is required, not '" + Ops.typeName(data) + "'");
            }
            bytes = b.bytes;
        } else {
            if (!(data instanceof String s)) {
                throw PyErr.typeError("write() argument must be str, not " + Ops.typeName(data));
            }
            bytes = s.getBytes(StandardCharsets.UTF_8);
        }
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw PyErr.osError(e.getMessage());
        }
        return binary ? bytes.length : ((String) data).codePointCount(0, ((String) data).length());
    }

    void close() {
        if (closed) return;
        closed = true;
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw PyErr.osError(e.getMessage());
            }
        }
    }

    private static PyFile f(Object o) { return (PyFile) o; }

    private static PyType fileType(String name) {
        PyType t = PyType.builtin(name, Types.OBJECT, PyType.Layout.BUILTIN);
        t.define("closed", new PyProperty(PyBuiltinFunction.of1("closed", s -> f(s).closed), null, null, PyNone.NONE));
        t.define("name", new PyProperty(PyBuiltinFunction.of1("name", s -> f(s).name), null, null, PyNone.NONE));
        t.define("mode", new PyProperty(PyBuiltinFunction.of1("mode", s -> f(s).mode), null, null, PyNone.NONE));
        t.define("read", PyBuiltinFunction.methodN(t, "read", 0, 1,
                a -> f(a[0]).read(a.length > 1 && a[1] != PyNone.NONE ? Ops.toLong(a[1]) : -1)));
        t.define("readline", PyBuiltinFunction.methodN(t, "readline", 0, 1, a -> f(a[0]).readline()));
        t.define("readlines", PyBuiltinFunction.method0(t, "readlines", s -> {
            PyList l = new PyList();
            for (Object v = f(s).next(); v != null; v = f(s).next()) l.append(v);
            return l;
        }));
        t.define("write", PyBuiltinFunction.method1(t, "write", (s, d) -> f(s).write(d)));
        t.define("writelines", PyBuiltinFunction.method1(t, "writelines", (s, it) -> {
            PyIterator i = Ops.iterate(it);
            for (Object v = i.next(); v != null; v = i.next()) f(s).write(v);
            return PyNone.NONE;
        }));
        t.define("close", PyBuiltinFunction.method0(t, "close", s -> {
            f(s).close();
            return PyNone.NONE;
        }));
        t.define("flush", PyBuiltinFunction.method0(t, "flush", s -> {
            try {
                if (f(s).out != null) f(s).out.flush();
            } catch (IOException e) {
                throw PyErr.osError(e.getMessage());
            }
            return PyNone.NONE;
        }));
        t.define("__enter__", PyBuiltinFunction.method0(t, "__enter__", s -> {
            f(s).checkOpen();
            return s;
        }));
        t.define("__exit__", PyBuiltinFunction.methodN(t, "__exit__", 0, 3, a -> {
            f(a[0]).close();
            return PyNone.NONE;
        }));
        t.define("__iter__", PyBuiltinFunction.method0(t, "__iter__", s -> {
            f(s).checkOpen();
            return s;
        }));
        t.define("__next__", PyBuiltinFunction.method0(t, "__next__", s -> {
            Object v = f(s).next();
            if (v == null) throw PyErr.of(ExceptionTypes.STOP_ITERATION, null);
            return v;
        }));
        return t;
    }

}
