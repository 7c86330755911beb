package org.pyjit.interp.lib;

import org.pyjit.interp.exec.Interpreter;
import org.pyjit.interp.runtime.ExceptionTypes;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyList;
import org.pyjit.interp.runtime.PyModule;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyObject;
import org.pyjit.interp.runtime.PyTuple;
import org.pyjit.interp.runtime.PyType;
import org.pyjit.interp.runtime.Types;

/** sys: argv, exit, the standard streams, the recursion limit, maxsize. */
final class SysModule {
    private SysModule() {}

    static final PyType STREAM = streamType();

    private static PyType streamType() {
        PyType t = PyType.builtin("TextIOWrapper", Types.OBJECT, PyType.Layout.BUILTIN);
        t.define("write", PyBuiltinFunction.method1(t, "write", (s, text) -> {
            if (!(text instanceof String str)) {
                throw PyErr.typeError("write() argument must be str, not " + Ops.typeName(text));
            }
            ((Stream) s).out.print(str);
            return (long) str.length();
        }));
        t.define("flush", PyBuiltinFunction.method0(t, "flush", s -> {
            ((Stream) s).out.flush();
            return PyNone.NONE;
        }));
        return t;
    }

    /** sys.stdout / sys.stderr: a text stream over one of the interpreter's print streams. */
    static final class Stream extends PyObject {
        final java.io.PrintStream out;

        Stream(java.io.PrintStream out) {
            super(STREAM);
            this.out = out;
        }
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("sys");
        Object[] argv = interp.argv();
        m.define("argv", PyList.of(argv.clone()));
        m.define("stdout", new Stream(interp.stdout));
        m.define("stderr", new Stream(interp.stderr));
        m.define("maxsize", Long.MAX_VALUE);
        m.define("version", "3.11.0 (pyjit)");
        m.define("version_info", PyTuple.of(3L, 11L, 0L, "final", 0L));
        m.define("platform", "linux");
        m.define("exit", PyBuiltinFunction.ofN("exit", 0, 1, a -> {
            throw a.length == 0 ? PyErr.of(ExceptionTypes.SYSTEM_EXIT, null)
                    : PyErr.withArgs(ExceptionTypes.SYSTEM_EXIT, a[0]);
        }));
        m.define("getrecursionlimit", PyBuiltinFunction.of0("getrecursionlimit", () -> (long) interp.recursionLimit()));
        m.define("setrecursionlimit", PyBuiltinFunction.of1("setrecursionlimit", n -> {
            interp.setRecursionLimit(Ops.toInt(n));
            return PyNone.NONE;
        }));
        return m;
    }
}
