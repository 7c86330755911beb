package org.pyjit.interp.ast;

/** Comparison operators, as they appear in (possibly chained) comparisons. */
public enum CmpOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

    public final String symbol;

    CmpOp(String symbol) { this.symbol = symbol; }
}
