package org.pyjit.interp.ast;

import java.util.List;

/** A parsed source file or {@code -c} string, or one REPL input. */
public record Module(List<Stmt> body) {}
