package org.pyjit.interp.ast;

/** Unary operators: {@code not x}, {@code -x}, {@code +x}, {@code ~x}. */
public enum UnaryOperator { NOT, NEG, POS, INVERT }
