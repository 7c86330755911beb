package org.pyjit.interp.ast;

/** {@code contextExpr [as optionalVars]} in a with statement. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
