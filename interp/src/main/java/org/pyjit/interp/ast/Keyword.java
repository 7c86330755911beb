package org.pyjit.interp.ast;

/** {@code arg=value} in a call or class header; arg is null for {@code **value}. */
public record Keyword(Pos pos, String arg, Expr value) {}
