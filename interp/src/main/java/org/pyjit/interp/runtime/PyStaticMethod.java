package org.pyjit.interp.runtime;

/** {@code @staticmethod}: a function that never binds. */
public final class PyStaticMethod implements PyValue {
    public final Object function;

    public PyStaticMethod(Object function) { this.function = function; }

    @Override
    public PyType type() { return Types.STATICMETHOD; }
}
