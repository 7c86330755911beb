package org.pyjit.interp.runtime;

import org.pyjit.interp.runtime.format.Formatter;

/** format(value, spec): the builtin types through the format-spec mini-language, objects through __format__. */
public final class Formatting {
    private Formatting() {}

    public static String format(Object v, String spec) {
        if (v instanceof String s && spec.isEmpty()) return s;
        if (v instanceof PyObject p) {
            Object m = p.type.lookup("__format__");
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                Object r = Ops.callDescriptor1(m, p, spec);
                if (r instanceof String s) return s;
                throw PyErr.typeError("__format__ must return a str, not " + Ops.typeName(r));
            }
        }
        if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double || v instanceof String
                || v instanceof Boolean) {
            return Formatter.format(v, spec);
        }
        if (spec.isEmpty()) return Ops.str(v);
        throw PyErr.typeError("unsupported format string passed to " + Ops.typeName(v) + ".__format__");
    }

    /**
     * How CPython names a callable in errors about unpacked arguments: "mod.f()" for functions and classes
     * ("len()" for builtins), as its _PyObject_FunctionStr does.
     */
    public static String callableName(Object fn) {
        if (fn instanceof PyFunction f) return inModule(f.module, f.qualname) + "()";
        if (fn instanceof PyBuiltinFunction b) return b.displayName();
        if (fn instanceof PyType t) return inModule(t.moduleName(), t.qualname()) + "()";
        if (fn instanceof PyBoundMethod m) return callableName(m.function);
        return Ops.typeName(fn) + " object";
    }

    private static String inModule(String module, String qualname) {
        return module == null || module.equals("builtins") ? qualname : module + "." + qualname;
    }
}
