package org.pyjit.codegen;

/** What a {@link GuardChecks} test throws: caught in the trace method by the handler of its own call. */
public final class GuardFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GuardFailure FAILED = new GuardFailure();

    private GuardFailure() { super(null, null, false, false); }
}
