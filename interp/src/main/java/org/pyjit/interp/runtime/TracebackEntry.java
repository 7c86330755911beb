package org.pyjit.interp.runtime;

import org.pyjit.interp.compile.CodeObject;

/** One line of a traceback: the code that was running and the instruction that raised. */
public record TracebackEntry(CodeObject code, int pc) {}
