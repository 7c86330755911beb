package org.pyjit.codegen;

/**
 * A trace the JVM back end cannot turn into a class: over the method size limit, rejected by ASM or by the
 * JVM's verifier, or calling a helper the generated class cannot link. The caller logs it and keeps
 * interpreting the loop; nothing was installed.
 */
public final class CodegenException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean tooLarge;

    public CodegenException(String message) { this(message, null, false); }

    public CodegenException(String message, Throwable cause) { this(message, cause, false); }

    private CodegenException(String message, Throwable cause, boolean tooLarge) {
        super(message, cause);
        this.tooLarge = tooLarge;
    }

    /** The trace is too big for a method or class: a smaller trace of the same loop may fit. */
    static CodegenException tooLarge(String message, Throwable cause) { return new CodegenException(message, cause, true); }

    public boolean isTooLarge() { return tooLarge; }
}
