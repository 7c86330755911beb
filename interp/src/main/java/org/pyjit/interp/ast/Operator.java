package org.pyjit.interp.ast;

/** Binary arithmetic and bitwise operators, with their Python spelling and special-method names. */
public enum Operator {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), DIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"), BITOR("|", "or"), BITXOR("^", "xor"), BITAND("&", "and");

    public final String symbol;
    /** The dunder stem: "add" gives __add__, __radd__ and __iadd__. */
    public final String dunder;

    Operator(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }
}
