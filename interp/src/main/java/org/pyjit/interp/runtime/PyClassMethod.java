package org.pyjit.interp.runtime;

/** {@code @classmethod}: a function that binds to the class rather than the instance. */
public final class PyClassMethod implements PyValue {
    public final Object function;

    public PyClassMethod(Object function) { this.function = function; }

    @Override
    public PyType type() { return Types.CLASSMETHOD; }
}
