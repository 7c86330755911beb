package org.pyjit.interp.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyjit.interp.runtime.Ops;
import org.pyjit.interp.runtime.PyBuiltinFunction;
import org.pyjit.interp.runtime.PyCell;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyErr;
import org.pyjit.interp.runtime.PyFunction;
import org.pyjit.interp.runtime.PyNone;
import org.pyjit.interp.runtime.PyType;

/** {@code __build_class__}: runs a class body in a fresh namespace and makes the type from it. */
final class ClassBuilder {
    private ClassBuilder() {}

    static PyBuiltinFunction buildClassFunction(Interpreter interp) {
        return PyBuiltinFunction.kw("__build_class__", (args, kwnames) -> {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (nkw > 0) {
                throw PyErr.typeError("pyjit does not support class keyword arguments (" + kwnames[0] + "=)");
            }
            PyFunction body = (PyFunction) args[0];
            String name = (String) args[1];
            PyType[] bases = new PyType[args.length - 2];
            for (int i = 2; i < args.length; i++) {
                if (!(args[i] instanceof PyType t)) {
                    throw PyErr.typeError("bases must be types, not " + Ops.typeName(args[i]));
                }
                bases[i - 2] = t;
            }
            PyDict ns = new PyDict();
            interp.runClassBody(body, ns);
            Map<String, Object> namespace = new LinkedHashMap<>();
            for (Object k : ns.keysArray()) namespace.put((String) k, ns.get(k));
            Object cell = namespace.remove("__classcell__");
            if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
                namespace.put("__hash__", PyNone.NONE);
            }
            PyType t = PyType.newClass(name, bases, namespace);
            if (cell instanceof PyCell c) c.value = t;
            return t;
        });
    }
}
