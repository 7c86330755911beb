package org.pyjit.codegen;

/**
 * How compiled code is entered: each trace's hidden class extends this, its {@code run} calling its static
 * {@code loop@L<line>(io)} (see {@link CompiledLoop#entry}). The callers (the JIT's loop runner, and
 * {@link ExitLinks} for every run of a side trace) hold the code in a field, not a constant, and see dozens of
 * trace classes: a virtual call is dispatched through the vtable, one load and a jump, where an interface call
 * went through an itable stub that searches the class's interfaces (23 of raytrace's 1,519 main-thread samples,
 * with its 4 million function trace calls), and a MethodHandle in a field through its invokers and LambdaForms
 * at every call (a tenth of richards' main thread, with its 7.8 million side trace runs).
 */
public abstract class TraceCode {
    protected TraceCode() {}

    /** Runs the trace on io; returns as {@link CompiledLoop#entry} says. */
    public abstract int run(Object[] io);
}
