package org.pyjit.interp.exec;

import org.pyjit.interp.compile.CodeObject;
import org.pyjit.interp.runtime.PyDict;
import org.pyjit.interp.runtime.PyIterator;

/**
 * The state of one running code object: locals (plain locals, then cells, then free variables), the value
 * stack, and the pc of the next instruction. Everything lives in fields, so a frame can be suspended (yield)
 * and resumed at any pc with any stack, which generators, exception handlers and deoptimization rely on.
 */
public final class Frame {
    public final CodeObject code;
    public final Object[] locals;
    public final Object[] stack;
    public int sp;
    public int pc;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace of a module or class body (LOAD_NAME/STORE_NAME); null in functions. */
    public final PyDict namespace;

    private static int made;

    /** Tells this frame from the ones made just before and after it (see {@link PyIterator#serial}). */
    public final int serial = ++made;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyDict namespace) {
        this.code = code;
        this.locals = new Object[code.frameSize()];
        this.stack = new Object[code.stackSize];
        this.globals = globals;
        this.builtins = builtins;
        this.namespace = namespace;
    }
}
