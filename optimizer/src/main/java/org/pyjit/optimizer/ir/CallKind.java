package org.pyjit.optimizer.ir;

/**
 * How an inlined frame was called, which says what its caller does with its result when it returns (in the
 * recorder, and in the FrameRebuilder when a deoptimized callee finishes in the interpreter). The caller
 * resumes at the instruction after the one that made the call in every case.
 */
public enum CallKind {
    /** A call instruction (or a property getter, or a unary operator's method): the result is pushed. */
    CALL,
    /**
     * The {@code __init__} of a class call: the caller's stack already holds the new instance (the call's
     * result); what the frame returns must be None and is dropped. Printed {@code init}.
     */
    INIT,
    /**
     * The method of a binary operator ({@code __add__}, {@code __rmul__} ...): the caller's stack still holds
     * both operands, which the result replaces. NotImplemented raises the operator's TypeError: a trace
     * inlines such a method only when the interpreter would try nothing else after it. Printed {@code binop}.
     */
    BINARY_OP,
    /** The {@code __setitem__} of a store: the store has no result, what the method returns is dropped. Printed {@code store}. */
    DISCARD,
    /**
     * The {@code __len__} of a {@code len()} call: the result must be an int of at least 0 (else len() raises),
     * and is pushed. Printed {@code len}.
     */
    LEN;

    /** The word the text form appends to the frame; null for CALL. */
    public String marker() {
        return switch (this) {
            case CALL -> null;
            case INIT -> "init";
            case BINARY_OP -> "binop";
            case DISCARD -> "store";
            case LEN -> "len";
        };
    }
}
