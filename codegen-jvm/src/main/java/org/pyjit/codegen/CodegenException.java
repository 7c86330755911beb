package org.pyjit.codegen;

/**
 * A trace the JVM back end cannot turn into a class: over the method size limit, rejected by ASM or by the
 * JVM's verifier, or calling a helper the generated class cannot link. The caller logs it and keeps
 * interpreting the loop; nothing was installed.
 */
public final class CodegenException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean tooLarge;
    private final double overLimit;

    public CodegenException(String message) { this(message, null, false, 0); }

    public CodegenException(String message, Throwable cause) { this(message, cause, false, 0); }

    private CodegenException(String message, Throwable cause, boolean tooLarge, double overLimit) {
        super(message, cause);
        this.tooLarge = tooLarge;
        this.overLimit = overLimit;
    }

    /**
     * The trace is too big for a method or class: a smaller trace of the same loop may fit. overLimit: the
     * method's size divided by the limit (2 when not known: ASM's own limits).
     */
    static CodegenException tooLarge(String message, Throwable cause, double overLimit) {
        return new CodegenException(message, cause, true, overLimit);
    }

    public boolean isTooLarge() { return tooLarge; }

    /** For a trace too large: how many times the limit its method is (above 1). */
    public double overLimit() { return overLimit; }
}
