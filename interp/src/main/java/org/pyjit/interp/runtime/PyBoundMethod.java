package org.pyjit.interp.runtime;

/** A function bound to an instance ({@code obj.method} read without calling it). */
public final class PyBoundMethod implements PyValue, PyCallable {
    public final Object self;
    public final Object function;

    public PyBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PyType type() { return Types.METHOD; }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] full = new Object[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.call(function, full, kwnames);
    }
}
