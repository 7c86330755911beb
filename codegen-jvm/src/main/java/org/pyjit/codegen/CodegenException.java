package org.pyjit.codegen;

/**
 * A trace the JVM back end cannot turn into a class: over the method size limit, rejected by ASM or by the
 * JVM's verifier, or calling a helper the generated class cannot link. The caller logs it and keeps
 * interpreting the loop; nothing was installed.
 */
public final class CodegenException extends Exception {
    private static final long serialVersionUID = 1L;

    public CodegenException(String message) { super(message); }

    public CodegenException(String message, Throwable cause) { super(message, cause); }
}
