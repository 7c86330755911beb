package org.pyjit.codegen;

/**
 * How compiled code is entered: each trace's hidden class implements this by calling its static
 * {@code loop@L<line>(io)} (see {@link CompiledLoop#entry}). An interface call, because the callers (the JIT's
 * loop runner, and {@link ExitLinks} for every run of a side trace) hold the code in a field, not a constant:
 * HotSpot dispatches such a call through an itable stub, whereas a MethodHandle in a field goes through its
 * invokers and LambdaForms at every call (a tenth of richards' main thread, with its 7.8 million side trace
 * runs).
 */
public interface TraceCode {
    /** Runs the trace on io; returns as {@link CompiledLoop#entry} says. */
    int run(Object[] io);
}
