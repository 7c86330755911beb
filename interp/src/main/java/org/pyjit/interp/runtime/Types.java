package org.pyjit.interp.runtime;

import static org.pyjit.interp.runtime.PyType.Layout.BUILTIN;

/**
 * The builtin types. They are created bare here and get their methods from the *Methods classes when
 * {@link BuiltinTypes#init()} runs; after that they never change, so all interpreters in a JVM share them.
 */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = PyType.builtin("object", null, BUILTIN);
    public static final PyType TYPE = PyType.builtin("type", OBJECT, BUILTIN);
    public static final PyType INT = PyType.builtin("int", OBJECT, BUILTIN);
    public static final PyType BOOL = PyType.builtin("bool", INT, BUILTIN);
    public static final PyType FLOAT = PyType.builtin("float", OBJECT, BUILTIN);
    public static final PyType STR = PyType.builtin("str", OBJECT, BUILTIN);
    public static final PyType BYTES = PyType.builtin("bytes", OBJECT, BUILTIN);
    public static final PyType LIST = PyType.builtin("list", OBJECT, BUILTIN);
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT, BUILTIN);
    public static final PyType DICT = PyType.builtin("dict", OBJECT, BUILTIN);
    public static final PyType SET = PyType.builtin("set", OBJECT, BUILTIN);
    public static final PyType FROZENSET = PyType.builtin("frozenset", OBJECT, BUILTIN);
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT, BUILTIN);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT, BUILTIN);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT, BUILTIN);
    public static final PyType RANGE = PyType.builtin("range", OBJECT, BUILTIN);
    public static final PyType SLICE = PyType.builtin("slice", OBJECT, BUILTIN);
    public static final PyType FUNCTION = PyType.builtin("function", OBJECT, BUILTIN);
    public static final PyType BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT, BUILTIN);
    public static final PyType METHOD = PyType.builtin("method", OBJECT, BUILTIN);
    public static final PyType GENERATOR = PyType.builtin("generator", OBJECT, BUILTIN);
    public static final PyType MODULE = PyType.builtin("module", OBJECT, BUILTIN);
    public static final PyType CELL = PyType.builtin("cell", OBJECT, BUILTIN);
    public static final PyType CODE = PyType.builtin("code", OBJECT, BUILTIN);
    public static final PyType PROPERTY = PyType.builtin("property", OBJECT, BUILTIN);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", OBJECT, BUILTIN);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", OBJECT, BUILTIN);
    public static final PyType SUPER = PyType.builtin("super", OBJECT, BUILTIN);
    public static final PyType ITERATOR = PyType.builtin("iterator", OBJECT, BUILTIN);
    public static final PyType DICT_KEYS = PyType.builtin("dict_keys", OBJECT, BUILTIN);
    public static final PyType DICT_VALUES = PyType.builtin("dict_values", OBJECT, BUILTIN);
    public static final PyType DICT_ITEMS = PyType.builtin("dict_items", OBJECT, BUILTIN);
    public static final PyType FILE = PyType.builtin("TextIOWrapper", OBJECT, BUILTIN);

    private static final java.util.Set<PyType> CORE = java.util.Set.of(OBJECT, TYPE, INT, BOOL, FLOAT, STR, BYTES,
            LIST, TUPLE, DICT, SET, FROZENSET, NONE_TYPE, ELLIPSIS_TYPE, NOT_IMPLEMENTED_TYPE, RANGE, SLICE, FUNCTION,
            BUILTIN_FUNCTION, METHOD, GENERATOR, MODULE, CELL, CODE, PROPERTY, STATICMETHOD, CLASSMETHOD, SUPER);

    /**
     * The types whose operators the runtime implements itself. Other builtin types (Counter, deque ...) get
     * their special methods called like a Python class's.
     */
    public static boolean isCore(PyType t) { return t.core; }

    static {
        // A flag on each type: operators on instances of Python classes ask this of both operands, and a set
        // lookup hashed the type each time.
        for (PyType t : CORE) t.core = true;
    }
}
