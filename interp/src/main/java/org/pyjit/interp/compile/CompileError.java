package org.pyjit.interp.compile;

import org.pyjit.interp.ast.Pos;

/** A SyntaxError found after parsing ('return' outside function, bad nonlocal ...). */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final String filename;
    public final transient Pos pos;

    public CompileError(String msg, String filename, Pos pos) {
        super(msg, null, false, false);
        this.filename = filename;
        this.pos = pos;
    }
}
